// Years left out in a plan for a school year, and school-year phrases: the rules
// schoolYearMonth (calendar.ts yearOfMonth), schoolYearOfPlan and comingSchoolYearStart
// (build.ts spanOf), planSchoolYear (index.ts). The phrasings are our own.
import { describe, expect, it } from 'vitest';
import { findDeadlines, parseDeadline, planSchoolYear, type ParsedDeadline } from '../../src/4-recognise/deadline/index.js';

function parse(phrase: string, documentDate: string | null, schoolYear: number | null = null): ParsedDeadline {
  const d = parseDeadline(phrase, { documentDate, schoolYear });
  expect(d, phrase).not.toBeNull();
  return d!;
}
const span = (d: ParsedDeadline) => [d.kind, d.start, d.end];

describe('planSchoolYear: the school year a title plans for', () => {
  it.each([
    ['Календарный план воспитательной работы гимназии на 2031/2032 учебный год', 2031],
    ['ПЛАН МЕРОПРИЯТИЙ ПО ПРОФИЛАКТИКЕ ДТП НА 2029–2030 УЧ. ГОД', 2029],
    ['Циклограмма работы заместителя директора. 2030-2031 учебный год', 2030],
  ])('%s → %s', (title, year) => {
    expect(planSchoolYear(title)).toBe(year);
  });

  it.each([
    'Отчёт о самообследовании за 2030–2031 учебный год',
    'Протокол заседания методического совета № 4',
    'План работы библиотеки на 2030 год',
  ])('%s → none', (title) => {
    expect(planSchoolYear(title)).toBeNull();
  });
});

describe('schoolYearMonth: a month without a year in a plan for a school year', () => {
  it.each([
    // September–December: the first calendar year; January–August: the second
    ['не позднее 12 июня', 'by', null, '2031-06-12'],
    ['до 3 октября', 'by', null, '2030-10-03'],
    ['декабрь – февраль', 'period', '2030-12-01', '2031-02-28'],
    ['ноябрь', 'period', '2030-11-01', '2030-11-30'],
    ['10–24 марта', 'period', '2031-03-10', '2031-03-24'],
  ])('plan for 2030–2031 without a date: %s', (phrase, kind, start, end) => {
    expect(span(parse(phrase, null, 2030))).toEqual([kind, start, end]);
  });

  it('an August deadline of a plan signed in August is the August that ends its school year', () => {
    // by the document's date alone it would be the August already past
    expect(span(parse('до 28 августа', '2030-08-30', 2030))).toEqual(['by', null, '2031-08-28']);
    expect(span(parse('до 28 августа', '2030-08-30'))).toEqual(['by', null, '2030-08-28']);
  });

  it('a list of months spreads over the two calendar years', () => {
    const d = parse('сентябрь, февраль, май', null, 2030);
    expect(span(d)).toEqual(['period', '2030-09-01', '2031-05-31']);
  });

  it('a year written stays as written', () => {
    expect(span(parse('до 1 июля 2030 г.', null, 2030))).toEqual(['by', null, '2030-07-01']);
  });
});

describe('schoolYearOfPlan: "в течение года" in a plan for a school year', () => {
  it('is that school year', () => {
    expect(span(parse('в течение года', '2030-08-29', 2030))).toEqual(['period', '2030-09-01', '2031-08-31']);
    const [m] = findDeadlines('Вести журнал консультаций педагога-психолога в течение года.', { documentDate: null, schoolYear: 2030 });
    expect(m && span(m.deadline)).toEqual(['period', '2030-09-01', '2031-08-31']);
  });

  it('is the calendar year in a document that plans no school year', () => {
    expect(span(parse('в течение года', '2030-03-14'))).toEqual(['period', '2030-01-01', '2030-12-31']);
  });

  it('"в течение учебного года" is the plan\u2019s school year even without a date', () => {
    expect(span(parse('в течение учебного года', null, 2030))).toEqual(['period', '2030-09-01', '2031-08-31']);
  });
});

describe('comingSchoolYearStart: "к началу учебного года" is never a past one', () => {
  it.each([
    ['к началу учебного года', '2030-03-12', '2030-09-01'],
    ['до начала учебного года', '2030-08-20', '2030-09-01'],
    ['к началу учебного года', '2030-10-05', '2031-09-01'],
    ['не позднее начала учебного года', '2031-01-15', '2031-09-01'],
  ])('%s in a document of %s → by %s', (phrase, date, end) => {
    expect(span(parse(phrase, date))).toEqual(['by', null, end]);
  });

  it('"к концу учебного года" is the end of the one under way', () => {
    expect(span(parse('к концу учебного года', '2030-10-05'))).toEqual(['by', null, '2031-08-31']);
  });
});
