// The shape of a check rule. A rule reads the parsed document (never the raw
// text again) and reports findings by message id; the runner turns them into
// diagnostics with the configured severity and the user's language.
import type { z } from 'zod';
import type { Fix } from '../shared/schema/output.js';
import type { ParsedDocument } from '../7-validate/pipeline.js';

export type { Lang } from '../shared/messages/lang.js';
import type { Lang } from '../shared/messages/lang.js';
export type RuleSeverity = 'error' | 'warn';
export type SeveritySetting = RuleSeverity | 'off';

/** What a rule sees: the document as parsed, before diagnostics are attached. */
export type CheckedDocument = Omit<ParsedDocument, 'output' | 'messages' | 'source'> & {
  output: Omit<ParsedDocument['output'], 'diagnostics'>;
};

export interface RuleMeta {
  /** kebab-case, English, stable: used in configs, baselines and SARIF */
  id: string;
  defaultSeverity: RuleSeverity;
  /** one line, in the language of the catalogue (see messages.ts) */
  description: Record<Lang, string>;
  /** a paragraph for tools (SARIF help): what the rule finds and why */
  docs: string;
  /** where the rule is documented, relative to the package: docs/rules.md#id (SARIF helpUri) */
  url?: string;
  /** the rule can offer a safe autofix (`--fix`) */
  fixable: boolean;
  /** the rule's options in resolve.config.json, validated with this schema */
  options?: z.ZodType;
  /** reported by this stage of parse rather than by a check (see 8-check/lint.ts) */
  stage?: 'decode' | 'convert' | 'structure';
}

export interface Finding {
  /** a key of the rule's messages in the catalogue */
  messageId: string;
  data?: Record<string, string | number>;
  line: number;
  column: number;
  endLine?: number;
  endColumn?: number;
  fix?: Fix;
  /** the first occurrence of what this finding repeats (reported as a related location, not in the message) */
  related?: { line: number; column: number; endLine?: number; endColumn?: number };
}

export interface RuleContext<O = unknown> {
  /** the rule's options from the configuration (already validated), or undefined */
  options: O | undefined;
  report(finding: Finding): void;
}

export interface Rule<O = unknown> {
  meta: RuleMeta;
  /** absent for a rule whose messages come from a stage of parse (meta.stage) */
  check?(doc: CheckedDocument, context: RuleContext<O>): void;
}
