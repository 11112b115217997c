// Never writing outside OUTDIR, never looping on symlinks.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { existsSync, mkdirSync, readFileSync, rmSync, symlinkSync } from 'node:fs';
import { join } from 'node:path';
import { runCli } from '../support/cli.js';
import { OutputDir } from '../../src/batch/atomic-write.js';
import { ResolveError } from '../../src/shared/errors.js';
import { IndexSchema } from '../../src/batch/index-file.js';
import { listFiles, seedText, tempDir, writeTree } from './archive.js';

let work: string;
beforeAll(() => {
  work = tempDir();
});
afterAll(() => rmSync(work, { recursive: true, force: true }));

describe('writing stays inside OUTDIR', () => {
  it('refuses to write through a symlink planted in OUTDIR, and writes nothing outside', () => {
    const src = join(work, 'src');
    const out = join(work, 'out');
    const victim = join(work, 'victim');
    writeTree(src, { 'etc/passwd.txt': seedText(0), 'ok.txt': seedText(1) });
    mkdirSync(victim);
    mkdirSync(out);
    symlinkSync(victim, join(out, 'etc')); // OUTDIR/etc -> somewhere else
    const r = runCli(['parse', src, '--out', out]);
    expect(r.status).toBe(1);
    expect(r.stderr).toMatch(/etc\/passwd\.txt: отказ записать через символическую ссылку etc/);
    expect(listFiles(victim)).toEqual([]);
    expect(existsSync(join(out, 'ok.json'))).toBe(true);
    const entry = IndexSchema.parse(JSON.parse(readFileSync(join(out, 'index.json'), 'utf8'))).inputs.find((e) => e.path.endsWith('passwd.txt'));
    expect(entry).toMatchObject({ status: 'failed', code: 'outside-outdir' });
  });

  it('resolves output paths only inside the root', () => {
    const dir = new OutputDir(join(work, 'root'));
    for (const rel of ['../escape.json', '../../etc/x.json', '/etc/x.json', 'a/../../x.json', '']) {
      expect(() => dir.resolveInside(rel), rel).toThrow(ResolveError);
    }
    expect(dir.resolveInside('a/b.json')).toBe(join(work, 'root', 'a', 'b.json'));
    expect(dir.resolveInside('a/../b.json')).toBe(join(work, 'root', 'b.json'));
  });

  it('skips OUTDIR when it lies inside the input folder', () => {
    const src = join(work, 'nested');
    writeTree(src, { 'a.txt': seedText(0) });
    const first = runCli(['parse', src, '--out', join(src, 'json')]);
    expect(first.status).toBe(0);
    const second = runCli(['parse', src, '--out', join(src, 'json')]);
    expect(second.stderr).toMatch(/^resolve: 1 документ — разобрано: 0, без изменений: 1, не разобрано: 0/); // index.json / a.json not read as inputs
    expect(listFiles(join(src, 'json'))).toEqual(['a.json', 'index.json']);
  });
});

describe('symlinks in the input tree', () => {
  it('follows a linked folder once and stops at a link loop', () => {
    const src = join(work, 'links');
    writeTree(src, { 'a/doc.txt': seedText(0), 'shared/common.txt': seedText(1) });
    symlinkSync(src, join(src, 'a', 'up')); // a/up -> .. -> a/up -> … forever, if followed blindly
    symlinkSync(join(src, 'shared'), join(src, 'a', 'shared-link'));
    const out = join(work, 'links-out');
    const r = runCli(['parse', src, '--out', out]);
    expect(r.status).toBe(0);
    // the linked folder is read once, where the walk first meets it (a/shared-link sorts before shared)
    expect(listFiles(out)).toEqual(['a/doc.json', 'a/shared-link/common.json', 'index.json']);
    const skipped = IndexSchema.parse(JSON.parse(readFileSync(join(out, 'index.json'), 'utf8'))).inputs.filter((e) => e.status === 'skipped');
    expect(skipped.map((e) => e.code)).toEqual(['folder-repeated', 'folder-repeated']);
    expect(skipped.map((e) => e.reason)).toEqual([expect.stringMatching(/петля символических ссылок/), expect.stringMatching(/петля символических ссылок/)]);
  });
});
