// Bundles src/ into dist/ for a fast cold start (scripts/cold-start.mjs measures it):
// - dist/resolve.cjs: the command, one CommonJS file. bin/resolve.js runs it
//   through vm.Script with a V8 code cache (dist/resolve.cache, written here
//   after a warm-up run), so V8 neither parses nor compiles the functions a
//   parse needs; CommonJS also skips the ESM loader's per-file work.
//   Our own code that only some commands need (the batch, the converters,
//   check's files) sits in it too, behind esbuild's lazy module wrappers: it
//   runs only when imported, and V8 only pre-parses it.
// - dist/vendor/*.cjs, dist/remark.cjs: the heavy third-party code only some
//   inputs need (.docx, .html, globs, re-encoding, complex Markdown), each in a
//   file of its own that is require()d on first use.
// - The batch's parsing threads (bin/worker.cjs) load this same bundle and
//   cache, so they start as fast as the command.
// - dist/resolve.cache, dist/grammars.valid.json: written by a warm-up run
//   (bin/bundle.cjs): the code cache, and the grammar files zod accepted.
// The version is inlined.
import { build } from 'esbuild';
import { rmSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { sep } from 'node:path';
import { randomUUID } from 'node:crypto';
import { writeCodeCache } from '../bin/bundle.cjs';

const pkg = JSON.parse(await readFile(new URL('../package.json', import.meta.url), 'utf8'));

/** Third-party packages only some inputs need: bundled apart into dist/vendor/NAME.cjs. */
const VENDORS = ['fflate', 'htmlparser2', 'picomatch', 'iconv-lite', 'exceljs', 'ical-generator'];

/**
 * Two rewrites of the project's own sources, in the bundle only:
 *
 * `import { z } from 'zod'` binds zod's namespace object, which holds every
 * export, so esbuild must bundle all of zod, its 40 locales included (755 KB,
 * +30 ms at every start). `import * as z from 'zod'` means the same for code
 * that only reads `z.something`, and lets esbuild keep what is used (184 KB).
 * Source files may so use the form zod's documentation shows.
 *
 * Every character beyond ASCII becomes its \uXXXX escape. esbuild escapes them
 * in strings but leaves regular expression literals as written, and one
 * Cyrillic letter in a pattern makes the whole bundle a two-byte string: read
 * from UTF-8 and held by V8 at twice the size. Escaped, the bundle is ASCII
 * (a test holds it so) and a cold `resolve parse` spends about 3 ms less CPU
 * (docs/performance.md). An escape means the same character in a string, a
 * template, a pattern (with or without the u flag) and a comment alike.
 */
const sourceRewrites = {
  name: 'source-rewrites',
  setup(b) {
    b.onLoad({ filter: /[\\/]src[\\/].*\.ts$/ }, async (args) => {
      const source = await readFile(args.path, 'utf8');
      const contents = source
        .replace(/^import \{ z \} from 'zod';$/gm, "import * as z from 'zod';")
        .replace(/[^\0-\x7f]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
      return { contents, loader: 'ts' };
    });
  },
};

/**
 * remark goes into dist/remark.cjs, which inline.ts require()s on first use,
 * and each vendor package into dist/vendor/NAME.cjs: documents that do not
 * need them never load them, and V8 does not even parse them at start-up.
 */
const apart = {
  name: 'apart',
  setup(b) {
    // from source remark is imported up front (remark-preload.ts); the bundle has none preloaded
    b.onLoad({ filter: /[\\/]3-segment[\\/]remark-preload\.ts$/ }, () => ({ contents: 'export const preloadedRemark = null;', loader: 'ts' }));
    b.onResolve({ filter: /^\.\/remark\.js$/ }, (args) =>
      args.importer.endsWith(`segment${sep}inline.ts`) ? { path: './remark.cjs', external: true } : undefined,
    );
    const vendor = new RegExp(`^(?:${VENDORS.join('|')})$`);
    b.onResolve({ filter: vendor }, (args) => (args.importer.includes(`${sep}src${sep}`) ? { path: `./vendor/${args.path}.cjs`, external: true } : undefined));
  },
};

/**
 * commander requires node:child_process (and with it net, dgram and the socket
 * code, ~5 ms) when it loads, only to spawn executable subcommands, which
 * resolve has none of. Its require gets a stand-in that loads the module on
 * first use.
 */
const lazyChildProcess = {
  name: 'lazy-child-process',
  setup(b) {
    b.onResolve({ filter: /^(?:node:)?child_process$/ }, (args) =>
      args.importer.includes(`${sep}commander${sep}`) ? { path: 'child_process', namespace: 'lazy-builtin' } : undefined,
    );
    b.onLoad({ filter: /.*/, namespace: 'lazy-builtin' }, () => ({
      contents: "module.exports = new Proxy({}, { get: (_, key) => require('node:child_process')[key] });",
      loader: 'js',
    }));
  },
};

/**
 * exceljs writes its zip through archiver-utils 2, which makes Buffers with
 * `new Buffer(…)`: Node prints a DeprecationWarning (DEP0005) on stderr at the
 * first workbook. Same bytes through Buffer.alloc / Buffer.from.
 */
const modernBuffer = {
  name: 'modern-buffer',
  setup(b) {
    b.onLoad({ filter: /[\\/]archiver-utils[\\/]index\.js$/ }, async (args) => {
      const source = await readFile(args.path, 'utf8');
      const fixed = source.replace('new Buffer(0)', 'Buffer.alloc(0)').replace('new Buffer(source)', 'Buffer.from(source)').replace('new Buffer(size)', 'Buffer.allocUnsafe(size)');
      if (/new Buffer\(/.test(fixed)) throw new Error('archiver-utils: a new Buffer( call left unpatched');
      return { contents: fixed, loader: 'js' };
    });
  },
};

const common = {
  bundle: true,
  platform: 'node',
  target: 'node20',
  legalComments: 'none',
  logLevel: 'warning',
};
// __RESOLVE_BUILD__: src/shared/grammar/load.ts trusts only the grammar list of its own build
const defines = { __RESOLVE_VERSION__: JSON.stringify(pkg.version), __RESOLVE_BUILD__: JSON.stringify(randomUUID()) };

// file names are fixed now, but older builds left hashed chunks: start clean
rmSync(new URL('../dist', import.meta.url), { recursive: true, force: true });

await build({
  ...common,
  entryPoints: { remark: 'src/3-segment/remark.ts', ...Object.fromEntries(VENDORS.map((v) => [`vendor/${v}`, v])) },
  outExtension: { '.js': '.cjs' },
  outdir: 'dist',
  format: 'cjs',
  plugins: [modernBuffer],
});

await build({
  ...common,
  entryPoints: { resolve: 'src/cli/main.ts' },
  outExtension: { '.js': '.cjs' },
  outdir: 'dist',
  format: 'cjs',
  // import() becomes require(): vm.Script code has no module loader of its own
  supported: { 'dynamic-import': false },
  // keeps names for stack traces (RESOLVE_DEBUG); drops what V8 would otherwise scan
  minifyWhitespace: true,
  minifySyntax: true,
  sourcemap: 'linked',
  plugins: [apart, sourceRewrites, lazyChildProcess],
  // load.ts finds grammars/ and batch/run.ts the worker from the module's URL
  define: { ...defines, 'import.meta.url': '__resolveModuleUrl' },
  banner: { js: "const __resolveModuleUrl = require('node:url').pathToFileURL(__filename).href;" },
});

writeCodeCache();
