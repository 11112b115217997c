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
});
