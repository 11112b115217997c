// Check rules over a parsed document → diagnostics.
// STUB (interface only): rules live in src/check/rules/, one module each.
import type { Diagnostic } from '../schema/output.js';
import type { ParsedDocument } from '../pipeline.js';

export interface CheckOptions {
  /** rule id → severity override; "off" disables */
  rules?: Record<string, 'error' | 'warn' | 'off'>;
  lang?: 'ru' | 'en';
}

export function runChecks(_doc: Omit<ParsedDocument, 'output'> & { output: Omit<ParsedDocument['output'], 'diagnostics'> }, _options: CheckOptions = {}): Diagnostic[] {
  return [];
}
