// The accuracy floor: the built command against the hand-made gold of the
// corpus (fixtures/corpus, 24 documents of layouts the code was not written
// for) and of the five seeds, scored by the corpus's own scorer
// (scripts/score.mjs, copied as shipped). `npm run accuracy` prints the table.
import { describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { ROOT } from '../support/cli.js';

/** Below these, a change has made the parser worse on documents it was not tuned to. */
const CORPUS_FLOOR = 0.95;
const SEEDS_FLOOR = 1.0;

function overall(dir: string): { overall: number; failed: number; table: string } {
  const r = spawnSync(process.execPath, ['scripts/score.mjs', dir], { cwd: ROOT, encoding: 'utf8', timeout: 120000 });
  const m = /^overall ([\d.]+)/m.exec(r.stdout);
  const f = /failed (\d+);/.exec(r.stdout);
  return { overall: m ? Number(m[1]) : 0, failed: f ? Number(f[1]) : -1, table: r.stdout };
}

describe('accuracy against the gold annotations', () => {
  it(`the corpus scores at least ${CORPUS_FLOOR} overall, every document parsed`, () => {
    const corpus = overall('fixtures/corpus');
    expect(corpus.failed, corpus.table).toBe(0);
    expect(corpus.overall, corpus.table).toBeGreaterThanOrEqual(CORPUS_FLOOR);
  });

  it(`the seeds score ${SEEDS_FLOOR.toFixed(2)}`, () => {
    const seeds = overall('fixtures/corpus/seeds');
    expect(seeds.failed, seeds.table).toBe(0);
    expect(seeds.overall, seeds.table).toBeGreaterThanOrEqual(SEEDS_FLOOR);
  });
});
