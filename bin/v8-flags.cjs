'use strict';
// Two TurboFan passes switched off for the whole process (main thread and
// batch workers alike; V8 flags are per process).
//
// Why: every isolate compiles the parser's hot functions again (~300 TurboFan
// compiles), on V8's background threads. With `--jobs 1` that work runs on the
// other core; with `--jobs 2` two isolates compile everything twice while both
// cores parse, and the compiles were a quarter of the batch's CPU. Escape
// analysis and loop peeling are a large share of TurboFan's time on our code
// (`--turbo-stats`) and buy little once compiled (callgrind; the parsing thread
// over 100 warm parses of the seeds: escape analysis on, +0.6% instructions;
// loop peeling on, -1%, but V8's background threads did 17% more work over a
// 625-file batch).
//
// Load elimination stays on (it was off too until the fifth session): without
// it, every loop over a typed array reloads the array's base and length at each
// element, and the parse takes 2.6% more instructions per document. What it adds
// to the compiles is lost in the run-to-run spread of a 625-file batch under
// callgrind (V8's background threads: 5.2-5.7 G instructions without it, 4.9-5.9 G
// with it; figures in the README, "Speed").
//
// Only on the V8 the figures were measured on (Node 20's 11.3): a flag another
// V8 does not know is printed as an error, and its optimiser is not ours to
// second-guess unmeasured. Set before the bundle is compiled, and the same in
// the build's warm-up run: V8 accepts a code cache only under the flags that
// wrote it.
const MEASURED_V8 = /^11\.3\./;
const FLAGS = ['--no-turbo-escape', '--no-turbo-loop-peeling'];

function applyV8Flags() {
  if (process.env.RESOLVE_V8_DEFAULTS || !MEASURED_V8.test(process.versions.v8)) return [];
  require('node:v8').setFlagsFromString(FLAGS.join(' '));
  return FLAGS;
}

module.exports = { applyV8Flags, FLAGS };
