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

describe('listWideScope: "Срок исполнения всех поручений – …" covers every task read so far', () => {
  it('fills in the tasks of every list that have no deadline of their own', () => {
    const text = `
    ПРОТОКОЛ № 2 заседания совета родителей

    1. По вопросу о школьной форме
    1.1 Поручить председателю совета подготовить обращение к директору
    1.2 Рекомендовать классным руководителям провести опрос родителей (до 1 апреля 2031 г.)

    2. По вопросу об экскурсиях
    2.1 Предложить родительскому комитету составить график экскурсий

    Срок исполнения по всем пунктам – до 30 апреля 2031 г.
    `;
    expect(deadlines(text)).toEqual([
      ['by', null, '2031-04-30'],
      ['by', null, '2031-04-01'],
      ['by', null, '2031-04-30'],
    ]);
  });

  it('"настоящего решения" covers the tasks of every addressee before it', () => {
    const text = `
    РЕШЕНИЕ коллегии отдела образования

    1. Руководителям детских садов:
    1.1. Обновить паспорта дорожной безопасности.
    1.2. Провести родительские собрания по профилактике ДТП.
    2. Отделу образования:
    2.1. Подготовить сводный отчёт.

    Срок исполнения настоящего решения – до 1 июня 2031 г.
    `;
    expect(deadlines(text)).toEqual([
      ['by', null, '2031-06-01'],
      ['by', null, '2031-06-01'],
      ['by', null, '2031-06-01'],
    ]);
  });

  it('a deadline line closing a list gives way to a date inside an item\u2019s own words', () => {
    const text = `
    Решение методического совета

    1. Учителям физики обновить лабораторное оборудование в марте 2031 г.
    2. Учителям химии провести инвентаризацию реактивов.
    Срок: до 20 мая 2031 г.
    `;
    expect(deadlines(text)).toEqual([
      ['period', '2031-03-01', '2031-03-31'],
      ['by', null, '2031-05-20'],
    ]);
  });
});

describe('itemNumberDeadlines: "Сроки: по п. 1–2 – …; по п. 3 – …" by item number', () => {
  it('gives each item the part written for its number, and none to an item not named', () => {
    const text = `
    Участники семинара рекомендуют:

    Руководителям школьных библиотек:
    1. Обновить фонд художественной литературы.
    2. Провести читательскую конференцию.
    3. Организовать буккроссинг.
    4. Вести страницу библиотеки на сайте школы.
    Сроки: для пп. 1, 2 – IV квартал 2031 г.; по п. 4 – еженедельно.
    `;
    expect(deadlines(text)).toEqual([
      ['period', '2031-10-01', '2031-12-31'],
      ['period', '2031-10-01', '2031-12-31'],
      null,
      ['recurring', null, null],
    ]);
  });
});

describe('an annotation between two items of a list is the earlier item\u2019s, with the paragraphs that continue it', () => {
  it('reaches back over a continuation paragraph, not to the items before', () => {
    const text = `
    Совет профилактики РЕШИЛ:

    1. Одобрить план работы совета на полугодие.

    2. Социальному педагогу составить список семей группы риска.

    Список согласовать с заместителем директора по ВР.
    Срок: до 10 октября 2031 г.

    3. Классным руководителям провести беседы с родителями.
    Срок: октябрь 2031 г.
    `;
    const tasks = structureOf(doc(text)).tasks;
    const of = (start: string) => tasks.find((t) => t.text.startsWith(start))?.deadline?.end ?? null;
    expect(of('Одобрить')).toBeNull();
    expect(of('Социальному')).toBe('2031-10-10');
    expect(of('Классным')).toBe('2031-10-31');
  });
});

describe('deadlineSentence: "Все работы завершить до …" after a task is that task\u2019s deadline line', () => {
  it('times the item before it, not the next one', () => {
    const text = `
    Коллегия РЕШАЕТ:

    1. Директору МБОУ «СОШ № 8» организовать ремонт спортивного зала
    и замену освещения в рекреациях.
    Указанные работы завершить в срок до 15.08.2031.
    2. Руководителям ОО обеспечить участие педагогов в семинаре.
    `;
    expect(deadlines(text)).toEqual([['by', null, '2031-08-15'], null]);
  });

  it('is no deadline line when its rest is not a deadline', async () => {
    const { readAttachment } = await import('../../src/5-structure/attachments.js');
    expect(readAttachment('Все мероприятия провести на высоком организационном уровне.')).toBeNull();
    expect(readAttachment('Перечисленные меры включить в план на 2031 год.')).toBeNull();
    // the phrase starts after "Все поручения выполнить "
    expect(readAttachment('Все поручения выполнить в течение II квартала 2031 г.')).toEqual({ deadline: 'в течение II квартала 2031 г.', deadlineAt: 24, responsible: null });
  });
});
