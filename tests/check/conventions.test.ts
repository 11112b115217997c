// `resolve check` keeps the habits ESLint, markdownlint-cli2 and textlint users
// bring to CI (issue 15): output options, colour, quiet, dry-run fixes, stdin
// names, the configuration in force, ignoring, JSONC configs, --init.
import { afterAll, describe, expect, it } from 'vitest';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runCli } from '../support/cli.js';
import { makeDocx } from '../support/docx.js';
import { RULES } from '../../src/8-check/rules/index.js';

const root = mkdtempSync(join(tmpdir(), 'resolve-conv-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));
let n = 0;
const tmp = () => {
  const dir = join(root, String(++n));
  mkdirSync(dir, { recursive: true });
  return dir;
};
const ANSI = /\u001b\[/;
// a dated decision with one warning that --fix can fix (a word twice) and one error (an item repeated)
const DRAFT = ['РЕШЕНИЕ', 'от 12 февраля 2025 г.', '', '1. Провести конкурс конкурс чтецов.', '2. Обновить стенд.', '3. Обновить стенд.', ''].join('\n');
const WARN_ONLY = ['РЕШЕНИЕ', 'от 12 февраля 2025 г.', '', '1. Провести конкурс конкурс чтецов.', ''].join('\n');
const draftIn = (dir: string, text = DRAFT, name = 'draft.txt') => {
  const file = join(dir, name);
  writeFileSync(file, text);
  return file;
};
interface JsonFile {
  path: string;
  output?: string;
  diagnostics: { rule: string; severity: string; line: number; message: string }[];
}
const json = (s: string) => JSON.parse(s) as JsonFile[];
const rulesOf = (s: string) => json(s).flatMap((f) => f.diagnostics.map((d) => `${d.line} ${d.rule}`));

describe('output: -f, -o/--output-file, colour', () => {
  it('-f json -o FILE writes the report to the file (folders made) and nothing to stdout', () => {
    const dir = tmp();
    const out = join(dir, 'reports', 'check.json');
    const r = runCli(['check', draftIn(dir), '-f', 'json', '-o', out]);
    expect(r.status).toBe(1);
    expect(r.stdout).toBe('');
    expect(rulesOf(readFileSync(out, 'utf8'))).toEqual(['4 repeated-word', '6 duplicate-item']);
  });

  it('NO_COLOR turns colours off, --color and --no-color decide over it; a report file gets none', () => {
    const dir = tmp();
    const file = draftIn(dir);
    expect(runCli(['check', file], { env: { FORCE_COLOR: '1', NO_COLOR: '' } }).stdout).toMatch(ANSI);
    expect(runCli(['check', file], { env: { FORCE_COLOR: '1', NO_COLOR: '1' } }).stdout).not.toMatch(ANSI);
    expect(runCli(['check', file, '--no-color'], { env: { FORCE_COLOR: '1', NO_COLOR: '' } }).stdout).not.toMatch(ANSI);
    expect(runCli(['check', file, '--color'], { env: { FORCE_COLOR: '0', NO_COLOR: '1' } }).stdout).toMatch(ANSI);
    runCli(['check', file, '-o', join(dir, 'r.txt')], { env: { FORCE_COLOR: '1', NO_COLOR: '' } });
    expect(readFileSync(join(dir, 'r.txt'), 'utf8')).not.toMatch(ANSI);
    expect(readFileSync(join(dir, 'r.txt'), 'utf8')).toContain('duplicate-item');
  });
});

describe('--quiet and --max-warnings', () => {
  it('--quiet reports errors only', () => {
    const r = runCli(['check', draftIn(tmp()), '--quiet', '-f', 'json']);
    expect(rulesOf(r.stdout)).toEqual(['6 duplicate-item']);
    expect(r.status).toBe(1);
  });

  it('--quiet on a draft with only warnings prints nothing and passes; --max-warnings still counts them', () => {
    const file = draftIn(tmp(), WARN_ONLY);
    expect(runCli(['check', file, '--quiet'])).toMatchObject({ status: 0, stdout: '' });
    expect(runCli(['check', file, '--quiet', '--max-warnings', '0']).status).toBe(1);
  });

  it('--max-warnings -1 means no limit, as the help says; below -1 is a usage error', () => {
    const file = draftIn(tmp(), WARN_ONLY);
    expect(runCli(['check', file, '--max-warnings', '-1']).status).toBe(0);
    const bad = runCli(['check', file, '--max-warnings', '-2']);
    expect(bad.status).toBe(2);
    expect(bad.stderr.trim().split('\n')).toHaveLength(1);
    expect(bad.stderr).toContain("'-2'");
  });
});

describe('--fix and --fix-dry-run', () => {
  it('--fix-dry-run prints a diff and what it would fix, and writes nothing', () => {
    const dir = tmp();
    const file = draftIn(dir);
    const before = statSync(file);
    const r = runCli(['check', file, '--fix-dry-run']);
    expect(r.stdout).toContain(`--- a/${file}\n+++ b/${file}\n@@ -4 +4 @@\n-1. Провести конкурс конкурс чтецов.\n+1. Провести конкурс чтецов.\n`);
    expect(r.stderr).toContain(`${file}: будет исправлено: repeated-word (строка 4)`);
    expect(r.stdout).not.toContain('repeated-word'); // the report is of what is left
    expect(readFileSync(file, 'utf8')).toBe(DRAFT);
    expect(statSync(file).mtimeMs).toBe(before.mtimeMs);
  });

  it('--fix-dry-run -f json gives the fixed text as "output", like ESLint', () => {
    const file = draftIn(tmp());
    const [f] = json(runCli(['check', file, '--fix-dry-run', '-f', 'json']).stdout);
    expect(f!.output).toBe(DRAFT.replace('конкурс конкурс', 'конкурс'));
    expect(f!.diagnostics.map((d) => d.rule)).toEqual(['duplicate-item']);
  });

  it('--fix says once on stderr what it fixed, by rule and line', () => {
    const file = draftIn(tmp(), WARN_ONLY.replace('чтецов', 'чтецов в СОШ№4'));
    const r = runCli(['check', file, '--fix']);
    expect(r.stderr.trim().split('\n')).toEqual([`resolve: ${file}: исправлено: repeated-word (строка 4), glued-number (строка 4)`]);
    expect(readFileSync(file, 'utf8')).toContain('1. Провести конкурс чтецов в СОШ №4.');
  });
});

describe('standard input and the configuration in force', () => {
  it('--stdin-filename names "-" in the report and finds the config from there', () => {
    const dir = tmp();
    mkdirSync(join(dir, 'drafts'));
    writeFileSync(join(dir, 'drafts', 'resolve.config.json'), '{ "rules": { "duplicate-item": "off" } }');
    const name = join(dir, 'drafts', 'march.txt');
    const r = runCli(['check', '-', '--stdin-filename', name, '-f', 'json'], { input: DRAFT });
    expect(json(r.stdout).map((f) => f.path)).toEqual([name]);
    expect(rulesOf(r.stdout)).toEqual(['4 repeated-word']);
    expect(r.status).toBe(0);
  });

  it('--print-config FILE shows every rule as set for that file, --rule included, and the config’s path', () => {
    const dir = tmp();
    writeFileSync(join(dir, 'resolve.config.json'), '{ "rules": { "repeated-word": ["error", { "allow": ["ура"] }] }, "ignores": ["old/**"] }');
    const r = runCli(['check', '--print-config', join(dir, 'a.txt'), '--rule', 'numbering=off']);
    expect(r.status).toBe(0);
    const printed = JSON.parse(r.stdout);
    expect(printed.config).toBe(join(dir, 'resolve.config.json'));
    expect(printed.ignores).toEqual(['old/**']);
    expect(Object.keys(printed.rules)).toEqual(RULES.map((rule) => rule.meta.id));
    expect(printed.rules).toMatchObject({ numbering: 'off', 'repeated-word': ['error', { allow: ['ура'] }], 'duplicate-item': 'error' });
  });
});

describe('ignoring', () => {
  const tree = () => {
    const dir = tmp();
    mkdirSync(join(dir, 'drafts', 'old'), { recursive: true });
    for (const f of ['drafts/a.txt', 'drafts/old/b.txt', 'drafts/old/keep.txt']) writeFileSync(join(dir, f), WARN_ONLY);
    return dir;
  };
  const checked = (dir: string, ...args: string[]) => {
    const r = runCli(['check', ...args, '-f', 'json'], { cwd: dir });
    return { ...r, paths: r.status === 2 ? [] : json(r.stdout).map((f) => f.path) };
  };

  it('.resolveignore in gitignore syntax, with a negation', () => {
    const dir = tree();
    writeFileSync(join(dir, '.resolveignore'), '# old drafts\ndrafts/old/*\n!drafts/old/keep.txt\n');
    expect(checked(dir, 'drafts').paths).toEqual(['drafts/a.txt', 'drafts/old/keep.txt']);
  });

  it('"ignores" in the config, relative to the config’s folder', () => {
    const dir = tree();
    writeFileSync(join(dir, 'drafts', 'resolve.config.json'), '{ "ignores": ["old/"] }');
    expect(checked(dir, 'drafts').paths).toEqual(['drafts/a.txt']);
  });

  it('--ignore-pattern, and a "!"-negated path argument that excludes', () => {
    const dir = tree();
    expect(checked(dir, 'drafts', '--ignore-pattern', 'keep.txt').paths).toEqual(['drafts/a.txt', 'drafts/old/b.txt']);
    expect(checked(dir, 'drafts/**/*.txt', '!drafts/old/**').paths).toEqual(['drafts/a.txt']);
  });

  it('a file named on the command line but ignored is skipped with a note; everything ignored is an error', () => {
    const dir = tree();
    const named = runCli(['check', 'drafts/old/b.txt', '--ignore-pattern', 'old/'], { cwd: dir });
    expect(named).toMatchObject({ status: 0, stdout: '' });
    expect(named.stderr).toBe('resolve: drafts/old/b.txt: пропущен: подходит под шаблон игнорирования\n');
    const all = runCli(['check', 'drafts', '--ignore-pattern', '*.txt'], { cwd: dir });
    expect(all.status).toBe(2);
    expect(all.stderr).toMatch(/^resolve: check: все найденные файлы исключены/);
  });
});

describe('the configuration file', () => {
  const withConfig = (text: string, ...args: string[]) => {
    const dir = tmp();
    writeFileSync(join(dir, 'resolve.config.json'), text);
    draftIn(dir);
    return runCli(['check', 'draft.txt', ...args], { cwd: dir });
  };

  it('is JSON with comments and trailing commas', () => {
    const r = withConfig('// for the archive\n{\n  /* old drafts repeat items */\n  "rules": { "duplicate-item": "warn", },\n}\n', '-f', 'json');
    expect(r.stderr).toBe('');
    expect(json(r.stdout)[0]!.diagnostics.map((d) => `${d.rule} ${d.severity}`)).toEqual(['repeated-word warning', 'duplicate-item warning']);
  });

  it.each([
    ['{\n  "rules": {\n    "dupliate-item": "off"\n  }\n}', 'resolve.config.json:3:5: неизвестное правило «dupliate-item» — может быть, «duplicate-item»?'],
    ['{\n  "rules": { "numbering": "warning" }\n}', 'resolve.config.json:2:27: правило «numbering»: "warning" — не уровень; допустимы "error", "warn", "off" или ["warn", { …параметры }]'],
    ['{ "rules": { "glued-number": ["warn", { "x": 1 }] } }', 'resolve.config.json:1:39: правило «glued-number» не принимает параметров'],
    ['{ "rules": {}, "ignore": [] }', 'resolve.config.json:1:16: неизвестный ключ «ignore»; допустимы: $schema, rules, ignores'],
    ['{ "ignores": "old/**" }', 'resolve.config.json:1:14: «ignores» — список шаблонов путей'],
    ['{ "rules": { "numbering": "off" }', 'resolve.config.json:1:34: ошибка в записи JSON: CloseBraceExpected'],
  ])('%j: one line with file:line:column (exit 2)', (config, message) => {
    const r = withConfig(config);
    expect(r.status).toBe(2);
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
    expect(r.stderr).toContain(`resolve: ${message}`);
  });

  it('no near rule id: it says where the list is', () => {
    expect(withConfig('{ "rules": { "zzz": "off" } }').stderr).toContain('неизвестное правило «zzz» (список правил: resolve check --list-rules)');
  });

  it('--init writes a commented starter that loads as it is, and never overwrites', () => {
    const dir = tmp();
    const r = runCli(['check', '--init'], { cwd: dir });
    expect(r).toMatchObject({ status: 0, stdout: '', stderr: 'resolve: создан resolve.config.json\n' });
    const text = readFileSync(join(dir, 'resolve.config.json'), 'utf8');
    expect(text).toMatch(/^\/\/ Настройки resolve check/);
    for (const rule of RULES) expect(text).toContain(`"${rule.meta.id}": "${rule.meta.defaultSeverity}"`);
    draftIn(dir);
    const used = runCli(['check', 'draft.txt', '-f', 'json'], { cwd: dir });
    expect(used.stderr).toBe('resolve: проверка не пройдена: ошибок: 1, предупреждений: 1\n');
    expect(rulesOf(used.stdout)).toEqual(['4 repeated-word', '6 duplicate-item']);
    writeFileSync(join(dir, 'resolve.config.json'), '{}');
    expect(runCli(['check', '--init'], { cwd: dir }).status).toBe(2);
    expect(readFileSync(join(dir, 'resolve.config.json'), 'utf8')).toBe('{}');
  });
});

describe('Word and HTML drafts', () => {
  it('a .docx is checked; findings name the item and its first words and the line of parse --text', async () => {
    const dir = tmp();
    const file = join(dir, 'plan.docx');
    writeFileSync(
      file,
      await makeDocx([
        { kind: 'paragraph', text: 'РЕШЕНИЕ' },
        { kind: 'paragraph', text: 'от 12 февраля 2025 г.' },
        { kind: 'numbered', text: 'Провести конкурс конкурс чтецов среди учащихся.' },
        { kind: 'numbered', text: 'Обновить стенд.' },
      ]),
    );
    const r = runCli(['check', file, '-f', 'json']);
    const [d] = json(r.stdout)[0]!.diagnostics;
    expect(d!.rule).toBe('repeated-word');
    expect(d!.message).toBe(`Слово «конкурс» повторено дважды подряд (пункт 1 «Провести конкурс конкурс чтецов среди учащихся.…»; строка ${d!.line} в resolve parse --text)`);
    const text = runCli(['parse', file, '--text']);
    expect(text.stdout.split('\n')[d!.line - 1]).toMatch(new RegExp(`^ *${d!.line}\\t1\\. Провести конкурс конкурс`));
  });

  it('a .docx saved by LibreOffice: a nested item is named by its full number, a paragraph by its count from the top', () => {
    // fixtures/docx/libreoffice/metodsovet-draft-defects.fodt: a title with a line break, a details line, then
    // "Заслушав … совет совет решил:" and a LibreOffice list 1. / 1.1. / 1.2. / 2. / 3.
    const file = 'fixtures/docx/libreoffice/metodsovet-draft-defects.docx';
    const r = runCli(['check', file, '-f', 'json']);
    const found = json(r.stdout)[0]!.diagnostics.map((d) => [d.rule, d.line, d.message.replace(/^[^(]*\(/, '(')]);
    expect(found).toEqual([
      ['repeated-word', 6, '(абзац 3 «Заслушав информацию заместителя директора по НМР,…»; строка 6 в resolve parse --text)'],
      ['repeated-word', 10, '(пункт 1.1 «провести провести заседания по итогам первого…»; строка 10 в resolve parse --text)'],
      ['unbalanced-quotes', 16, '(пункт 3 «Заместителю директора по НМР Соловьёвой А.…»; строка 16 в resolve parse --text)'],
    ]);
    // the line named is the item's line of the converted text, its label as LibreOffice numbers it
    const text = runCli(['parse', file, '--text']).stdout.split('\n');
    expect(text[9]).toMatch(/^ *10\t1\.1\. провести провести заседания/);
    expect(text[15]).toMatch(/^ *16\t3\. Заместителю директора/);
  });

  it('--fix leaves a .docx alone and says so', async () => {
    const dir = tmp();
    const file = join(dir, 'plan.docx');
    const bytes = await makeDocx([{ kind: 'paragraph', text: 'Провести конкурс конкурс.' }]);
    writeFileSync(file, bytes);
    const r = runCli(['check', file, '--fix']);
    expect(r.stderr).toContain(`${file}: не исправлено: --fix правит только текст (.txt, .md), а это docx`);
    expect(readFileSync(file).equals(bytes)).toBe(true);
    expect(existsSync(file)).toBe(true);
  });
});
