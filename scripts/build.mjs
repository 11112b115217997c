// Bundles src/ into ESM files in dist/: a few files load much faster than
// hundreds of node_modules files (cold start), and the version is inlined.
// dist/resolve.js is the command; dist/worker.js the batch's parsing thread.
// Code splitting puts what is imported dynamically (the batch, the .docx and
// .html converters) in chunks of its own, loaded only when used.
import { build } from 'esbuild';
import { readFileSync, rmSync } from 'node:fs';

const pkg = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8'));

// chunk names carry content hashes: clear the old ones instead of piling them up
rmSync(new URL('../dist', import.meta.url), { recursive: true, force: true });

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
  define: { __RESOLVE_VERSION__: JSON.stringify(pkg.version) },
  // CommonJS dependencies bundled into ESM need a require()
  banner: { js: "import { createRequire as __cr } from 'node:module'; const require = __cr(import.meta.url);" },
  logLevel: 'warning',
});
