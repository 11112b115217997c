// --jobs 1 runs jobs in this thread, but a job's input is read and its output
// written in the background while other jobs parse (src/batch/pool.ts): results
// may come back out of order, none may be lost, and a failure to deliver one ends
// the run.
import { afterAll, describe, expect, it } from 'vitest';
import { rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { IN_FLIGHT_INLINE, inlineRunner, workerRunner } from '../../src/batch/pool.js';
import { blankResult, type Job, type JobResult } from '../../src/batch/result.js';
import { tempDir } from './archive.js';

const job = (index: number): Job => ({ index, path: `${index}.txt`, abs: `/x/${index}.txt`, fsPath: null, format: 'text', mode: 'json', pretty: false, today: '2025-01-01', outRoot: '/out', output: `${index}.json`, previousSha256: null, lang: 'ru', grammars: null });
const jobs = (n: number) => Array.from({ length: n }, (_, i) => job(i));

/** A runJob whose "write" of job i finishes only when release(i) is called. */
function slowWrites() {
  const started: number[] = [];
  const releases = new Map<number, () => void>();
  const runJob = (j: Job) => {
    started.push(j.index);
    return new Promise<JobResult>((resolve) => releases.set(j.index, () => resolve({ ...blankResult(j.index), status: 'ok' })));
  };
  return { runJob, started, release: (i: number) => releases.get(i)!() };
}

const tick = () => new Promise((resolve) => setImmediate(resolve));

describe('inlineRunner (--jobs 1)', () => {
  it('starts the next documents while earlier ones are still being read or written, and delivers every result', async () => {
    const { runJob, started, release } = slowWrites();
    const delivered: number[] = [];
    const run = inlineRunner(runJob).run(jobs(3), (r) => void delivered.push(r.index));
    for (let i = 0; i < 5; i++) await tick();
    expect(started).toEqual([0, 1, 2]); // none waited for job 0's write
    release(2);
    release(0);
    release(1);
    await run;
    expect(delivered).toEqual([2, 0, 1]); // as the writes finished; the batch puts them back in order
  });

  it(`holds at most ${IN_FLIGHT_INLINE} documents in flight: the next waits for one of them`, async () => {
    const { runJob, started, release } = slowWrites();
    const total = IN_FLIGHT_INLINE + 2;
    const run = inlineRunner(runJob).run(jobs(total), () => undefined);
    for (let i = 0; i < total * 2; i++) await tick();
    expect(started).toHaveLength(IN_FLIGHT_INLINE);
    release(3);
    for (let i = 0; i < 5; i++) await tick();
    expect(started).toHaveLength(IN_FLIGHT_INLINE + 1);
    for (let i = 0; i <= IN_FLIGHT_INLINE; i++) if (i !== 3) release(i);
    for (let i = 0; i < 5; i++) await tick();
    release(total - 1);
    await run;
    expect(started).toHaveLength(total);
  });

  it('close() (Ctrl-C) starts no new document and returns once those in flight are written', async () => {
    const { runJob, started, release } = slowWrites();
    const delivered: number[] = [];
    const runner = inlineRunner(runJob);
    void runner.run(jobs(IN_FLIGHT_INLINE + 10), (r) => void delivered.push(r.index));
    for (let i = 0; i < IN_FLIGHT_INLINE * 2; i++) await tick();
    let closed = false;
    const closing = runner.close().then(() => (closed = true));
    release(0);
    for (let i = 0; i < 5; i++) await tick();
    // the place job 0 left is not taken: the caller is about to sweep OUTDIR and exit
    expect(started).toHaveLength(IN_FLIGHT_INLINE);
    expect(closed).toBe(false); // the others are still being written
    for (let i = 1; i < IN_FLIGHT_INLINE; i++) release(i);
    await closing;
    expect(delivered).toHaveLength(IN_FLIGHT_INLINE);
  });

  it('close() leaves unparsed the documents whose input comes in after it, and delivers nothing for them', async () => {
    // each job "reads" until read(i), then asks stopped() like runJob does before parsing
    const reads = new Map<number, () => void>();
    const runJob = async (j: Job, stopped: () => boolean): Promise<JobResult | null> => {
      await new Promise<void>((resolve) => reads.set(j.index, resolve));
      return stopped() ? null : { ...blankResult(j.index), status: 'ok' };
    };
    const delivered: number[] = [];
    const runner = inlineRunner(runJob);
    const run = runner.run(jobs(10), (r) => void delivered.push(r.index));
    for (let i = 0; i < 30; i++) await tick();
    expect(reads.size).toBe(10);
    reads.get(0)!();
    reads.get(1)!();
    for (let i = 0; i < 5; i++) await tick();
    const closing = runner.close();
    expect(runner.close()).toBe(closing); // the batch awaits the very close its signal listener started
    for (const [i, read] of reads) if (i > 1) read();
    await closing;
    await run;
    expect(delivered).toEqual([0, 1]);
  });

  it('ends the run with the error when a result cannot be delivered (the reader of stdout went away)', async () => {
    const runJob = async (j: Job): Promise<JobResult> => ({ ...blankResult(j.index), status: 'ok' });
    const delivered: number[] = [];
    const gone = Object.assign(new Error('the reader of stdout went away'), { code: 'EPIPE' });
    const run = inlineRunner(runJob).run(jobs(100), (r) => {
      delivered.push(r.index);
      if (r.index === 4) throw gone;
    });
    await expect(run).rejects.toBe(gone);
    expect(delivered.length).toBeLessThan(100);
  });
});

describe('workerRunner (--jobs N): close()', () => {
  const dir = tempDir('resolve-pool-');
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  // a worker that answers even jobs at once and never answers odd ones: a parse that never ends
  const worker = join(dir, 'odd-jobs-hang.cjs');
  writeFileSync(
    worker,
    `const { parentPort } = require('node:worker_threads');
parentPort.on('message', (job) => {
  if (job.index % 2 === 0) parentPort.postMessage({ index: job.index, status: 'ok', code: null, reason: null, encoding: null, bytes: null, sha256: null, tasks: null, people: null, organizations: null, ms: 0, text: null });
});
`,
  );

  it('ends the run although jobs are still held, and delivers nothing after the workers stopped', async () => {
    const runner = workerRunner(pathToFileURL(worker), 1, 256);
    const delivered: number[] = [];
    let ended = false;
    const run = runner.run(jobs(40), (r) => void delivered.push(r.index)).then(() => (ended = true));
    // one worker holds 4 jobs; each even answer frees a place, until 4 odd jobs hold them all
    for (let i = 0; i < 200 && delivered.length < 4; i++) await new Promise((r) => setTimeout(r, 10));
    await new Promise((r) => setTimeout(r, 50));
    expect(delivered).toEqual([0, 2, 4, 6]);
    expect(ended).toBe(false); // 1, 3, 5 and 7 never finish: without close() the run would wait forever
    const closing = runner.close();
    expect(runner.close()).toBe(closing);
    await closing;
    await run;
    expect(delivered).toEqual([0, 2, 4, 6]); // nothing past job 7 was handed out or counted
    await expect(runner.run(jobs(4), () => undefined)).resolves.toBeUndefined(); // a closed runner runs nothing
  });
});

describe('workerRunner (--jobs N): a document over the memory budget', () => {
  const dir = tempDir('resolve-pool-oom-');
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  // answers a job a little later (so that a worker holds several at once), except a
  // "bomb", which keeps allocating until the worker's heap limit ends the worker
  const worker = join(dir, 'bombs.cjs');
  writeFileSync(
    worker,
    `const { parentPort } = require('node:worker_threads');
parentPort.on('message', (job) => {
  if (job.path.startsWith('bomb')) {
    const hoard = [];
    for (;;) hoard.push(new Array(1e5).fill(job.index));
  }
  setTimeout(() => parentPort.postMessage({ index: job.index, status: 'ok', code: null, reason: null, encoding: null, bytes: null, sha256: null, tasks: null, people: null, organizations: null, ms: 0, text: null }), 5);
});
`,
  );

  it('fails the document that outgrew its worker alone (too-large); the documents its worker held with it are parsed again and pass', async () => {
    const all = jobs(12).map((j) => (j.index === 1 || j.index === 6 ? { ...j, path: `bomb-${j.index}.txt` } : j));
    const results = new Map<number, JobResult[]>();
    await workerRunner(pathToFileURL(worker), 2, 32).run(all, (r) => void results.set(r.index, [...(results.get(r.index) ?? []), r]));
    // every job exactly once
    expect([...results.keys()].sort((a, b) => a - b)).toEqual(all.map((j) => j.index));
    for (const [index, rs] of results) {
      expect(rs).toHaveLength(1);
      if (index === 1 || index === 6) expect(rs[0]).toMatchObject({ status: 'failed', code: 'too-large', reason: expect.stringMatching(/32 МБ/) });
      else expect(rs[0]).toMatchObject({ status: 'ok', code: null });
    }
  }, 60_000);
});
