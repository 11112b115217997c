// Fuzzing through the command line (issue 17): the families of families.ts
// written as files (.txt, .md, .docx, .html; random bytes under every
// extension) and given to the built `resolve` as a user would — `resolve parse
// FILE` for each, and every few cases the files so far as a small --jobs 2
// batch. What must hold: an exit code of the documented set (a document is 0 or
// 1), stderr a line per message with no stack trace, and on exit 0 stdout one
// JSON document the output schema accepts; a batch writes an index.json whose
// every ok entry has a valid output. Shared by `npm run fuzz -- --cli N` and the
// bounded sample in `npm test` (tests/fuzz/cli.test.ts).
import fc from 'fast-check';
import { spawn } from 'node:child_process';
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { FAMILIES, type FuzzInput } from './families.js';
import { OutputSchema } from '../../src/shared/schema/output.js';
import { IndexSchema } from '../../src/batch/index-file.js';
import { BIN } from '../support/cli.js';

export interface CliFailure {
  /** the class: what went wrong, with numbers blurred */
  kind: string;
  /** the file that showed it (kept in the run's folder) and what the command said */
  file: string;
  detail: string;
}

export interface CliFuzzResult {
  cases: number;
  batches: number;
  seconds: number;
  failures: CliFailure[];
}

const EXTENSION = { text: '.txt', markdown: '.md', docx: '.docx', html: '.html' } as const;
/** a case's file: random bytes are also tried as .docx and .html, where the converters meet them */
const extensionOf = (family: string, input: FuzzInput, i: number) =>
  family === 'random bytes' ? (['.txt', '.docx', '.html'] as const)[i % 3] : EXTENSION[input.format];

/** a command that has not finished by then hangs */
const TIMEOUT_MS = 120_000;

interface Run {
  status: number | null;
  signal: string | null;
  stdout: string;
  stderr: string;
  timedOut: boolean;
}

function runResolve(args: string[]): Promise<Run> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [BIN, ...args], { stdio: ['ignore', 'pipe', 'pipe'] });
    const out: Buffer[] = [];
    const err: Buffer[] = [];
    let timedOut = false;
    const timer = setTimeout(() => {
      timedOut = true;
      child.kill('SIGKILL');
    }, TIMEOUT_MS);
    child.stdout.on('data', (b: Buffer) => out.push(b));
    child.stderr.on('data', (b: Buffer) => err.push(b));
    child.on('close', (status, signal) => {
      clearTimeout(timer);
      resolve({ status, signal, stdout: Buffer.concat(out).toString('utf8'), stderr: Buffer.concat(err).toString('utf8'), timedOut });
    });
  });
}

const blur = (s: string) => s.replace(/\d+/g, 'N').slice(0, 160);

/** What is wrong with stderr: each line a "resolve: …" message, no stack trace, at most `lines` lines. */
function stderrProblem(stderr: string, lines: number): string | null {
  if (stderr === '') return null;
  if (!stderr.endsWith('\n')) return 'stderr does not end its line';
  const all = stderr.slice(0, -1).split('\n');
  if (/^\s+at /m.test(stderr)) return `stack trace on stderr: ${blur(all[0]!)}`;
  if (all.length > lines) return `stderr has ${all.length > 9 ? 'many' : all.length} lines: ${blur(all[0]!)}`;
  const stray = all.find((l) => !l.startsWith('resolve: '));
  return stray === undefined ? null : `stderr line not a message: ${blur(stray)}`;
}

/** `resolve parse FILE`: the failure class, or null. */
async function checkSingle(file: string): Promise<string | null> {
  const r = await runResolve(['parse', file]);
  if (r.timedOut) return 'hang: no exit within the timeout';
  if (r.status !== 0 && r.status !== 1) return `exit ${r.status ?? r.signal}: ${blur(r.stderr.split('\n')[0]!)}`;
  const problem = stderrProblem(r.stderr, r.status === 0 ? 0 : 1);
  if (problem) return problem;
  if (r.status === 1) return r.stdout === '' ? null : 'exit 1 with data on stdout';
  return schemaProblem(r.stdout);
}

function schemaProblem(json: string): string | null {
  let value: unknown;
  try {
    value = JSON.parse(json);
  } catch {
    return 'stdout is not JSON';
  }
  const result = OutputSchema.safeParse(value);
  return result.success ? null : `output fails the schema at ${result.error.issues[0]!.path.join('.')}`;
}

/** A --jobs 2 batch over `dir`: the failure class, or null. */
async function checkBatch(dir: string, out: string, files: number): Promise<string | null> {
  rmSync(out, { recursive: true, force: true });
  const r = await runResolve(['parse', dir, '--out', out, '--jobs', '2']);
  if (r.timedOut) return 'batch hang: no exit within the timeout';
  if (r.status !== 0 && r.status !== 1) return `batch exit ${r.status ?? r.signal}: ${blur(r.stderr.split('\n')[0]!)}`;
  // a line per failure (at most 20 and one "… more"), and the summary
  const problem = stderrProblem(r.stderr, 22);
  if (problem) return `batch ${problem}`;
  let index;
  try {
    index = IndexSchema.parse(JSON.parse(readFileSync(join(out, 'index.json'), 'utf8')));
  } catch {
    return 'batch index.json missing or invalid';
  }
  if (index.inputs.length !== files) return 'batch index.json lost an input';
  for (const e of index.inputs) {
    if (e.status === 'failed' && (e.code === 'internal' || e.code === 'invalid-output')) return `batch ${e.code}: ${blur(e.reason ?? '')}`;
    if (e.status !== 'ok') continue;
    let output = '';
    try {
      output = readFileSync(join(out, e.output!), 'utf8');
    } catch {
      return 'batch ok entry without its output';
    }
    const schema = schemaProblem(output);
    if (schema) return `batch ${schema}`;
  }
  return null;
}

/**
 * `cases` generated files, from `seed`, checked one by one and every `batchEvery`
 * as a batch, `concurrency` commands at a time. Files that showed a failure stay
 * in `dir`/failures; the rest is removed.
 */
export async function runCliFuzz(options: { cases: number; seed: number; dir: string; batchEvery?: number; concurrency?: number; onFailure?: (f: CliFailure) => void }): Promise<CliFuzzResult> {
  const { cases, seed, dir, batchEvery = 10, concurrency = 2 } = options;
  const families = Object.keys(FAMILIES);
  const perFamily = Math.ceil(cases / families.length);
  const inputs = families.flatMap((family, f) =>
    fc.sample(FAMILIES[family]!, { seed: seed + f, numRuns: perFamily }).map((input) => ({ family, input })),
  );
  // the families interleaved, so that a short run and each batch see every one
  const order = Array.from({ length: cases }, (_, i) => inputs[(i % families.length) * perFamily + Math.floor(i / families.length)]!);
  const failures: CliFailure[] = [];
  const kept = join(dir, 'failures');
  mkdirSync(kept, { recursive: true });
  const fail = (kind: string, file: string, detail: string) => {
    const f = { kind, file, detail };
    failures.push(f);
    options.onFailure?.(f);
  };
  const started = performance.now();
  let batches = 0;
  for (let from = 0; from < cases; from += batchEvery) {
    const group = order.slice(from, from + batchEvery);
    const batchDir = join(dir, `batch-${from}`);
    mkdirSync(batchDir, { recursive: true });
    const files = group.map(({ family, input }, k) => {
      const file = join(batchDir, `case-${from + k}${extensionOf(family, input, from + k)}`);
      writeFileSync(file, input.bytes);
      return { family, file };
    });
    for (let k = 0; k < files.length; k += concurrency) {
      const slice = files.slice(k, k + concurrency);
      const found = await Promise.all(slice.map(({ file }) => checkSingle(file)));
      found.forEach((kind, j) => {
        if (!kind) return;
        const keep = join(kept, `${from + k + j}-${slice[j]!.file.split('/').at(-1)}`);
        writeFileSync(keep, readFileSync(slice[j]!.file));
        fail(kind, keep, slice[j]!.family);
      });
    }
    const batchKind = await checkBatch(batchDir, join(dir, `out-${from}`), files.length);
    batches++;
    if (batchKind) fail(batchKind, batchDir, 'the batch folder is kept');
    else rmSync(batchDir, { recursive: true, force: true });
    rmSync(join(dir, `out-${from}`), { recursive: true, force: true });
  }
  return { cases, batches, seconds: (performance.now() - started) / 1000, failures };
}
