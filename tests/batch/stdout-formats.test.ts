// --format ndjson and --format csv: streams on stdout, in input order.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { rmSync } from 'node:fs';
import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { BIN, runCli } from '../support/cli.js';
import { OutputSchema } from '../../src/shared/schema/output.js';
import { seedText, tempDir, writeTree } from './archive.js';

let work: string;
beforeAll(() => {
  work = tempDir();
  const files: Record<string, string> = {};
  for (let i = 0; i < 24; i++) files[`y${2000 + (i % 3)}/doc-${String(i).padStart(2, '0')}.txt`] = seedText(i);
  files['bad.txt'] = '\u0000\u0001binary';
  writeTree(join(work, 'arch'), files);
});
afterAll(() => rmSync(work, { recursive: true, force: true }));

describe('--format ndjson', () => {
  it('prints one valid document per line in input order, whatever --jobs is', () => {
    const one = runCli(['parse', 'arch', '--format', 'ndjson', '--jobs', '1'], { cwd: work });
    const two = runCli(['parse', 'arch', '--format', 'ndjson', '--jobs', '2'], { cwd: work });
    expect(one.status).toBe(1); // bad.txt failed
    expect(two.status).toBe(1);
    expect(two.stdout).toBe(one.stdout);
    const docs = one.stdout.trimEnd().split('\n').map((l) => OutputSchema.parse(JSON.parse(l)));
    expect(docs).toHaveLength(24);
    const paths = docs.map((d) => d.source.path);
    expect(paths).toEqual([...paths].sort());
    expect(one.stderr).toMatch(/arch\/bad\.txt: это двоичный файл/);
  });
});

describe('a reader that stops early (`| head`)', () => {
  it.each([1, 2])('ends the run quietly with exit 0 (--jobs %i)', async (jobs) => {
    const child = spawn(process.execPath, [BIN, 'parse', 'arch', '--format', 'ndjson', '--jobs', String(jobs)], { cwd: work, stdio: ['ignore', 'pipe', 'pipe'] });
    let stderr = '';
    child.stderr.on('data', (d) => (stderr += d));
    child.stdout.once('data', () => child.stdout.destroy());
    const code = await new Promise<number | null>((resolve) => child.on('exit', (c) => resolve(c)));
    expect(code).toBe(0);
    expect(stderr).not.toMatch(/EPIPE|Error|crashed/);
  });
});

describe('--format csv', () => {
  it('starts with a UTF-8 BOM and the header, and reads back as UTF-8', () => {
    const r = runCli(['parse', 'arch/y2000', '--format', 'csv'], { cwd: work });
    expect(r.status).toBe(0);
    const bytes = Buffer.from(r.stdout, 'utf8');
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(r.stdout).toMatch(/^\uFEFFДокумент,Вид,Дата документа,Название,№,Адресат,Ответственный,Задача,Срок,Вид срока,Начало,Окончание,Статус,Организации,Строка,Исполнено принятием\r\n/);
    // a UTF-8 reader recognises the BOM as a signature, not as text
    expect(new TextDecoder('utf-8', { fatal: true }).decode(bytes)).toBe(r.stdout.slice(1));
  });

});
