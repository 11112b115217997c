import { describe, expect, it } from 'vitest';
import { entitiesOf } from '../support/entities.js';

const titles = (text: string) => entitiesOf(text).practices.map((p) => p.title);
const projects = (text: string) => entitiesOf(text).projects.map((p) => p.name);

describe('practices', () => {
  it('a list announced as practices: quoted titles with authors and organisations', () => {
    const e = entitiesOf(
      '3). Обобщить опыт и рекомендовать следующие практики:\n\n1. «Практика повышения качества в рамках проекта «500+». Чулков И.П., директор, Лузгина Е.В., зам. директора по УВР МБОУ ООШ № 9 г. Канска.\n\n2. «Управление процессами». (Из опыта работы куратора). Сорока М.Ю., директор МБОУ ООШ №17 г. Канска.\n\nРекомендация всем ОО:',
    );
    expect(e.practices).toEqual([
      { id: 'p1', title: 'Практика повышения качества в рамках проекта «500+»', authorIds: ['pe1', 'pe2'], organizationIds: ['o1'], line: 3, lines: [3] },
      { id: 'p2', title: 'Управление процессами', authorIds: ['pe3'], organizationIds: ['o2'], line: 5, lines: [5] },
    ]);
  });

  it('a practice told twice is one entry with both lines, even with a word changed', () => {
    const e = entitiesOf(
      'Рекомендовать следующие практики:\n\n1. «Организация работы по рисковому профилю школ». Сорока М.Ю., директор МБОУ ООШ №17.\n\nАналитическая справка.\n\nЛучшие практики рекомендованы:\n\n1. «Организация работы по рисковому профилям школ». *Сорока М.Ю., директор МБОУ ООШ №17.*',
    );
    expect(e.practices).toHaveLength(1);
    expect(e.practices[0]).toMatchObject({ title: 'Организация работы по рисковому профилю школ', lines: [3, 9] });
  });

  it('a presentation of experience: the quote after a sentence, or the whole phrase', () => {
    expect(titles('- Презентация опыта участия в краевом форуме. «Форум как механизм развития связей (Чернова Л.В., директор МАОУ СОШ№4»);')).toEqual([
      'Форум как механизм развития связей',
    ]);
    const e = entitiesOf('- презентация опыта работы по формированию ценности «Крепкая семья – сильная Россия» -Венцене Т.Л., МОУ Хазанская СОШ;');
    expect(e.practices).toMatchObject([{ title: 'Презентация опыта работы по формированию ценности «Крепкая семья – сильная Россия»', authorIds: ['pe1'], organizationIds: ['o1'] }]);
  });

  it.each([
    '- Управленческий квиз (Булатова Л.П., директор МАОУ СОШ № 1) коучинговые инструменты;',
    '- Круглый стол по итогам форума (Булатова Л.П., директор МАОУ СОШ № 1).',
    '-акцент-лекция «Развитие методического потенциала», - Кузнецова О.А., зам.председателя Комитета.',
    '-«Вызовы времени: подходы к управлению», - Костикова С.А., председатель Комитета по образованию;',
    'Проектный офис «Строим школу» (Кунаковская М.А., директор МАОУ СОШ№29)',
  ])('a session is not a practice: %s', (text) => {
    expect(titles(text)).toEqual([]);
  });

  it('not in the seeds: an intro with "опыт", an unquoted title, a session inside the list', () => {
    const e = entitiesOf(
      'Рекомендовать к распространению опыт педагогов:\n\n1. Формирование функциональной грамотности на уроках математики – Сидорова О.В., учитель МБОУ СОШ № 2.\n2. Мастер-класс «Игры на уроке» – Петрова А.А.\n3. «Школьный театр как ресурс воспитания» – Иванова Н.Н., педагог-организатор МБОУ СОШ № 3.',
    );
    expect(e.practices.map((p) => [p.title, p.authorIds.length, p.organizationIds.length])).toEqual([
      ['Формирование функциональной грамотности на уроках математики', 1, 1],
      ['Школьный театр как ресурс воспитания', 1, 1],
    ]);
  });

  it('not in the seeds: "представление опыта" with authors in brackets', () => {
    const e = entitiesOf('Состоялось представление опыта «Наставничество в малой школе» (Петрова А.А., учитель МКОУ Услонская ООШ).');
    expect(e.practices).toMatchObject([{ title: 'Наставничество в малой школе', authorIds: ['pe1'], organizationIds: ['o1'] }]);
  });

  it('a list announced by a colon, written as paragraphs that open with a quoted title and wrap', () => {
    const e = entitiesOf(
      'В ходе конференции представлены лучшие практики:\n«Цифровой дневник наблюдений в начальной школе» (Соколова Н.А.,\nучитель начальных классов МБОУ СОШ № 3);\n«Школьная медиастудия как среда воспитания» (Гусев П.Р., педагог\nдополнительного образования, МАОУ «Гимназия № 5»).\n\nУчастники отметили высокий уровень работ.',
    );
    expect(e.practices.map((p) => [p.title, p.authorIds.length, p.line])).toEqual([
      ['Цифровой дневник наблюдений в начальной школе', 1, 2],
      ['Школьная медиастудия как среда воспитания', 1, 4],
    ]);
  });

  it('a heading announces practices: under it only quoted titles count, in a list or a table', () => {
    expect(titles('ПРЕДСТАВЛЕННЫЙ ОПЫТ\n\n- «Экологическая тропа во дворе детского сада» (Белова С.С., воспитатель);\n- Провести семинар для педагогов района (Иванова И.И.).\n')).toEqual([
      'Экологическая тропа во дворе детского сада',
    ]);
    // a heading with a word that only starts like the noun announces nothing
    expect(titles('ОПЫТНО-ЭКСПЕРИМЕНТАЛЬНАЯ РАБОТА\n\n- «Школа без двоек» (Белова С.С., воспитатель);\n')).toEqual([]);
    const e = entitiesOf('## Опыт, рекомендованный к распространению\n\n| № | Название | Автор |\n|---|---|---|\n| 1 | «Тьюторское сопровождение одарённых детей» | Андреева М.В., МБОУ СОШ № 7 |\n');
    expect(e.practices).toMatchObject([{ title: 'Тьюторское сопровождение одарённых детей', authorIds: ['pe1'], organizationIds: ['o1'], line: 5 }]);
  });

  it('a table under a practices intro: the column headed "Название …" holds the titles, quoted or not', () => {
    const e = entitiesOf(
      'Опыт, рекомендованный к распространению:\n\n| № | Название опыта | Автор, организация |\n|---|---|---|\n| 1 | Школьная теплица как лаборатория | Яковлева Т.С., МБОУ СОШ № 11 |\n| 2 | Сетевой проект | Пахомов В.В. |\n| 3 | «Медиашкола для родителей» | Фомина Е.Е. |\n',
    );
    expect(e.practices.map((p) => [p.title, p.authorIds.length, p.organizationIds.length, p.line])).toEqual([
      ['Школьная теплица как лаборатория', 1, 1, 5],
      ['Медиашкола для родителей', 1, 0, 7],
    ]);
  });

  it('a practice noun right before a quote names it; the speaker before it in the clause is its author', () => {
    const e = entitiesOf(
      'Выступили: учитель химии МБОУ СОШ № 4 Коваленко Р.М. поделился опытом «Домашний эксперимент на уроках химии»; Лаптева О.В., педагог-психолог, – о профилактике тревожности.',
    );
    expect(e.practices.map((p) => [p.title, p.authorIds.map((id) => e.people.find((x) => x.id === id)!.surname)])).toEqual([
      ['Домашний эксперимент на уроках химии', ['Коваленко']],
    ]);
    expect(titles('Воспитатель Белкина Н.Н. поделилась опытом работы «Песочная терапия в детском саду».')).toEqual(['Песочная терапия в детском саду']);
    // the plural names a competition or a collection, not one practice
    expect(titles('Подведены итоги конкурса лучших практик «Наставник года».')).toEqual([]);
    // nor is a known project or an organisation a practice's title
    expect(titles('Изучить опыт «Точка роста» и опыт «Гимназии № 3».')).toEqual([]);
  });

  it.each([
    ['practice nouns before quotes', 'поделился опытом «Урок» '.repeat(40000)],
    ['presentations with a colon and titles after ";"', 'Из опыта работы: «Урок»; «Игра» '.repeat(30000)],
  ])('a 1 MB line of %s is read in one pass: one practice per title', (_name, text) => {
    expect(new Set(titles(text))).toEqual(new Set(text.startsWith('Из') ? ['Урок', 'Игра'] : ['Урок']));
  });

  it('"из опыта работы:" followed by titles separated by ";"', () => {
    expect(titles('2. Обобщение опыта: «Утренний круг в подготовительной группе» (воспитатель Сомова Л.И.); «Сенсорная комната для малышей» (воспитатель Кравец Н.Б.).')).toEqual([
      'Утренний круг в подготовительной группе',
      'Сенсорная комната для малышей',
    ]);
  });
});

describe('projects', () => {
  it('quoted names governed by "проект", in a list, with the region between', () => {
    expect(projects('региональных проектов Красноярского края «Современная школа», «Успех каждого ребенка», «Поддержка семей, имеющих детей» в школах.')).toEqual([
      'Современная школа',
      'Успех каждого ребенка',
      'Поддержка семей, имеющих детей',
    ]);
  });

  it('a movement and the names listed after it, merged across spellings', () => {
    const e = entitiesOf('на сайте РДДМ «Движение Первых», ЮНАРМИЯ, «Орлята России».\n\nотделений РДДМ «Движение первых»;');
    expect(e.projects).toEqual([
      { name: 'Движение Первых', lines: [1, 3] },
      { name: 'Орлята России', lines: [1] },
    ]);
  });

  it('a project inside a practice title is still a project; the title is not', () => {
    expect(projects('«Практика повышения качества в рамках проекта «500+»')).toEqual(['500+']);
  });

  it.each([
    ['в рамках национального проекта «Образование»', ['Образование']],
    ['реализация программы «Разговоры о важном» и программ «Орлята России» и «Юные экологи»', ['Разговоры о важном', 'Орлята России', 'Юные экологи']],
    ['открыт центр «Точка роста»', ['Точка роста']],
    ['в проектах «Футбол в школу», «Самбо в школу» и др.', ['Футбол в школу', 'Самбо в школу']],
  ])('not in the seeds: %s', (text, expected) => {
    expect(projects(text)).toEqual(expected);
  });

  it.each([
    'участников конкурса «Директор года»',
    'занятия по теме «Россия – мои горизонты»',
    'конференции «Вызовы времени: актуальные подходы»',
    'обеспечить заключение «эффективного контракта»',
    'Проектный офис «Строим школу Минпросвещения»',
    'МАОУ «Гимназия №1 г. Канска»',
    'классов «Юная смена ГИБДД»',
  ])('not a project: %s', (text) => {
    expect(projects(text)).toEqual([]);
  });
});

describe('quotes on hostile input', () => {
  it.each([
    ['200,000 « in a row', '«'.repeat(200000)],
    ['200,000 « after words', 'проект «'.repeat(200000)],
  ])('%s: read in linear time, no project out of a passage', (_name, text) => {
    const t0 = performance.now();
    expect(projects(text)).toEqual([]);
    expect(performance.now() - t0).toBeLessThan(10000);
  });

  it('a quoted name after a long unclosed passage is still read', () => {
    expect(projects(`Участвовать в проекте «Успех каждого ребенка». ${'слово '.repeat(300)}`)).toEqual(['Успех каждого ребенка']);
  });
});
