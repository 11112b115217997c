// Tables in the drawings converted documents use: box-drawing characters, ASCII
// grids, cells that wrap over several lines. Each table is written here, in no fixture.
import { describe, expect, it } from 'vitest';
import { segment } from '../../src/3-segment/segmenter.js';
import { continuationRow, joinFragments, splitBoxRow } from '../../src/3-segment/table.js';
import { cellsByColumn } from '../../src/3-segment/aligned.js';

const rows = (text: string) => segment(text).blocks.map((b) => [b.kind, b.line, b.endLine, b.cells]);

describe('box-drawing tables', () => {
  it('a row whose cells wrap over several lines is one row; borders are not text', () => {
    const text = [
      '╔═══╦════════════════════════╦═════════════╗',
      '║ № ║ Содержание             ║ Срок        ║',
      '╠═══╬════════════════════════╬═════════════╣',
      '║ 1 ║ Обновить паспорт       ║ до 1 ноября ║',
      '║   ║ дорожной безопасности  ║ 2026 г.     ║',
      '╠═══╬════════════════════════╬═════════════╣',
      '║ 2 ║ Провести смотр кабинетов ║ май       ║',
      '╚═══╩════════════════════════╩═════════════╝',
    ].join('\n');
    expect(rows(text)).toEqual([
      ['table-row', 2, 2, ['№', 'Содержание', 'Срок']],
      ['table-row', 4, 5, ['1', 'Обновить паспорт дорожной безопасности', 'до 1 ноября 2026 г.']],
      ['table-row', 7, 7, ['2', 'Провести смотр кабинетов', 'май']],
    ]);
  });

  it('a plain line of box horizontals over a pipe table is no border: each line stays a row', () => {
    expect(rows('────────────────────\n| Мероприятие | Срок |\n| Смотр | май |').map((r) => r[3])).toEqual([
      ['Мероприятие', 'Срок'],
      ['Смотр', 'май'],
    ]);
  });

  it('a row spanning the table is one cell', () => {
    expect(splitBoxRow('│ Раздел 3. Работа с кадрами              │')).toEqual(['Раздел 3. Работа с кадрами']);
    expect(splitBoxRow('│ 3.1 │ Аттестация │ март │')).toEqual(['3.1', 'Аттестация', 'март']);
  });

  it('rowNumberStartsRow: without borders between rows, a number in the first column starts a row', () => {
    const text = [
      '┌────┬─────────────────────┬──────────┐',
      '│ №  │ Мероприятие         │ Срок     │',
      '├────┼─────────────────────┼──────────┤',
      '│ 1. │ Семинар для молодых │ октябрь  │',
      '│    │ педагогов           │          │',
      '│ 2. │ Конкурс чтецов      │ март     │',
      '└────┴─────────────────────┴──────────┘',
    ].join('\n');
    expect(rows(text).slice(1)).toEqual([
      ['table-row', 4, 5, ['1.', 'Семинар для молодых педагогов', 'октябрь']],
      ['table-row', 6, 6, ['2.', 'Конкурс чтецов', 'март']],
    ]);
  });
});

describe('ASCII grids', () => {
  it('the lines between two "+---+" borders are one row', () => {
    const text = [
      '+---+-----------------------+------------+',
      '| № | Мероприятие           | Срок       |',
      '+===+=======================+============+',
      '| 1 | Подготовить отчёт о   | до 20      |',
      '|   | работе библиотеки     | декабря    |',
      '+---+-----------------------+------------+',
    ].join('\n');
    expect(rows(text)).toEqual([
      ['table-row', 2, 2, ['№', 'Мероприятие', 'Срок']],
      ['table-row', 4, 5, ['1', 'Подготовить отчёт о работе библиотеки', 'до 20 декабря']],
    ]);
  });

  it('a grid with pipes at its edges and "+" at the crossings ("|----+----|") is ruled too', () => {
    const text = ['|----+-------------------+---------|', '| №  | Мероприятие       | Срок    |', '|----+-------------------+---------|', '| 1  | Выставка детского | декабрь |', '|    | рисунка           |         |', '|----+-------------------+---------|'].join('\n');
    expect(rows(text)).toEqual([
      ['table-row', 2, 2, ['№', 'Мероприятие', 'Срок']],
      ['table-row', 4, 5, ['1', 'Выставка детского рисунка', 'декабрь']],
    ]);
  });

  it('a Markdown pipe table keeps one row per line', () => {
    expect(rows('| № | Мероприятие |\n|---|---|\n| 1 | Смотр |\n| 2 | Конкурс |').map((r) => r[3])).toEqual([
      ['№', 'Мероприятие'],
      ['1', 'Смотр'],
      ['2', 'Конкурс'],
    ]);
  });
});

describe('continuationRow', () => {
  it('in a numbered pipe table, an unnumbered line going on in lower case is the rest of the row above', () => {
    expect(rows('| № | Мероприятие | Срок |\n| 1 | Смотр | до 1 |\n|   | строя и песни | марта |\n| 2 | Конкурс | май |').map((r) => [r[1], r[2], r[3]])).toEqual([
      [1, 1, ['№', 'Мероприятие', 'Срок']],
      [2, 3, ['1', 'Смотр строя и песни', 'до 1 марта']],
      [4, 4, ['2', 'Конкурс', 'май']],
    ]);
  });

  it('an unnumbered line starting in capitals, or under an unnumbered row, stays a row', () => {
    expect(continuationRow(['1', 'Смотр'], ['', 'Работа с родителями'])).toBe(false);
    expect(continuationRow(['', 'Смотр'], ['', 'строя и песни'])).toBe(false);
    expect(continuationRow(['2.1', 'Смотр'], ['', 'строя и песни'])).toBe(true);
    expect(continuationRow(['№ п/п', 'Сроки', ''], ['', 'начало', 'окончание'])).toBe(false);
  });
});

describe('joinFragments', () => {
  it('joins a cell\'s fragments by a space, and a word wrapped after its hyphen without one', () => {
    expect(joinFragments(['учителя', 'физики'])).toBe('учителя физики');
    expect(joinFragments(['педагоги-', 'наставники', 'школ'])).toBe('педагоги-наставники школ');
    expect(joinFragments(['', 'май'])).toBe('май');
    expect(joinFragments(['до 1 мая', ''])).toBe('до 1 мая');
    expect(joinFragments(['2025 -', '2026 гг.'])).toBe('2025 - 2026 гг.');
  });
});

describe('tables drawn with spaces only', () => {
  it('a header naming plan columns sets the columns; numbered rows wrap inside them', () => {
    const text = [
      'Решили:',
      '',
      'Мероприятие                        Срок                Исполнитель',
      '=====================================================================',
      '1. Обновить инструкции по охране   до 10 сентября      Заместитель по АХЧ',
      '   труда для кабинетов химии                           Гусев П.П.',
      '2. Провести ревизию спортивного    август              Учителя физкультуры',
      '   инвентаря',
      '',
      '3. Составить график дежурств       до 30 августа       Завуч',
      '',
      'Председатель совещания                                  А.Б. Соколова',
    ].join('\n');
    const blocks = segment(text).blocks;
    expect(blocks.map((b) => [b.kind, b.line, b.endLine, b.cells])).toEqual([
      ['paragraph', 1, 1, null],
      ['table-row', 3, 3, ['Мероприятие', 'Срок', 'Исполнитель']],
      ['table-row', 5, 6, ['1. Обновить инструкции по охране труда для кабинетов химии', 'до 10 сентября', 'Заместитель по АХЧ Гусев П.П.']],
      ['table-row', 7, 8, ['2. Провести ревизию спортивного инвентаря', 'август', 'Учителя физкультуры']],
      ['table-row', 10, 10, ['3. Составить график дежурств', 'до 30 августа', 'Завуч']],
      ['paragraph', 12, 12, null],
    ]);
  });

  it('in an unnumbered table a row starts where its first column does not start in lower case', () => {
    const text = ['Задача                  Когда          Кто', 'Семинар для молодых     октябрь        Орлова В.К.', 'педагогов', 'Конкурс чтецов          март           Жукова Н.Н.'].join('\n');
    expect(segment(text).blocks.map((b) => b.cells?.[0])).toEqual(['Задача', 'Семинар для молодых педагогов', 'Конкурс чтецов']);
  });

  it('a line of two parts set apart by spaces is no table unless its parts name plan columns', () => {
    const text = 'Директор школы                     О.П. Лаптева\nГлавный бухгалтер                  Н.Н. Сурова';
    expect(segment(text).blocks.map((b) => b.kind)).toEqual(['paragraph', 'paragraph']);
  });

  it('headerOverRule: a header of two lines over its rule is one header row', () => {
    const text = [
      '№     Наименование           Срок           Ответственный',
      'п/п   мероприятия            исполнения     исполнитель',
      '-----------------------------------------------------------',
      '1.    Смотр-конкурс          до 1 апреля    Вожатая',
      '      уголков здоровья',
    ].join('\n');
    expect(segment(text).blocks.map((b) => [b.line, b.endLine, b.cells])).toEqual([
      [1, 2, ['№ п/п', 'Наименование мероприятия', 'Срок исполнения', 'Ответственный исполнитель']],
      [4, 5, ['1.', 'Смотр-конкурс уголков здоровья', 'до 1 апреля', 'Вожатая']],
    ]);
  });

  it('headerContinuation: without a rule, a line going on with the header\'s words in lower case is still the header', () => {
    const text = ['Наименование       Срок          Ответственный', 'работ              выполнения    исполнитель', 'Ремонт спортзала   июль          Завхоз'].join('\n');
    expect(segment(text).blocks.map((b) => [b.line, b.endLine, b.cells])).toEqual([
      [1, 2, ['Наименование работ', 'Срок выполнения', 'Ответственный исполнитель']],
      [3, 3, ['Ремонт спортзала', 'июль', 'Завхоз']],
    ]);
  });

  it('cellsByColumn: a part that runs on into the next column does not keep to the columns', () => {
    expect(cellsByColumn('Провести смотр      май', [0, 20])).toEqual(['Провести смотр', 'май']);
    expect(cellsByColumn('   и конкурс', [0, 20])).toEqual(['и конкурс', '']);
    expect(cellsByColumn('Контроль за исполнением решения возложить на завуча', [0, 20])).toBeNull();
  });
});

describe('a bullet glyph before a TAB', () => {
  it('is a list item of Word\'s text export, not a two-cell table row', () => {
    const text = '•\tЗаведующим детскими садами:\n\to\tпровести смотр групп\n\t\tк новому учебному году;\n\t\t§\tсоставить акты;\n\to\tобновить паспорта.';
    expect(segment(text).blocks.map((b) => [b.kind, b.marker, b.line, b.endLine, b.text])).toEqual([
      ['item', '•', 1, 1, 'Заведующим детскими садами:'],
      ['item', 'o', 2, 3, 'провести смотр групп к новому учебному году;'],
      ['item', '§', 4, 4, 'составить акты;'],
      ['item', 'o', 5, 5, 'обновить паспорта.'],
    ]);
  });

  it('a word before a TAB still opens a table row', () => {
    expect(segment('о\tсроках').blocks.map((b) => b.kind)).toEqual(['table-row']);
    expect(segment('ох\tи ах').blocks.map((b) => b.kind)).toEqual(['table-row']);
  });
});
