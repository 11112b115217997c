// Issue 17, batch defects: a folder of OUTDIR swapped for a symlink during a run
// carried 89 outputs outside OUTDIR (each folder was checked once); a file renamed
// a.txt → a.md (same bytes) kept its stale a.json, path and format included.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { existsSync, mkdirSync, readFileSync, renameSync, rmSync, symlinkSync } from 'node:fs';
import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { BIN, ROOT, runCli } from '../support/cli.js';
import { OutputDir } from '../../src/batch/atomic-write.js';
import { IndexSchema } from '../../src/batch/index-file.js';
import { listFiles, seedText, tempDir, writeTree } from './archive.js';

let work: string;
beforeAll(() => {
  work = tempDir();
});
afterAll(() => rmSync(work, { recursive: true, force: true }));

const index = (out: string) => IndexSchema.parse(JSON.parse(readFileSync(join(out, 'index.json'), 'utf8')));

describe('a folder of OUTDIR swapped for a symlink', () => {
  it('is refused at the next write, synchronous or in the background, and nothing lands outside', async () => {
    const root = join(work, 'unit-out');
    const victim = join(work, 'unit-victim');
    mkdirSync(root);
    mkdirSync(victim);
    const dir = new OutputDir(root);
    dir.write('sub/a.json', '{}\n');
    renameSync(join(root, 'sub'), join(root, 'sub-moved'));
    symlinkSync(victim, join(root, 'sub'));
    expect(() => dir.write('sub/b.json', '{}\n')).toThrow(expect.objectContaining({ code: 'outside-outdir' }));
    await expect(dir.writeInBackground('sub/c.json', '{}\n')).rejects.toMatchObject({ code: 'outside-outdir' });
    expect(listFiles(victim)).toEqual([]);
    expect(listFiles(root)).toEqual(['sub', 'sub-moved/a.json']); // 'sub' is the link
    // the next write does not trust the folder either
    expect(() => dir.write('sub/d.json', '{}\n')).toThrow(expect.objectContaining({ code: 'outside-outdir' }));
  });

  it('mid-run through the CLI: later outputs fail as outside-outdir, none is written outside', async () => {
    const src = join(work, 'swap-src');
    const out = join(work, 'swap-out');
    const victim = join(work, 'swap-victim');
    const files: Record<string, string> = {};
    for (let i = 0; i < 200; i++) files[`sub/d${String(i).padStart(3, '0')}.txt`] = seedText(i);
    writeTree(src, files);
    mkdirSync(victim);
    const child = spawn(process.execPath, [BIN, 'parse', src, '--out', out, '--jobs', '1'], { cwd: ROOT, stdio: ['ignore', 'ignore', 'pipe'] });
    let stderr = '';
    child.stderr.on('data', (d) => (stderr += d));
    const exited = new Promise<number | null>((done) => child.on('exit', done));
    // as soon as the first outputs are there, the folder becomes a link to elsewhere
    while (!existsSync(join(out, 'sub', 'd005.json'))) await new Promise((r) => setTimeout(r, 5));
    renameSync(join(out, 'sub'), join(out, 'sub-moved'));
    symlinkSync(victim, join(out, 'sub'));
    expect(await exited).toBe(1);

    expect(listFiles(victim)).toEqual([]);
    const entries = index(out).inputs;
    // refused by the check; or, when the swap fell between the last check and the rename, the
    // rename failed (its temporary file is in the moved folder, not behind the link)
    const refused = entries.filter((e) => e.code === 'outside-outdir' || e.code === 'write-failed');
    expect(refused.filter((e) => e.code === 'outside-outdir').length).toBeGreaterThan(0);
    expect(stderr).toMatch(/sub\/d\d+\.txt: отказ записать/);
    // every output listed ok is a file inside OUTDIR (moved along with its real folder)
    const inside = new Set(listFiles(out).map((p) => p.replace(/^sub-moved\//, 'sub/')));
    for (const e of entries.filter((x) => x.status === 'ok')) expect(inside.has(e.output!), e.output!).toBe(true);
    expect(entries.filter((e) => e.status === 'ok').length + refused.length).toBe(200);
  }, 60_000);
});

describe('an input renamed between runs', () => {
  it('a.txt → a.md with the same bytes is parsed again as Markdown, not reused', () => {
    const src = join(work, 'rename-src');
    const out = join(work, 'rename-out');
    writeTree(src, { 'a.txt': seedText(3) });
    expect(runCli(['parse', src, '--out', out]).status).toBe(0);
    expect(JSON.parse(readFileSync(join(out, 'a.json'), 'utf8')).source).toMatchObject({ path: join(src, 'a.txt'), format: 'text' });

    renameSync(join(src, 'a.txt'), join(src, 'a.md'));
    const rerun = runCli(['parse', src, '--out', out]);
    expect(rerun.stderr).toMatch(/1 документ — разобрано: 1, не разобрано: 0/);
    const after = readFileSync(join(out, 'a.json'), 'utf8');
    expect(JSON.parse(after).source).toMatchObject({ path: join(src, 'a.md'), format: 'markdown' });

    // byte for byte what a clean run writes
    const clean = join(work, 'rename-clean');
    expect(runCli(['parse', src, '--out', clean]).status).toBe(0);
    expect(after).toBe(readFileSync(join(clean, 'a.json'), 'utf8'));
    // and now it is up to date
    expect(runCli(['parse', src, '--out', out]).stderr).toMatch(/разобрано: 0, без изменений: 1/);
  });
});
