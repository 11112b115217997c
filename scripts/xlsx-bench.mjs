#!/usr/bin/env node
// `npm run bench:xlsx`: an archive to an Excel workbook (--format xlsx). Builds a
// synthetic archive of UTF-8 text documents (the seeds and fixtures/docs, each
// with a closing line of its own) in a temporary folder, then measures on the
// built command (dist/), best of --runs runs each:
//   --format xlsx --output-file: seconds, peak RSS (worker threads included), file size, task rows;
//   --format ndjson to /dev/null over the same archive: the parse alone, for comparison;
//   peak RSS of xlsx on a quarter of the archive: memory must not grow with the archive.
// Options: --files N (default 2500), --jobs N (default 2), --runs N (default 3), --keep.
// Not a test: it prints figures (docs/formats.md keeps them).
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync, openSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const BIN = join(ROOT, 'bin/resolve.js');
const args = process.argv.slice(2);
const option = (name, fallback) => (args.includes(name) ? Number(args[args.indexOf(name) + 1]) : fallback);
const FILES = option('--files', 2500);
const JOBS = option('--jobs', 2);
const RUNS = option('--runs', 3);
const say = (s) => process.stdout.write(`${s}\n`);

const sources = ['fixtures/seeds', 'fixtures/docs'].flatMap((dir) =>
  readdirSync(join(ROOT, dir))
    .filter((n) => /\.(?:txt|md)$/.test(n))
    .sort()
    .map((n) => readFileSync(join(ROOT, dir, n), 'utf8')),
);

const work = mkdtempSync(join(tmpdir(), 'resolve-xlsx-bench-'));

function buildArchive(dir, count) {
  let bytes = 0;
  for (let i = 0; i < count; i++) {
    const text = `${sources[i % sources.length]}\n\nДокумент № ${i} архива управления образования.\n`;
    const path = join(dir, String(2015 + (i % 9)), `school-${i % 7}`, `doc-${i}.txt`);
    mkdirSync(dirname(path), { recursive: true });
    writeFileSync(path, text);
    bytes += Buffer.byteLength(text);
  }
  return bytes;
}

/** The process's peak RSS (all threads) and CPU, reported by a wrapper at exit. */
const wrapper = join(work, 'rss.mjs');
writeFileSync(
  wrapper,
  `import { writeSync } from 'node:fs';
process.on('exit', () => { const u = process.resourceUsage(); writeSync(2, '\\n@@rss ' + u.maxRSS + ' @@cpu ' + (u.userCPUTime + u.systemCPUTime) + '\\n'); });
process.argv.splice(1, 1);
await import(${JSON.stringify(BIN)});
`,
);

function run(argv) {
  const t0 = performance.now();
  const out = openSync('/dev/null', 'w');
  const r = spawnSync(process.execPath, [wrapper, BIN, ...argv], { encoding: 'utf8', cwd: work, stdio: ['ignore', out, 'pipe'] });
  const seconds = (performance.now() - t0) / 1000;
  if (r.status !== 0) throw new Error(`resolve ${argv.join(' ')} exited ${r.status}: ${r.stderr.slice(0, 500)}`);
  return { seconds, rss: Number(/@@rss (\d+)/.exec(r.stderr)[1]) / 1024, cpu: Number(/@@cpu (\d+)/.exec(r.stderr)[1]) / 1e6 };
}

function best(argv) {
  let top = null;
  for (let i = 0; i < RUNS; i++) {
    const r = run(argv);
    if (!top || r.seconds < top.seconds) top = { ...r, rss: Math.max(r.rss, top?.rss ?? 0) };
    else top.rss = Math.max(top.rss, r.rss);
  }
  return top;
}

const line = (label, r) => `${label.padEnd(34)} ${r.seconds.toFixed(2).padStart(6)} s  ${r.cpu.toFixed(2).padStart(6)} s CPU  peak RSS ${r.rss.toFixed(0).padStart(4)} MB`;

try {
  say(`resolve xlsx bench — node ${process.version}, ${FILES} files, --jobs ${JOBS}, best of ${RUNS}, load average ${loadavg().map((l) => l.toFixed(2)).join(' ')}`);
  const bytes = buildArchive(join(work, 'archive'), FILES);
  buildArchive(join(work, 'quarter'), Math.ceil(FILES / 4));
  say(`archive: ${FILES} UTF-8 documents, ${(bytes / 1048576).toFixed(1)} MB`);
  const common = ['--jobs', String(JOBS), '--today', '2025-01-01'];
  const xlsx = best(['parse', 'archive', '--format', 'xlsx', '--output-file', 'archive.xlsx', ...common]);
  const ndjson = best(['parse', 'archive', '--format', 'ndjson', ...common]);
  const quarter = best(['parse', 'quarter', '--format', 'xlsx', '--output-file', 'quarter.xlsx', ...common]);
  const { default: ExcelJS } = await import('exceljs');
  const book = new ExcelJS.Workbook();
  await book.xlsx.readFile(join(work, 'archive.xlsx'));
  const rows = book.getWorksheet('Задачи').rowCount - 1;
  say(line(`xlsx, ${FILES} documents`, xlsx) + `  ${(statSync(join(work, 'archive.xlsx')).size / 1048576).toFixed(1)} MB, ${rows} task rows`);
  say(line(`ndjson to /dev/null (parse alone)`, ndjson));
  say(line(`xlsx, ${Math.ceil(FILES / 4)} documents (a quarter)`, quarter));
  say(`the workbook costs ${(xlsx.seconds - ndjson.seconds).toFixed(2)} s over the parse; memory grows ${(xlsx.rss - quarter.rss).toFixed(0)} MB from a quarter to the whole archive`);
} finally {
  if (!args.includes('--keep')) rmSync(work, { recursive: true, force: true });
}
