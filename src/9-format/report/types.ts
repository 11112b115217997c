// What every reporter formats: one entry per checked file.
import type { Diagnostic } from '../../shared/schema/output.js';
import type { Lang, RuleMeta } from '../../8-check/types.js';

export interface FileReport {
  /** as given on the command line (or found in a folder) */
  path: string;
  diagnostics: Diagnostic[];
  /** with --fix-dry-run: the fixed text, when it differs */
  output?: string;
}

export interface ReportInput {
  files: FileReport[];
  /** every rule that ran on some file, for formats that describe rules (SARIF) */
  rules: RuleMeta[];
  lang: Lang;
}

export type Reporter = (input: ReportInput) => string;

export interface Counts {
  errors: number;
  warnings: number;
  fixable: number;
}

export function countOf(files: readonly FileReport[]): Counts {
  const counts: Counts = { errors: 0, warnings: 0, fixable: 0 };
  for (const f of files) {
    for (const d of f.diagnostics) {
      if (d.severity === 'error') counts.errors++;
      else counts.warnings++;
      if (d.fix) counts.fixable++;
    }
  }
  return counts;
}
