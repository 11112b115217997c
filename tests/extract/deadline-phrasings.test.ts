// Recurrences and conditional deadlines in the words of plans and protocols; the phrasings are our own.
import { describe, expect, it } from 'vitest';
import { findDeadlines, parseDeadline } from '../../src/4-recognise/deadline/index.js';

const ctx = { documentDate: '2031-02-10' };
const first = (text: string) => {
  const d = findDeadlines(text, ctx)[0]?.deadline;
  return d && [d.text, d.kind, d.frequency, d.problem];
};

describe('recurring: multiplicatives, years between occasions, "каждой четверти"', () => {
  it.each([
    ['Проводить тренировочные эвакуации трижды в год.', 'трижды в год', '3/year'],
    ['Обновлять стенд «Наши достижения» дважды в месяц.', 'дважды в месяц', '2/month'],
    ['Проходить курсы повышения квалификации не реже одного раза в три года.', 'одного раза в три года', '1/3years'],
    ['Пересматривать положение о нормах профессиональной этики раз в 5 лет.', 'раз в 5 лет', '1/5years'],
    ['Подводить итоги рейтинга классов по окончании каждой четверти.', 'каждой четверти', 'quarter'],
    ['Обсуждать итоги мониторинга на совещании каждого квартала.', 'каждого квартала', 'quarter'],
  ])('%s', (text, phrase, frequency) => {
    expect(first(text)).toEqual([phrase, 'recurring', frequency, null]);
  });

  it('a multiplicative takes the months written with it', () => {
    const d = parseDeadline('дважды в год (март, октябрь)', ctx)!;
    expect([d.kind, d.frequency, d.recurrence]).toEqual(['recurring', '2/year', { kind: 'period', at: ['--03', '--10'] }]);
  });
});

describe('conditionalDeadline: "по мере необходимости" anywhere in a task is a conditional deadline (no date by intent)', () => {
  it.each([
    ['Консультировать молодых педагогов по мере необходимости.', 'по мере необходимости'],
    ['По мере поступления обращений рассматривать их на заседании комиссии.', 'По мере поступления'],
    ['Заведующему хозяйством – заменять огнетушители по мере потребности;', 'по мере потребности'],
  ])('%s', (text, phrase) => {
    expect(first(text)).toEqual([phrase, 'unparsed', null, 'conditional']);
  });

  it('gives way to a deadline that is understood', () => {
    expect(first('Проводить выездные консультации по мере необходимости, но не реже 2 раз в год.')).toEqual(['2 раз в год', 'recurring', '2/year', null]);
  });
});

describe('emphasisAroundDeadline: a deadline at the end of a task, in bold or quotes', () => {
  it.each([
    ["Заместителю директора по ВР подготовить сценарий праздника — '''март 2031'''", 'март 2031', '2031-03-31'],
    ['Библиотекарю оформить выставку новинок – **апрель – май 2031 г.**', 'апрель – май 2031 г.', '2031-05-31'],
    ['Провести день открытых дверей — __до 20.03.2031__.', 'до 20.03.2031', '2031-03-20'],
  ])('%s', (text, phrase, end) => {
    const d = findDeadlines(text, ctx)[0]?.deadline;
    expect([d?.text, d?.end]).toEqual([phrase, end]);
  });

  it('a closing quote alone ends a title, not a deadline', () => {
    expect(findDeadlines('Принять участие в фестивале «Школа в 2032 году»', ctx)).toEqual([]);
  });
});

describe('infinitiveClause: a dated month or quarter in the clause of the task\u2019s infinitive', () => {
  it.each([
    ['Провести итоговую научно-практическую конференцию в мае 2031 года в актовом зале.', 'в мае 2031 года', '2031-05-31'],
    ['Организовать выездное заседание совета в III квартале 2031 г. в сельской школе.', 'в III квартале 2031 г.', '2031-09-30'],
  ])('%s', (text, phrase, end) => {
    const d = findDeadlines(text, ctx)[0]?.deadline;
    expect([d?.text, d?.kind, d?.end]).toEqual([phrase, 'period', end]);
  });

  it('not a time already past at the document\u2019s date, nor one after a comma', () => {
    expect(findDeadlines('Учесть итоги мониторинга в декабре 2030 года при составлении плана.', ctx)).toEqual([]);
    expect(findDeadlines('Обобщить опыт школ, участвовавших в мае 2031 года в апробации.', ctx)).toEqual([]);
  });
});

describe('rhythmWithin: a weekly or daily rhythm after a span is kept inside it', () => {
  const ref = { documentDate: '2031-08-28' };
  it.each([
    ['октябрь – март (по средам)', 'period', '2031-10-01', '2032-03-31'],
    ['10–21 ноября, ежедневно', 'period', '2031-11-10', '2031-11-21'],
    ['декабрь (по пятницам)', 'period', '2031-12-01', '2031-12-31'],
  ])('%s', (phrase, kind, start, end) => {
    const d = parseDeadline(phrase, ref)!;
    expect([d.kind, d.start, d.end]).toEqual([kind, start, end]);
  });

  it('a yearly recurrence of a span, and a weekly one of a single day, stay recurrences', () => {
    expect(parseDeadline('с октября по апрель ежегодно', ref)!.kind).toBe('recurring');
    expect(parseDeadline('5 сентября, еженедельно', ref)!.kind).toBe('recurring');
  });
});

describe('lists of quarters and half-years, over several years', () => {
  const ref = { documentDate: '2031-02-10' };
  it.each([
    ['II квартал 2031 г., IV квартал 2032 г.', '2031-04-01', '2032-12-31'],
    ['I квартал и III квартал 2032 г.', '2032-01-01', '2032-09-30'],
    ['второе полугодие 2031 г. и первое полугодие 2032 г.', '2031-07-01', '2032-06-30'],
  ])('%s', (phrase, start, end) => {
    const d = parseDeadline(phrase, ref)!;
    expect([d.kind, d.start, d.end]).toEqual(['period', start, end]);
  });
});

describe('a list of quarters or half-years written with the part word once', () => {
  const ref = { documentDate: '2031-02-10' };
  it.each([
    ['II и IV кварталы 2031 г.', 'period', '2031-04-01', '2031-12-31'],
    ['в 1, 3 квартале 2032 года', 'period', '2032-01-01', '2032-09-30'],
    ['в I и II полугодиях 2031 г.', 'period', '2031-01-01', '2031-12-31'],
    ['IV и II кварталы 2031 г.', 'unparsed', null, null],
  ])('%s', (phrase, kind, start, end) => {
    const d = parseDeadline(phrase, ref)!;
    expect([d.kind, d.start, d.end]).toEqual([kind, start, end]);
  });
});
