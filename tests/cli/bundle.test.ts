// What keeps the cold start low (scripts/cold-start.mjs measures it): one
// bundled file, zod bundled by what is used, remark in a file of its own that
// is loaded only when a document needs it.
import { describe, expect, it } from 'vitest';
import { readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT } from '../support/cli.js';

const dist = (name: string) => join(ROOT, 'dist', name);

describe('the bundle', () => {
  it('keeps remark out of the start-up file', () => {
    const main = readFileSync(dist('resolve.js'), 'utf8');
    expect(main).not.toMatch(/micromark|mdast-util-from-markdown/);
    expect(main).toContain('./remark.cjs');
    expect(readFileSync(dist('remark.cjs'), 'utf8')).toMatch(/micromark/);
  });

  it('bundles only the zod it uses (no locales): the start-up file stays small', () => {
    const main = readFileSync(dist('resolve.js'), 'utf8');
    expect(main).not.toMatch(/zod[\\/]v4[\\/]locales[\\/](?!en)/);
    expect(statSync(dist('resolve.js')).size).toBeLessThan(600 * 1024);
  });
});
