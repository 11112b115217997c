import { describe, expect, it } from 'vitest';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT, runCli } from '../support/cli.js';
import { EXIT } from '../../src/shared/errors.js';

const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8'));

/** "  $ resolve parse X --pretty" lines of a help text, as argument lists. */
const examples = (help: string) =>
  [...help.matchAll(/^\s+\$ resolve (.+)$/gm)].map((m) => m[1]!.split(' | ')[0]!.split(' > ')[0]!.trim().split(/\s+/));

describe('resolve --version and --help', () => {
  it('--version prints the package version', () => {
    const r = runCli(['--version']);
    expect(r).toMatchObject({ status: 0, stderr: '', stdout: `${pkg.version}\n` });
  });

  it.each([[['--help']], [['parse', '--help']], [['schema', '--help']], [['help', 'parse']]])('%j: usage and real examples, exit 0', (args) => {
    const r = runCli(args);
    expect(r.status).toBe(0);
    expect(r.stdout).toMatch(/^Использование: resolve/);
    expect(r.stdout).toMatch(/Example|Пример/);
    expect(examples(r.stdout).length).toBeGreaterThan(0);
  });

  it('the examples that name a file of this repository work as shown', () => {
    const all = [...examples(runCli(['--help']).stdout), ...examples(runCli(['parse', '--help']).stdout)];
    const runnable = all.filter((args) => args.some((a) => a.startsWith('fixtures/') && existsSync(join(ROOT, a))));
    expect(runnable.length).toBeGreaterThan(0);
    for (const args of runnable) {
      const r = runCli(args);
      expect([args.join(' '), r.status, r.stderr]).toEqual([args.join(' '), 0, '']);
    }
  });

  it('the exit codes are in the help', () => {
    expect(runCli(['--help']).stdout).toMatch(/Коды выхода: 0 — готово, 1 — .*,\n2 — ошибка использования или ввода-вывода/);
    expect(runCli(['--help', '--lang', 'en']).stdout).toMatch(/Exit codes: 0 ok, 1 .*, 2 usage or I\/O error/);
  });

  it('every exit code is in the README table, and all but the internal one in parse --help', () => {
    const help = runCli(['parse', '--help']).stdout;
    const readme = readFileSync(join(ROOT, 'README.md'), 'utf8');
    const start = readme.indexOf('\n## Exit codes\n');
    expect(start).toBeGreaterThan(0);
    const table = readme.slice(start, readme.indexOf('\n## ', start + 1));
    for (const [name, code] of Object.entries(EXIT)) {
      expect(table, name).toMatch(new RegExp(`^\\| [^|]*\\b${code}\\b`, 'm'));
      if (name !== 'internal') expect(help, name).toMatch(new RegExp(`\\b${code}\\b`));
    }
  });

  it('the README’s `resolve check` table names every option of check --help, each beside its ESLint name, and no other', () => {
    const readme = readFileSync(join(ROOT, 'README.md'), 'utf8');
    const start = readme.indexOf('| `resolve check` | ESLint | what it does |');
    expect(start).toBeGreaterThan(-1);
    const rows = readme.slice(start, readme.indexOf('\n\n', start)).split('\n').slice(2);
    const cell = (row: string, i: number) => row.split(/(?<!\\)\|/)[i + 1]!;
    const options = (text: string) => new Set([...text.matchAll(/(?<![\w-])--?[a-z][\w-]*/g)].map((m) => m[0]));
    const inTable = new Set(rows.flatMap((r) => [...options(cell(r, 0))]));
    const help = options(runCli(['check', '--help', '--lang', 'en']).stdout.split('Examples:')[0]!);
    help.delete('-h');
    help.delete('--help');
    expect([...inTable].sort()).toEqual([...help].sort());
    // every row has an ESLint column: its name, or "(none)"
    for (const r of rows) expect(cell(r, 1).trim(), r).toMatch(/^(`[^`]+`(, `[^`]+`)*( \/ `[^`]+`)?|\(none\))$/);
  });
});
