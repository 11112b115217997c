#!/usr/bin/env node
// `npm run bench:jobs`: the --jobs target of issue 16, in its own terms — on
// 10,000 seed-sized UTF-8 .txt files with `--format ndjson` (one stream to
// stdout, no file created), how much faster `--jobs 2` is than `--jobs 1` in
// one run. Runs the two alternately (--rounds, default 3) so that a change in
// the machine's load hits both, and prints each pair, the best times and the
// CPU each used (all threads: V8 compiles and collects on threads of its own).
// Options: --files N (default 10000), --rounds N (default 3), --jobs N (the
// parallel run's N, default 2). Not a test; figures go to docs/performance.md.
//
// It also measures what the machine itself allows: two separate `--jobs 1`
// processes started together, each on one half of the archive, against one
// `--jobs 1` process on all of it. No thread of resolve is shared between them,
// so their speed-up is the ceiling the cores (their shared caches, the host)
// set for this work; --jobs N is judged against it too.
import { spawn, spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const BIN = join(ROOT, 'bin/resolve.js');
const args = process.argv.slice(2);
const option = (name, fallback) => (args.includes(name) ? Number(args[args.indexOf(name) + 1]) : fallback);
const FILES = option('--files', 10000);
const ROUNDS = option('--rounds', 3);
const JOBS = option('--jobs', 2);
const say = (s) => process.stdout.write(`${s}\n`);

const seedDir = join(ROOT, 'fixtures/seeds');
const seeds = readdirSync(seedDir).filter((n) => n.endsWith('.txt')).sort().map((n) => readFileSync(join(seedDir, n), 'utf8'));
const work = mkdtempSync(join(tmpdir(), 'resolve-jobs-'));
const archive = join(work, 'archive');
let bytes = 0;
for (let i = 0; i < FILES; i++) {
  const dir = join(archive, i % 2 ? 'b' : 'a', String(2015 + (i % 9)), `school-${i % 7}`);
  mkdirSync(dir, { recursive: true });
  // a seed with its own closing line, so no two files are the same
  const data = Buffer.from(`${seeds[i % seeds.length]}\n\nДокумент № ${i} архива управления образования.\n`);
  writeFileSync(join(dir, `rez-${i}.txt`), data);
  bytes += data.length;
}

// the command runs through this wrapper, which reports the CPU of all its threads on exit
const wrapper = join(work, 'cpu.mjs');
writeFileSync(
  wrapper,
  `import { writeSync } from 'node:fs';
process.on('exit', () => { const u = process.resourceUsage(); writeSync(2, '@@cpu ' + (u.userCPUTime + u.systemCPUTime) + '\\n'); });
process.argv.splice(1, 1);
await import(${JSON.stringify(BIN)});
`,
);

const command = (input, jobs) => [wrapper, BIN, 'parse', input, '--format', 'ndjson', '--jobs', String(jobs)];
const cpuOf = (stderr) => Number(/@@cpu (\d+)/.exec(stderr)?.[1] ?? 0) / 1e6;

/** One run, its NDJSON to /dev/null; wall seconds and the CPU seconds of the whole process. */
function run(jobs) {
  const t0 = performance.now();
  const r = spawnSync(process.execPath, command('archive', jobs), { cwd: work, stdio: ['ignore', 'ignore', 'pipe'], encoding: 'utf8' });
  const seconds = (performance.now() - t0) / 1000;
  if (r.status !== 0) throw new Error(`--jobs ${jobs} exited ${r.status}: ${r.stderr.slice(0, 300)}`);
  return { seconds, cpu: cpuOf(r.stderr) };
}

/** Two `--jobs 1` processes at once, one per half of the archive: wall seconds until both end. */
function twoProcesses() {
  const t0 = performance.now();
  const ends = ['archive/a', 'archive/b'].map(
    (half) =>
      new Promise((resolve, reject) => {
        const child = spawn(process.execPath, command(half, 1), { cwd: work, stdio: ['ignore', 'ignore', 'pipe'] });
        let stderr = '';
        child.stderr.on('data', (d) => (stderr += d));
        child.on('close', (code) => (code === 0 ? resolve(cpuOf(stderr)) : reject(new Error(`${half} exited ${code}: ${stderr.slice(0, 300)}`))));
      }),
  );
  return Promise.all(ends).then((cpus) => ({ seconds: (performance.now() - t0) / 1000, cpu: cpus[0] + cpus[1] }));
}

say(`${FILES} seed-sized UTF-8 .txt files (${(bytes / 1048576).toFixed(1)} MB), --format ndjson, ${cpus().length} cores, load ${loadavg()[0].toFixed(1)}`);
const best = { 1: null, [JOBS]: null };
try {
  let ceiling = null;
  for (let round = 1; round <= ROUNDS; round++) {
    const one = run(1);
    const many = run(JOBS);
    const apart = await twoProcesses();
    for (const [j, r] of [[1, one], [JOBS, many]]) if (!best[j] || r.seconds < best[j].seconds) best[j] = r;
    if (!ceiling || apart.seconds < ceiling.seconds) ceiling = apart;
    say(
      `round ${round}: --jobs 1 ${one.seconds.toFixed(2)} s (${(FILES / one.seconds).toFixed(0)} files/s, CPU ${one.cpu.toFixed(1)} s), ` +
        `--jobs ${JOBS} ${many.seconds.toFixed(2)} s (${(FILES / many.seconds).toFixed(0)} files/s, CPU ${many.cpu.toFixed(1)} s): ${(one.seconds / many.seconds).toFixed(2)}×; ` +
        `two --jobs 1 processes on halves ${apart.seconds.toFixed(2)} s (CPU ${apart.cpu.toFixed(1)} s): ${(one.seconds / apart.seconds).toFixed(2)}×`,
    );
  }
  say(`best of ${ROUNDS}: --jobs ${JOBS} / --jobs 1 = ${(best[1].seconds / best[JOBS].seconds).toFixed(2)}× (target ≥ 1.7×); the machine's ceiling (two processes) ${(best[1].seconds / ceiling.seconds).toFixed(2)}×; load now ${loadavg()[0].toFixed(1)}`);
} finally {
  rmSync(work, { recursive: true, force: true });
}
