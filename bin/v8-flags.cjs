'use strict';
// Three TurboFan passes switched off for the whole process (main thread and
// batch workers alike; V8 flags are per process).
//
// Why: every isolate compiles the parser's hot functions again (~300 TurboFan
// compiles), on V8's background threads. With `--jobs 1` that work runs on the
// other core; with `--jobs 2` two isolates compile everything twice while both
// cores parse, and the compiles were a quarter of the batch's CPU. Escape
// analysis, loop peeling and load elimination were 20% of TurboFan's time on
// our code (`--turbo-stats`), and turning them off took a third off the compile
// time of a 500-file batch with no loss of speed once compiled (measured warm
// over the seeds; figures in the README, "Speed").
//
// Only on the V8 the figures were measured on (Node 20's 11.3): a flag another
// V8 does not know is printed as an error, and its optimiser is not ours to
// second-guess unmeasured. Set before the bundle is compiled, and the same in
// the build's warm-up run: V8 accepts a code cache only under the flags that
// wrote it.
const MEASURED_V8 = /^11\.3\./;
const FLAGS = ['--no-turbo-escape', '--no-turbo-loop-peeling', '--no-turbo-load-elimination'];

function applyV8Flags() {
  if (process.env.RESOLVE_V8_DEFAULTS || !MEASURED_V8.test(process.versions.v8)) return [];
  require('node:v8').setFlagsFromString(FLAGS.join(' '));
  return FLAGS;
}

module.exports = { applyV8Flags, FLAGS };
