// One language for the users: help, usage and I/O errors, config errors and
// check's summaries come from one catalogue (src/shared/messages/), Russian by
// default, English with --lang en or RESOLVE_LANG=en; ids stay English.
import { describe, expect, it } from 'vitest';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll } from 'vitest';
import { ROOT, runCli } from '../support/cli.js';
import { UI_TEXT } from '../../src/shared/messages/ui.js';
import { CHECK_HELP, COMMAND_HELP } from '../../src/shared/messages/help.js';
import { RULE_TEXT } from '../../src/shared/messages/rules.js';
import { RULES } from '../../src/8-check/rules/index.js';

const EN = { RESOLVE_LANG: 'en' };
const CYRILLIC = /[а-яё]/i;

describe('the language of help', () => {
  it.each([[['--help']], [['parse', '--help']], [['schema', '--help']], [['check', '--help']], [['report', '--help']]])('%j: Russian by default, English with --lang en and RESOLVE_LANG=en', (args) => {
    const ru = runCli(args);
    expect(ru.stdout).toMatch(/^Использование: resolve/);
    expect(ru.stdout).toContain('Параметры:');
    expect(ru.stdout).toContain('показать справку');
    for (const en of [runCli([...args, '--lang', 'en']), runCli(args, { env: EN })]) {
      expect(en.status).toBe(0);
      expect(en.stdout).toMatch(/^Usage: resolve/);
      expect(en.stdout).toContain('Options:');
      expect(en.stdout).toContain('display help for command');
    }
  });
});

describe('the language of errors', () => {
  it.each([
    [['check', 'no/such.txt'], 'no/such.txt: нет такого файла или папки', 'no/such.txt: no such file or folder'],
    [['parse', 'no-such.txt'], 'no-such.txt: нет такого файла', 'no-such.txt: no such file'],
    [['parse', 'x.txt', '--prety'], "неизвестный параметр '--prety' (может быть, --pretty?)", "unknown option '--prety' (Did you mean --pretty?)"],
    [['check', '--rule', 'numbring=off', 'x.txt'], '--rule: неизвестное правило «numbring» — может быть, «numbering»?', '--rule: unknown rule “numbring” — did you mean “numbering”?'],
    [['parse', 'a.txt', 'b.txt'], 'для нескольких файлов или папки укажите --out ПАПКА (или --format ndjson|csv, чтобы печатать в stdout)', 'several inputs or a folder need --out DIR (or --format ndjson|csv to print to stdout)'],
    [['parse', 'no-such-folder', '--out', 'never'], 'no-such-folder: нет такого файла или папки', 'no-such-folder: no such file or folder'],
    [['report', 'fixtures/seeds'], 'укажите, куда записать отчёт: -o ИМЯ.html', 'say where to write the report: -o NAME.html'],
  ])('%j', (args, ru, en) => {
    const r = runCli(args);
    expect(r.status).toBe(2);
    expect(r.stderr).toBe(`resolve: ${ru}\n`);
    expect(runCli(args, { env: EN }).stderr).toBe(`resolve: ${en}\n`);
  });

  it('check’s summary and failure line follow --lang; rule ids stay English', () => {
    const ru = runCli(['check', 'fixtures/check/bad.txt']);
    const en = runCli(['check', 'fixtures/check/bad.txt'], { env: EN });
    expect(ru.stderr).toMatch(/^resolve: проверка не пройдена: ошибок: 2/);
    expect(en.stderr).toMatch(/^resolve: check failed: 2 errors/);
    expect(en.stdout).toContain('duplicate-item');
    expect(en.stdout).not.toMatch(/Пункт|ошибка|предупр/);
  });
});

const work = mkdtempSync(join(tmpdir(), 'resolve-lang-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

describe('the language of check’s other texts', () => {
  it('a config error: Russian by default, English with RESOLVE_LANG=en', () => {
    const dir = join(work, 'config');
    mkdirSync(dir);
    writeFileSync(join(dir, 'resolve.config.json'), '{ "rules": { "numbering": "warning" } }');
    writeFileSync(join(dir, 'a.txt'), 'Провести педсовет.\n');
    const ru = runCli(['check', 'a.txt'], { cwd: dir });
    expect(ru.status).toBe(2);
    expect(ru.stderr).toMatch(/^resolve: resolve\.config\.json:1:27: правило «numbering»: "warning" — не уровень/);
    expect(runCli(['check', 'a.txt'], { cwd: dir, env: EN }).stderr).toMatch(/^resolve: resolve\.config\.json:1:27: rule “numbering”: "warning" is not a severity/);
  });

  it('the "could not be checked" line', () => {
    const dir = join(work, 'unreadable');
    mkdirSync(dir);
    writeFileSync(join(dir, 'a.txt'), Buffer.from([0x50, 0x4b, 0x03, 0x04, 0, 0, 0, 0, 1, 2, 3]));
    writeFileSync(join(dir, 'b.txt'), 'Провести педсовет.\n');
    const ru = runCli(['check', dir, '--format', 'json']);
    expect(ru.status).toBe(2);
    expect(ru.stderr.trim().split('\n').pop()).toBe('resolve: не удалось проверить файлов: 1');
    const en = runCli(['check', dir, '--format', 'json', '--lang', 'en']);
    expect(en.stderr.trim().split('\n').pop()).toBe('resolve: 1 file(s) could not be checked');
    expect(en.stderr).toContain('a.txt: this is a binary file');
  });

  it('SARIF: rule descriptions, help and messages in Russian by default, English with --lang en', () => {
    for (const [args, lang] of [[[], 'ru'], [['--lang', 'en'], 'en']] as const) {
      const run = JSON.parse(runCli(['check', 'fixtures/check/bad.txt', '--format', 'sarif', ...args]).stdout).runs[0];
      for (const rule of run.tool.driver.rules as { id: keyof typeof RULE_TEXT; shortDescription: { text: string }; help: { text: string } }[]) {
        expect(rule.shortDescription.text).toBe(RULE_TEXT[rule.id].description[lang]);
        if (lang === 'ru') expect(rule.help.text).toContain('Подробнее');
        else expect(rule.help.text).not.toContain('Подробнее');
      }
      const duplicate = run.results.find((r: { ruleId: string }) => r.ruleId === 'duplicate-item');
      expect(duplicate.message.text).toBe(RULE_TEXT['duplicate-item'].messages.duplicate[lang]);
    }
  });
});

describe('the language of the batch (parse --out): summary, failure lines, index.json reasons', () => {
  const archive = join(work, 'archive');
  mkdirSync(archive);
  writeFileSync(join(archive, 'good.txt'), readFileSync(join(ROOT, 'fixtures/seeds/002_27408a7706993244.txt')));
  writeFileSync(join(archive, 'scan.txt'), Buffer.from('%PDF-1.4\n%\xe2\xe3\xcf\xd3\n1 0 obj\n', 'latin1'));
  writeFileSync(join(archive, 'notes.rtf'), '{\\rtf1 x}');
  const index = (out: string) => JSON.parse(readFileSync(join(out, 'index.json'), 'utf8')) as { inputs: { path: string; code: string | null; reason: string | null }[] };

  it.each([['1'], ['2']])('--jobs %s: Russian by default, English with --lang en; codes stay English', (jobs) => {
    const ru = runCli(['parse', archive, '--out', join(work, `ru-${jobs}`), '--jobs', jobs]);
    expect(ru.status).toBe(1);
    const ruLines = ru.stderr.trim().split('\n');
    expect(ruLines[0]).toMatch(/^resolve: .*scan\.txt: это двоичный файл \(файл PDF\), а не текст/);
    expect(ruLines[1]).toMatch(/^resolve: документов: 2 — разобрано: 1, пропущено: 1, не разобрано: 1; за [\d.]+ с \([\d.]+ док\.\/с, [\d.]+ МБ\/с\); подробности в .*index\.json$/);

    const en = runCli(['parse', archive, '--out', join(work, `en-${jobs}`), '--jobs', jobs, '--lang', 'en']);
    expect(en.status).toBe(1);
    const enLines = en.stderr.trim().split('\n');
    expect(enLines[0]).toMatch(/^resolve: .*scan\.txt: this is a binary file \(a PDF file\), not a text document/);
    expect(enLines[1]).toMatch(/^resolve: 2 documents: 1 parsed, 1 skipped, 1 failed in [\d.]+ s \([\d.]+ files\/s, [\d.]+ MB\/s\); details in .*index\.json$/);

    const entries = (out: string) => Object.fromEntries(index(out).inputs.map((e) => [e.path.replace(/^.*\//, ''), [e.code, e.reason]]));
    expect(entries(join(work, `ru-${jobs}`))).toEqual({
      'good.txt': [null, null],
      'scan.txt': ['binary', expect.stringMatching(/^это двоичный файл/)],
      'notes.rtf': ['not-a-document', 'resolve не читает такие файлы (.rtf)'],
    });
    expect(entries(join(work, `en-${jobs}`))).toEqual({
      'good.txt': [null, null],
      'scan.txt': ['binary', expect.stringMatching(/^this is a binary file/)],
      'notes.rtf': ['not-a-document', 'not a document type resolve reads (.rtf)'],
    });
  });

  it('RESOLVE_LANG=en reaches the worker threads too', () => {
    const out = join(work, 'env-en');
    const r = runCli(['parse', archive, '--out', out, '--jobs', '2'], { env: EN });
    expect(r.stderr).toMatch(/scan\.txt: this is a binary file/);
    expect(index(out).inputs.find((e) => e.code === 'binary')!.reason).toMatch(/^this is a binary file/);
  });
});

describe('one catalogue', () => {
  it('every sentence has a Russian and an English text with the same placeholders', () => {
    const texts = [
      ...Object.values(UI_TEXT),
      ...Object.values(CHECK_HELP),
      ...Object.values(COMMAND_HELP),
      ...Object.values(RULE_TEXT).flatMap((r) => [r.description, ...Object.values(r.messages)]),
    ] as { ru: string; en: string }[];
    for (const t of texts) {
      expect(t.ru, t.en).toMatch(CYRILLIC);
      const holes = (s: string) => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
      expect(holes(t.en), t.en).toEqual(holes(t.ru));
    }
    // every rule is in it, and only rules
    expect(Object.keys(RULE_TEXT).sort()).toEqual(RULES.map((r) => r.meta.id).sort());
  });

  it('the CLI, check and batch code hold no user sentence of their own: their messages come from the catalogue', () => {
    const dirs = ['src/cli', 'src/8-check', 'src/io', 'src/batch'];
    // an error, an interruption, a skip or failure reason, or a progress line written as a literal
    const literal = /(?:(?:usageError|documentError)\('[\w-]+', |interruptedError\(\w+, |reason: |\.message\()['`][^'`\n]*?[a-zа-яё] [a-zа-яё]/gi;
    const offenders: string[] = [];
    for (const dir of dirs) {
      for (const f of readdirSync(join(ROOT, dir), { recursive: true }) as string[]) {
        if (!f.endsWith('.ts')) continue;
        const text = readFileSync(join(ROOT, dir, f), 'utf8');
        // usageError / documentError / ResolveError with a literal message
        for (const m of text.matchAll(literal)) offenders.push(`${dir}/${f}: ${text.slice(m.index, m.index + 60)}`);
      }
    }
    expect(offenders).toEqual([]);
  });
});
