// Where a task's deadline comes from in a whole document: the school year of a
// plan's title, a deadline written once for several items. Phrasings are our own.
import { describe, expect, it } from 'vitest';
import { doc, structureOf } from './helpers.js';

const deadlines = (text: string) => structureOf(doc(text)).tasks.map((t) => t.deadline && [t.deadline.kind, t.deadline.start, t.deadline.end]);

describe('a plan\u2019s title gives the school year of its months', () => {
  it('months without a year fall in the school year the title names', () => {
    const text = `
    ПЛАН РАБОТЫ ШКОЛЬНОГО СПОРТИВНОГО КЛУБА НА 2030–2031 УЧЕБНЫЙ ГОД

    1. Провести осенний кросс (октябрь).
    2. Организовать лыжные соревнования – до 15 февраля.
    3. Подготовить отчёт о работе клуба до 25 августа.
    `;
    expect(deadlines(text)).toEqual([
      ['period', '2030-10-01', '2030-10-31'],
      ['by', null, '2031-02-15'],
      ['by', null, '2031-08-25'],
    ]);
  });
});
