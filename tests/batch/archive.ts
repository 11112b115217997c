// A throw-away archive folder for batch tests, built from the real seeds.
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, relative } from 'node:path';
import { ROOT } from '../support/cli.js';

export const SEEDS = readdirSync(join(ROOT, 'fixtures/seeds'))
  .filter((n) => n.endsWith('.txt'))
  .sort()
  .map((n) => join(ROOT, 'fixtures/seeds', n));

export const seedText = (i: number) => readFileSync(SEEDS[i % SEEDS.length]!, 'utf8');

export function tempDir(prefix = 'resolve-batch-'): string {
  return mkdtempSync(join(tmpdir(), prefix));
}

/** Write files given as { "a/b.txt": contents } under `root`. */
export function writeTree(root: string, files: Record<string, string | Buffer>): void {
  for (const [rel, data] of Object.entries(files)) {
    mkdirSync(dirname(join(root, rel)), { recursive: true });
    writeFileSync(join(root, rel), data);
  }
}

/** Every file under `root`, relative, sorted ("a/b.json"); safe to call while a run renames files in it. */
export function listFiles(root: string): string[] {
  const out: string[] = [];
  const visit = (dir: string) => {
    for (const e of readdirSync(dir, { withFileTypes: true })) {
      const p = join(dir, e.name);
      if (e.isDirectory()) visit(p);
      else out.push(relative(root, p).split('\\').join('/'));
    }
  };
  visit(root);
  return out.sort();
}
