// The options of `resolve parse` that belong to batch conversion, checked once
// so the rest of src/batch/ can trust them.
import { availableParallelism } from 'node:os';
import { usageError } from '../errors.js';
import type { Format } from '../io/read-input.js';
import type { OutputMode } from './result.js';

export interface BatchFlags {
  out?: string;
  format?: OutputMode;
  jobs?: string;
  force?: boolean;
  pretty?: boolean;
  inputFormat?: Format;
}

export interface BatchOptions {
  outDir: string | null;
  mode: OutputMode;
  jobs: number;
  force: boolean;
  pretty: boolean;
  inputFormat: Format | null;
}

/** One file, no --out, no --format: the classic `resolve parse FILE` printing one JSON document. */
export function isSingleDocument(inputs: string[], flags: BatchFlags): boolean {
  return inputs.length === 1 && !flags.out && (flags.format === undefined || flags.format === 'json');
}

export const MAX_JOBS = 64;

export function batchOptions(inputs: string[], flags: BatchFlags): BatchOptions {
  const mode = flags.format ?? 'json';
  if (inputs.includes('-')) throw usageError('usage', 'standard input ("-") can only be parsed on its own');
  if (mode === 'json' && !flags.out) throw usageError('usage', 'several inputs or a folder need --out DIR (or --format ndjson|csv to print to stdout)');
  if (mode !== 'json' && flags.out) throw usageError('usage', `--format ${mode} prints to stdout; leave out --out`);
  let jobs = availableParallelism();
  if (flags.jobs !== undefined) {
    jobs = Number(flags.jobs);
    if (!Number.isInteger(jobs) || jobs < 1 || jobs > MAX_JOBS) throw usageError('usage', `--jobs must be a whole number from 1 to ${MAX_JOBS}, not "${flags.jobs}"`);
  }
  return {
    outDir: flags.out ?? null,
    mode,
    jobs,
    force: flags.force ?? false,
    pretty: flags.pretty ?? false,
    inputFormat: flags.inputFormat ?? null,
  };
}
