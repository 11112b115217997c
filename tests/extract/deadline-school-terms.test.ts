// School terms (четверти I–IV) and trimesters (1–3) as parts of the school year, read like
// quarters and half-years: whole months, from the month a term starts in to the month it
// ends in (grammars/deadlines.json, schoolYear; docs/deadlines.md). The phrasings are our own.
import { describe, expect, it } from 'vitest';
import { findDeadlines, parseDeadline, type DeadlineContext } from '../../src/4-recognise/deadline/index.js';

/** A document of 10 February 2031, in the middle of the 2030/2031 school year. */
const ctx: DeadlineContext = { documentDate: '2031-02-10' };
const span = (phrase: string, c: DeadlineContext = ctx) => {
  const d = parseDeadline(phrase, c)!;
  return [d.kind, d.start, d.end, d.problem];
};

describe('a term with its school year: the calendar year of each month follows the school year', () => {
  it.each([
    ['IV четверть 2030–2031 учебного года', '2031-04-01', '2031-05-31'],
    ['в I четверти 2031/32 уч. года', '2031-09-01', '2031-10-31'],
    ['первая четверть 2031-2032 учебного года', '2031-09-01', '2031-10-31'],
    ['во второй четверти 2030/2031 учебного года', '2030-11-01', '2030-12-31'],
    ['в течение 3-й четверти 2030-2031 уч. года', '2031-01-01', '2031-03-31'],
    ['в 3-ей четверти 2030/2031 учебного года', '2031-01-01', '2031-03-31'],
    ['I и III четверти 2030/2031 учебного года', '2030-09-01', '2031-03-31'],
    ['в 3-м триместре 2030/31 учебного года', '2031-03-01', '2031-05-31'],
    ['II триместр 2030–2031 учебного года', '2030-12-01', '2031-02-28'],
  ])('%s → %s..%s', (phrase, start, end) => {
    expect(span(phrase)).toEqual(['period', start, end, null]);
  });
});

describe('a term with a calendar year: the term that ends in that year', () => {
  it.each([
    // spring terms of 2031 …
    ['в III четверти 2031 г.', '2031-01-01', '2031-03-31'],
    ['в течение четвертой четверти 2031 года', '2031-04-01', '2031-05-31'],
    // … autumn ones of 2031, whichever school year that is
    ['I четверть 2031 г.', '2031-09-01', '2031-10-31'],
    ['2-я четверть 2031 г.', '2031-11-01', '2031-12-31'],
    // a span that crosses the new year starts the year before
    ['II–III четверти 2031 г.', '2030-11-01', '2031-03-31'],
    ['II триместр 2031 г.', '2030-12-01', '2031-02-28'],
    ['III–IV четверть 2031 года', '2031-01-01', '2031-05-31'],
  ])('%s → %s..%s', (phrase, start, end) => {
    expect(span(phrase)).toEqual(['period', start, end, null]);
  });

  it('a term and its year as a phrase of their own ("текущего года")', () => {
    expect(span('в IV четверти текущего года')).toEqual(['period', '2031-04-01', '2031-05-31', null]);
  });
});

describe('a term without a year', () => {
  it.each([
    // the next such term from the document's month
    ['в I четверти', '2031-09-01', '2031-10-31'],
    ['в 4-ю четверть', '2031-04-01', '2031-05-31'],
    ['первый триместр', '2031-09-01', '2031-11-30'],
  ])('%s in a document of 10 February 2031 → %s..%s', (phrase, start, end) => {
    expect(span(phrase)).toEqual(['period', start, end, null]);
  });

  it('in a plan for a school year, that school year\u2019s term', () => {
    expect(span('во II четверти', { ...ctx, schoolYear: 2030 })).toEqual(['period', '2030-11-01', '2030-12-31', null]);
  });

  it('in a document without a date, the year is unknown', () => {
    expect(span('в IV четверти', { documentDate: null })).toEqual(['unparsed', null, null, 'year-unknown']);
  });
});

describe('by the end or the start of a term', () => {
  it.each([
    ['до конца II четверти 2031 г.', '2031-12-31'],
    ['к окончанию третьей четверти', '2031-03-31'],
    ['к началу IV четверти', '2031-04-01'],
    ['не позднее окончания 1 триместра 2031/2032 учебного года', '2031-11-30'],
  ])('%s → by %s', (phrase, end) => {
    expect(span(phrase)).toEqual(['by', null, end, null]);
  });
});

describe('what is no term', () => {
  it.each(['V четверть 2031 г.', '4 триместр', 'на четверть', 'до конца четверти'])('%s → not understood', (phrase) => {
    expect(span(phrase)).toEqual(['unparsed', null, null, 'not-understood']);
  });

  it('a term range written backwards is an invalid date', () => {
    expect(span('III–II четверть 2031 г.')).toEqual(['unparsed', null, null, 'invalid-date']);
  });

  it('"четверть" as a fraction is no deadline', () => {
    for (const text of [
      'Сократить продолжительность перемены на четверть часа.',
      'Увеличить долю участников олимпиады на четверть.',
      'Не менее трёх четвертей учебного времени отводить практике.',
    ]) {
      expect(findDeadlines(text, ctx).filter((d) => /четверт/.test(d.deadline.text)), text).toEqual([]);
    }
  });

  it('"каждую четверть" stays a recurrence', () => {
    expect(parseDeadline('каждую четверть', ctx)).toMatchObject({ kind: 'recurring', frequency: 'quarter' });
    expect(parseDeadline('не реже одного раза в четверть', ctx)).toMatchObject({ kind: 'recurring', frequency: 'quarter' });
  });
});

describe('a term inside a task', () => {
  it.each([
    ['Провести неделю естественных наук в III четверти 2031 г. на базе гимназии.', 'в III четверти 2031 г.', 'period', '2031-03-31'],
    ['Завершить ремонт спортивного зала до конца I четверти 2031/2032 учебного года.', 'до конца I четверти 2031/2032 учебного года', 'by', '2031-10-31'],
    ['Организовать взаимопосещение уроков во второй четверти 2031 года.', 'во второй четверти 2031 года', 'period', '2031-12-31'],
  ])('%s', (text, phrase, kind, end) => {
    const d = findDeadlines(text, ctx)[0]?.deadline;
    expect([d?.text, d?.kind, d?.end]).toEqual([phrase, kind, end]);
  });
});
