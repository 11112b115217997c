import { describe, expect, it } from 'vitest';
import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runCli } from '../support/cli.js';
import { PhraseIndex } from '../../src/6-entities/phrases.js';

const SEED = 'fixtures/seeds/000_e63f3ed35c16b4b3.txt';

function grammarsWith(file: string, edit: (data: any) => void): string {
  const dir = mkdtempSync(join(tmpdir(), 'resolve-grammars-'));
  cpSync('grammars', dir, { recursive: true });
  const path = join(dir, file);
  const data = JSON.parse(readFileSync(path, 'utf8'));
  edit(data);
  writeFileSync(path, JSON.stringify(data));
  return dir;
}

describe('entity grammars are data', () => {
  it('a word a methodist adds is recognised in every case', () => {
    const dir = grammarsWith('positions.json', (d) => d.heads.push({ name: 'звонарь' }));
    const r = runCli(['parse', '-'], { input: 'Выступление звонаря Иванова И.И. одобрено.', env: { RESOLVE_GRAMMARS: dir } });
    expect(r.status).toBe(0);
    expect(JSON.parse(r.stdout).people[0]).toMatchObject({ name: 'Иванов И.И.', role: 'звонарь', gender: 'male' });
  });

  it('a new organisation type and form are recognised', () => {
    const dir = grammarsWith('org-types.json', (d) => d.types.push({ type: 'ДХШ', abbreviations: ['ДХШ'], phrases: ['детская художественная школа'] }));
    const r = runCli(['parse', '-'], { input: 'Коллектив детской художественной школы № 3 г. Канска и ДХШ № 4.', env: { RESOLVE_GRAMMARS: dir } });
    expect(JSON.parse(r.stdout).organizations.map((o: { type: string; numbers: number[] }) => [o.type, o.numbers])).toEqual([
      ['ДХШ', [3]],
      ['ДХШ', [4]],
    ]);
  });

  it('a broken grammar is a one-line error naming the file and field, exit 2', () => {
    const dir = grammarsWith('org-types.json', (d) => (d.types[0].type = ''));
    const r = runCli(['parse', SEED], { env: { RESOLVE_GRAMMARS: dir } });
    expect(r.status).toBe(2);
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
    expect(r.stderr).toContain('grammars/org-types.json: types.0.type');
  });

  it('an abbreviation that expands to an unknown word is an error too', () => {
    const dir = grammarsWith('positions.json', (d) => d.abbreviations.push({ short: 'зм.', full: 'замок' }));
    const r = runCli(['parse', SEED], { env: { RESOLVE_GRAMMARS: dir } });
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/grammars\/positions\.json: abbreviations\.\d+\.full: зм\. expands to замок/);
  });
});

describe('PhraseIndex', () => {
  const index = new PhraseIndex(['мбоу', 'мбу до', 'зам.', 'детский сад']);
  it('finds the longest phrase at a word start, any white space between words', () => {
    expect(index.at('мбу  до цдик', 0)).toBe('мбу  до');
    expect(index.at('зам.директора', 0)).toBe('зам.');
    expect(index.at('детский\nсад', 0)).toBe('детский\nсад');
  });

  it('never inside or into a word', () => {
    expect(index.at('мбоуш', 0)).toBeNull();
    expect(index.at('омбоу', 1)).toBeNull();
    expect([...index.all('в мбоу и в детский сад')].map((m) => m.text)).toEqual(['мбоу', 'детский сад']);
  });
});
