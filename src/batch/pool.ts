// Runs jobs on N worker threads, a few queued per worker so none waits for its
// next job. Results arrive in any order; the caller puts them back in input
// order. A worker that dies (out of memory on a monstrous file, a crash) fails
// only the jobs it held and is replaced.
import { Worker } from 'node:worker_threads';
import { blankResult, type Job, type JobResult } from './result.js';

/**
 * Jobs in flight per worker: one parsing, one waiting, so a worker never idles
 * on a message round trip, and two being read or written (job.ts reads inputs
 * and writes outputs on libuv's threads).
 */
const PER_WORKER = 4;
/**
 * --jobs 1: documents in flight, being read or written while another is parsed.
 * A document holds its place until its output is written, and creating a file
 * takes up to ~0.8 ms here: with 8 places the parsing thread waited for an input
 * 0.3–0.6 s per 2,500 files (event-loop idle time), with 32 about 0.1 s. The
 * memory is small: an input and its JSON per place.
 */
export const IN_FLIGHT_INLINE = 32;

export interface Runner {
  run(jobs: Iterable<Job>, onResult: (r: JobResult) => Promise<void> | void): Promise<void>;
  close(): Promise<void>;
}

/**
 * --jobs 1: in this thread, no copying of results between threads. Inputs are
 * read and outputs written on libuv's threads while other documents parse, so
 * results may come back out of order (the caller orders them).
 */
export function inlineRunner(runJob: (job: Job) => Promise<JobResult>): Runner {
  const inFlight = new Set<Promise<void>>();
  let closing = false;
  return {
    async run(jobs, onResult) {
      // the first failure of onResult (stdout closed, …): it ends the run once seen
      const failures: unknown[] = [];
      for (const job of jobs) {
        if (closing) break;
        const done: Promise<void> = runJob(job)
          .then(onResult)
          .catch((error: unknown) => {
            failures.push(error);
          })
          .finally(() => inFlight.delete(done));
        inFlight.add(done);
        if (inFlight.size >= IN_FLIGHT_INLINE) await Promise.race(inFlight);
        // yield to the event loop: reads and writes go on, and Ctrl-C and timers get their turn
        await new Promise((resolve) => setImmediate(resolve));
        if (failures.length) throw failures[0];
      }
      await Promise.all(inFlight);
      if (failures.length) throw failures[0];
    },
    /**
     * No new documents; those in flight finish, outputs renamed into place. Their
     * writes run on libuv's threads: a temporary file created after the caller
     * swept OUTDIR would be left behind by an interrupted run.
     */
    async close() {
      closing = true;
      await Promise.allSettled([...inFlight]);
    },
  };
}

export function workerRunner(workerUrl: URL, size: number): Runner {
  const workers: Worker[] = [];
  let closing = false;
  return {
    run(jobs, onResult) {
      const queue = jobs[Symbol.iterator]();
      return new Promise<void>((resolveAll, rejectAll) => {
        let active = 0;
        let done = false;
        let failed = false;
        const held = new Map<Worker, Map<number, Job>>();

        const finish = () => {
          if (!done && active === 0 && !failed) {
            done = true;
            resolveAll();
          }
        };
        const feed = (w: Worker) => {
          const mine = held.get(w)!;
          while (mine.size < PER_WORKER) {
            const next = queue.next();
            if (next.done) break;
            mine.set(next.value.index, next.value);
            active++;
            w.postMessage(next.value);
          }
          finish();
        };
        const deliver = (w: Worker | null, r: JobResult) => {
          if (w) held.get(w)?.delete(r.index);
          active--;
          Promise.resolve(onResult(r)).then(
            () => {
              if (w && held.has(w)) feed(w);
              else finish();
            },
            (e: unknown) => {
              failed = true;
              rejectAll(e);
            },
          );
        };
        const spawn = () => {
          const w = new Worker(workerUrl);
          workers.push(w);
          held.set(w, new Map());
          w.on('message', (r: JobResult) => deliver(w, r));
          w.on('error', (e) => crashed(w, e));
          w.on('exit', (code) => {
            if (!closing && held.get(w)?.size) crashed(w, new Error(`worker exited with code ${code}`));
          });
          feed(w);
        };
        const crashed = (w: Worker, e: Error) => {
          const lost = held.get(w);
          if (!lost || closing) return;
          held.delete(w);
          void w.terminate();
          for (const job of lost.values()) deliver(null, crashResult(job, e));
          if (!done) spawn();
        };
        for (let i = 0; i < size; i++) spawn();
      });
    },
    async close() {
      closing = true;
      await Promise.all(workers.map((w) => w.terminate()));
    },
  };
}

function crashResult(job: Job, e: Error): JobResult {
  const oom = /memory/i.test(e.message);
  return {
    ...blankResult(job.index),
    code: oom ? 'too-large' : 'internal',
    reason: oom ? 'ran out of memory parsing this file' : `internal error: the parser crashed (${e.message.split('\n')[0]})`,
  };
}
