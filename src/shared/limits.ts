// The sizes resolve refuses before doing any work. Shared by the reader of an
// input (io/), the converters (convert/) and the batch, so that a document is
// too large by the same measure wherever it comes from.
//
// How much memory one document may take (issue 17). One budget, in MB of
// JavaScript heap, set with `--max-memory` or RESOLVE_MAX_MEMORY_MB, held two ways:
//   - a batch's parsing threads run with it as their heap limit (batch/pool.ts):
//     a document that outgrows it ends its thread, not the process, and fails
//     alone with `too-large`;
//   - every parse (the single-file one, which has no thread of its own, too)
//     refuses up front a text longer than the budget can hold — decoded, or as a
//     .docx/.html converter writes it (2-convert/text-layout.ts) — so a 13 KB ZIP
//     that inflates to megabytes of TABs is refused before the pipeline holds it.
// The pipeline's heap grows with its text: about 50 bytes per character on
// lines of tasks, up to ~220 on one line of TAB-separated cells (the worst shape
// measured, docs/ROBUSTNESS.md); the text limit allows 256 per character.
import { getHeapStatistics } from 'node:v8';
import { documentError, usageError } from './errors.js';
import { say } from './messages/ui.js';

/**
 * Inputs above this size are refused (exit 1) before any work: a resolution
 * is tens of kilobytes (the seeds are 3–30 KB), 16 MiB of text is thousands of
 * pages. Within the limit the pipeline is linear, about 3 s at the limit.
 */
export const MAX_INPUT_BYTES = 16 * 1024 * 1024;

export const MEMORY_ENV = 'RESOLVE_MAX_MEMORY_MB';
/** the default budget is the heap Node gives the main thread (about a quarter of the machine's memory), at most this */
export const DEFAULT_MEMORY_MB_MAX = 4096;
export const MIN_MEMORY_MB = 64;
export const MAX_MEMORY_MB = 65536;
/** heap bytes the text limit allows per character of text (above the worst measured, ~220; see above) */
export const HEAP_BYTES_PER_CHAR = 256;
/** never more than a text file may hold bytes */
const MAX_TEXT_CHARS = MAX_INPUT_BYTES;

/** --max-memory or RESOLVE_MAX_MEMORY_MB as a whole number of MB, or a usage error (exit 2). */
export function parseMemoryBudget(text: string, from: string): number {
  const mb = Number(text);
  if (!/^\d+$/.test(text.trim()) || !Number.isSafeInteger(mb) || mb < MIN_MEMORY_MB || mb > MAX_MEMORY_MB) {
    throw usageError('usage', say('badMemoryBudget', { from, value: text, min: MIN_MEMORY_MB, max: MAX_MEMORY_MB }));
  }
  return mb;
}

/**
 * The command line's budget: `--max-memory` when given (kept in the environment,
 * where the parsing threads and every parse read it), else RESOLVE_MAX_MEMORY_MB
 * checked, so that a mistyped value is a usage error rather than the default.
 */
export function applyMemoryBudget(flag: string | undefined): void {
  if (flag !== undefined) process.env[MEMORY_ENV] = String(parseMemoryBudget(flag, '--max-memory'));
  else if (process.env[MEMORY_ENV]) parseMemoryBudget(process.env[MEMORY_ENV], MEMORY_ENV);
}

/** The budget of this run, MB: the environment's (the command line sets it there, for the threads too) or the default. */
export function memoryBudgetMb(): number {
  const text = process.env[MEMORY_ENV];
  if (text === undefined || text === '') return defaultMemoryMb();
  try {
    return parseMemoryBudget(text, MEMORY_ENV);
  } catch {
    return defaultMemoryMb(); // checked by the command line before any parse; a library caller gets the default
  }
}

/**
 * Without a budget given: what Node would allow a parse anyway — the heap limit it
 * sets by the machine's memory (4 GB with 16 GB or more) — at most 4096 MB. A
 * worker started with that as its limit computes the same number.
 */
function defaultMemoryMb(): number {
  return Math.max(MIN_MEMORY_MB, Math.min(DEFAULT_MEMORY_MB_MAX, Math.floor(heapLimitMb())));
}

const heapLimitMb = () => getHeapStatistics().heap_size_limit / 1048576;

/**
 * The longest text one document may have under the budget. The heap this thread
 * actually has counts too: a parse in the main thread may not use more than
 * Node gave it, whatever the budget says.
 */
export function maxTextChars(): number {
  return textLimit(memoryBudgetMb(), heapLimitMb());
}

/** The text limit for a budget and the heap the thread has, both in MB. */
export function textLimit(budgetMb: number, heapMb: number): number {
  return Math.min(MAX_TEXT_CHARS, Math.floor((Math.min(budgetMb, heapMb) * 1048576) / HEAP_BYTES_PER_CHAR));
}

/** A text over the limit, as a one-line `too-large` failure (exit 1). */
export function checkTextLength(length: number, limit = maxTextChars()): void {
  if (length > limit) throw textTooLong(limit);
}

export const textTooLong = (limit: number) => documentError('too-large', say('textTooLong', { limit, budget: memoryBudgetMb() }));
