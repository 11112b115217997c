// One input of a batch, start to end: read, hash, skip when the output is up to
// date, parse, write. Runs in a worker thread (or in the main thread for
// --jobs 1) and never throws: every failure becomes a result with a reason, so
// one bad file cannot stop the batch.
import { existsSync } from 'node:fs';
import { createHash } from 'node:crypto';
import { parseDocument } from '../7-validate/pipeline.js';
import { grammarOverlayDir, useGrammarOverlay } from '../shared/grammar/load.js';
import { lint } from '../8-check/lint.js';
import { ResolveError } from '../shared/errors.js';
import { say } from '../shared/messages/ui.js';
import { setLang } from '../shared/messages/lang.js';
import { readRegularFile } from '../io/read-input.js';
import { knownFailure } from '../shared/read-failures.js';
import { formatJson } from '../9-format/export/json.js';
import { documentTable } from '../9-format/export/rows.js';
import { OutputDir } from './atomic-write.js';
import { TABLE_MODES, blankResult, type Job, type JobResult } from './result.js';

const outputDirs = new Map<string, OutputDir>();

/**
 * `stopped` is asked once the input is read: true (Ctrl-C with --jobs 1, see
 * pool.ts) leaves the input unparsed and gives null, nothing written and nothing
 * to report; the rerun parses it.
 */
export async function runJob(job: Job, stopped?: () => boolean): Promise<JobResult | null> {
  // a worker thread speaks the language of the command that started it (--lang or RESOLVE_LANG)
  setLang(job.lang);
  const result = blankResult(job.index);
  // the time taken is the parsing thread's: from the bytes read to the output handed to the writer
  let t0 = performance.now();
  let parsedIn: number | null = null;
  try {
    // a worker thread starts with the built-in grammars only (the command validated the overlay already)
    if ((job.grammars ?? null) !== grammarOverlayDir()) await useGrammarOverlay(job.grammars ?? null);
    const bytes = await readRegularFile(job.fsPath ? Buffer.from(job.fsPath) : job.abs);
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

/** Why an input failed, as its code and the one-line reason the batch reports after the file's name. */
export function describeFailure(e: unknown): { code: string; reason: string } {
  // the walk listed every input, so one that is not there is a dangling link or was removed since
  const failure = e instanceof ResolveError ? e : knownFailure(e);
  if (failure) return { code: failure.code, reason: failure.code === 'not-found' ? say('goneFile') : failure.message };
  const err = e as NodeJS.ErrnoException;
  if (err instanceof RangeError) return { code: 'too-large', reason: say('tooLargeToProcess', { detail: err.message }) };
  return { code: 'internal', reason: say('internalError', { detail: String(err?.message ?? e).split('\n')[0]! }) };
}
