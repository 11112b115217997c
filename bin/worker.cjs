'use strict';
// A parsing thread of `resolve parse --jobs N`. It runs the command's own
// bundle, loaded with the code cache like the command (bundle.cjs): the worker
// neither parses nor compiles the parser's bytecode again, and starts parsing
// ~100 ms sooner than a separately bundled ES module did.
const { parentPort } = require('node:worker_threads');
const { loadBundle } = require('./bundle.cjs');

const runJob = loadBundle().loadJobRunner();

parentPort.on('message', (job) => {
  void runJob.then((run) => run(job)).then((result) => parentPort.postMessage(result));
});
