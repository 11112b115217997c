// Hostile and broken inputs through the real command: each ends within seconds
// with either a one-line message on stderr and the documented exit code, or a
// valid document. Never a stack trace, never a hang.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync, mkdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { BIN, ROOT, runCli, type CliResult } from '../support/cli.js';
import { OutputSchema, type Output } from '../../src/shared/schema/output.js';
import { DEFAULT_MEMORY_MB_MAX, textLimit } from '../../src/shared/limits.js';

let dir: string;
const file = (name: string, content: string | Uint8Array) => {
  const path = join(dir, name);
  writeFileSync(path, content);
  return path;
};

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'resolve-bad-'));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** Runs the command and checks the rules every outcome must follow. */
function run(args: string[], budgetMs = 10000, input?: Buffer): CliResult & { ms: number } {
  const start = Date.now();
  const r = runCli(args, { input });
  const ms = Date.now() - start;
  expect(ms).toBeLessThan(budgetMs);
  expect(r.stderr).not.toMatch(/^\s+at /m); // no stack trace
  expect(r.stderr).not.toMatch(/internal error|внутренняя ошибка/);
  return { ...r, ms };
}

function expectOneLineError(r: CliResult, exitCode: number, text: string | RegExp) {
  expect(r.status).toBe(exitCode);
  expect(r.stdout).toBe('');
  const lines = r.stderr.trimEnd().split('\n');
  expect(lines).toHaveLength(1);
  expect(lines[0]).toMatch(/^resolve: /);
  expect(lines[0]).toMatch(text);
}

function expectDocument(r: CliResult): Output {
  expect(r.stderr).toBe('');
  expect(r.status).toBe(0);
  return OutputSchema.parse(JSON.parse(r.stdout));
}

describe('files that are not there or not files', () => {
  it('a missing file: exit 2', () => {
    expectOneLineError(run(['parse', join(dir, 'nothing.txt')]), 2, /nothing\.txt: нет такого файла/);
  });

  it('a directory: exit 2', () => {
    const sub = join(dir, 'folder');
    mkdirSync(sub);
    expectOneLineError(run(['parse', sub]), 2, /это папка/);
  });

  it('a path through a file (ENOTDIR): exit 2, the system error named', () => {
    const path = file('plain.txt', 'Резолюция');
    expectOneLineError(run(['parse', join(path, 'inside.txt')]), 2, /не удаётся прочитать \(ENOTDIR\)/);
  });
});

describe('files that are not text documents', () => {
  it('an empty file: exit 1', () => {
    expectOneLineError(run(['parse', file('empty.txt', '')]), 1, /файл пуст/);
  });

  it('a file of blank lines only: exit 1', () => {
    expectOneLineError(run(['parse', file('blank.txt', '\r\n  \r\n\t\r\n')]), 1, /нет текста/);
  });

  it('a binary file: exit 1', () => {
    const bytes = new Uint8Array(8192);
    for (let i = 0; i < bytes.length; i++) bytes[i] = (i * 131 + 7) % 256;
    expectOneLineError(run(['parse', file('data.bin', bytes)]), 1, /двоичный файл/);
  });

  it('a PDF saved as .txt: exit 1, and the message says what it is', () => {
    expectOneLineError(run(['parse', file('scan.txt', '%PDF-1.4\n%\xE2\xE3\n1 0 obj\n')]), 1, /PDF/);
  });

  it('a 50 MB file is refused at once: exit 1', () => {
    const path = join(dir, 'huge.txt');
    const seed = readFileSync(join(ROOT, 'fixtures/seeds/004_047d385403e37b2b.txt'));
    const copies = Math.ceil((50 * 1024 * 1024) / seed.length);
    writeFileSync(path, Buffer.concat(Array.from({ length: copies }, () => seed)));
    const r = run(['parse', path], 5000);
    expectOneLineError(r, 1, /слишком велик .*предел 16\.0 MB/);
  });

  it('more than the limit on standard input: exit 1', () => {
    expectOneLineError(run(['parse', '-'], 10000, Buffer.alloc(17 * 1024 * 1024, 0x41)), 1, /стандартный ввод слишком велик/);
  });
});

describe('damaged and hostile text gives a valid document', () => {
  it('invalid UTF-8 bytes: a document with a diagnostic that points at them', () => {
    const bytes = Buffer.concat([Buffer.from('РЕЗОЛЮЦИЯ\n\n1. Провести семинар по '), Buffer.from([0xff, 0xfe]), Buffer.from(' вопросам.\n')]);
    const out = expectDocument(run(['parse', file('broken.txt', bytes)]));
    expect(out.source.encoding).toBe('utf-8');
    expect(out.diagnostics.filter((d) => d.rule === 'invalid-bytes')).toEqual([
      expect.objectContaining({ severity: 'warning', line: 3, column: 24, message: expect.stringContaining('2') }),
    ]);
  });

  it('a document just under the size limit is processed within seconds', () => {
    const seed = readFileSync(join(ROOT, 'fixtures/seeds/003_be9be29293db61bd.txt'));
    // 15 MB, or less where the machine's memory makes the text limit smaller (limits.ts)
    const heapMb = Number(spawnSync(process.execPath, ['-p', 'require("v8").getHeapStatistics().heap_size_limit / 1048576'], { encoding: 'utf8' }).stdout);
    const chars = textLimit(Math.min(DEFAULT_MEMORY_MB_MAX, heapMb), heapMb);
    const copies = Math.min(Math.floor((15 * 1024 * 1024) / seed.length), Math.floor(chars / seed.toString('utf8').length));
    const out = expectDocument(run(['parse', file('big.txt', Buffer.concat(Array.from({ length: copies }, () => seed)))], 30000));
    expect(out.source.bytes).toBe(copies * seed.length);
  });

  it('a 1 MB single line', () => {
    const line = 'участники форума рекомендуют «обеспечить» — 1) «сетевое взаимодействие»; '.repeat(20000).slice(0, 1024 * 1024);
    expect(expectDocument(run(['parse', file('line.txt', line)])).source.bytes).toBeGreaterThan(1024 * 1024);
  });

  it.each([
    ['one per line', '1. Текст\n'.repeat(300000)],
    ['bare labels', '1)\n'.repeat(300000)],
    ['on one line', '1. '.repeat(300000)],
    ['letters', 'б) пункт\n'.repeat(300000)],
    ['nested', `${'1.'.repeat(300000)} Текст`],
  ])('300,000 list labels in a row (%s)', (_name, text) => {
    expectDocument(run(['parse', file('labels.txt', text)], 20000));
  });

  it.each([
    ['on one line', '«'.repeat(200000)],
    ['one per line', '«\n'.repeat(200000)],
    ['with words', 'слово «'.repeat(200000)],
  ])('200,000 « (%s)', (_name, text) => {
    expectDocument(run(['parse', file('quotes.txt', text)], 20000));
  });

  it.each([
    ['spaces after a colon', `Руководителям:${' '.repeat(1024 * 1024)}x`],
    ['a run of dashes', '-'.repeat(1024 * 1024)],
    ['a pipe table separator', `|${'---|'.repeat(250000)}x`],
    ['emphasis markers', '**a '.repeat(250000)],
    ['brackets', '['.repeat(1024 * 1024)],
    ['pandoc spans', '[a]{'.repeat(250000)],
    ['a page break chain', `${'слово '.repeat(12)}и\n\nпродолжение\n\n`.repeat(20000)],
  ])('%s', (_name, text) => {
    expectDocument(run(['parse', file('hostile.md', text)], 20000));
  });
});

describe('output to a closed pipe', () => {
  it('`resolve parse x | head -c1` ends quietly: no stack, exit 0', async () => {
    const seed = readFileSync(join(ROOT, 'fixtures/seeds/004_047d385403e37b2b.txt'), 'utf8');
    const path = file('many.txt', seed.repeat(40));
    const result = await new Promise<{ code: number | null; stderr: string }>((resolve) => {
      const child = spawn(process.execPath, [BIN, 'parse', path, '--pretty'], { stdio: ['ignore', 'pipe', 'pipe'] });
      let stderr = '';
      child.stderr.on('data', (d) => (stderr += d));
      child.stdout.once('data', () => child.stdout.destroy());
      child.on('close', (code) => resolve({ code, stderr }));
    });
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
  });
});

describe('command line mistakes', () => {
  it.each([
    // commander's own messages, in Russian by default (tests/cli/lang.test.ts: English)
    [['parse'], /не указан обязательный аргумент 'inputs'$/],
    // several documents cannot share one JSON on stdout, and ndjson is not implied: say how
    [['parse', 'a.txt', 'b.txt'], /^resolve: для нескольких файлов или папки укажите --out ПАПКА \(или --format ndjson\|csv, чтобы печатать в stdout\)$/],
    [['parse', 'a.txt', 'b.txt', '--format', 'json'], /для нескольких файлов или папки укажите --out ПАПКА/],
    [['parse', '-', 'a.txt', '--format', 'ndjson'], /стандартный ввод \(«-»\) разбирается только отдельно$/],
    [['parse', 'a.txt', '--format', 'csv', '--out', 'x'], /--format csv печатает в stdout; уберите --out$/],
    [['parse', 'a.txt', '--format', 'pdf'], /недопустимое значение 'pdf'; допустимы: json, ndjson, csv/],
    [['frobnicate'], /неизвестная команда 'frobnicate'/],
    [['parse', 'a.txt', '--frobnicate'], /неизвестный параметр '--frobnicate'/],
    [['parse', 'a.txt', '--prety'], /неизвестный параметр '--prety' \(может быть, --pretty\?\)$/],
    [['prase', 'a.txt'], /неизвестная команда 'prase' \(может быть, parse\?\)$/],
  ])('%j: one line, exit 2', (args, message) => {
    expectOneLineError(run(args), 2, message);
  });
});
