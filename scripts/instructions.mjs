#!/usr/bin/env node
// `npm run instructions`: instructions per seed document on the parsing thread,
// counted by callgrind (valgrind). Unlike the bench's seconds, the count does
// not depend on what else the machine is doing, so two builds can be compared
// from one run each: the figures in docs/performance.md come from it.
//
// The built command (dist/) parses the seeds in a loop, in-process; counting
// starts after the warm-up (so V8 has optimised the code) and stops after the
// measured parses. `--top N` also names the N functions with the most
// instructions of their own (JavaScript ones through --perf-basic-prof).
// Options: --warm N (default 1000), --measure N (default 100), --top N (default 0).
// Needs valgrind (Debian's package); takes about a minute.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const args = process.argv.slice(2);
const option = (name, fallback) => (args.includes(name) ? Number(args[args.indexOf(name) + 1]) : fallback);
const WARM = option('--warm', 1000);
const MEASURE = option('--measure', 100);
const TOP = option('--top', 0);

if (spawnSync('valgrind', ['--version']).status !== 0) {
  process.stderr.write('instructions: valgrind is not installed (apt-get install valgrind)\n');
  process.exit(2);
}

const work = mkdtempSync(join(tmpdir(), 'resolve-instructions-'));
// the loop: one parse after another through the batch's job runner, as a --jobs 1 run does (ndjson: no write)
const loop = join(work, 'loop.cjs');
writeFileSync(
  loop,
  `const { execSync } = require('node:child_process');
const { join } = require('node:path');
const { readdirSync } = require('node:fs');
const root = ${JSON.stringify(ROOT)};
const seeds = readdirSync(join(root, 'fixtures/seeds')).filter((f) => f.endsWith('.txt')).sort().map((f) => join(root, 'fixtures/seeds', f));
const { loadBundle } = require(join(root, 'bin/bundle.cjs'));
(async () => {
  const runJob = await loadBundle().loadJobRunner();
  let index = 0;
  const run = async (n) => {
    for (let k = 0; k < n; k++) {
      const abs = seeds[k % seeds.length];
      const r = await runJob({ index: index++, path: abs, abs, format: 'text', mode: 'ndjson', pretty: false, grammars: null, outRoot: null, output: null, previousSha256: null });
      if (r.status !== 'ok') throw new Error(r.reason);
    }
  };
  await run(${WARM});
  execSync('callgrind_control -i on ' + process.pid, { stdio: 'ignore' });
  await run(${MEASURE});
  execSync('callgrind_control -i off ' + process.pid, { stdio: 'ignore' });
})();
`,
);

const valgrind = spawnSync(
  'valgrind',
  ['--tool=callgrind', '--instr-atstart=no', '--separate-threads=yes', '--smc-check=all-non-file', '--dump-instr=no', `--callgrind-out-file=${join(work, 'cg.%p')}`, 'node', ...(TOP ? ['--perf-basic-prof'] : []), loop],
  { cwd: work, encoding: 'utf8', maxBuffer: 1 << 26 },
);
if (valgrind.status !== 0) {
  process.stderr.write(`instructions: the measured run failed:\n${valgrind.stderr.split('\n').slice(-15).join('\n')}\n`);
  process.exit(1);
}

// one output file per thread: NAME.PID-NN; thread 01 is the main (parsing) thread
const totals = new Map();
for (const f of readdirSync(work).filter((n) => /^cg\.\d+-\d+$/.test(n))) {
  const m = /^totals:\s+(\d+)/m.exec(readFileSync(join(work, f), 'utf8'));
  if (m) totals.set(f, Number(m[1]));
}
const mainFile = [...totals.keys()].find((f) => f.endsWith('-01'));
const perDoc = (n) => `${(n / MEASURE / 1e6).toFixed(2)} M`;
const all = [...totals.values()].reduce((a, b) => a + b, 0);
process.stdout.write(`instructions per seed document (${MEASURE} parses after ${WARM} warm-up ones): parsing thread ${perDoc(totals.get(mainFile) ?? 0)}, all threads ${perDoc(all)}\n`);

if (TOP && mainFile) {
  const pid = mainFile.split('.')[1].split('-')[0];
  const symbols = readPerfMap(`/tmp/perf-${pid}.map`);
  const annotate = spawnSync('callgrind_annotate', ['--inclusive=no', '--threshold=100', join(work, mainFile)], { encoding: 'utf8', maxBuffer: 1 << 28 });
  const own = new Map();
  for (const line of annotate.stdout.split('\n')) {
    const m = /^\s*([\d,]+) \([^)]*\)\s+(.*)$/.exec(line);
    if (!m || m[2].startsWith('PROGRAM')) continue;
    const address = /^\?\?\?:0x([0-9a-f]+)/.exec(m[2]);
    const name = (address && symbols(parseInt(address[1], 16))) || m[2].replace(/^\?\?\?:/, '').replace(/\s*\[.*\]$/, '');
    own.set(name, (own.get(name) ?? 0) + Number(m[1].replace(/,/g, '')));
  }
  for (const [name, n] of [...own].sort((a, b) => b[1] - a[1]).slice(0, TOP)) {
    process.stdout.write(`${String(Math.round(n / MEASURE / 1000)).padStart(8)} K  ${name.slice(0, 110)}\n`);
  }
  rmSync(`/tmp/perf-${pid}.map`, { force: true });
}
rmSync(work, { recursive: true, force: true });

/** address → name of the JIT code at it, from V8's perf map (start, size, name per line). */
function readPerfMap(path) {
  let entries = [];
  try {
    entries = readFileSync(path, 'utf8').trim().split('\n').map((l) => {
      const [start, size, ...name] = l.split(' ');
      return [parseInt(start, 16), parseInt(size, 16), name.join(' ').replace(ROOT, '')];
    });
  } catch {
    return () => null;
  }
  entries.sort((a, b) => a[0] - b[0]);
  return (address) => {
    let lo = 0;
    let hi = entries.length - 1;
    let best = null;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      if (entries[mid][0] <= address) [best, lo] = [entries[mid], mid + 1];
      else hi = mid - 1;
    }
    return best && address < best[0] + best[1] ? best[2] : null;
  };
}
