// The options of `resolve check` as commander hands them to check-run.ts.
import type { ReportFormat } from '../9-format/report/formats.js';

export interface CheckCliOptions {
  format: ReportFormat;
  outputFile?: string;
  color?: boolean;
  config?: string;
  rule: string[];
  quiet?: boolean;
  maxWarnings: number;
  lang?: string;
  ignorePattern: string[];
  stdinFilename?: string;
  baseline?: string;
  writeBaseline?: string;
  fix?: boolean;
  fixDryRun?: boolean;
  printConfig?: string;
  init?: boolean;
  listRules?: boolean;
  grammars?: string;
  /** the memory budget per document, MB (shared/limits.ts) */
  maxMemory?: string;
}
