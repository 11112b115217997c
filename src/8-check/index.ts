// Check rules over a parsed document → diagnostics. Each rule is a module in
// rules/ with its `meta`; this runner applies the configured severities and
// options, and words the findings in the user's language (messages.ts).
import type { Diagnostic, Related } from '../shared/schema/output.js';
import { usageError } from '../shared/errors.js';
import { ruleMessage, type RuleId } from '../shared/messages/rules.js';
import { say, uiText } from '../shared/messages/ui.js';
import { byPosition as byDiagnosticPosition } from '../shared/messages/message.js';
import { RULES, ruleById } from './rules/index.js';
import type { CheckedDocument, Finding, Lang, Rule, SeveritySetting } from './types.js';

/** As written in resolve.config.json: "warn", or ["warn", { …options }]. */
export type RuleSetting = SeveritySetting | [SeveritySetting] | [SeveritySetting, unknown];


export interface ActiveRule {
  rule: Rule<any>;
  severity: Diagnostic['severity'];
  options: unknown;
}

/**
 * The rules to run with their severity and validated options. Unknown ids and
 * bad options are the user's mistake: a usage error naming `where` they were written.
 */
export function resolveRules(settings: Record<string, RuleSetting> = {}, where = 'rules'): ActiveRule[] {
  for (const id of Object.keys(settings)) {
    if (!ruleById(id)) throw usageError('unknown-rule', say('unknownRule', { where, id, hint: say('seeListRules') }));
  }
  const active: ActiveRule[] = [];
  for (const rule of RULES) {
    const setting = settings[rule.meta.id];
    const [level, rawOptions] = Array.isArray(setting) ? setting : [setting ?? rule.meta.defaultSeverity, undefined];
    if (level === 'off') continue;
    let options: unknown;
    if (rawOptions !== undefined) {
      if (!rule.meta.options) throw usageError('rule-options', say('configNoOptions', { where, id: rule.meta.id }));
      const parsed = rule.meta.options.safeParse(rawOptions);
      if (!parsed.success) {
        const issue = parsed.error.issues[0]!;
        throw usageError('rule-options', say('configOptions', { where, id: rule.meta.id, path: issue.path.join('.') || '(root)', problem: issue.message }));
      }
      options = parsed.data;
    }
    active.push({ rule, severity: level === 'warn' ? 'warning' : 'error', options });
  }
  return active;
}


/**
 * At most this many diagnostics per rule and document; the rest are counted in
 * one more diagnostic of the rule ("и ещё N …") at the first one left out. A
 * document of 300,000 repeated items would otherwise carry 300,000 copies of
 * one remark (hundreds of megabytes of JSON) that nobody reads.
 */
export const MAX_FINDINGS_PER_RULE = 1000;

export function runActiveRules(doc: CheckedDocument, active: readonly ActiveRule[], lang: Lang): Diagnostic[] {
  const diagnostics: Diagnostic[] = [];
  for (const { rule, severity, options } of active) {
    const id = rule.meta.id as RuleId;
    if (!rule.check) continue; // its messages come from parse (lint.ts)
    const findings: Finding[] = [];
    rule.check(doc, { options, report: (f) => void findings.push(f) });
    if (findings.length > MAX_FINDINGS_PER_RULE) findings.sort(byPosition);
    for (const f of findings.slice(0, MAX_FINDINGS_PER_RULE)) {
      diagnostics.push({
        rule: id,
        severity,
        message: ruleMessage(id, f.messageId, lang, f.data),
        line: f.line,
        column: f.column,
        endLine: f.endLine ?? f.line,
        endColumn: f.endColumn ?? f.column,
        fix: f.fix ?? null,
        related: f.related ? [relatedOf(f.related, lang)] : [],
      });
    }
    const first = findings[MAX_FINDINGS_PER_RULE];
    if (first) {
      const more = findings.length - MAX_FINDINGS_PER_RULE;
      const message = uiText('moreFindings', lang, { count: more, shown: MAX_FINDINGS_PER_RULE, rule: id });
      diagnostics.push({ rule: id, severity, message, line: first.line, column: first.column, endLine: first.line, endColumn: first.column, fix: null, related: [] });
    }
  }
  return diagnostics.sort(byDiagnosticPosition);
}

function byPosition(a: Finding, b: Finding): number {
  return a.line - b.line || a.column - b.column;
}

function relatedOf(r: NonNullable<Finding['related']>, lang: Lang): Related {
  return { line: r.line, column: r.column, endLine: r.endLine ?? r.line, endColumn: r.endColumn ?? r.column, message: uiText('firstOccurrence', lang) };
}
