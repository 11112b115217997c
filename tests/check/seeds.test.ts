// `resolve check` on the five real seed documents: every finding of the
// text-level rules, each verified by hand against the document (see the
// comments), and nothing else. The structure-dependent rules (deadlines,
// addressees, document date and title) are left out here: they are only as
// good as the structure stage that feeds them.
import { afterAll, describe, expect, it } from 'vitest';
import { copyFileSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runCli } from '../support/cli.js';

const TEXT_RULES = ['duplicate-item', 'numbering', 'unbalanced-quotes', 'repeated-word', 'glued-number'];
const STRUCTURE_OFF = ['deadline-missing', 'deadline-unparsed', 'deadline-invalid-date', 'deadline-year-unknown', 'deadline-before-adoption', 'addressee-missing', 'addressee-empty', 'document-date-missing', 'document-title-missing'].flatMap((id) => ['--rule', `${id}=off`]);

const tmp = mkdtempSync(join(tmpdir(), 'resolve-seeds-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

describe('check on the seeds', () => {
  it('finds exactly the true defects of the text-level rules', () => {
    const r = runCli(['check', 'fixtures/seeds', '--format', 'json', ...STRUCTURE_OFF]);
    const files = JSON.parse(r.stdout) as { path: string; diagnostics: { rule: string; line: number; column: number; message: string }[] }[];
    const found = files.flatMap((f) => f.diagnostics.map((d) => `${f.path.slice('fixtures/seeds/'.length, 3 + 'fixtures/seeds/'.length)} ${d.line}:${d.column} ${d.rule} ${d.message}`));
    expect(files.flatMap((f) => f.diagnostics).every((d) => TEXT_RULES.includes(d.rule))).toBe(true);
    expect(found).toEqual([
      // "СОШ№4 имени Г.К.Жукова" — no space before №
      '000 19:248 glued-number Знак № слит с предыдущим словом: «СОШ№4»',
      // «Форум «Флагманы … школы» … (Чернова …, СОШ№4 имени Г.К.Жукова»); — the closing » is inside the parentheses
      '000 19:270 unbalanced-quotes Кавычка » закрыта внутри скобок, открытых после неё: кавычки и скобки пересекаются',
      '000 21:98 glued-number Знак № слит с предыдущим словом: «СОШ№29»',
      // "Ващенко С.В., директор директор МАОУ …"
      '000 21:129 repeated-word Слово «директор» повторено дважды подряд',
      '000 21:160 glued-number Знак № слит с предыдущим словом: «СОШ№35»',
      // line 23 is a copy of line 21 in the same list of tracks
      '000 23:3 duplicate-item Пункт повторяет пункт этого же списка',
      '000 23:98 glued-number Знак № слит с предыдущим словом: «СОШ№29»',
      '000 23:129 repeated-word Слово «директор» повторено дважды подряд',
      '000 23:160 glued-number Знак № слит с предыдущим словом: «СОШ№35»',
      // line 19 holds a bare "1" with no dot, split from its heading on line 21; line 63 writes "2."
      '002 63:1 numbering Номер «2.» оформлен иначе, чем «1» в том же списке',
      // "1) … 2) … 3). Обобщить …"
      '003 41:1 numbering Номер «3).» оформлен иначе, чем «1)» в том же списке',
      // "МБОУ СОШ № 5г. Канска" (line 125 of the same document writes it right: "№ 5 г. Канска")
      '003 57:138 glued-number Число слито с сокращением: «5г. Канска»',
    ]);
    expect(r.status).toBe(1); // two errors in seed 000
  });

  it('--fix on a copy of seed 000 repairs what is safe and leaves the rest reported', () => {
    const file = join(tmp, '000.txt');
    copyFileSync('fixtures/seeds/000_e63f3ed35c16b4b3.txt', file);
    const before = readFileSync(file, 'utf8').split('\n');
    const r = runCli(['check', file, '--fix', '--format', 'json', ...STRUCTURE_OFF]);
    const after = readFileSync(file, 'utf8').split('\n');
    expect(after).toHaveLength(before.length);
    expect(after[20]).toBe('- Проектный офис «Строим школу Минпросвещения» (Кунаковская М.А., директор МАОУ МО Динской район СОШ №29, Ващенко С.В., директор МАОУ МО Динской район СОШ №35);');
    expect(after[18]).toContain('СОШ №4 имени Г.К.Жукова»);');
    // every other line is untouched
    const changed = before.map((l, i) => (l === after[i] ? null : i + 1)).filter((x) => x !== null);
    expect(changed).toEqual([19, 21, 23]);
    const left = JSON.parse(r.stdout)[0].diagnostics.map((d: { rule: string; line: number }) => `${d.line} ${d.rule}`);
    expect(left).toEqual(['19 unbalanced-quotes', '23 duplicate-item']);
  });
});
