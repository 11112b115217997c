// The grammar is data: an edit to grammars/deadlines.json changes what is understood,
// and a broken edit is reported with the file and the field.
import { mkdtempSync, readFileSync, writeFileSync, copyFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';

const real = join(import.meta.dirname, '../../grammars');
const saved = process.env.RESOLVE_GRAMMARS;
const dirs: string[] = [];

/** A copy of grammars/ with deadlines.json changed by `edit`; fresh modules read it. */
async function withGrammar(edit: (g: Record<string, unknown>) => void) {
  const dir = mkdtempSync(join(tmpdir(), 'resolve-grammars-'));
  dirs.push(dir);
  copyFileSync(join(real, 'months.json'), join(dir, 'months.json'));
  const data = JSON.parse(readFileSync(join(real, 'deadlines.json'), 'utf8')) as Record<string, unknown>;
  edit(data);
  writeFileSync(join(dir, 'deadlines.json'), JSON.stringify(data));
  process.env.RESOLVE_GRAMMARS = dir;
  vi.resetModules();
  return import('../../src/4-recognise/deadline/index.js');
}

afterEach(() => {
  if (saved === undefined) delete process.env.RESOLVE_GRAMMARS;
  else process.env.RESOLVE_GRAMMARS = saved;
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
  vi.resetModules();
});

describe('grammars/deadlines.json', () => {
  it('a phrase with a character beyond the Basic Multilingual Plane is understood as a whole (patterns compile without the u flag otherwise)', async () => {
    const after = await withGrammar((g) => {
      (g.ongoing as unknown[]).push({ phrase: 'в режиме 🔁', marked: true });
    });
    expect(after.parseDeadline('в режиме 🔁', { documentDate: null })?.kind).toBe('ongoing');
    expect(after.findDeadlines('Вести журнал в режиме 🔁 и до 1 марта 2025 г. 😀 сдать отчёт.', { documentDate: null }).map((m) => m.deadline.text)).toEqual([
      'в режиме 🔁',
      'до 1 марта 2025 г.',
    ]);
  });

  it('a phrase added to "ongoing" is understood', async () => {
    const before = await withGrammar(() => {});
    expect(before.parseDeadline('в штатном режиме', { documentDate: null })?.kind).toBe('unparsed');
    const after = await withGrammar((g) => {
      (g.ongoing as unknown[]).push({ phrase: 'в штатном режиме', marked: true });
    });
    expect(after.parseDeadline('в штатном режиме', { documentDate: null })?.kind).toBe('ongoing');
    expect(after.findDeadlines('Вести журнал в штатном режиме.', { documentDate: null }).map((m) => m.deadline.text)).toEqual([
      'в штатном режиме',
    ]);
  });

  it('a marker added to "by" is understood', async () => {
    const { parseDeadline } = await withGrammar((g) => {
      (g.markers as { role: string; marked: boolean; words: string[] }[]).push({ role: 'by', marked: true, words: ['не позже чем'] });
    });
    expect(parseDeadline('не позже чем 10.10.2024', { documentDate: null })).toMatchObject({ kind: 'by', end: '2024-10-10' });
  });

  it('a broken edit names the file and the field', async () => {
    const { parseDeadline } = await withGrammar((g) => {
      (g.markers as { role: string }[])[0]!.role = 'until';
    });
    let error: unknown = null;
    try {
      parseDeadline('до 10.10.2024', { documentDate: null });
    } catch (e) {
      error = e;
    }
    expect(error).toMatchObject({ name: 'ResolveError', exitCode: 2 });
    expect((error as Error).message).toMatch(/^grammars\/deadlines\.json: markers\.0\.role: /);
  });
});
