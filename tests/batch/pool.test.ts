// --jobs 1 runs jobs in this thread, but a job's input is read and its output
// written in the background while other jobs parse (src/batch/pool.ts): results
// may come back out of order, none may be lost, and a failure to deliver one ends
// the run.
import { describe, expect, it } from 'vitest';
import { IN_FLIGHT_INLINE, inlineRunner } from '../../src/batch/pool.js';
import { blankResult, type Job, type JobResult } from '../../src/batch/result.js';

const job = (index: number): Job => ({ index, path: `${index}.txt`, abs: `/x/${index}.txt`, format: 'text', mode: 'json', pretty: false, outRoot: '/out', output: `${index}.json`, previousSha256: null });
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
