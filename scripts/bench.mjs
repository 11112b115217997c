#!/usr/bin/env node
// `npm run bench`: how fast `resolve parse` converts an archive. Builds a
// synthetic archive from the seed documents in a temporary folder (2,000+
// files, ~30 MB: UTF-8, windows-1251, UTF-16 and BOM'd text, Markdown, .docx),
// then measures in this one run, on the built command (dist/):
//   files/s and MB/s with --jobs 1 and --jobs 2, and peak RSS;
//   peak RSS on a quarter and a half of the archive (memory must not grow with it);
//   cold start of `resolve parse SEED` next to a bare `node -e ''`;
//   remark-parse alone over the same documents;
//   MB/s on one 10 MB document next to MB/s on seed-sized ones;
//   the top self-time functions of a --cpu-prof run.
// Options: --files N (default 2500: ~29 MB, the size issue #5 asks for), --keep (leave the
// temporary folder).
// Not a test: it prints figures; the targets and past figures are in docs/performance.md.
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { SourceMap } from 'node:module';
import { fileURLToPath } from 'node:url';
import { tsImport } from 'tsx/esm/api';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const BIN = join(ROOT, 'bin/resolve.js');
const args = process.argv.slice(2);
const FILES = Number(args[args.indexOf('--files') + 1]) || 2500;
const KEEP = args.includes('--keep');

const { makeDocx, docxBlocksFromText } = await tsImport('../tests/support/docx.ts', import.meta.url);
const { toCp1251 } = await tsImport('../tests/support/cp1251.ts', import.meta.url);

const seedDir = join(ROOT, 'fixtures/seeds');
const seeds = readdirSync(seedDir).filter((n) => n.endsWith('.txt')).sort().map((n) => readFileSync(join(seedDir, n), 'utf8'));

const work = mkdtempSync(join(tmpdir(), 'resolve-bench-'));
const say = (s) => process.stdout.write(`${s}\n`);
const mb = (bytes) => bytes / 1048576;

// ---- the archive -----------------------------------------------------------
/** Document i: a seed with its own closing line, so no two files are the same. */
const documentText = (i) => `${seeds[i % seeds.length]}\n\nДокумент № ${i} архива управления образования.\n`;

/** `utf8Only`: every file a UTF-8 .txt, for the rate of seed-sized text on one parsing thread. */
async function buildArchive(dir, count, { utf8Only = false } = {}) {
  let bytes = 0;
  const texts = [];
  for (let i = 0; i < count; i++) {
    const text = documentText(i);
    const year = 2015 + (i % 9);
    const kind = utf8Only ? 0 : i % 20; // 12 UTF-8 .txt, 4 windows-1251, 1 UTF-16LE, 1 UTF-8 BOM .md, 1 .md, 1 .docx per 20
    let name;
    let data;
    if (kind < 12) [name, data] = [`rez-${i}.txt`, Buffer.from(text)];
    else if (kind < 16) [name, data] = [`rez-${i}.txt`, toCp1251(text)];
    else if (kind === 16) [name, data] = [`rez-${i}.txt`, Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')])];
    else if (kind === 17) [name, data] = [`protocol-${i}.md`, Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(text)])];
    else if (kind === 18) [name, data] = [`protocol-${i}.md`, Buffer.from(text)];
    else [name, data] = [`resolution-${i}.docx`, await makeDocx(docxBlocksFromText(text))];
    const path = join(dir, String(year), `school-${i % 7}`, name);
    mkdirSync(dirname(path), { recursive: true });
    writeFileSync(path, data);
    bytes += data.length;
    texts.push(text);
  }
  return { bytes, texts };
}

// ---- measuring the built command ---------------------------------------------
/** Runs `resolve ARGS` through a wrapper that reports the process's peak RSS (worker threads included). */
const wrapper = join(work, 'rss.mjs');
writeFileSync(
  wrapper,
  `import { readFileSync, writeSync } from 'node:fs';
process.on('exit', () => {
  const u = process.resourceUsage();
  // the main thread's own CPU (Linux): utime + stime in clock ticks of 10 ms
  let main = -1;
  try { const f = readFileSync('/proc/thread-self/stat', 'utf8').split(') ')[1].split(' '); main = (Number(f[11]) + Number(f[12])) * 10000; } catch {}
  writeSync(2, '\\n@@rss ' + u.maxRSS + ' @@cpu ' + (u.userCPUTime + u.systemCPUTime) + ' @@main ' + main + '\\n');
});
process.argv.splice(1, 1);
await import(${JSON.stringify(BIN)});
`,
);

function resolveRun(argv, nodeFlags = []) {
  const t0 = performance.now();
  const r = spawnSync(process.execPath, [...nodeFlags, wrapper, BIN, ...argv], { encoding: 'utf8', maxBuffer: 1 << 30, cwd: work });
  const seconds = (performance.now() - t0) / 1000;
  const rss = Number(/@@rss (\d+)/.exec(r.stderr)?.[1] ?? 0) / 1024; // MB
  // CPU seconds of the whole process (all threads): on a busy machine a steadier measure than the clock
  const cpu = Number(/@@cpu (\d+)/.exec(r.stderr)?.[1] ?? 0) / 1e6;
  // CPU seconds of the main thread alone (null where /proc is not there)
  const mainCpu = Number(/@@main (-?\d+)/.exec(r.stderr)?.[1] ?? -1);
  if (r.status !== 0) throw new Error(`resolve ${argv.join(' ')} exited ${r.status}: ${r.stderr.slice(0, 500)}`);
  return { seconds, cpu, mainCpu: mainCpu < 0 ? null : mainCpu / 1e6, rss, stderr: r.stderr };
}

function median(xs) {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)];
}

function timeCommand(argv, times) {
  const samples = [];
  for (let i = 0; i < times; i++) {
    const t0 = performance.now();
    const r = spawnSync(process.execPath, argv, { stdio: ['ignore', 'ignore', 'ignore'], cwd: ROOT });
    if (r.status !== 0) throw new Error(`${argv.join(' ')} exited ${r.status}`);
    samples.push(performance.now() - t0);
  }
  return median(samples);
}

/** Two worker threads of a pure CPU loop against one: the parallel capacity left by other processes. */
async function computeSpeedup() {
  const { Worker } = await import('node:worker_threads');
  const code = `const { parentPort } = require('node:worker_threads'); let x = 0; for (let i = 0; i < 1e8; i++) x = (x + i * 7) % 1000003; parentPort.postMessage(x);`;
  const run = async (n) => {
    const t0 = performance.now();
    await Promise.all(Array.from({ length: n }, () => new Promise((done) => new Worker(code, { eval: true }).once('message', done))));
    return performance.now() - t0;
  };
  const one = await run(1);
  const two = await run(2);
  return (2 * one) / two;
}

async function remarkAlone(texts) {
  const { unified } = await import('unified');
  const { default: remarkParse } = await import('remark-parse');
  const processor = unified().use(remarkParse);
  processor.parse(texts[0]); // warm up
  const t0 = performance.now();
  for (const t of texts) processor.parse(t);
  return (performance.now() - t0) / 1000;
}

/** dist/ file → its source map (dist/*.map, written by the build), to name the module of a profiled function. */
const sourceMaps = new Map();
function sourceModule(url, line, column) {
  // the bundle runs through vm.Script under its path; other modules have file:// URLs
  const file = url.startsWith('file://') ? fileURLToPath(url) : url.startsWith('/') ? url : null;
  if (!file || !file.startsWith(join(ROOT, 'dist'))) return url.replace(/^.*\/(node_modules)\//, '$1/');
  if (!sourceMaps.has(file)) {
    let map = null;
    try {
      map = new SourceMap(JSON.parse(readFileSync(`${file}.map`, 'utf8')));
    } catch {
      // no map: the bundle's own name is all there is
    }
    sourceMaps.set(file, map);
  }
  const source = sourceMaps.get(file)?.findEntry(line, column)?.originalSource;
  return source ? source.replace(/^.*?\/(src|node_modules)\//, (_, dir) => (dir === 'src' ? 'src/' : '')) : file.slice(ROOT.length);
}

/** Aggregate a .cpuprofile by function: self time, top N. */
function topOfProfile(file, n) {
  const profile = JSON.parse(readFileSync(file, 'utf8'));
  const self = new Map();
  const dt = new Map();
  for (let i = 0; i < profile.samples.length; i++) dt.set(profile.samples[i], (dt.get(profile.samples[i]) ?? 0) + (profile.timeDeltas[i] ?? 0));
  let total = 0;
  for (const node of profile.nodes) {
    const us = dt.get(node.id) ?? 0;
    total += us;
    const f = node.callFrame;
    const where = f.url ? sourceModule(f.url, f.lineNumber, f.columnNumber) : '';
    const key = `${f.functionName || '(anonymous)'} ${where}`.trim();
    self.set(key, (self.get(key) ?? 0) + us);
  }
  return [...self.entries()]
    .sort((a, b) => b[1] - a[1])
    .slice(0, n)
    .map(([k, us]) => `${((100 * us) / total).toFixed(1).padStart(5)}%  ${(us / 1000).toFixed(0).padStart(6)} ms  ${k}`);
}

// ---- the run -----------------------------------------------------------------
try {
  // other processes on the machine skew every figure: say how busy it was
  const load = () => loadavg().map((l) => l.toFixed(2)).join(' ');
  say(`resolve bench — node ${process.version}, ${FILES} files, temporary folder ${work}, load average ${load()}`);
  const archive = join(work, 'archive');
  const { bytes, texts } = await buildArchive(archive, FILES);
  say(`archive: ${FILES} files, ${mb(bytes).toFixed(1)} MB (UTF-8, windows-1251, UTF-16LE, BOM, .md, .docx)\n`);

  // best of three runs each, alternating, so a burst of other work on the machine hurts less
  const runs = {};
  for (let round = 0; round < 3; round++) {
    for (const jobs of [1, 2]) {
      const r = resolveRun(['parse', 'archive', '--out', `out-j${jobs}`, '--jobs', String(jobs), '--force']);
      // the times per document below come from the same run as the files/s
      r.index = JSON.parse(readFileSync(join(work, `out-j${jobs}`, 'index.json'), 'utf8'));
      if (!runs[jobs] || r.seconds < runs[jobs].seconds) runs[jobs] = r;
    }
  }
  for (const jobs of [1, 2]) {
    const r = runs[jobs];
    say(
      `--jobs ${jobs}: ${(FILES / r.seconds).toFixed(0).padStart(5)} files/s  ${(mb(bytes) / r.seconds).toFixed(2).padStart(6)} MB/s  ${r.seconds.toFixed(2)} s wall` +
        `  (${r.cpu.toFixed(2)} CPU s: ${(FILES / r.cpu).toFixed(0)} files per CPU second)  peak RSS ${r.rss.toFixed(0)} MB`,
    );
  }
  say(`speed-up --jobs 2 / --jobs 1: ${(runs[1].seconds / runs[2].seconds).toFixed(2)}× (target ≥ 1.7×)`);
  // --jobs 1 parses on the main thread, while V8 compiles hot code and collects garbage on
  // threads of its own, on the other core: what --jobs 2 has to share with a second parser
  if (runs[1].mainCpu !== null) {
    const other = runs[1].cpu - runs[1].mainCpu;
    say(`--jobs 1 CPU: ${runs[1].mainCpu.toFixed(2)} s on the main thread, ${other.toFixed(2)} s on V8's background threads (JIT compilation, GC): it already uses ${(runs[1].cpu / runs[1].seconds).toFixed(2)} cores`);
  }
  // what the machine gives two threads right now: if pure compute does not scale, neither can resolve
  say(`the machine now: two threads of pure compute run ${(await computeSpeedup()).toFixed(2)}× faster than one`);
  // where the time per document goes, by kind of input (index.json of the fastest --jobs 1 run)
  const index = runs[1].index;
  const kinds = new Map();
  for (const e of index.inputs) {
    const k = `${e.format}/${e.encoding}`;
    const v = kinds.get(k) ?? { n: 0, ms: 0 };
    v.n++;
    v.ms += e.ms;
    kinds.set(k, v);
  }
  say('per document, --jobs 1 (parse and format on the parsing thread; inputs are read and outputs written in the background): the rate one parsing thread sustains on that kind alone');
  for (const [k, v] of kinds) say(`  ${k.padEnd(22)} ${(v.ms / v.n).toFixed(2).padStart(6)} ms  ${(1000 / (v.ms / v.n)).toFixed(0).padStart(5)} docs/s  (${v.n} files)`);
  // the same after the first tenth of the archive: the average above carries the warm-up, when
  // V8 still interprets what it has not compiled yet (the first ~100 documents cost twice as much)
  const utf8 = index.inputs.filter((e) => e.format === 'text' && e.encoding === 'utf-8');
  const warm = utf8.slice(Math.ceil(utf8.length / 10));
  const warmMs = warm.reduce((sum, e) => sum + e.ms, 0) / warm.length;
  say(`  text/utf-8 after the first tenth of the archive: ${warmMs.toFixed(2)} ms  ${(1000 / warmMs).toFixed(0)} docs/s (${warm.length} files)`);
  const rerun = resolveRun(['parse', 'archive', '--out', 'out-j1', '--jobs', '1']);
  say(`incremental rerun, nothing changed: ${rerun.seconds.toFixed(2)} s`);
  // the target's own terms: seed-sized UTF-8 text files, --jobs 1, files per second of the clock
  await buildArchive(join(work, 'utf8'), FILES, { utf8Only: true });
  let utf8Run = null;
  for (let round = 0; round < 2; round++) {
    const r = resolveRun(['parse', 'utf8', '--out', 'out-utf8', '--jobs', '1', '--force']);
    if (!utf8Run || r.seconds < utf8Run.seconds) utf8Run = r;
  }
  say(
    `${FILES} seed-sized UTF-8 .txt files, --jobs 1: ${(FILES / utf8Run.seconds).toFixed(0)} files/s (${utf8Run.seconds.toFixed(2)} s wall; ` +
      `${utf8Run.mainCpu ? `${(FILES / utf8Run.mainCpu).toFixed(0)} per CPU second of the parsing thread, ` : ''}${(FILES / utf8Run.cpu).toFixed(0)} per CPU second of all threads) (target ≥ 300/s)`,
  );

  // memory must not grow with the archive: a quarter and a half of it, same settings. Peak RSS
  // moves by tens of MB from run to run with when V8 happens to collect the old generation;
  // what matters is that it has no trend as the archive grows.
  const sizes = [Math.ceil(FILES / 4), Math.ceil(FILES / 2)];
  const peaks = [];
  for (const n of sizes) {
    await buildArchive(join(work, `part-${n}`), n);
    peaks.push(`${resolveRun(['parse', `part-${n}`, '--out', `out-${n}`, '--jobs', '1', '--force']).rss.toFixed(0)} MB for ${n} files`);
  }
  say(`peak RSS --jobs 1: ${peaks.join(', ')}, ${runs[1].rss.toFixed(0)} MB for ${FILES} files\n`);

  // cold start
  const seed = join(ROOT, 'fixtures/seeds/002_27408a7706993244.txt');
  const bare = timeCommand(['-e', ''], 15);
  const cold = timeCommand([BIN, 'parse', seed], 15);
  say(`cold start: resolve parse SEED ${cold.toFixed(0)} ms, bare node -e '' ${bare.toFixed(0)} ms: ${(cold / bare).toFixed(2)}× (target ≤ 2.5×)`);

  // seed-sized documents, one core: the whole pipeline against remark-parse alone
  const remark = await remarkAlone(texts);
  say(`remark-parse alone over the same ${texts.length} documents: ${(texts.length / remark).toFixed(0)} docs/s (resolve --jobs 1: ${(FILES / runs[1].seconds).toFixed(0)} files/s)\n`);

  // linear: one 10 MB document against seed-sized ones
  let big = '';
  for (let i = 0; big.length < 10 * 1024 * 1024 / 1.8; i++) big += documentText(i);
  writeFileSync(join(work, 'big.txt'), big);
  const bigBytes = statSync(join(work, 'big.txt')).size;
  const b = resolveRun(['parse', 'big.txt', '--out', 'out-big', '--jobs', '1', '--force']);
  const smallMbs = mb(bytes) / runs[1].seconds;
  say(
    `one ${mb(bigBytes).toFixed(1)} MB document: ${(mb(bigBytes) / b.seconds).toFixed(2)} MB/s (${(mb(bigBytes) / b.cpu).toFixed(2)} MB per CPU s), peak RSS ${b.rss.toFixed(0)} MB; ` +
      `seed-sized documents: ${smallMbs.toFixed(2)} MB/s (${(mb(bytes) / runs[1].cpu).toFixed(2)} MB per CPU s)`,
  );

  // where the time goes
  const profDir = join(work, 'prof');
  resolveRun(['parse', `part-${sizes[0]}`, '--out', 'out-prof', '--jobs', '1', '--force'], ['--cpu-prof', '--cpu-prof-dir', profDir]);
  const prof = readdirSync(profDir).map((n) => join(profDir, n)).sort((a, b) => statSync(b).size - statSync(a).size)[0];
  say(`\ntop self time, --cpu-prof of --jobs 1 over ${sizes[0]} files:`);
  for (const line of topOfProfile(prof, 12)) say(`  ${line}`);
  say(`\nload average at the end: ${load()}`);
} finally {
  if (KEEP) say(`\nkept ${work}`);
  else rmSync(work, { recursive: true, force: true });
}
