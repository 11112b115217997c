// Issue 17: two files named with the bytes 0xFF and 0xFE became one entry
// "�.txt" (failed as "removed during the run") and the other was lost; a name
// with a newline printed a two-line message. Names that are not UTF-8 are kept as
// bytes now, and shown with each bad byte escaped.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { runCli } from '../support/cli.js';
import { IndexSchema } from '../../src/batch/index-file.js';
import { nameText, printablePath } from '../../src/io/file-names.js';
import { seedText, tempDir } from './archive.js';

let work: string;
beforeAll(() => {
  work = tempDir();
});
afterAll(() => rmSync(work, { recursive: true, force: true }));

/** The documented reversal of source.path (docs/OUTPUT.md): every "\xHH" is the byte HH, the rest is UTF-8. */
const unescapeName = (path: string) =>
  Buffer.concat(path.split(/(\\x[0-9A-F]{2})/).map((part) => (/^\\x[0-9A-F]{2}$/.test(part) ? Buffer.from([parseInt(part.slice(2), 16)]) : Buffer.from(part))));

/** a path under `dir` whose last name is these bytes */
const bytePath = (dir: string, ...name: number[]) => Buffer.concat([Buffer.from(`${dir}/`), Buffer.from(name)]);

describe('file names that are not UTF-8', () => {
  it('converts 0xFF.txt and 0xFE.txt as two documents, and a name with a newline, with one-line messages', () => {
    const src = join(work, 'names');
    const out = join(work, 'names-out');
    mkdirSync(src);
    writeFileSync(bytePath(src, 0xff, 0x2e, 0x74, 0x78, 0x74), seedText(0)); // "\xFF.txt"
    writeFileSync(bytePath(src, 0xfe, 0x2e, 0x74, 0x78, 0x74), seedText(1)); // "\xFE.txt"
    writeFileSync(join(src, 'два\nстроки.txt'), Buffer.from([0x00, 0x01, 0x02, 0x03])); // binary: fails
    writeFileSync(bytePath(src, 0xd0, 0xb0, 0xff, 0x2e, 0x74, 0x78, 0x74), Buffer.from([0x00, 0x01, 0x02, 0x03])); // "а\xFF.txt", binary: fails

    const r = runCli(['parse', src, '--out', out]);
    expect(r.status).toBe(1); // the binary ones
    expect(r.stderr).toMatch(/документов: 4 — разобрано: 2, не разобрано: 2/);
    // each failure is one line, its name escaped
    const lines = r.stderr.trimEnd().split('\n');
    expect(lines).toHaveLength(3);
    expect(lines[0]).toMatch(/^resolve: .*names\/а\\xFF\.txt: .*двоичный/);
    expect(lines[1]).toMatch(/^resolve: .*names\/два\\x0Aстроки\.txt: .*двоичный/);

    const index = IndexSchema.parse(JSON.parse(readFileSync(join(out, 'index.json'), 'utf8')));
    expect(index.inputs.map((e) => [e.output, e.status])).toEqual([
      ['\\xFE.json', 'ok'],
      ['\\xFF.json', 'ok'],
      ['а\\xFF.json', 'failed'],
      ['два\nстроки.json', 'failed'],
    ]);
    // each output is its own document
    const sha = (name: string) => JSON.parse(readFileSync(join(out, name), 'utf8')).source.sha256;
    expect(sha('\\xFE.json')).not.toBe(sha('\\xFF.json'));
    expect(readdirSync(out).sort()).toEqual(['\\xFE.json', '\\xFF.json', 'index.json']);
  });

  it('resolve parse FILE finds a name that is not UTF-8, refuses an ambiguous one, and keeps its messages on one line', () => {
    const dir = join(work, 'single');
    mkdirSync(dir);
    writeFileSync(bytePath(dir, 0xff, 0x2e, 0x74, 0x78, 0x74), seedText(0));
    // Node hands the name over as "\uFFFD.txt": the one file that reads so is the one meant
    const one = runCli(['parse', join(dir, '\ufffd.txt')]);
    expect(one.status).toBe(0);
    const source = JSON.parse(one.stdout).source;
    expect(source.bytes).toBe(Buffer.byteLength(seedText(0)));
    // source.path names the file as the batch does, never with the "�" Node read: its bytes come back from it
    expect(source.path).toBe(join(dir, '\\xFF.txt'));
    expect(unescapeName(source.path)).toEqual(bytePath(dir, 0xff, 0x2e, 0x74, 0x78, 0x74));
    writeFileSync(bytePath(dir, 0xfe, 0x2e, 0x74, 0x78, 0x74), seedText(1));
    const two = runCli(['parse', join(dir, '\ufffd.txt')]);
    expect(two.status).toBe(2);
    expect(two.stderr).toMatch(/^resolve: .*: 2 файла с таким именем, если читать его как UTF-8 \(\\xFE\.txt, \\xFF\.txt\); переименуйте их или укажите их папку\n$/);
    const missing = runCli(['parse', join(dir, 'нет\nтакого.txt')]);
    expect(missing.status).toBe(2);
    expect(missing.stderr).toMatch(/^resolve: .*нет\\x0Aтакого\.txt: нет такого файла\n$/);
  });

  it('writes source.path of a name that is not UTF-8 reversibly, a backslash in it too, in a batch as in resolve parse FILE', () => {
    const dir = join(work, 'backslash');
    mkdirSync(dir);
    // "a\" + 0xFF + "x41.txt": its backslash must not read as the start of an escape
    const name = bytePath(dir, 0x61, 0x5c, 0xff, 0x5c, 0x78, 0x34, 0x31, 0x2e, 0x74, 0x78, 0x74);
    writeFileSync(name, seedText(2));
    const single = runCli(['parse', join(dir, 'a\\\ufffd\\x41.txt')]);
    expect(single.status).toBe(0);
    const path = JSON.parse(single.stdout).source.path;
    expect(path).toBe(join(dir, 'a\\x5C\\xFF\\x5Cx41.txt'));
    expect(unescapeName(path)).toEqual(name);
    const out = join(work, 'backslash-out');
    expect(runCli(['parse', dir, '--out', out]).status).toBe(0);
    expect(JSON.parse(readFileSync(join(out, 'a\\x5C\\xFF\\x5Cx41.json'), 'utf8')).source.path).toBe(path);
    // named on the command line of a batch, it is found by its bytes as in resolve parse FILE
    const named = join(work, 'backslash-named');
    const r = runCli(['parse', join(dir, 'a\\\ufffd\\x41.txt'), '--out', named]);
    expect(r.status).toBe(0);
    expect(JSON.parse(readFileSync(join(named, 'a\\x5C\\xFF\\x5Cx41.json'), 'utf8')).source.path).toBe(path);
    // a relative name keeps its form: no "./" is added
    const relative = runCli(['parse', 'a\\\ufffd\\x41.txt'], { cwd: dir });
    expect(JSON.parse(relative.stdout).source.path).toBe('a\\x5C\\xFF\\x5Cx41.txt');
  });

  it('escapes only the bytes that are not UTF-8, and control characters in messages', () => {
    expect(nameText(Buffer.from('отчёт.txt'))).toEqual({ text: 'отчёт.txt', exact: true });
    expect(nameText(Buffer.from([0xff, 0x61]))).toEqual({ text: '\\xFFa', exact: false });
    // cp1251 "Отчёт" is not UTF-8; a valid sequence beside it stays a letter
    expect(nameText(Buffer.concat([Buffer.from([0xce, 0xf2]), Buffer.from('ж')])).text).toBe('\\xCE\\xF2ж');
    expect(nameText(Buffer.from([0xe2, 0x82])).text).toBe('\\xE2\\x82'); // a cut sequence
    expect(nameText(Buffer.from([0x5c, 0xff])).text).toBe('\\x5C\\xFF'); // a backslash, so that "\\" + "xFF" cannot be read as 0xFF
    expect(nameText(Buffer.from('a\\b')).text).toBe('a\\b'); // a UTF-8 name is itself
    expect(printablePath('a\nb\tc.txt')).toBe('a\\x0Ab\\x09c.txt');
  });
});
