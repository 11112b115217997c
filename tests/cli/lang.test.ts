// One language for the users: help, usage and I/O errors, config errors and
// check's summaries come from one catalogue (src/messages/), Russian by
// default, English with --lang en or RESOLVE_LANG=en; ids stay English.
import { describe, expect, it } from 'vitest';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT, runCli } from '../support/cli.js';
import { UI_TEXT } from '../../src/messages/ui.js';
import { CHECK_HELP, COMMAND_HELP } from '../../src/messages/help.js';
import { RULE_TEXT } from '../../src/messages/rules.js';
import { RULES } from '../../src/check/rules/index.js';

const EN = { RESOLVE_LANG: 'en' };
const CYRILLIC = /[а-яё]/i;

describe('the language of help', () => {
  it.each([[['--help']], [['parse', '--help']], [['schema', '--help']], [['check', '--help']]])('%j: Russian by default, English with --lang en and RESOLVE_LANG=en', (args) => {
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

  it('the CLI and check code hold no user sentence of their own: their error messages come from the catalogue', () => {
    const dirs = ['src/cli', 'src/check', 'src/io'];
    const offenders: string[] = [];
    for (const dir of dirs) {
      for (const f of readdirSync(join(ROOT, dir), { recursive: true }) as string[]) {
        if (!f.endsWith('.ts')) continue;
        const text = readFileSync(join(ROOT, dir, f), 'utf8');
        // usageError / documentError / ResolveError with a literal message
        for (const m of text.matchAll(/(?:usageError|documentError)\('[\w-]+', ['`]/g)) offenders.push(`${dir}/${f}: ${text.slice(m.index, m.index + 60)}`);
      }
    }
    expect(offenders).toEqual([]);
  });
});
