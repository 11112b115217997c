import { describe, expect, it } from 'vitest';
import { doc, structureOf } from './helpers.js';

describe('sections', () => {
  it('topic headings nest in the protocol part around them; tasks carry their section', () => {
    const s = structureOf(
      doc(`
      ПРОТОКОЛ
      совещания заместителей директоров по ВР

      Ход совещания:

      Патриотическое воспитание

      Задачи муниципального уровня:
      - организовать районный слет юнармейцев.

      Профилактика

      Задачи уровня образовательной организации:
      - провести неделю правовых знаний.
      `),
    );
    expect(s.sections.map((x) => [x.id, x.title, x.parentId, x.line, x.endLine])).toEqual([
      ['s1', 'Ход совещания', null, 4, 14],
      ['s2', 'Патриотическое воспитание', 's1', 6, 9],
      ['s3', 'Профилактика', 's1', 11, 14],
    ]);
    expect(s.tasks.map((t) => t.sectionId)).toEqual(['s2', 's3']);
  });

  it('roman headings are sections and start the path of their tasks', () => {
    const s = structureOf('I. Дошкольное образование\n1. Заведующим ДОУ:\nа) обновить программы;\nII. Общее образование\n1. Провести диагностику.\n');
    expect(s.sections.map((x) => x.title)).toEqual(['Дошкольное образование', 'Общее образование']);
    expect(s.tasks.map((t) => t.path)).toEqual([['I', '1', 'а'], ['II', '1']]);
  });

  it('a second document in the file is a section, and its tasks count', () => {
    const s = structureOf(
      doc(`
      Резолюция
      районного семинара учителей химии

      1. Провести олимпиаду по химии.

      Информационная справка о проведении семинара

      Семинар прошел 5 октября 2023 г.

      Рекомендовать учителям химии:
      - использовать оборудование центров «Точка роста».
      `),
    );
    expect(s.sections.map((x) => [x.title, x.line])).toEqual([['Информационная справка о проведении семинара', 6]]);
    expect(s.tasks.map((t) => t.sectionId)).toEqual([null, 's1']);
    expect(s.document.date).toBeNull();
  });

  it('a sentence that opens with a kind word is not a new document; a letterhead stamp is not a section', () => {
    const s = structureOf('ПРОЕКТ\n\nРЕШЕНИЕ\nметодического совета\n\n1. Утвердить план.\n\nРешение принято единогласно.\n');
    expect(s.sections).toEqual([]);
    expect(s.document.title).toBe('РЕШЕНИЕ методического совета');
  });

  it('the agenda ends with its list of questions: the record, the decisions and a table after it are not in it', () => {
    const s = structureOf(
      doc(`
      ПРОТОКОЛ № 5
      заседания методического совета школы

      Повестка дня:
      1. О проведении недели естественных наук.
      Докладчик: Соколова Р.П.
      2. Об участии педагогов в конкурсе «Педагогический дебют».
      Докладчик – Юдина М.С.

      Слушали: Соколову Р.П. о плане недели естественных наук.

      1. Провести неделю естественных наук с 10 по 15 ноября 2026 г.
      2. Учителям-предметникам подготовить открытые уроки.

      | № | Мероприятие | Срок |
      | Конкурс |
      | 1 | Подать заявки на конкурс | до 1 декабря 2026 г. |
      `),
    );
    // the questions and the speaker under each are the agenda; nothing after them is
    expect(s.sections.map((x) => [x.title, x.parentId, x.line, x.endLine])).toEqual([
      ['Повестка дня', null, 4, 8],
      ['Конкурс', null, 16, 17],
    ]);
    // the decisions after it are tasks, not questions of the agenda, and in no section of it
    expect(s.tasks.map((t) => [t.number, t.sectionId])).toEqual([
      ['1', null],
      ['2', null],
      ['1', 's2'],
    ]);
  });

  it('an agenda runs over the paragraphs between its questions, not over a numbering that starts again', () => {
    const s = structureOf(
      doc(`
      ПРОТОКОЛ
      родительского собрания 7 «Б» класса

      Повестка:
      1. Итоги первой четверти.
      Информация классного руководителя.
      2. Подготовка к экскурсии в краеведческий музей.
      Заслушав классного руководителя, собрание решило:
      1. Родительскому комитету собрать заявки на экскурсию до 20 ноября 2026 г.
      `),
    );
    expect(s.sections.map((x) => [x.title, x.line, x.endLine])).toEqual([['Повестка', 4, 7]]);
    expect(s.tasks.map((t) => [t.line, t.sectionId])).toEqual([[9, null]]);
  });

  it('topic headers group the questions of an agenda; one before the record of the meeting is no part of it', () => {
    const s = structureOf(
      doc(`
      Повестка дня:
      По учебной работе:
      1. Об итогах пробного ОГЭ.
      По воспитательной работе:
      1. О дежурстве классов по школе.

      По первому вопросу:
      СЛУШАЛИ: Орехову Л.Л. об итогах пробного ОГЭ.
      `),
    );
    expect(s.sections.map((x) => [x.title, x.line, x.endLine])).toEqual([['Повестка дня', 1, 5]]);
  });

  it('a table right under a heading that announces practices is its list', () => {
    const s = structureOf('# РЕЗОЛЮЦИЯ семинара\n\n## Представленные практики\n\n| № | Практика | Автор |\n| 1 | «Музей в чемодане» | Рябова Т.Т. |\n| 2 | «Школьный подкаст» | Гусев Е.Е. |\n\n## Решение\n\n1. Обобщить опыт школ.\n');
    expect(s.sections.map((x) => [x.title, x.line, x.endLine])).toEqual([
      ['Представленные практики', 3, 7],
      ['Решение', 9, 11],
    ]);
  });
});
