'use strict';
// Loads the bundled command, dist/resolve.cjs, with a V8 code cache: the
// bytecode of every function a parse runs, produced at build time after a
// warm-up run (what v8-compile-cache does; Node 20 has no
// module.enableCompileCache). A cold `resolve parse` then neither parses nor
// compiles them, which is most of what it would spend before its first line.
//
// The cache is only ever an optimisation. It is used when its header holds the
// SHA-256 of the very bundle being loaded; a missing, stale or corrupt cache,
// or one V8 rejects (another Node version or flags), means a normal compile.
// Nothing is written at run time: dist/ may be read-only.
//
// The same warm-up run stores what it learnt about the grammars (the files zod
// accepted, the declined vocabularies) in dist/ (src/shared/grammar/build-files.ts).
//
//   node bin/bundle.cjs --write-cache   (scripts/build.mjs runs it)
const { existsSync, readFileSync, writeFileSync, readdirSync, rmSync } = require('node:fs');
const { createHash } = require('node:crypto');
const { Script } = require('node:vm');
const Module = require('node:module');
const { join } = require('node:path');

const ROOT = join(__dirname, '..');
const DIST = join(ROOT, 'dist');
const BUNDLE = join(DIST, 'resolve.cjs');
const CACHE = join(DIST, 'resolve.cache');
/** The cache file starts with the hex SHA-256 of the bundle it belongs to. */
const HASH_LENGTH = 64;
/**
 * Documents the warm-up parses: the seeds, and a plan of measures written as a
 * table (the seeds hold none), so that every grammar a parse can read — the plan
 * columns too — is validated here. What their run compiles is what the cache holds.
 */
const SEEDS = join(ROOT, 'fixtures', 'seeds');
const PLAN = join(ROOT, 'fixtures', 'docs', 'plan-of-measures.md');
function warmUpDocuments() {
  try {
    const seeds = readdirSync(SEEDS).filter((f) => f.endsWith('.txt')).sort().map((f) => join(SEEDS, f));
    return existsSync(PLAN) ? [...seeds, PLAN] : seeds;
  } catch {
    return [];
  }
}

const sha256 = (bytes) => createHash('sha256').update(bytes).digest('hex');

/** The bundle compiled as a CommonJS module would be, with the cache if it fits. */
function compile(useCache) {
  let bytes;
  try {
    bytes = readFileSync(BUNDLE);
  } catch (e) {
    process.stderr.write(`resolve: cannot read ${BUNDLE} (${e.code ?? e.message}); run \`npm run build\`\n`);
    process.exit(2);
  }
  const cachedData = useCache ? readCache(sha256(bytes)) : undefined;
  const script = new Script(Module.wrap(bytes.toString('utf8')), { filename: BUNDLE, cachedData });
  return { script, cacheUsed: cachedData !== undefined && !script.cachedDataRejected };
}

function readCache(hash) {
  let data;
  try {
    data = readFileSync(CACHE);
  } catch {
    return undefined;
  }
  return data.length > HASH_LENGTH && data.toString('latin1', 0, HASH_LENGTH) === hash ? data.subarray(HASH_LENGTH) : undefined;
}

/** Run the compiled bundle like require() would and return its exports. */
function run(script) {
  const module = { exports: {}, filename: BUNDLE, id: BUNDLE };
  script.runInThisContext()(module.exports, Module.createRequire(BUNDLE), module, BUNDLE, DIST);
  return module.exports;
}

/** The command's exports (main); `cacheUsed` tells whether the code cache was taken. */
function loadBundle({ useCache = true } = {}) {
  const { script, cacheUsed } = compile(useCache);
  return { ...run(script), cacheUsed };
}

/** Build step: parse the warm-up documents once, then save what V8 compiled for them and what was learnt about the grammars. */
async function warmUpAndWrite() {
  const { script } = compile(false);
  const { main, startRecording, recordedBuildFiles } = run(script);
  startRecording();
  // each document as `resolve parse FILE` does, then all of them as a batch job does (bin/worker.cjs)
  const seeds = warmUpDocuments();
  for (const argv of [...seeds.map((seed) => ['parse', seed]), ['parse', ...seeds, '--format', 'ndjson', '--jobs', '1']]) {
    const code = await main(argv);
    if (code !== 0) throw new Error(`the warm-up run \`resolve ${argv.join(' ')}\` failed (exit ${code})`);
  }
  const bytes = readFileSync(BUNDLE);
  writeFileSync(CACHE, Buffer.concat([Buffer.from(sha256(bytes), 'latin1'), script.createCachedData()]));
  for (const [name, content] of Object.entries(recordedBuildFiles())) writeFileSync(join(DIST, name), content);
}

/** Called by scripts/build.mjs after bundling: writes dist/resolve.cache (and the grammar files) in a fresh process. */
function writeCodeCache() {
  rmSync(CACHE, { force: true });
  if (warmUpDocuments().length === 0) {
    process.stderr.write('build: fixtures/seeds/ missing, dist/resolve.cache not written (the command works, only starts slower)\n');
    return;
  }
  const { spawnSync } = require('node:child_process');
  // its stderr (the batch's summary line) is shown only when it fails
  const r = spawnSync(process.execPath, [__filename, '--write-cache'], { stdio: ['ignore', 'ignore', 'pipe'], encoding: 'utf8' });
  if (r.status !== 0) throw new Error(`build: the code cache warm-up failed (exit ${r.status}): ${r.stderr}`);
}

module.exports = { loadBundle, writeCodeCache, BUNDLE, CACHE };

if (require.main === module && process.argv[2] === '--write-cache') {
  warmUpAndWrite().catch((e) => {
    process.stderr.write(`${e.stack}\n`);
    process.exitCode = 1;
  });
}
