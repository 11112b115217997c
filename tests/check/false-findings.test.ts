// Findings `resolve check` must not make, and ones it must make, on drafts as
// methodists write them (issue 15). Each rule change is tested on phrasings of
// our own, which appear in no fixture.
import { afterAll, describe, expect, it } from 'vitest';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { addressee, deadline, docOf, runRule, task } from '../support/check-doc.js';
import { runCli } from '../support/cli.js';

const dir = mkdtempSync(join(tmpdir(), 'resolve-false-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
let n = 0;
function check(text: string, ...args: string[]): { status: number | null; found: string[] } {
  const file = join(dir, `draft${++n}.txt`);
  writeFileSync(file, text);
  const r = runCli(['check', file, '--format', 'json', ...args]);
  expect(r.stderr).not.toMatch(/internal/);
  const files = JSON.parse(r.stdout) as { diagnostics: { rule: string; line: number }[] }[];
  return { status: r.status, found: files[0]!.diagnostics.map((d) => `${d.line} ${d.rule}`) };
}

describe('the sample of a good draft', () => {
  it('fixtures/check/good.txt is clean with every rule at its default', () => {
    const r = runCli(['check', 'fixtures/check/good.txt']);
    expect(r.stdout).toBe('');
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
  });
});

describe('addressee-missing: an addressee named inside one item charges that item only', () => {
  const text = ['1. Провести родительское собрание.', '2. Предложить классным руководителям подготовить отчёты.', '3. Организовать выставку.'].join('\n');
  const tasks = [task(1, { number: '1' }), task(2, { number: '2', addresseeIds: ['a1'] }), task(3, { number: '3' })];

  it('is silent when the only addressee stands inside an item', () => {
    expect(runRule('addressee-missing', docOf(text, { tasks, addressees: [addressee('a1', 2, 'классным руководителям')] }))).toEqual([]);
  });

  it('still reports when the document has an addressee header above its tasks', () => {
    const withHeader = `Заместителям директора:\n${text}`;
    const shifted = [task(2, { number: '1' }), task(3, { number: '2', addresseeIds: ['a1'] }), task(4, { number: '3', addresseeIds: ['a2'] })];
    const heads = [addressee('a1', 3, 'классным руководителям'), addressee('a2', 1, 'Заместителям директора')];
    expect(runRule('addressee-missing', docOf(withHeader, { tasks: shifted, addressees: heads })).map((d) => d.line)).toEqual([2]);
  });
});

describe('deadline-missing: a task done when the need arises asks for no date', () => {
  const lines = ['1. Сдать планы до 10.04.2024.', '2. Провести педсовет до 20.05.2024.', '3. Консультировать родителей по мере поступления обращений.', '4. Выезжать в школы по запросам руководителей.', '5. Обновить стенд.'];
  // as the parser reads them: the on-demand phrases are conditional deadlines (grammars/deadlines.json "conditional")
  const conditional = (line: number, text: string) => deadline(line, text, { kind: 'unparsed', problem: 'conditional' });
  const deadlines = [deadline(1, 'до 10.04.2024', { end: '2024-04-10' }), deadline(2, 'до 20.05.2024', { end: '2024-05-20' }), conditional(3, 'по мере поступления'), conditional(4, 'по запросам')];
  const tasks = lines.map((l, i) => task(i + 1, { number: String(i + 1), text: l.slice(3), deadline: deadlines[i] ?? null }));

  it('reports only the task with neither a date nor an on-demand phrase', () => {
    expect(runRule('deadline-missing', docOf(lines.join('\n'), { tasks })).map((d) => d.line)).toEqual([5]);
  });

  it('does not count on-demand tasks: two dated of three ordinary ones is still most', () => {
    const fewer = tasks.slice(0, 4);
    expect(runRule('deadline-missing', docOf(lines.slice(0, 4).join('\n'), { tasks: fewer }))).toEqual([]);
  });

  it('the rule reads the deadline, not the words: a phrase the parser did not take as a condition counts', () => {
    const odd = [...tasks.slice(0, 2), task(3, { number: '3', text: 'Изучить материалы по запросуемым темам.' })];
    expect(runRule('deadline-missing', docOf(lines.slice(0, 3).join('\n'), { tasks: odd })).map((d) => d.line)).toEqual([3]);
  });
});

describe('deadline-before-adoption: only a year the writer wrote can be wrong', () => {
  const text = '1. Подготовить кабинеты до конца учебного года.\n2. Сдать отчёт до 01.02.2024.\n3. Сдать смету до 15.01.24.';
  const tasks = [
    task(1, { number: '1', deadline: deadline(1, 'до конца учебного года', { end: '2023-05-31' }) }),
    task(2, { number: '2', deadline: deadline(2, 'до 01.02.2024', { end: '2024-02-01' }) }),
    task(3, { number: '3', deadline: deadline(3, 'до 15.01.24', { end: '2024-01-15' }) }),
  ];
  it('reports the dated deadlines before the document’s date, not the one whose year was inferred', () => {
    const found = runRule('deadline-before-adoption', docOf(text, { tasks, document: { date: '2024-03-15' } }));
    expect(found.map((d) => d.line)).toEqual([2, 3]);
  });
});

describe('resolve check on a March draft', () => {
  const draft = [
    'РЕШЕНИЕ',
    'методического совета',
    '',
    '14 марта 2025 г.',
    '',
    '1. Подготовить кабинеты к началу учебного года.',
    '2. Сдать аналитические справки до 1 апреля 2025 г.',
    '3. Провести открытые уроки до 25 апреля 2025 г.',
    '4. Оказывать методическую помощь молодым учителям по мере необходимости.',
    '5. Обновить перечень учебников до 5 мая 2025 г.',
    '',
  ].join('\n');

  it('"к началу учебного года" is no error, the on-demand item no warning: the draft is clean', () => {
    const r = check(draft);
    expect(r.found).toEqual([]);
    expect(r.status).toBe(0);
  });

  it('a deadline whose written year lies before the document’s date is still an error', () => {
    const r = check(draft.replace('до 5 мая 2025 г.', 'до 5 мая 2024 г.'));
    expect(r.found).toEqual(['10 deadline-before-adoption']);
    expect(r.status).toBe(1);
  });
});

// A date line "от 15.03.2024 № 12" under the title, or "Протокол № 3 от
// 15.03.2024": the parser reads these as the document's date (5-structure/title.ts
// titleDate, document-date.ts leadingDate), so `check` finds the deadline before adoption.
describe('the document’s date on a line of its own or after the number', () => {
  const items = '\n\n1. Представить отчёт о работе до 01.02.2024.\n2. Провести семинар до 10.04.2024.\n';
  it('with a date the parser reads, the deadline before it is the one finding', () => {
    expect(check(`РЕШЕНИЕ\nпедагогического совета\n15.03.2024 г.${items}`).found).toEqual(['5 deadline-before-adoption']);
  });
  it('"от 15.03.2024 № 12" under the title: a date, and the deadline before it is reported', () => {
    expect(check(`РЕШЕНИЕ\nпедагогического совета\nот 15.03.2024 № 12${items}`).found).toEqual(['5 deadline-before-adoption']);
  });
  it('"Протокол № 3 от 15.03.2024": a date, and the deadline before it is reported', () => {
    expect(check(`Протокол № 3 от 15.03.2024\nсовещания заместителей директоров${items}`).found).toEqual(['4 deadline-before-adoption']);
  });
});
