#!/usr/bin/env node
// npm run accuracy [-- --verbose] [-- --only=d05]
// Scores the built command (dist/, `npm run build` first) against the hand-made gold of
// fixtures/corpus/seeds (the five seeds) and fixtures/corpus (twenty-four documents of
// other layouts) with scripts/score.mjs, the corpus's own scorer copied as it is.
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const passOn = process.argv.slice(2);
let failed = false;
for (const [name, dir] of [['seeds', 'fixtures/corpus/seeds'], ['corpus', 'fixtures/corpus']]) {
  console.log(`== ${name} (${dir})`);
  const run = spawnSync(process.execPath, ['scripts/score.mjs', dir, ...passOn], { cwd: root, stdio: 'inherit' });
  if (run.status !== 0) failed = true;
}
process.exit(failed ? 1 : 0);
