// What keeps the cold start low (scripts/cold-start.mjs measures it): a few
// bundled files, zod bundled by what is used, and everything only some runs
// need (remark, the batch, .docx/.html converters, iconv-lite, the glob
// walker) in files of their own that are loaded on first use.
import { describe, expect, it } from 'vitest';
import { readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT } from '../support/cli.js';

const dist = (name: string) => join(ROOT, 'dist', name);

/** dist/resolve.js and every chunk it imports statically: what Node reads at every start. */
function startUpFiles(): string[] {
  const seen = new Set<string>();
  const todo = ['resolve.js'];
  while (todo.length) {
    const name = todo.pop()!;
    if (seen.has(name)) continue;
    seen.add(name);
    for (const m of readFileSync(dist(name), 'utf8').matchAll(/^import\s*(?:[\w${},\s*]+\s+from\s*)?["']\.\/([^"']+)["']/gm)) todo.push(m[1]!);
  }
  return [...seen];
}
const startUpCode = () => startUpFiles().map((f) => readFileSync(dist(f), 'utf8'));

describe('the bundle', () => {
  it('follows static imports of the start-up file (so the checks below see every chunk)', () => {
    const files = startUpFiles();
    expect(files[0]).toBe('resolve.js');
    expect(files.length).toBeGreaterThan(1); // code splitting: shared chunks with the worker
    expect(files.every((f) => !/^(?:run|docx|html|lib|dist)-/.test(f))).toBe(true);
  });

  it('keeps remark out of the start-up files and loads it from dist/remark.cjs', () => {
    const code = startUpCode();
    expect(code.some((c) => /micromark|mdast-util-from-markdown/.test(c))).toBe(false);
    expect(code.some((c) => c.includes('./remark.cjs'))).toBe(true);
    expect(readFileSync(dist('remark.cjs'), 'utf8')).toMatch(/micromark/);
  });

  it('keeps iconv-lite, the glob walker, the batch and the converters out of the start-up files', () => {
    const code = startUpCode().join('\n');
    expect(code).not.toMatch(/iconv-lite|windows1251|tinyglobby|picomatch|fflate|htmlparser2/i);
  });

  it('bundles only the zod it uses (no locales): the start-up files stay small', () => {
    const code = startUpCode().join('\n');
    expect(code).not.toMatch(/zod[\\/]v4[\\/]locales[\\/](?!en)/);
    const bytes = startUpFiles().reduce((n, f) => n + statSync(dist(f)).size, 0);
    expect(bytes).toBeLessThan(600 * 1024);
  });
});
