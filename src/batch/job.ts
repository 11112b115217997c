// One input of a batch, start to end: read, hash, skip when the output is up to
// date, parse, write. Runs in a worker thread (or in the main thread for
// --jobs 1) and never throws: every failure becomes a result with a reason, so
// one bad file cannot stop the batch.
import { constants, existsSync } from 'node:fs';
import { open } from 'node:fs/promises';
import { createHash } from 'node:crypto';
import { parseDocument } from '../pipeline.js';
import { grammarOverlayDir, useGrammarOverlay } from '../grammar/load.js';
import { lint } from '../check/lint.js';
import { ResolveError, documentError } from '../errors.js';
import { MAX_INPUT_BYTES } from '../io/read-input.js';
import { formatJson } from '../cli/parse-command.js';
import { documentTable } from '../export/rows.js';
import { OutputDir } from './atomic-write.js';
import { TABLE_MODES, blankResult, type Job, type JobResult } from './result.js';

const outputDirs = new Map<string, OutputDir>();

/**
 * `stopped` is asked once the input is read: true (Ctrl-C with --jobs 1, see
 * pool.ts) leaves the input unparsed and gives null, nothing written and nothing
 * to report; the rerun parses it.
 */
export async function runJob(job: Job, stopped?: () => boolean): Promise<JobResult | null> {
  const result = blankResult(job.index);
  // the time taken is the parsing thread's: from the bytes read to the output handed to the writer
  let t0 = performance.now();
  let parsedIn: number | null = null;
  try {
    // a worker thread starts with the built-in grammars only (the command validated the overlay already)
    if ((job.grammars ?? null) !== grammarOverlayDir()) await useGrammarOverlay(job.grammars ?? null);
    const bytes = await readBytes(job.fsPath ? Buffer.from(job.fsPath) : job.abs);
    if (stopped?.()) return null;
    t0 = performance.now();
    result.bytes = bytes.length;
    // hashed here only when there is an earlier output to compare with; else the parse hashes it
    if (job.previousSha256) result.sha256 = createHash('sha256').update(bytes).digest('hex');
    if (job.previousSha256 && job.previousSha256 === result.sha256 && job.outRoot && job.output && existsSync(outputDir(job.outRoot).resolveInside(job.output))) {
      result.status = 'up-to-date';
    } else {
      const { output } = lint(await parseDocument({ bytes, path: job.path, format: job.format }));
      result.sha256 = output.source.sha256;
      result.encoding = output.source.encoding;
      result.tasks = output.tasks.length;
      result.people = output.people.length;
      result.organizations = output.organizations.length;
      if (job.mode === 'json' && job.outRoot && job.output) {
        const written = outputDir(job.outRoot).writeInBackground(job.output, formatJson(output, job.pretty));
        // the write goes on while the next document parses
        parsedIn = elapsedMs(t0);
        await written;
      } else if (job.mode === 'ndjson') result.text = formatJson(output, false);
      else if (TABLE_MODES.includes(job.mode)) result.table = documentTable(output, job.today);
      result.status = 'ok';
    }
  } catch (e) {
    const { code, reason } = describeFailure(e);
    result.code = code;
    result.reason = reason;
  }
  result.ms = parsedIn ?? elapsedMs(t0);
  return result;
}

const elapsedMs = (t0: number) => Math.round((performance.now() - t0) * 10) / 10;

function outputDir(root: string): OutputDir {
  let dir = outputDirs.get(root);
  if (!dir) outputDirs.set(root, (dir = new OutputDir(root)));
  return dir;
}

/**
 * Open once, check what was opened, read it: a stat before readFile would cost a
 * system call per file. O_NONBLOCK so that a named pipe called "x.txt" is refused
 * instead of blocking the batch forever; it changes nothing for regular files.
 * On libuv's threads: the parsing thread parses other documents while an input
 * comes off the disk (an archive of past years is rarely in the page cache).
 */
async function readBytes(abs: string | Buffer): Promise<Uint8Array> {
  const file = await open(abs, constants.O_RDONLY | constants.O_NONBLOCK);
  try {
    const info = await file.stat();
    if (!info.isFile()) throw documentError('not-a-file', 'not a regular file');
    if (info.size > MAX_INPUT_BYTES) throw documentError('too-large', `${info.size} bytes is more than the ${MAX_INPUT_BYTES}-byte limit`);
    const bytes = new Uint8Array(info.size);
    let filled = 0;
    while (filled < bytes.length) {
      const { bytesRead } = await file.read(bytes, filled, bytes.length - filled, null);
      if (bytesRead === 0) break; // the file shrank while being read
      filled += bytesRead;
    }
    return filled === bytes.length ? bytes : bytes.subarray(0, filled);
  } finally {
    await file.close();
  }
}

/** File-system failures while reading an input, as codes and reasons a methodist can act on. */
const FS_FAILURES: Record<string, { code: string; reason: string }> = {
  ENOENT: { code: 'not-found', reason: 'no such file (a dangling link, or removed during the run)' },
  EACCES: { code: 'permission', reason: 'permission denied' },
  EPERM: { code: 'permission', reason: 'permission denied' },
  EISDIR: { code: 'not-a-file', reason: 'is a directory' },
  EIO: { code: 'io', reason: 'input/output error reading the file' },
};

export function describeFailure(e: unknown): { code: string; reason: string } {
  if (e instanceof ResolveError) return { code: e.code, reason: e.message };
  const err = e as NodeJS.ErrnoException;
  const fs = err?.code ? FS_FAILURES[err.code] : undefined;
  if (fs) return fs;
  if (err instanceof RangeError) return { code: 'too-large', reason: `too large to process (${err.message})` };
  return { code: 'internal', reason: `internal error: ${String(err?.message ?? e).split('\n')[0]} (please report it)` };
}
