import { afterAll, describe, expect, it } from 'vitest';
import { mkdtempSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync, copyFileSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runCli } from '../support/cli.js';
import { RULES } from '../../src/8-check/rules/index.js';

const BAD = 'fixtures/check/bad.txt';
const GOOD = 'fixtures/check/good.txt';
// the document's date, title and addressees come from the structure stage; these tests are about the command
// (good.txt is clean with every rule on: tests/check/false-findings.test.ts)
const NO_DATE = ['--rule', 'document-date-missing=off', '--rule', 'document-title-missing=off', '--rule', 'addressee-missing=off'];

const tmpRoot = mkdtempSync(join(tmpdir(), 'resolve-check-'));
afterAll(() => rmSync(tmpRoot, { recursive: true, force: true }));
let n = 0;
const tmp = () => {
  const dir = join(tmpRoot, String(++n));
  mkdirSync(dir, { recursive: true });
  return dir;
};

interface JsonFile {
  path: string;
  errorCount: number;
  warningCount: number;
  diagnostics: { rule: string; severity: string; line: number; column: number; message: string }[];
}
const json = (stdout: string) => JSON.parse(stdout) as JsonFile[];
const found = (stdout: string) => json(stdout).flatMap((f) => f.diagnostics.map((d) => `${d.line}:${d.column} ${d.rule}`));

describe('resolve check: exit codes and formats', () => {
  it('exits 1 on a document with errors, stylish report by file with line:col, severity, message and rule id', () => {
    const r = runCli(['check', BAD, ...NO_DATE]);
    expect(r.status).toBe(1);
    const lines = r.stdout.split('\n');
    expect(lines[0]).toBe(BAD);
    expect(r.stdout).toMatch(/^ {2}19:3 +ошибка +Пункт повторяет пункт этого же списка +duplicate-item$/m);
    expect(r.stdout).toMatch(/^ {2}19:3 .*\n {9}↳ 17:3 первое упоминание$/m);
    expect(r.stdout).toMatch(/^ {2}11:21 +предупр\. +Слово «конкурс» повторено дважды подряд +repeated-word$/m);
    expect(r.stdout).toContain('✖ Проблем: 6 (ошибок: 2, предупреждений: 4)');
    expect(r.stderr.trim().split('\n')).toEqual(['resolve: проверка не пройдена: ошибок: 2, предупреждений: 4']);
  });

  it('exits 0 with nothing on stdout for a clean document', () => {
    const r = runCli(['check', GOOD, ...NO_DATE]);
    expect(r.status).toBe(0);
    expect(r.stdout).toBe('');
    expect(r.stderr).toBe('');
  });

  it('--format json gives every finding with its exact position', () => {
    const r = runCli(['check', BAD, ...NO_DATE, '--format', 'json']);
    expect(r.status).toBe(1);
    expect(found(r.stdout)).toEqual([
      '9:30 glued-number',
      '9:47 unbalanced-quotes',
      '11:21 repeated-word',
      '13:1 numbering',
      '13:47 glued-number',
      '19:3 duplicate-item',
    ]);
    const [file] = json(r.stdout);
    expect(file).toMatchObject({ path: BAD, errorCount: 2, warningCount: 4 });
  });

  it('--format github prints workflow commands', () => {
    const r = runCli(['check', BAD, ...NO_DATE, '--format', 'github']);
    const lines = r.stdout.trim().split('\n');
    expect(lines).toHaveLength(6);
    expect(lines).toContain('::error file=fixtures/check/bad.txt,line=19,col=3,endLine=19,endColumn=41,title=duplicate-item::Пункт повторяет пункт этого же списка');
    expect(lines[0]).toMatch(/^::warning file=fixtures\/check\/bad\.txt,line=9,col=30,/);
  });

  it('--max-warnings fails a run with only warnings when there are more of them', () => {
    const dir = tmp();
    writeFileSync(join(dir, 'w.txt'), 'Решение\n\nПровести конкурс конкурс.\n');
    expect(runCli(['check', dir, ...NO_DATE]).status).toBe(0);
    expect(runCli(['check', dir, ...NO_DATE, '--max-warnings', '1']).status).toBe(0);
    const r = runCli(['check', dir, ...NO_DATE, '--max-warnings', '0']);
    expect(r.status).toBe(1);
    expect(r.stderr).toContain('предупреждений 1, а допускается не больше 0');
    expect(runCli(['check', dir, '--max-warnings', 'many']).status).toBe(2);
  });

  it('--lang en speaks English; rule ids stay the same', () => {
    const r = runCli(['check', BAD, ...NO_DATE, '--lang', 'en']);
    expect(r.stdout).toMatch(/19:3 +error +This item repeats an item of the same list +duplicate-item/);
    expect(r.stdout).toContain('6 problems (2 errors, 4 warnings)');
    expect(r.stderr).toContain('check failed: 2 errors, 4 warnings');
  });

  it('--list-rules prints every rule with its default severity and description', () => {
    const r = runCli(['check', '--list-rules', '--lang', 'en']);
    expect(r.status).toBe(0);
    const lines = r.stdout.trim().split('\n');
    expect(lines).toHaveLength(RULES.length);
    expect(lines).toContain('numbering                 warn   Gaps, repeats or restarts in a numbered list, or labels written in mixed styles');
    expect(r.stdout).toMatch(/^glued-number +warn +A number glued .*\(--fix\)$/m);
    expect(r.stdout).toMatch(/^unbalanced-quotes +error /m);
    expect(runCli(['check', '--list-rules']).stdout).toMatch(/^repeated-word +warn +Слово, повторённое дважды подряд/m);
  });
});

describe('resolve check: inputs', () => {
  it('walks folders for .txt and .md, expands globs, and reads standard input as -', () => {
    const dir = tmp();
    mkdirSync(join(dir, 'sub'));
    mkdirSync(join(dir, '.hidden'));
    writeFileSync(join(dir, 'sub', 'a.md'), 'Провести конкурс конкурс.\n');
    writeFileSync(join(dir, 'b.txt'), 'СОШ№4\n');
    writeFileSync(join(dir, 'c.docx.bak'), 'конкурс конкурс');
    writeFileSync(join(dir, '.hidden', 'd.txt'), 'конкурс конкурс');
    const r = runCli(['check', dir, '--format', 'json', ...NO_DATE]);
    expect(json(r.stdout).map((f) => f.path)).toEqual([join(dir, 'b.txt'), join(dir, 'sub', 'a.md')]);
    const g = runCli(['check', `${dir}/**/*.md`, '--format', 'json', ...NO_DATE]);
    expect(json(g.stdout).map((f) => f.path)).toEqual([join(dir, 'sub', 'a.md')]);
    const s = runCli(['check', '-', '--format', 'json', ...NO_DATE], { input: 'Провести конкурс конкурс.\n' });
    expect(found(s.stdout)).toContain('1:18 repeated-word');
  });

  it('walks like the batch: .html and .docx in a folder are checked too, a symlink loop ends', () => {
    const dir = tmp();
    mkdirSync(join(dir, 'sub'));
    writeFileSync(join(dir, 'sub', 'a.txt'), 'Провести конкурс конкурс.\n');
    writeFileSync(join(dir, 'c.html'), '<p>Решение</p><p>Провести смотр смотр строя.</p>');
    symlinkSync(dir, join(dir, 'sub', 'loop'));
    const r = runCli(['check', dir, '--format', 'json', ...NO_DATE]);
    expect(r.status).toBe(0); // checked, nothing unreadable: the loop is not an error
    expect(json(r.stdout).map((f) => f.path)).toEqual([join(dir, 'c.html'), join(dir, 'sub', 'a.txt')]);
    expect(json(r.stdout)[0]!.diagnostics.map((d) => d.rule)).toEqual(['repeated-word']);
    // a .docx that is not one: reported on its own line, exit 2
    writeFileSync(join(dir, 'b.docx'), 'PK not really a docx');
    const d = runCli(['check', join(dir, 'b.docx')]);
    expect(d.status).toBe(2);
    expect(d.stderr.trim().split('\n')).toHaveLength(2);
    expect(d.stderr).toMatch(/b\.docx: /);
  });

  it('refuses a file of white space only, like parse, and still checks the others', () => {
    const dir = tmp();
    writeFileSync(join(dir, 'a.txt'), ' \r\n\t\u00A0\n');
    writeFileSync(join(dir, 'b.txt'), 'Провести конкурс конкурс.\n');
    const r = runCli(['check', dir, '--format', 'json', ...NO_DATE]);
    expect(r.status).toBe(2);
    expect(r.stderr).toContain('a.txt: в файле нет текста, только пробелы');
    expect(json(r.stdout).map((f) => f.path)).toEqual([join(dir, 'b.txt')]);
  });

  it('exits 2 for a missing file, an empty folder, a glob with no match, and no input at all', () => {
    const empty = tmp();
    for (const args of [['no/such.txt'], [empty], [`${empty}/*.txt`], []]) {
      const r = runCli(['check', ...args]);
      expect(r.status, args.join(' ')).toBe(2);
      expect(r.stderr.trim().split('\n')).toHaveLength(1);
    }
  });

  it('an unreadable (binary) file is reported on stderr, the others are still checked, exit 2', () => {
    const dir = tmp();
    writeFileSync(join(dir, 'a.txt'), Buffer.from([0x50, 0x4b, 0x03, 0x04, 0, 0, 0, 0, 1, 2, 3]));
    writeFileSync(join(dir, 'b.txt'), 'Провести конкурс конкурс.\n');
    const r = runCli(['check', dir, '--format', 'json', ...NO_DATE]);
    expect(r.status).toBe(2);
    expect(r.stderr).toContain('a.txt: это двоичный файл');
    expect(json(r.stdout).map((f) => f.path)).toEqual([join(dir, 'b.txt')]);
  });

  it('reports columns in the source even when the line has invisible characters (soft hyphens)', () => {
    const dir = tmp();
    writeFileSync(join(dir, 'a.txt'), 'Ди\u00ADрек\u00ADтор СОШ№4\n');
    const r = runCli(['check', dir, '--format', 'json', ...NO_DATE]);
    expect(found(r.stdout)).toEqual(['1:12 glued-number']);
  });
});

describe('resolve check: configuration', () => {
  it('finds resolve.config.json upward from the file; severities and options apply', () => {
    const dir = tmp();
    mkdirSync(join(dir, 'drafts', '2024'), { recursive: true });
    writeFileSync(join(dir, 'resolve.config.json'), JSON.stringify({ rules: { 'glued-number': 'off', 'repeated-word': ['error', { allow: ['ура'] }], 'document-date-missing': 'off', 'document-title-missing': 'off' } }));
    writeFileSync(join(dir, 'drafts', '2024', 'a.txt'), 'СОШ№4. Ура ура! Конкурс конкурс.\n');
    const r = runCli(['check', join(dir, 'drafts'), '--format', 'json']);
    expect(r.status).toBe(1);
    expect(json(r.stdout)[0]!.diagnostics.map((d) => `${d.column} ${d.rule} ${d.severity}`)).toEqual(['25 repeated-word error']);
  });

  it('--rule overrides the file and keeps its options; --config replaces the search', () => {
    const dir = tmp();
    writeFileSync(join(dir, 'resolve.config.json'), JSON.stringify({ rules: { 'repeated-word': ['error', { allow: ['ура'] }] } }));
    writeFileSync(join(dir, 'a.txt'), 'Ура ура! Конкурс конкурс.\n');
    const r = runCli(['check', join(dir, 'a.txt'), '--rule', 'repeated-word=warn', ...NO_DATE, '--format', 'json']);
    expect(r.status).toBe(0);
    expect(json(r.stdout)[0]!.diagnostics.map((d) => `${d.column} ${d.severity}`)).toEqual(['18 warning']);
    const other = join(tmp(), 'strict.json');
    writeFileSync(other, JSON.stringify({ rules: { 'document-date-missing': 'off', 'document-title-missing': 'off' } }));
    const c = runCli(['check', join(dir, 'a.txt'), '--config', other, '--format', 'json']);
    expect(json(c.stdout)[0]!.diagnostics.map((d) => d.column)).toEqual([5, 18]);
  });

  it('unknown rule ids, bad severities, bad options and broken JSON are usage errors (exit 2)', () => {
    const dir = tmp();
    writeFileSync(join(dir, 'a.txt'), 'текст\n');
    const cases: [string, string][] = [
      [JSON.stringify({ rules: { 'no-such-rule': 'warn' } }), 'неизвестное правило «no-such-rule»'],
      [JSON.stringify({ rules: { numbering: 'loud' } }), 'правило «numbering»: "loud" — не уровень'],
      [JSON.stringify({ rules: { numbering: ['warn', { colour: true }] } }), 'параметры правила «numbering»'],
      [JSON.stringify({ rulez: {} }), 'неизвестный ключ «rulez»'],
      ['{ "rules": ', 'resolve.config.json'],
    ];
    for (const [config, message] of cases) {
      writeFileSync(join(dir, 'resolve.config.json'), config);
      const r = runCli(['check', join(dir, 'a.txt')]);
      expect(r.status, config).toBe(2);
      expect(r.stderr, config).toContain(message);
      expect(r.stderr.trim().split('\n')).toHaveLength(1);
    }
    expect(runCli(['check', GOOD, '--rule', 'nope=warn']).stderr).toContain('--rule: неизвестное правило «nope»');
    expect(runCli(['check', GOOD, '--rule', 'numbering']).status).toBe(2);
    expect(runCli(['check', GOOD, '--config', join(dir, 'none.json')]).status).toBe(2);
  });
});

describe('resolve check: baseline', () => {
  it('accepted findings are ignored; a new finding still fails the build', () => {
    const dir = tmp();
    const doc = join(dir, 'a.txt');
    const baseline = join(dir, 'baseline.json');
    copyFileSync(BAD, doc);
    const w = runCli(['check', doc, '--write-baseline', baseline]);
    expect(w.status).toBe(0);
    // 6 text findings + addressee-missing for items 1, 2 and 4, which stand outside the addressee block
    // "Руководителям общеобразовательных организаций:" (the date is read, so no document-date-missing)
    expect(w.stderr).toContain('записано принятых замечаний: 9');
    const data = JSON.parse(readFileSync(baseline, 'utf8'));
    expect(data.findings[0]).toMatchObject({ file: 'a.txt', count: 1 });
    expect(runCli(['check', doc, '--baseline', baseline]).status).toBe(0);

    // lines move (a paragraph added above) and a new defect appears
    const text = readFileSync(doc, 'utf8').replace('Участники семинара', 'Новый абзац.\n\nУчастники семинара') + '- обеспечить обеспечить контроль.\n';
    writeFileSync(doc, text);
    const r = runCli(['check', doc, '--baseline', baseline, '--format', 'json']);
    expect(r.status).toBe(0); // the new finding is a warning
    expect(found(r.stdout)).toEqual(['22:14 repeated-word']);
    expect(runCli(['check', doc, '--baseline', join(dir, 'missing.json')]).status).toBe(2);
  });
});

describe('resolve check --fix', () => {
  const ORIGINAL = 'Решение\r\n\r\nПровести конкурс конкурс в МБОУ СОШ№4 и СОШ № 5г. Канска.\r\nКонкурс «Учитель года».\r\n';
  const FIXED = 'Решение\r\n\r\nПровести конкурс в МБОУ СОШ №4 и СОШ № 5 г. Канска.\r\nКонкурс «Учитель года».\r\n';

  it('fixes repeated words and glued numbers in place, keeping CRLF and UTF-8, and reports what is left', () => {
    const dir = tmp();
    const file = join(dir, 'a.txt');
    writeFileSync(file, `${ORIGINAL}- пункт;\n- пункт;\r\n`.replace('- пункт;\n', '- пункт;\r\n'));
    const r = runCli(['check', file, '--fix', ...NO_DATE, '--format', 'json']);
    expect(readFileSync(file, 'utf8')).toBe(`${FIXED}- пункт;\r\n- пункт;\r\n`);
    expect(found(r.stdout)).toEqual(['6:3 duplicate-item']); // not fixable: still reported
    expect(r.status).toBe(1);
  });

  it('keeps windows-1251 as windows-1251', async () => {
    const iconv = (await import('iconv-lite')).default;
    const dir = tmp();
    const file = join(dir, 'a.txt');
    // long enough for the single-byte detector to be sure
    const tail = 'Участники совещания рекомендуют руководителям образовательных организаций обеспечить участие педагогов в курсах повышения квалификации.\r\n';
    writeFileSync(file, iconv.encode(ORIGINAL + tail, 'windows-1251'));
    const r = runCli(['check', file, '--fix', ...NO_DATE]);
    expect(r.status).toBe(0);
    const bytes = readFileSync(file);
    expect(bytes.equals(iconv.encode(FIXED + tail, 'windows-1251'))).toBe(true);
  });

  it('writes nothing when there is nothing to fix', () => {
    const dir = tmp();
    const file = join(dir, 'a.txt');
    writeFileSync(file, 'Решение\r\n\r\n1. Пункт.\r\n3. Пункт три.\r\n');
    const before = statSync(file);
    const r = runCli(['check', file, '--fix', ...NO_DATE]);
    expect(r.status).toBe(0); // a numbering warning, not fixable
    expect(r.stdout).toContain('numbering');
    const after = statSync(file);
    expect(after.mtimeMs).toBe(before.mtimeMs);
    expect(after.ino).toBe(before.ino);
  });

  it('keeps a UTF-8 BOM and the file mode, and leaves no temporary file behind', () => {
    const dir = tmp();
    const file = join(dir, 'a.txt');
    writeFileSync(file, Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from('Провести конкурс конкурс.\n')]), { mode: 0o640 });
    runCli(['check', file, '--fix']);
    const bytes = readFileSync(file);
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(bytes.subarray(3).toString('utf8')).toBe('Провести конкурс.\n');
    expect(statSync(file).mode & 0o777).toBe(0o640);
    expect(readdirSync(dir)).toEqual(['a.txt']);
  });
});
