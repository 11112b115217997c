// Bundles src/ into ESM files in dist/: a few files load much faster than
// hundreds of node_modules files (cold start), and the version is inlined.
// dist/resolve.js is the command; dist/worker.js the batch's parsing thread.
// Code splitting puts what is imported dynamically (the batch, the .docx and
// .html converters) in chunks of its own, loaded only when used.
import { build } from 'esbuild';
import { rmSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { sep } from 'node:path';

const pkg = JSON.parse(await readFile(new URL('../package.json', import.meta.url), 'utf8'));

/**
 * `import { z } from 'zod'` binds zod's namespace object, which holds every
 * export, so esbuild must bundle all of zod, its 40 locales included (755 KB,
 * +30 ms at every start). `import * as z from 'zod'` means the same for code
 * that only reads `z.something`, and lets esbuild keep what is used (184 KB).
 * The rewrite happens here, in the bundle only, so source files may use the
 * form zod's documentation shows.
 */
const zodNamespace = {
  name: 'zod-namespace-import',
  setup(b) {
    b.onLoad({ filter: /[\\/]src[\\/].*\.ts$/ }, async (args) => {
      const source = await readFile(args.path, 'utf8');
      return { contents: source.replace(/^import \{ z \} from 'zod';$/gm, "import * as z from 'zod';"), loader: 'ts' };
    });
  },
};

/**
 * remark goes into a file of its own, dist/remark.cjs, which inline.ts
 * require()s on first use: documents without complex Markdown never load it,
 * and V8 does not even parse its 230 KB at start-up.
 */
const remarkApart = {
  name: 'remark-apart',
  setup(b) {
    b.onResolve({ filter: /^\.\/remark\.js$/ }, (args) =>
      args.importer.endsWith(`segment${sep}inline.ts`) ? { path: './remark.cjs', external: true } : undefined,
    );
  },
};

// chunk names carry content hashes: clear the old ones instead of piling them up
rmSync(new URL('../dist', import.meta.url), { recursive: true, force: true });

await build({
  entryPoints: { remark: 'src/segment/remark.ts' },
  outExtension: { '.js': '.cjs' },
  outdir: 'dist',
  bundle: true,
  platform: 'node',
  format: 'cjs',
  target: 'node20',
  legalComments: 'none',
  logLevel: 'warning',
});

await build({
  entryPoints: { resolve: 'src/cli/main.ts', worker: 'src/batch/worker.ts' },
  outdir: 'dist',
  bundle: true,
  // chunks land beside resolve.js and worker.js, so `new URL('./worker.js', import.meta.url)` finds the worker from any chunk
  splitting: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  sourcemap: 'linked',
  legalComments: 'none',
  plugins: [zodNamespace, remarkApart],
  // __RESOLVE_BUNDLE__: src/segment/inline.ts loads remark lazily in the bundle
  define: { __RESOLVE_VERSION__: JSON.stringify(pkg.version), __RESOLVE_BUNDLE__: 'true' },
  // CommonJS dependencies bundled into ESM need a require()
  banner: { js: "import { createRequire as __cr } from 'node:module'; const require = __cr(import.meta.url);" },
  logLevel: 'warning',
});
