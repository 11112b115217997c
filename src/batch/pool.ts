// Runs jobs on N worker threads, a few queued per worker so none waits for its
// next job. Results arrive in any order; the caller puts them back in input
// order. A worker that dies (out of its memory budget on a monstrous file, a
// crash) is replaced, and fails only the one job that killed it.
import { Worker } from 'node:worker_threads';
import { blankResult, type Job, type JobResult } from './result.js';
import { say } from '../shared/messages/ui.js';

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
  /** Settles when every job is done, or soon after close(): then the jobs not started are never run. */
  run(jobs: Iterable<Job>, onResult: (r: JobResult) => Promise<void> | void): Promise<void>;
  /**
   * Stop: no new job starts, and once the returned promise settles no file is
   * being written and no result is delivered any more (the caller may sweep
   * OUTDIR and save the index). Every call returns the same promise.
   */
  close(): Promise<void>;
}

/**
 * --jobs 1: in this thread, no copying of results between threads. Inputs are
 * read and outputs written on libuv's threads while other documents parse, so
 * results may come back out of order (the caller orders them).
 */
export function inlineRunner(runJob: (job: Job, stopped: () => boolean) => Promise<JobResult | null>): Runner {
  const inFlight = new Set<Promise<void>>();
  let closed: Promise<void> | null = null;
  return {
    async run(jobs, onResult) {
      // the first failure of onResult (stdout closed, …): it ends the run once seen
      const failures: unknown[] = [];
      for (const job of jobs) {
        if (closed) break;
        // a document read after close() is left unparsed (null): its parse would only delay the stop
        const done: Promise<void> = runJob(job, () => closed !== null)
          .then((r) => (r ? onResult(r) : undefined))
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
     * No new documents, and those in flight still being read are not parsed; those
     * parsed finish, outputs renamed into place. Their writes run on libuv's
     * threads: a temporary file created after the caller swept OUTDIR would be
     * left behind by an interrupted run.
     */
    close() {
      closed ??= Promise.allSettled([...inFlight]).then(() => undefined);
      return closed;
    },
  };
}

/**
 * `heapMb`: each worker's heap limit (the memory budget per document, limits.ts).
 * A document that outgrows it ends its worker with ERR_WORKER_OUT_OF_MEMORY, not
 * the process. A worker that dies holding one job fails that job alone; holding
 * several (PER_WORKER are pipelined), it cannot say which one killed it, so each
 * is run again alone on a fresh worker, and only the one that kills a worker
 * while alone fails: a good document never fails for a neighbour.
 */
export function workerRunner(workerUrl: URL, size: number, heapMb: number): Runner {
  const workers: Worker[] = [];
  let closed: Promise<void> | null = null;
  /** ends the run in progress; close() calls it once the workers have stopped */
  let endRun = () => {};
  return {
    run(jobs, onResult) {
      if (closed) return closed;
      const queue = jobs[Symbol.iterator]();
      return new Promise<void>((resolveAll, rejectAll) => {
        let active = 0;
        let done = false;
        let failed = false;
        const held = new Map<Worker, Map<number, Job>>();
        /** jobs a worker died holding with others: each is run again alone */
        const suspects: Job[] = [];
        /** workers running a suspect: they take nothing else until it is done */
        const alone = new Set<Worker>();
        endRun = () => {
          // the jobs still held died with their workers: their results never come
          done = true;
          resolveAll();
        };

        const finish = () => {
          if (!done && active === 0 && !failed) {
            done = true;
            resolveAll();
          }
        };
        const give = (w: Worker, job: Job) => {
          held.get(w)!.set(job.index, job);
          w.postMessage(job);
        };
        const feed = (w: Worker) => {
          const mine = held.get(w)!;
          // after close() no job is handed out: the workers are being stopped
          while (!closed && !alone.has(w)) {
            if (suspects.length > 0) {
              // a suspect goes to a worker with empty hands, and runs there alone
              if (mine.size === 0) {
                alone.add(w);
                give(w, suspects.shift()!);
              }
              break;
            }
            if (mine.size >= PER_WORKER) break;
            const next = queue.next();
            if (next.done) break;
            active++;
            give(w, next.value);
          }
          finish();
        };
        const deliver = (w: Worker | null, r: JobResult) => {
          if (done) return;
          if (w) {
            held.get(w)?.delete(r.index);
            alone.delete(w);
          }
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
          const w = new Worker(workerUrl, { resourceLimits: { maxOldGenerationSizeMb: heapMb } });
          workers.push(w);
          held.set(w, new Map());
          w.on('message', (r: JobResult) => deliver(w, r));
          w.on('error', (e) => crashed(w, e));
          w.on('exit', (code) => {
            if (!closed && held.get(w)?.size) crashed(w, new Error(`worker exited with code ${code}`));
          });
          feed(w);
        };
        const crashed = (w: Worker, e: Error) => {
          const lost = held.get(w);
          if (!lost || closed) return;
          held.delete(w);
          alone.delete(w);
          void w.terminate();
          if (lost.size === 1) for (const job of lost.values()) deliver(null, crashResult(job, e, heapMb));
          else suspects.unshift(...lost.values());
          if (done) return;
          spawn();
          // workers with empty hands (the queue ran dry) take the other suspects
          for (const [other, mine] of held) if (mine.size === 0) feed(other);
        };
        for (let i = 0; i < size; i++) spawn();
      });
    },
    /**
     * A worker is stopped wherever it is; an output it was writing stays under its
     * temporary name (the caller sweeps those). Results that arrive before the
     * workers have stopped are delivered: their outputs are written.
     */
    close() {
      closed ??= Promise.all(workers.map((w) => w.terminate())).then(() => endRun());
      return closed;
    },
  };
}

/** The result of the one job a worker died running alone. */
function crashResult(job: Job, e: Error, heapMb: number): JobResult {
  const oom = (e as NodeJS.ErrnoException).code === 'ERR_WORKER_OUT_OF_MEMORY' || /memory/i.test(e.message);
  return {
    ...blankResult(job.index),
    code: oom ? 'too-large' : 'internal',
    reason: oom ? say('memoryExceeded', { budget: heapMb }) : say('parserCrashed', { detail: e.message.split('\n')[0]! }),
  };
}
