// White space between the words of a deadline phrase is one gap however long it
// is: a text that was not squeezed (a title, a document's head, an aligned
// table row read as text) says "до 15      декабря" as a squeezed one says
// "до 15 декабря" (src/4-recognise/deadline/grammar.ts writes the gaps of its
// sticky patterns as \s* and \s+, which V8 also compiles several times faster
// than the bounded \s{0,3} they replace). The words before a phrase ("в срок
// до") are read by words-before.ts, up to three spaces apart, as before.
import { describe, expect, it } from 'vitest';
import { findDeadlines, planSchoolYear } from '../../src/4-recognise/deadline/index.js';

const find = (text: string) => findDeadlines(text, { documentDate: '2026-09-01' }).map((m) => [m.deadline.kind, m.deadline.start, m.deadline.end]);

describe('deadline phrases with long gaps', () => {
  it.each([
    ['Сдать отчёты не позднее 20        ноября    2026 г.', 'by', null, '2026-11-20'],
    ['Провести смотр с 5 \t\t по   9 октября 2026 года.', 'period', '2026-10-05', '2026-10-09'],
    ['Обновить планы в течение II      полугодия 2026/2027     учебного года.', 'period', '2027-01-01', '2027-05-31'],
    ['Заседания проводить     два     раза   в    месяц.', 'recurring', null, null],
  ])('%s', (text, kind, start, end) => {
    expect(find(text)).toEqual([[kind, start, end]]);
  });

  it('reads a plan title whose years are set apart by many spaces', () => {
    expect(planSchoolYear('ПЛАН  мероприятий   на   2026     -    2027   учебный год')).toBe(2026);
  });

  it('stays linear on a megabyte of white space after a number and after a marker word', () => {
    const MB = 1024 * 1024;
    for (const text of [`до 15${' '.repeat(MB)}x`, `в течение${'\t'.repeat(MB)}`, `I${' '.repeat(MB)}и II`]) {
      const started = performance.now();
      expect(find(text)).toEqual([]);
      // a budget that tells linear (well under a second) from quadratic (hours), not a benchmark
      expect(performance.now() - started).toBeLessThan(10_000);
    }
  });
});
