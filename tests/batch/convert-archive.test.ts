// `resolve parse DIR --out OUTDIR` end to end, through the built command.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readFileSync, rmSync, symlinkSync, writeFileSync, truncateSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { execFileSync } from 'node:child_process';
import { runCli } from '../support/cli.js';
import { makeDocx, docxBlocksFromText } from '../support/docx.js';
import { toCp1251 } from '../support/cp1251.js';
import { OutputSchema } from '../../src/shared/schema/output.js';
import { IndexSchema } from '../../src/batch/index-file.js';
import { listFiles, seedText, tempDir, writeTree } from './archive.js';

let work: string;
let archive: string;

beforeAll(async () => {
  work = tempDir();
  archive = join(work, 'archive');
  writeTree(archive, {
    '2022/rez.txt': seedText(0),
    '2022/old-1251.txt': toCp1251(seedText(1)),
    '2023/protocol.md': seedText(2),
    '2023/page.html': `<html><body><h1>РЕЗОЛЮЦИЯ</h1><ol><li>Провести педсовет.</li></ol></body></html>`,
    '2023/word/resolution.docx': await makeDocx(docxBlocksFromText(seedText(3))),
    '2023/scan.pdf': '%PDF-1.4 not a document resolve reads',
    '.git/config': '[core]',
    '2023/.~lock.txt': 'hidden',
  });
});

afterAll(() => rmSync(work, { recursive: true, force: true }));

const readJson = (path: string) => JSON.parse(readFileSync(path, 'utf8'));

describe('resolve parse DIR --out OUTDIR', () => {
  it('mirrors the tree, one schema-valid JSON per document, and skips the rest', () => {
    const out = join(work, 'out-mirror');
    const r = runCli(['parse', 'archive', '--out', out], { cwd: work });
    expect(r.stderr).toMatch(/^resolve: документов: 5 — разобрано: 5, пропущено: 1, не разобрано: 0; за /);
    expect(r.status).toBe(0);
    expect(r.stdout).toBe('');
    expect(listFiles(out)).toEqual([
      '2022/old-1251.json',
      '2022/rez.json',
      '2023/page.json',
      '2023/protocol.json',
      '2023/word/resolution.json',
      'index.json',
    ]);
    const formats: Record<string, [string, string]> = {
      '2022/old-1251.json': ['text', 'windows-1251'],
      '2022/rez.json': ['text', 'utf-8'],
      '2023/page.json': ['html', 'utf-8'],
      '2023/protocol.json': ['markdown', 'utf-8'],
      '2023/word/resolution.json': ['docx', 'utf-8'],
    };
    for (const [file, [format, encoding]] of Object.entries(formats)) {
      const doc = OutputSchema.parse(readJson(join(out, file)));
      expect(doc.source.format, file).toBe(format);
      expect(doc.source.encoding, file).toBe(encoding);
    }
    // the windows-1251 file decodes to the same text as its UTF-8 original
    const cp = readJson(join(out, '2022/old-1251.json'));
    const utf = JSON.parse(runCli(['parse', join('fixtures/seeds', '001_e77e360ac022ffa0.txt')]).stdout);
    expect(cp.document).toEqual(utf.document);
    expect(cp.source.path).toBe('archive/2022/old-1251.txt');
  });

  it('writes index.json with every input: status, reason, encoding, counts and time', () => {
    const out = join(work, 'out-index');
    runCli(['parse', 'archive', '--out', out], { cwd: work });
    const index = IndexSchema.parse(readJson(join(out, 'index.json')));
    expect(index.summary).toMatchObject({ inputs: 6, ok: 5, reused: 0, skipped: 1, failed: 0 });
    const byPath = new Map(index.inputs.map((e) => [e.path, e]));
    expect(byPath.get('archive/2023/scan.pdf')).toMatchObject({ status: 'skipped', output: null, reason: expect.stringContaining('.pdf') });
    const docx = byPath.get('archive/2023/word/resolution.docx')!;
    expect(docx).toMatchObject({ status: 'ok', output: '2023/word/resolution.json', format: 'docx', encoding: 'utf-8' });
    // the counts are those of the written document
    for (const e of index.inputs.filter((i) => i.status === 'ok')) {
      const doc = readJson(join(out, e.output!));
      expect([e.tasks, e.people, e.organizations], e.path).toEqual([doc.tasks.length, doc.people.length, doc.organizations.length]);
    }
    expect(docx.people).toBeGreaterThan(0); // the seed names people: the count is real, not a default
    expect(docx.ms).toBeGreaterThan(0);
    expect(byPath.get('archive/2022/old-1251.txt')!.encoding).toBe('windows-1251');
    expect([...byPath.keys()].some((p) => p.includes('.git') || p.includes('.~lock'))).toBe(false);
  });

  it('gives the same outputs with --jobs 1 and --jobs 2', () => {
    const one = join(work, 'out-j1');
    const two = join(work, 'out-j2');
    expect(runCli(['parse', 'archive', '--out', one, '--jobs', '1'], { cwd: work }).status).toBe(0);
    expect(runCli(['parse', 'archive', '--out', two, '--jobs', '2'], { cwd: work }).status).toBe(0);
    for (const f of listFiles(one).filter((f) => f !== 'index.json')) {
      expect(readFileSync(join(two, f), 'utf8'), f).toBe(readFileSync(join(one, f), 'utf8'));
    }
  });

  it('reads quoted globs and several arguments, mirroring from their common folder', () => {
    const out = join(work, 'out-glob');
    const r = runCli(['parse', 'archive/**/*.md', 'archive/2022/rez.txt', '--out', out], { cwd: work });
    expect(r.status).toBe(0);
    expect(listFiles(out)).toEqual(['2022/rez.json', '2023/protocol.json', 'index.json']);
  });

  it('keeps a failed file from stopping the batch, reports it, and exits 1', async () => {
    const bad = join(work, 'bad');
    writeTree(bad, {
      'good.txt': seedText(2),
      'binary.txt': Buffer.from([0x7f, 0x45, 0x4c, 0x46, 0, 0, 0, 1, 2, 3, 0, 0]),
      'empty.md': '',
      'broken.docx': 'PK\u0003\u0004 definitely not a zip',
      'z-last.txt': seedText(0),
    });
    writeFileSync(join(bad, 'huge.txt'), '');
    truncateSync(join(bad, 'huge.txt'), 65 * 1024 * 1024); // sparse: costs no disk
    symlinkSync(join(bad, 'nowhere.txt'), join(bad, 'dangling.txt'));
    execFileSync('mkfifo', [join(bad, 'pipe.txt')]); // read blindly, a named pipe blocks forever
    symlinkSync(join(bad, 'pipe.txt'), join(bad, 'pipe-link.txt'));
    const out = join(work, 'out-bad');
    const r = runCli(['parse', bad, '--out', out, '--jobs', '2']);
    expect(r.status).toBe(1);
    const lines = r.stderr.trim().split('\n');
    expect(lines[lines.length - 1]).toMatch(/^resolve: документов: 8 — разобрано: 2, пропущено: 1, не разобрано: 6; за .*; подробности в .*index\.json$/);
    // one line per failure, with the file and the reason
    expect(lines.slice(0, -1).map((l) => l.replace(/^resolve: .*\/bad\//, '')).sort()).toEqual([
      expect.stringMatching(/^binary\.txt: это двоичный файл/),
      expect.stringMatching(/^broken\.docx: файл \.docx не читается/),
      expect.stringMatching(/^dangling\.txt: нет такого файла \(битая ссылка или файл удалён во время работы\)$/),
      expect.stringMatching(/^empty\.md: файл пуст/),
      expect.stringMatching(/^huge\.txt: 65\.0 MB слишком велик для одного документа \(предел 16\.0 MB\)/),
      expect.stringMatching(/^pipe-link\.txt: не обычный файл/),
    ]);
    const index = IndexSchema.parse(readJson(join(out, 'index.json')));
    const codes = Object.fromEntries(index.inputs.map((e) => [e.path.replace(/^.*\/bad\//, ''), e.code ?? e.status]));
    expect(codes).toEqual({
      'binary.txt': 'binary',
      'broken.docx': 'corrupt-docx',
      'dangling.txt': 'not-found',
      'empty.md': 'empty',
      'good.txt': 'ok',
      'huge.txt': 'too-large',
      'pipe-link.txt': 'not-a-file',
      'pipe.txt': 'not-a-file', // skipped by the walk: a named pipe
      'z-last.txt': 'ok',
    });
    expect(listFiles(out)).toEqual(['good.json', 'index.json', 'z-last.json']);
  });

  it.skipIf(process.getuid?.() === 0)('reports an unreadable file as "permission denied"', async () => {
    const { chmodSync } = await import('node:fs');
    const dir = join(work, 'perm');
    writeTree(dir, { 'locked.txt': seedText(0) });
    chmodSync(join(dir, 'locked.txt'), 0o000);
    const r = runCli(['parse', dir, '--out', join(work, 'out-perm')]);
    expect(r.status).toBe(1);
    expect(r.stderr).toContain('locked.txt: нет доступа');
  });

  it('rejects usage errors with exit 2 before writing anything', () => {
    const cases: [string[], RegExp][] = [
      [['parse', 'archive'], /это папка .*--out/],
      [['parse', 'archive', 'archive/2022/rez.txt'], /укажите --out ПАПКА/],
      [['parse', 'archive', '--out', 'o1', '--jobs', '0'], /--jobs: нужно целое число от 1 до 64, а не «0»/],
      [['parse', 'archive', '--out', 'o2', '--jobs', 'many'], /--jobs: нужно целое число/],
      [['parse', 'no-such-folder', '--out', 'o3'], /no-such-folder: нет такого файла или папки/],
      [['parse', 'archive/**/*.rtf', '--out', 'o4'], /ни один файл не подходит/],
      [['parse', 'archive', '--out', 'archive'], /это папка с документами/],
      [['parse', 'archive/2023', '--out', 'archive'], /в ней лежит папка с документами/],
      [['parse', 'archive', '--format', 'csv', '--out', 'o5'], /печатает в stdout/],
      [['parse', 'archive', '--format', 'xml'], /недопустимое значение/],
    ];
    for (const [args, message] of cases) {
      const r = runCli(args, { cwd: work });
      expect(r.status, args.join(' ')).toBe(2);
      expect(r.stderr, args.join(' ')).toMatch(message);
      expect(r.stderr.trim().split('\n'), args.join(' ')).toHaveLength(1);
    }
    for (const o of ['o1', 'o2', 'o3', 'o4', 'o5']) expect(existsSync(join(work, o))).toBe(false);
  });
});
