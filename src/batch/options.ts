// The options of `resolve parse` that belong to batch conversion, checked once
// so the rest of src/batch/ can trust them.
import { availableParallelism } from 'node:os';
import { usageError } from '../shared/errors.js';
import { say } from '../shared/messages/ui.js';
import { currentLang } from '../shared/messages/lang.js';
import type { Format } from '../io/read-input.js';
import type { OutputMode } from './result.js';
import type { Lang } from '../9-format/export/columns.js';
import { autoDelimiter, type CsvOptions } from '../9-format/export/csv.js';

export interface BatchFlags {
  out?: string;
  format?: OutputMode;
  jobs?: string;
  force?: boolean;
  pretty?: boolean;
  inputFormat?: Format;
  outputFile?: string;
  today?: string;
  csvDelimiter?: string;
  lang?: Lang;
}

export interface BatchOptions {
  outDir: string | null;
  mode: OutputMode;
  jobs: number;
  force: boolean;
  pretty: boolean;
  inputFormat: Format | null;
  /** --output-file: the whole output of a stdout-style format in one file */
  outputFile: string | null;
  /** ISO date the task statuses are reckoned against */
  today: string;
  csv: CsvOptions;
}

/** One file, no --out, no --format: the classic `resolve parse FILE` printing one JSON document. */
export function isSingleDocument(inputs: string[], flags: BatchFlags): boolean {
  return inputs.length === 1 && !flags.out && (flags.format === undefined || flags.format === 'json');
}

export const MAX_JOBS = 64;

export function batchOptions(inputs: string[], flags: BatchFlags): BatchOptions {
  const mode = flags.format ?? 'json';
  if (inputs.includes('-')) throw usageError('usage', say('stdinAlone'));
  if (mode === 'json' && !flags.out) throw usageError('usage', say('needOut'));
  if (mode !== 'json' && flags.out) throw usageError('usage', say('formatWithOut', { mode }));
  if (mode === 'json' && flags.outputFile) throw usageError('usage', say('outputFileJson'));
  if (mode === 'xlsx' && !flags.outputFile) throw usageError('usage', say('xlsxNeedsFile'));
  if (mode === 'report' && !flags.outputFile) throw usageError('usage', say('reportNeedsFile'));
  let jobs = availableParallelism();
  if (flags.jobs !== undefined) {
    jobs = Number(flags.jobs);
    if (!Number.isInteger(jobs) || jobs < 1 || jobs > MAX_JOBS) throw usageError('usage', say('jobsRange', { max: MAX_JOBS, value: flags.jobs }));
  }
  return {
    outDir: flags.out ?? null,
    mode,
    jobs,
    force: flags.force ?? false,
    pretty: flags.pretty ?? false,
    inputFormat: flags.inputFormat ?? null,
    outputFile: flags.outputFile ?? null,
    today: flags.today === undefined ? localToday() : isoDay(flags.today),
    csv: { delimiter: csvDelimiter(flags.csvDelimiter ?? ','), lang: flags.lang ?? currentLang() },
  };
}

/** Today in the local time zone, as an ISO date. */
function localToday(): string {
  const d = new Date();
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
}

/** --today: 2025-03-01 or 01.03.2025, a day that exists. */
function isoDay(text: string): string {
  const iso = /^\d{4}-\d{2}-\d{2}$/.test(text) ? text : text.replace(/^(\d{2})\.(\d{2})\.(\d{4})$/, '$3-$2-$1');
  const day = new Date(`${iso}T00:00:00Z`);
  if (!/^\d{4}-\d{2}-\d{2}$/.test(iso) || Number.isNaN(day.getTime()) || day.toISOString().slice(0, 10) !== iso) {
    throw usageError('usage', say('todayNotDate', { value: text }));
  }
  return iso;
}

const DELIMITERS: Record<string, string> = { ',': ',', ';': ';', tab: '\t', '\t': '\t' };

function csvDelimiter(text: string): string {
  if (text === 'auto') return autoDelimiter();
  const d = DELIMITERS[text];
  if (!d) throw usageError('usage', say('csvDelimiterBad', { value: text }));
  return d;
}
