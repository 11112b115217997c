// --output-file is replaced only by a run that ends well: Ctrl-C halfway through a
// workbook leaves the file that was there, and no temporary file beside it.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { BIN } from '../support/cli.js';
import { seedText, tempDir, writeTree } from '../batch/archive.js';

let work: string;
beforeAll(() => {
  work = tempDir('resolve-xlsx-int-');
  const files: Record<string, string> = {};
  for (let i = 0; i < 400; i++) files[`f${String(i).padStart(3, '0')}.txt`] = seedText(i).repeat(4);
  writeTree(join(work, 'arch'), files);
});
afterAll(() => rmSync(work, { recursive: true, force: true }));

describe('an interrupted --format xlsx run', () => {
  it.each(['SIGINT', 'SIGTERM'] as const)('on %s keeps the old file and leaves no temporary one', async (signal) => {
    writeFileSync(join(work, 'задачи.xlsx'), 'the workbook of last week');
    const child = spawn(process.execPath, [BIN, 'parse', 'arch', '--format', 'xlsx', '--output-file', 'задачи.xlsx', '--jobs', '1'], { cwd: work, stdio: ['ignore', 'ignore', 'pipe'] });
    let stderr = '';
    child.stderr.on('data', (d) => (stderr += d));
    const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
    // the temporary file appears when the run starts; then give the parse a moment
    for (let i = 0; i < 400 && !readdirSync(work).some((n) => n.endsWith('.resolve-tmp')); i++) await new Promise((r) => setTimeout(r, 25));
    await new Promise((r) => setTimeout(r, 700));
    child.kill(signal);
    const code = await exited;
    expect(code).toBe(signal === 'SIGINT' ? 130 : 143);
    expect(stderr).toMatch(/прервано после \d+ из 400 документов/);
    expect(readFileSync(join(work, 'задачи.xlsx'), 'utf8')).toBe('the workbook of last week');
    expect(readdirSync(work).filter((n) => n.includes('resolve-tmp'))).toEqual([]);
  }, 60_000);
});
