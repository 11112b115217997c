// parseDeadline: a whole phrase known to be a deadline ("Срок исполнения: …", a Срок cell).
// Phrasings are our own unless a test says it is a seed's; every kind has three or more.
import { describe, expect, it } from 'vitest';
import { parseDeadline, type ParsedDeadline } from '../../src/4-recognise/deadline/index.js';
import { DeadlineSchema } from '../../src/shared/schema/output.js';

/** A document dated 7 November 2023 unless a test says otherwise. */
function parse(phrase: string, documentDate: string | null = '2023-11-07'): ParsedDeadline {
  const d = parseDeadline(phrase, { documentDate });
  expect(d, phrase).not.toBeNull();
  // every result is a valid Deadline once the caller adds the line
  expect(DeadlineSchema.safeParse({ ...d, line: 1 }).success).toBe(true);
  return d!;
}

const span = (d: ParsedDeadline) => [d.kind, d.start, d.end, d.problem];

describe('parseDeadline: by (no later than a day)', () => {
  it.each([
    ['до 15 мая 2024 года', '2024-05-15'],
    ['не позднее 01.12.2023', '2023-12-01'],
    ['не позже 20.04.2024 г.', '2024-04-20'],
    ['в срок до 10.09.2024', '2024-09-10'],
    ['в срок не позднее 25 декабря 2023 г.', '2023-12-25'],
    ['до «15» июня 2024 г.', '2024-06-15'],
    ['к 1 сентября 2024 г.', '2024-09-01'],
    ['до 5.02.24', '2024-02-05'],
    ['по 31.12.2024', '2024-12-31'],
  ])('%s → by %s', (phrase, end) => {
    expect(span(parse(phrase))).toEqual(['by', null, end, null]);
  });

  it.each([
    ['до конца 2024 года', '2024-12-31'],
    ['до конца декабря 2023 г.', '2023-12-31'],
    ['до конца I квартала 2024 года', '2024-03-31'],
    ['к концу первого полугодия 2024 г.', '2024-06-30'],
    ['до окончания 2023-2024 учебного года', '2024-08-31'],
  ])('%s → by the last day: %s', (phrase, end) => {
    expect(span(parse(phrase))).toEqual(['by', null, end, null]);
  });

  it.each([
    ['до начала 2024/25 учебного года', '2024-09-01'],
    ['к началу 2025 года', '2025-01-01'],
    ['к 2024-2025 учебному году', '2024-09-01'],
  ])('%s → by the first day: %s', (phrase, end) => {
    expect(span(parse(phrase))).toEqual(['by', null, end, null]);
  });

  it.each([
    ['до 25.12', '2023-12-25'],
    ['не позднее 05.02', '2024-02-05'],
    ['в срок до 15.11', '2023-11-15'],
  ])('%s (a day and month) → by %s, the year from the document', (phrase, end) => {
    expect(span(parse(phrase))).toEqual(['by', null, end, null]);
  });

  it('reads "до <year>" as by the end of that year (the inclusive reading of "на период до 2030 года")', () => {
    expect(span(parse('до 2026 года'))).toEqual(['by', null, '2026-12-31', null]);
    expect(span(parse('до декабря 2024 г.'))).toEqual(['by', null, '2024-12-31', null]);
  });
});

describe('parseDeadline: date (on one day)', () => {
  it.each([
    ['15.10.2024', '2024-10-15'],
    ['3.04.24', '2024-04-03'],
    ['05/11/2023', '2023-11-05'],
    ['2024-03-12', '2024-03-12'],
    ['12 марта 2024 г.', '2024-03-12'],
    ['«30» сентября 2023 года', '2023-09-30'],
    ['1-го октября 2024 года', '2024-10-01'],
    ['20.10.2023 г.', '2023-10-20'],
    ['1 сент. 2024', '2024-09-01'],
  ])('%s → %s', (phrase, day) => {
    expect(span(parse(phrase))).toEqual(['date', day, day, null]);
  });
});

describe('parseDeadline: period (within a span)', () => {
  it.each([
    // months, in the cases they are written in
    ['ноябрь 2024 г.', '2024-11-01', '2024-11-30'],
    ['в феврале 2024 года', '2024-02-01', '2024-02-29'],
    ['в течение марта 2024 г.', '2024-03-01', '2024-03-31'],
    ['Январь, 2025', '2025-01-01', '2025-01-31'],
    // month ranges sharing a year, and across a year's end
    ['октябрь–ноябрь 2024 г.', '2024-10-01', '2024-11-30'],
    ['в апреле - мае 2024 года', '2024-04-01', '2024-05-31'],
    ['ноябрь 2023 — февраль 2024 г.', '2023-11-01', '2024-02-29'],
    ['с октября по декабрь 2024 г.', '2024-10-01', '2024-12-31'],
    ['с января 2024 г. по май 2024 г.', '2024-01-01', '2024-05-31'],
    ['декабрь – март 2024 г.', '2023-12-01', '2024-03-31'],
    // day ranges
    ['с 10 по 20 октября 2024 года', '2024-10-10', '2024-10-20'],
    ['с 01.10.2024 по 15.11.2024', '2024-10-01', '2024-11-15'],
    ['15–25 января 2024 г.', '2024-01-15', '2024-01-25'],
    // quarters and half-years, roman, digits and words
    ['II квартал 2024 г.', '2024-04-01', '2024-06-30'],
    ['в IV квартале 2023 года', '2023-10-01', '2023-12-31'],
    ['3-й квартал 2024 года', '2024-07-01', '2024-09-30'],
    ['в течение четвертого квартала 2024 г.', '2024-10-01', '2024-12-31'],
    ['во втором полугодии 2024 года', '2024-07-01', '2024-12-31'],
    ['I полугодие 2025 г.', '2025-01-01', '2025-06-30'],
    ['2 полугодие 2023 года', '2023-07-01', '2023-12-31'],
    ['III–IV квартал 2024 г.', '2024-07-01', '2024-12-31'],
    ['в течение 1-2 квартала 2025 года', '2025-01-01', '2025-06-30'],
    ['2-3 кв. 2024', '2024-04-01', '2024-09-30'],
    // a year, years
    ['в течение 2024 года', '2024-01-01', '2024-12-31'],
    ['2025 год', '2025-01-01', '2025-12-31'],
    ['в 2024 г.', '2024-01-01', '2024-12-31'],
    ['2024–2026 гг.', '2024-01-01', '2026-12-31'],
    ['в 2024-2025 годах', '2024-01-01', '2025-12-31'],
    // a school year: 1 September – 31 August
    ['в течение 2023-2024 учебного года', '2023-09-01', '2024-08-31'],
    ['2024/25 учебный год', '2024-09-01', '2025-08-31'],
    ['в 2024/2025 учебном году', '2024-09-01', '2025-08-31'],
    ['2024 – 2025 уч. год', '2024-09-01', '2025-08-31'],
    ['2023/24', '2023-09-01', '2024-08-31'],
    // a dash and no word: calendar years, which hold the school year too
    ['2024-2025', '2024-01-01', '2025-12-31'],
    // a half of a school year is its semester
    ['I полугодие 2024-2025 учебного года', '2024-09-01', '2024-12-31'],
    ['во втором полугодии 2023/24 учебного года', '2024-01-01', '2024-05-31'],
    // several months or days: the span from the first to the last
    ['сентябрь, декабрь 2024 г.', '2024-09-01', '2024-12-31'],
    ['10 и 24 октября 2024 г.', '2024-10-10', '2024-10-24'],
  ])('%s → %s..%s', (phrase, start, end) => {
    expect(span(parse(phrase))).toEqual(['period', start, end, null]);
  });
});

describe('parseDeadline: ongoing (no end)', () => {
  it.each([
    'постоянно',
    'Систематически',
    'регулярно;',
    'в течение всего периода',
    'на протяжении всего периода',
    'на постоянной основе',
    'в постоянном режиме',
    'бессрочно',
  ])('%s', (phrase) => {
    expect(span(parse(phrase))).toEqual(['ongoing', null, null, null]);
  });
});

describe('parseDeadline: recurring', () => {
  it.each([
    ['ежегодно', 'year'],
    ['Ежеквартально', 'quarter'],
    ['ежемесячно', 'month'],
    ['еженедельно', 'week'],
    ['ежедневно', 'day'],
    ['каждый год', 'year'],
    ['раз в квартал', 'quarter'],
    ['1 раз в месяц', 'month'],
    ['два раза в год', '2/year'],
    ['3 раза в год', '3/year'],
    ['раз в полугодие', '2/year'],
    ['2 раза в месяц', '2/month'],
    ['еженедельно по средам', 'week'],
    ['1 раз в четверть', 'quarter'],
  ])('%s → every %s', (phrase, frequency) => {
    const d = parse(phrase);
    expect([d.kind, d.start, d.end, d.frequency, d.problem]).toEqual(['recurring', null, null, frequency, null]);
  });

  it.each([
    ['ежегодно до 15 мая', 'year', { kind: 'by', at: ['--05-15'] }],
    ['ежегодно, не позднее 1 октября', 'year', { kind: 'by', at: ['--10-01'] }],
    ['до 20 декабря ежегодно', 'year', { kind: 'by', at: ['--12-20'] }],
    ['ежегодно в марте', 'year', { kind: 'period', at: ['--03'] }],
    ['ежегодно 25 мая', 'year', { kind: 'date', at: ['--05-25'] }],
    ['3 раза в год: ноябрь, февраль, май', '3/year', { kind: 'period', at: ['--11', '--02', '--05'] }],
    ['2 раза в год (сентябрь и январь)', '2/year', { kind: 'period', at: ['--09', '--01'] }],
    ['ежемесячно до 10 числа', 'month', { kind: 'by', at: ['---10'] }],
    ['до 25 числа каждого месяца', 'month', { kind: 'by', at: ['---25'] }],
    ['ежегодно до конца февраля', 'year', { kind: 'by', at: ['--02-28'] }],
    ['с сентября по май ежегодно', 'year', { kind: 'period', at: ['--09/--05'] }],
    ['ежегодно с 1 по 15 сентября', 'year', { kind: 'period', at: ['--09-01/--09-15'] }],
  ])('%s → every %s, %j', (phrase, frequency, recurrence) => {
    const d = parse(phrase);
    expect([d.kind, d.frequency, d.recurrence]).toEqual(['recurring', frequency, recurrence]);
  });

  it('keeps how often when the rest of the rule is not understood', () => {
    const d = parse('ежемесячно до 5 числа месяца, следующего за отчетным');
    expect([d.kind, d.frequency, d.recurrence, d.problem]).toEqual(['recurring', 'month', null, null]);
  });
});

describe('parseDeadline: unparsed', () => {
  it.each([
    'по согласованию',
    'в течение месяца после утверждения',
    'по итогам мониторинга',
    'с 1 сентября 2024 года', // a start with no end
    'от 12.03.2024', // a document's date, not a deadline
    'в начале учебного года',
    // numbers that look like a day and month
    'до 3.10 млн рублей',
    'до 12.10 %',
    '18.00',
    '2.10.1',
  ])('%s → not-understood', (phrase) => {
    expect(span(parse(phrase))).toEqual(['unparsed', null, null, 'not-understood']);
  });

  it.each(['по мере необходимости', 'по запросу', 'при необходимости'])('%s → conditional: done when the need arises', (phrase) => {
    expect(span(parse(phrase))).toEqual(['unparsed', null, null, 'conditional']);
  });

  it.each([
    '30.02.2024',
    '29.02.2023',
    'до 31 июня 2024 г.',
    '31 апреля 2024 года',
    '00.10.2024',
    '12.13.2024',
    'с 20 по 10 октября 2024 г.',
    'с ноября 2024 г. по май 2024 г.',
    '2023/25 учебный год',
    'в 2025-2024 гг.',
    'IV–III квартал 2024 г.',
  ])('%s → invalid-date', (phrase) => {
    expect(span(parse(phrase))).toEqual(['unparsed', null, null, 'invalid-date']);
  });

  it('29 February of a leap year is a date', () => {
    expect(span(parse('29.02.2024'))).toEqual(['date', '2024-02-29', '2024-02-29', null]);
  });

  it.each(['до 1 сентября', 'декабрь', 'в течение года', 'I квартал', 'в течение учебного года'])(
    '%s in a document without a date → year-unknown',
    (phrase) => {
      expect(span(parse(phrase, null))).toEqual(['unparsed', null, null, 'year-unknown']);
    },
  );

  it('an empty phrase is no deadline', () => {
    expect(parseDeadline('  ', { documentDate: null })).toBeNull();
  });
});

describe('parseDeadline: a year left out comes from the document', () => {
  it.each([
    // the document's year for what has not passed by the document's month…
    ['до 1 сентября', '2023-01-11', '2023-09-01'],
    ['до 1 сентября', '2024-08-28', '2024-09-01'],
    ['до 20 ноября', '2023-11-07', '2023-11-20'],
    // …and the next year for a month before it: the school year of an autumn document
    ['до 15 мая', '2023-11-07', '2024-05-15'],
    ['до 1 сентября', '2024-10-02', '2025-09-01'],
  ])('%s in a document of %s → by %s', (phrase, date, end) => {
    expect(span(parse(phrase, date))).toEqual(['by', null, end, null]);
  });

  it.each([
    ['декабрь', '2023-11-07', '2023-12-01', '2023-12-31'],
    ['в апреле', '2023-11-07', '2024-04-01', '2024-04-30'],
    ['сентябрь – октябрь', '2023-08-28', '2023-09-01', '2023-10-31'],
    ['с ноября по февраль', '2023-11-07', '2023-11-01', '2024-02-29'],
    ['первое полугодие', '2023-11-07', '2024-01-01', '2024-06-30'],
    ['в 4 квартале', '2023-08-28', '2023-10-01', '2023-12-31'],
    ['15–30 сентября', '2024-08-28', '2024-09-15', '2024-09-30'],
  ])('%s in a document of %s → %s..%s', (phrase, date, start, end) => {
    expect(span(parse(phrase, date))).toEqual(['period', start, end, null]);
  });

  it.each([
    ['в течение года', '2024-03-15', '2024-01-01', '2024-12-31'],
    ['в течение текущего года', '2023-11-07', '2023-01-01', '2023-12-31'],
    ['в течение следующего года', '2023-11-07', '2024-01-01', '2024-12-31'],
    // an August conference plans the school year that starts that September
    ['в течение учебного года', '2024-08-28', '2024-09-01', '2025-08-31'],
    ['в течение учебного года', '2024-03-15', '2023-09-01', '2024-08-31'],
    ['в течение текущего учебного года', '2023-11-07', '2023-09-01', '2024-08-31'],
    ['в новом учебном году', '2024-03-15', '2024-09-01', '2025-08-31'],
  ])('%s in a document of %s → %s..%s', (phrase, date, start, end) => {
    expect(span(parse(phrase, date))).toEqual(['period', start, end, null]);
  });

  it.each([
    ['до 1 октября текущего года', '2024-08-28', '2024-10-01'],
    ['до 15 января следующего года', '2023-11-07', '2024-01-15'],
    ['до конца года', '2024-03-15', '2024-12-31'],
    ['до конца учебного года', '2024-03-15', '2024-08-31'],
  ])('%s in a document of %s → by %s', (phrase, date, end) => {
    expect(span(parse(phrase, date))).toEqual(['by', null, end, null]);
  });

  it.each(['2023-13-01', '07.11.2023', ''])('a document date that is no ISO date (%j) supplies no year', (date) => {
    expect(span(parse('до 1 сентября', date))).toEqual(['unparsed', null, null, 'year-unknown']);
  });

  it('a written year wins over the document', () => {
    expect(span(parse('до 1 сентября 2021 г.', '2024-08-28'))).toEqual(['by', null, '2021-09-01', null]);
  });

  it('a year-less recurring rule needs no document date', () => {
    const d = parse('ежегодно до 1 сентября', null);
    expect([d.kind, d.problem, d.recurrence]).toEqual(['recurring', null, { kind: 'by', at: ['--09-01'] }]);
  });
});

describe('parseDeadline: the same text however it is typed', () => {
  it.each([
    ['сентябрь—октябрь 2024 г.', 'сентябрь-октябрь 2024 г.'],
    ['сентябрь – октябрь 2024 г.', 'сентябрь-октябрь 2024 г.'],
    ['до "20" мая 2024 г.', 'до «20» мая 2024 г.'],
    ['до “20” мая 2024 г.', 'до «20» мая 2024 г.'],
    ['в течение 2024\u00a0года', 'в течение 2024 года'],
    ['ДО 20 МАЯ 2024 Г.', 'до 20 мая 2024 г.'],
    ['в  течение   2024  года', 'в течение 2024 года'],
    ['в феврале 2024 года', 'в феврале 2024 года'],
  ])('%s = %s', (a, b) => {
    expect(span(parse(a))).toEqual(span(parse(b)));
  });

  it('ё and е are the same letter', () => {
    expect(span(parse('в течение четвёртого квартала 2024 г.'))).toEqual(['period', '2024-10-01', '2024-12-31', null]);
    expect(span(parse('в течение четвертого квартала 2024 г.'))).toEqual(['period', '2024-10-01', '2024-12-31', null]);
  });
});

describe('parseDeadline: text is the phrase as written', () => {
  it.each([
    ['постоянно.', 'постоянно'],
    ['  до 15 мая 2024 г.  ', 'до 15 мая 2024 г.'],
    ['до 15.05.2024;', 'до 15.05.2024'],
    ['декабрь 2023 г.', 'декабрь 2023 г.'],
    ['в течение  2024\nгода', 'в течение 2024 года'],
  ])('%j → %j', (phrase, text) => {
    expect(parse(phrase).text).toBe(text);
  });

  it('a "Срок исполнения:" label given with the value is allowed', () => {
    const d = parse('Срок исполнения: до 01.12.2024');
    expect([d.kind, d.end, d.text]).toEqual(['by', '2024-12-01', 'Срок исполнения: до 01.12.2024']);
  });

  it('the first of several deadlines is the deadline', () => {
    expect(span(parse('до 01.12.2024, далее – постоянно'))).toEqual(['by', null, '2024-12-01', null]);
  });
});

describe('parseDeadline: the seed documents\u2019 own phrasings', () => {
  it.each([
    ['постоянно.', '2023-08-28', ['ongoing', null, null, null]],
    ['декабрь 2023 г.', '2023-08-28', ['period', '2023-12-01', '2023-12-31', null]],
    ['август 2023 г.', '2023-08-28', ['period', '2023-08-01', '2023-08-31', null]],
    ['до 30 августа 2023 г.', '2023-08-28', ['by', null, '2023-08-30', null]],
  ])('%s', (phrase, date, expected) => {
    expect(span(parse(phrase, date))).toEqual(expected);
  });

  it('2 раза в год – октябрь и апрель', () => {
    const d = parse('2 раза в год – октябрь и апрель', '2023-08-28');
    expect([d.kind, d.frequency, d.recurrence]).toEqual(['recurring', '2/year', { kind: 'period', at: ['--10', '--04'] }]);
  });
});
