// findDeadlines: deadline phrases inside a task's text, with their offsets; and the
// dates in a task that are NOT its deadline.
import { describe, expect, it } from 'vitest';
import { findDeadlines, type DeadlineMatch } from '../../src/4-recognise/deadline/index.js';

const ctx = { documentDate: '2024-08-28' };
const find = (text: string, documentDate: string | null = ctx.documentDate) => findDeadlines(text, { documentDate });
/** The one deadline found: its text as cut from the task, kind and dates. */
function only(text: string): [string, string, string | null, string | null] {
  const found = find(text);
  expect(found.map((m) => m.deadline.text), text).toHaveLength(1);
  const m = found[0]!;
  expect(text.slice(m.start, m.end).replace(/\s+/g, ' ')).toBe(m.deadline.text);
  return [m.deadline.text, m.deadline.kind, m.deadline.start, m.deadline.end];
}

describe('findDeadlines: marked phrases count wherever they stand', () => {
  it.each([
    ['Провести диагностику (в течение 2025 года).', 'в течение 2025 года', 'period', '2025-01-01', '2025-12-31'],
    ['До 15.10.2024 утвердить планы работы наставников.', 'До 15.10.2024', 'by', null, '2024-10-15'],
    ['Обеспечить переход на электронный журнал до 1 марта 2025 года.', 'до 1 марта 2025 года', 'by', null, '2025-03-01'],
    ['Представить отчеты в управление образования в срок до 20.12.2024 по форме.', 'в срок до 20.12.2024', 'by', null, '2024-12-20'],
    ['Не позднее 1 октября направить заявки на курсы.', 'Не позднее 1 октября', 'by', null, '2024-10-01'],
    ['Внести изменения в ООП до конца I квартала 2025 г. с учетом ФОП.', 'до конца I квартала 2025 г.', 'by', null, '2025-03-31'],
    ['Обновить паспорта доступности в течение первого полугодия 2025 года.', 'в течение первого полугодия 2025 года', 'period', '2025-01-01', '2025-06-30'],
    ['Организовать наставничество на протяжении 2024-2025 учебного года.', 'на протяжении 2024-2025 учебного года', 'period', '2024-09-01', '2025-08-31'],
    ['Проводить мониторинг в течение учебного года и анализировать его итоги.', 'в течение учебного года', 'period', '2024-09-01', '2025-08-31'],
  ])('%s', (text, phrase, kind, start, end) => {
    expect(only(text)).toEqual([phrase, kind, start, end]);
  });

  it.each([
    ['Ежегодно проводить конкурс «Педагог года».', 'Ежегодно', 'year'],
    ['Обновлять банк данных ежеквартально.', 'ежеквартально', 'quarter'],
    ['Проводить совещания заместителей директоров 1 раз в месяц.', '1 раз в месяц', 'month'],
    ['Размещать отчеты на сайте ежегодно до 1 августа.', 'ежегодно до 1 августа', 'year'],
  ])('%s → recurring', (text, phrase, frequency) => {
    const [m] = find(text);
    expect([m?.deadline.text, m?.deadline.kind, m?.deadline.frequency]).toEqual([phrase, 'recurring', frequency]);
  });

  it('a recurrence takes one time; the next is a deadline of its own', () => {
    const found = find('Размещать отчеты ежегодно до 1 августа, сводный отчет – до 1 декабря 2024 г.');
    expect(found.map((m) => [m.deadline.text, m.deadline.kind, m.deadline.end])).toEqual([
      ['ежегодно до 1 августа', 'recurring', null],
      ['до 1 декабря 2024 г.', 'by', '2024-12-01'],
    ]);
    expect(found[0]!.deadline.recurrence).toEqual({ kind: 'by', at: ['--08-01'] });
  });

  it('a multiword ongoing phrase counts inline', () => {
    expect(only('Организовать работу методических объединений в течение всего периода реализации проекта.')).toEqual([
      'в течение всего периода',
      'ongoing',
      null,
      null,
    ]);
  });
});

describe('findDeadlines: unmarked phrases count where deadlines are written', () => {
  it.each([
    // in their own parentheses, with or without a "срок" label
    ['Провести муниципальный этап олимпиады (декабрь 2024 года).', 'декабрь 2024 года', 'period', '2024-12-01', '2024-12-31'],
    ['Разработать положение о конкурсе (срок – до 01.11.2024).', 'до 01.11.2024', 'by', null, '2024-11-01'],
    ['Подготовить аналитическую справку (срок: 20.09.2024).', '20.09.2024', 'date', '2024-09-20', '2024-09-20'],
    ['Обновить сайт (постоянно).', 'постоянно', 'ongoing', null, null],
    ['Сверить списки (сроки исполнения — II квартал 2025 г.).', 'II квартал 2025 г.', 'period', '2025-04-01', '2025-06-30'],
    // after a label
    ['Провести анкетирование родителей. Срок: октябрь 2024 г.', 'октябрь 2024 г.', 'period', '2024-10-01', '2024-10-31'],
    // at the start
    ['В ноябре 2024 года провести методический день.', 'В ноябре 2024 года', 'period', '2024-11-01', '2024-11-30'],
    ['Систематически проводить мониторинг посещаемости.', 'Систематически', 'ongoing', null, null],
    // at the end after a comma or a dash
    ['Провести педсовет по итогам четверти, ноябрь 2024 г.', 'ноябрь 2024 г.', 'period', '2024-11-01', '2024-11-30'],
    ['Обновить информацию на стендах – постоянно.', 'постоянно', 'ongoing', null, null],
    // at the end with a marker of its own
    ['Провести семинар для молодых педагогов в марте 2025 года.', 'в марте 2025 года', 'period', '2025-03-01', '2025-03-31'],
    // right after the infinitive it times
    ['Провести в январе 2025 года семинар для заместителей директоров.', 'в январе 2025 года', 'period', '2025-01-01', '2025-01-31'],
    ['Организовать с 1 по 10 октября 2024 года неделю математики.', 'с 1 по 10 октября 2024 года', 'period', '2024-10-01', '2024-10-10'],
  ])('%s', (text, phrase, kind, start, end) => {
    expect(only(text)).toEqual([phrase, kind, start, end]);
  });

  it.each([
    ['30.09.2024 провести заседание методического совета.', '30.09.2024'],
    ['Провести заседание методического совета, 30.09.2024.', '30.09.2024'],
    ['Провести заседание методического совета (30 сентября 2024 г.).', '30 сентября 2024 г.'],
    ['Провести заседание методического совета. Дата: 30.09.2024', '30.09.2024'],
  ])('%s → date', (text, phrase) => {
    expect(only(text)).toEqual([phrase, 'date', '2024-09-30', '2024-09-30']);
  });

  it('a bare year after a "Срок" label is a deadline', () => {
    expect(only('Провести анализ результатов (срок: 2025).')).toEqual(['2025', 'period', '2025-01-01', '2025-12-31']);
    expect(only('Провести анализ результатов. Срок: 2025')).toEqual(['2025', 'period', '2025-01-01', '2025-12-31']);
    expect(find('Провести анализ результатов (2025).')).toEqual([]);
  });

  it('outer offsets take the parentheses and label along', () => {
    const text = 'Разработать положение о конкурсе (срок – до 01.11.2024).';
    const [m] = find(text) as [DeadlineMatch];
    expect(text.slice(m.outerStart, m.outerEnd)).toBe('(срок – до 01.11.2024)');
    expect(text.slice(0, m.outerStart) + text.slice(m.outerEnd)).toBe('Разработать положение о конкурсе .');
  });

  it('outer offsets take the comma before an end deadline along', () => {
    const text = 'Провести педсовет по итогам четверти, ноябрь 2024 г.';
    const [m] = find(text) as [DeadlineMatch];
    expect(text.slice(m.outerStart, m.outerEnd)).toBe(', ноябрь 2024 г.');
  });

  it('a deadline after a "Срок:" label takes the label along', () => {
    const text = 'Провести анкетирование родителей. Срок: октябрь 2024 г.';
    const [m] = find(text) as [DeadlineMatch];
    expect(text.slice(m.outerStart, m.outerEnd)).toBe('Срок: октябрь 2024 г.');
  });

  it('finds several deadlines in text order', () => {
    const found = find('До 1 октября 2024 г. сформировать группы, до 15 октября 2024 г. утвердить расписание.');
    expect(found.map((m) => [m.deadline.text, m.deadline.end])).toEqual([
      ['До 1 октября 2024 г.', '2024-10-01'],
      ['до 15 октября 2024 г.', '2024-10-15'],
    ]);
  });
});

describe('findDeadlines: dates that are not deadlines', () => {
  it.each([
    // a document's reference
    'В соответствии с приказом министерства от 12 марта 2024 года № 215 обеспечить участие школ.',
    'Руководствоваться письмом от 05.06.2024 г. № 03-1125 при составлении планов.',
    'Реализовать ФГОС, утвержденный приказом 31.05.2021 № 286, в полном объеме.',
    // what a plan covers ("на"), and a report's period ("за")
    'Определить задачи методической службы на 2025-2026 учебный год.',
    'Утвердить план работы на 2025 год.',
    'Проанализировать результаты за 2023-2024 учебный год.',
    'Подготовить отчет за I полугодие 2024 г. по форме.',
    // quantities after "до"
    'Увеличить охват до 85 % обучающихся.',
    'Увеличить фонд стимулирования до 3.10 млн рублей.',
    'Провести совещание в 10.00 в кабинете 12.',
    'Внести изменения в п. 2.10 положения.',
    'Довести число участников до 1 200 человек.',
    // years inside names
    'Принять участие в конкурсе «Учитель года – 2025».',
    'Представить опыт на Форуме молодых педагогов – 2024.',
    'Обеспечить участие в проекте «Школа-2030».',
    // a plan's horizon
    'Разработать стратегию развития школы до 2030 года.',
    'Актуализировать программу развития образовательной организации до 2027 года с учетом проекта.',
    'Принять участие в стратегической сессии на период до 2030 года.',
    // dates in running text that time something else
    'Включить в проект школы, участвовавшие в мониторинге в 2023 году: СОШ № 1, 3.',
    'Учесть опыт августовского педсовета 2024 года при планировании.',
    'С 1 сентября 2024 года перейти на обновленные ФОП.',
    'Обеспечить постоянно действующий семинар для педагогов.',
    'Подготовить аналитическую справку по итогам 1 полугодия 2025 года.',
    // a bare year with no "год"
    'Реализовать мероприятия 2025 плана.',
  ])('%s', (text) => {
    expect(find(text).map((m) => m.deadline.text)).toEqual([]);
  });

  it('"по итогам" in parentheses is still not a deadline, the date in it is', () => {
    // the parenthesis holds more than the date, so the date stands inline
    expect(find('Провести анализ (по итогам мониторинга 2024 года).')).toEqual([]);
  });
});

describe('findDeadlines: decisions on ambiguous readings', () => {
  it('"до <year>" after a plan noun is its horizon, elsewhere a by-deadline at the year\u2019s end', () => {
    expect(find('Разработать программу развития кадрового потенциала школы до 2026 года;')).toEqual([]);
    expect(only('Обеспечить охват детей программами дополнительного образования до 2026 года.')).toEqual([
      'до 2026 года',
      'by',
      null,
      '2026-12-31',
    ]);
    // written as the deadline, it is one even after a plan noun
    expect(only('Внести изменения в программу развития (до 2026 года).')).toEqual(['до 2026 года', 'by', null, '2026-12-31']);
  });

  it('a day-precise "до" is a deadline even after a plan noun', () => {
    expect(only('Разработать программу развития школы до 1 декабря 2024 г.')).toEqual([
      'до 1 декабря 2024 г.',
      'by',
      null,
      '2024-12-01',
    ]);
  });

  it('"на <school year>" is what a plan covers; "в течение <school year>" is when to act', () => {
    expect(find('Утвердить задачи на 2024-2025 учебный год.')).toEqual([]);
    expect(only('Реализовать задачи в течение 2024-2025 учебного года.')[1]).toBe('period');
  });

  it('"к" is a deadline where deadlines are written, not as the goal of a verb', () => {
    expect(find('Подготовить школы к новому учебному году до 15 августа.').map((m) => m.deadline.text)).toEqual(['до 15 августа']);
    expect(only('Обеспечить 100% охват детей к 2026 году.')).toEqual(['к 2026 году', 'by', null, '2026-12-31']);
    expect(only('Подготовить к 1 сентября 2024 г. паспорта кабинетов.')).toEqual(['к 1 сентября 2024 г.', 'by', null, '2024-09-01']);
  });
});

describe('findDeadlines: problems are reported with the phrase', () => {
  it('a "Срок" label that holds a condition: the phrase, conditional', () => {
    const [m] = find('Обновлять списки (срок – по мере необходимости).') as [DeadlineMatch];
    expect([m.deadline.text, m.deadline.kind, m.deadline.problem]).toEqual(['по мере необходимости', 'unparsed', 'conditional']);
  });

  it.each([
    ['Провести собрание. Срок: по согласованию с управлением', 'по согласованию с управлением', 'Срок: по согласованию с управлением'],
    ['Уточнить графики (сроки исполнения: в течение месяца после приказа).', 'в течение месяца после приказа', '(сроки исполнения: в течение месяца после приказа)'],
  ])('what a "Срок" label holds and is not understood: %s', (text, phrase, outer) => {
    const [m] = find(text) as [DeadlineMatch];
    expect([m.deadline.text, m.deadline.kind, m.deadline.problem]).toEqual([phrase, 'unparsed', 'not-understood']);
    expect(text.slice(m.outerStart, m.outerEnd)).toBe(outer);
  });

  it('"срок" inside a sentence is no label', () => {
    expect(find('Установить срок – 3 дня на подачу документов.')).toEqual([]);
  });


  it('an impossible date after "до" is found with invalid-date', () => {
    const [m] = find('Сдать отчеты до 31.09.2024.');
    expect([m?.deadline.text, m?.deadline.kind, m?.deadline.problem]).toEqual(['до 31.09.2024', 'unparsed', 'invalid-date']);
  });

  it('a year-less date in a document without a date is found with year-unknown', () => {
    const [m] = find('Сдать отчеты до 20 мая.', null);
    expect([m?.deadline.text, m?.deadline.kind, m?.deadline.problem]).toEqual(['до 20 мая', 'unparsed', 'year-unknown']);
  });
});

describe('findDeadlines: the seed documents\u2019 own inline deadlines', () => {
  const seed = (text: string, date: string) => findDeadlines(text, { documentDate: date }).map((m) => [m.deadline.text, m.deadline.kind, m.deadline.start, m.deadline.end]);

  it.each([
    ['… а также рассмотреть возможные варианты их решения (в течение 2022 года).', '2022-02-25', [['в течение 2022 года', 'period', '2022-01-01', '2022-12-31']]],
    ['До 31.03.2022 внести изменения в Муниципальную программу повышения качества образования', '2022-02-25', [['До 31.03.2022', 'by', null, '2022-03-31']]],
    ['Обеспечить заключение «эффективного контракта» с руководителями образовательных организаций до 1 января 2016 года.', '2015-08-20', [['до 1 января 2016 года', 'by', null, '2016-01-01']]],
  ])('%s', (text, date, expected) => {
    expect(seed(text, date)).toEqual(expected);
  });

  it.each([
    ['разработать программу развития кадрового потенциала образовательной организации до 2025 года;', '2023-01-11'],
    ['обеспечить до 80 % обучающихся участвующих в мероприятиях проекта «Билет в будущее»;', '2024-08-28'],
    ['1. Определить следующие приоритеты и задачи муниципальной системы образования на 2024-2025 учебный год для создания единого образовательного пространства', '2024-08-28'],
    ['2) До 31.03.2022 разработать программу … , включенными в проект ШПРО и ШНСУ в 2022 году: МБОУ СОШ №№ 2, 18', '2022-02-25'],
  ])('%s → nothing but what is a deadline', (text, date) => {
    const found = seed(text, date);
    expect(found.filter(([t]) => !String(t).startsWith('До 31.03.2022'))).toEqual([]);
  });
});
