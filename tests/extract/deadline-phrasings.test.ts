// Recurrences and conditional deadlines in the words of plans and protocols; the phrasings are our own.
import { describe, expect, it } from 'vitest';
import { findDeadlines, parseDeadline } from '../../src/extract/deadline/index.js';

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

describe('conditionalDeadline: "по мере необходимости" anywhere in a task is a deadline not understood', () => {
  it.each([
    ['Консультировать молодых педагогов по мере необходимости.', 'по мере необходимости'],
    ['По мере поступления обращений рассматривать их на заседании комиссии.', 'По мере поступления'],
    ['Заведующему хозяйством – заменять огнетушители по мере потребности;', 'по мере потребности'],
  ])('%s', (text, phrase) => {
    expect(first(text)).toEqual([phrase, 'unparsed', null, 'not-understood']);
  });

  it('gives way to a deadline that is understood', () => {
    expect(first('Проводить выездные консультации по мере необходимости, но не реже 2 раз в год.')).toEqual(['2 раз в год', 'recurring', '2/year', null]);
  });
});
