// Entry of a parsing worker thread (bundled as dist/worker.js): jobs in, results out.
import { parentPort } from 'node:worker_threads';
import { runJob } from './job.js';
import type { Job } from './result.js';

parentPort!.on('message', (job: Job) => {
  void runJob(job).then((result) => parentPort!.postMessage(result));
});
