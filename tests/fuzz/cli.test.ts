// The bounded CLI fuzz run (issue 17): a fixed seed, 40 generated files through
// the built `resolve parse` one by one and in batches of 10 (tests/fuzz/cli.ts);
// `npm run fuzz -- --cli N` runs more.
import { afterAll, describe, expect, it } from 'vitest';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runCliFuzz } from './cli.js';

const dir = mkdtempSync(join(tmpdir(), 'resolve-cli-fuzz-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('fuzz through the command line', () => {
  it('40 files: documented exit codes, one-line messages, valid JSON; 4 batches with a valid index', async () => {
    const result = await runCliFuzz({ cases: 40, seed: 17, dir });
    expect(result.batches).toBe(4);
    expect(result.failures.map((f) => `${f.kind} (${f.detail}: ${f.file})`)).toEqual([]);
  }, 240_000);
});
