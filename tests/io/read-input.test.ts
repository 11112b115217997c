// The one reader of a document file: the single-file path (readInput) and the
// batch (readRegularFile through batch/job.ts) share its checks and its table
// of file-system failures; only the single path names the file in the message.
import { describe, expect, it } from 'vitest';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, truncateSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { readInput, readRegularFile } from '../../src/io/read-input.js';
import { knownFailure, readFailure, readFailureAt } from '../../src/shared/read-failures.js';
import { ResolveError, EXIT } from '../../src/shared/errors.js';
import { describeFailure } from '../../src/batch/job.js';

const dir = mkdtempSync(join(tmpdir(), 'resolve-read-'));
writeFileSync(join(dir, 'note.txt'), 'Решили: провести семинар.\n');
const huge = join(dir, 'huge.txt');
writeFileSync(huge, '');
truncateSync(huge, 40 * 1024 * 1024); // sparse: costs no disk

async function failure(p: Promise<unknown>): Promise<ResolveError> {
  const e = await p.then(() => null, (x: unknown) => x);
  expect(e).toBeInstanceOf(ResolveError);
  return e as ResolveError;
}

describe('readRegularFile', () => {
  it('reads the bytes of a regular file', async () => {
    expect(Buffer.from(await readRegularFile(join(dir, 'note.txt'))).toString('utf8')).toBe('Решили: провести семинар.\n');
  });
  it('refuses a folder, a named pipe (without blocking) and a missing file, the reason without the path', async () => {
    const folder = await failure(readRegularFile(dir));
    expect([folder.code, folder.message]).toEqual(['is-directory', 'это папка']);
    const fifo = join(dir, 'pipe.txt');
    execFileSync('mkfifo', [fifo]);
    const pipe = await failure(readRegularFile(fifo));
    expect(pipe.code).toBe('not-a-file');
    expect(pipe.message).toMatch(/^не обычный файл/);
    const missing = await failure(readRegularFile(join(dir, 'gone.txt')));
    expect([missing.code, missing.message]).toEqual(['not-found', 'нет такого файла']);
  });
  it('refuses a file over the limit before reading it', async () => {
    const e = await failure(readRegularFile(huge));
    expect(e.code).toBe('too-large');
    expect(e.message).toMatch(/^40\.0 MB слишком велик/);
  });
});

describe('one table of file-system failures', () => {
  const errno = (code: string) => Object.assign(new Error(`${code}: boom`), { code, syscall: 'open' });
  it.each([
    ['ENOENT', 'not-found', 'нет такого файла'],
    ['EACCES', 'permission', 'нет доступа'],
    ['EPERM', 'permission', 'нет доступа'],
    ['EIO', 'io', 'ошибка ввода-вывода при чтении файла'],
  ])('%s → %s', (code, id, reason) => {
    expect([readFailure(errno(code)).code, readFailure(errno(code)).message]).toEqual([id, reason]);
    // the batch reports the same code and reason — a missing file with what it means there: the walk had listed it
    expect(describeFailure(errno(code))).toEqual({ code: id, reason: id === 'not-found' ? 'нет такого файла (битая ссылка или файл удалён во время работы)' : reason });
  });
  it('any other errno is named, never a stack trace', () => {
    expect(readFailure(errno('ELOOP')).message).toBe('не удаётся прочитать (ELOOP)');
    expect(knownFailure(errno('ELOOP'))).toBeNull();
    expect(readFailureAt('config.json', errno('EACCES'))).toBe('config.json: нет доступа');
  });
});

describe('readInput, the single-file path', () => {
  it('names the file before the reason; exit 2 for the file system, 1 for a document too large', async () => {
    const missing = await failure(readInput(join(dir, 'gone.txt')));
    expect(missing.message).toBe(`${join(dir, 'gone.txt')}: нет такого файла`);
    expect(missing.exitCode).toBe(EXIT.usage);
    const tooBig = await failure(readInput(huge));
    expect(tooBig.message).toMatch(/huge\.txt: 40\.0 MB слишком велик/);
    expect(tooBig.exitCode).toBe(EXIT.documentFailed);
  });
  it('a folder gets the hint about --out', async () => {
    expect((await failure(readInput(dir))).message).toMatch(/это папка \(укажите файл или --out/);
  });
});
