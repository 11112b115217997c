// A message before it is worded: which rule, which of its sentences, the
// values to fill in, and where. The stages of parse and the check rules both
// report this way; the language is chosen only when it is worded.
import type { Diagnostic, Fix } from '../schema/output.js';
import type { Lang } from './lang.js';
import { ruleMessage, type RuleId } from './rules.js';

export interface Message {
  rule: RuleId;
  messageId: string;
  data?: Record<string, string | number>;
  severity: Diagnostic['severity'];
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
  fix?: Fix | null;
}

export function worded(m: Message, lang: Lang): Diagnostic {
  return {
    rule: m.rule,
    severity: m.severity,
    message: ruleMessage(m.rule, m.messageId, lang, m.data),
    line: m.line,
    column: m.column,
    endLine: m.endLine,
    endColumn: m.endColumn,
    fix: m.fix ?? null,
    related: [],
  };
}

export function byPosition(a: Pick<Diagnostic, 'line' | 'column' | 'rule'>, b: Pick<Diagnostic, 'line' | 'column' | 'rule'>): number {
  return a.line - b.line || a.column - b.column || a.rule.localeCompare(b.rule);
}
