// Every numbering and heading style the segmenter must know, each written in
// phrasings that are not in the seed documents.
import { describe, expect, it } from 'vitest';
import { segment, type Block } from '../../src/3-segment/segmenter.js';

const blocksOf = (text: string, format?: 'text' | 'markdown') => segment(text, { format }).blocks;
/** The fields a reader of the output cares about, in a compact form. */
const brief = (b: Block) => ({ line: b.line, endLine: b.endLine, kind: b.kind, label: b.label, marker: b.marker, text: b.text });
const briefs = (text: string, format?: 'text' | 'markdown') => blocksOf(text, format).map(brief);
const one = (text: string, format?: 'text' | 'markdown') => {
  const blocks = blocksOf(text, format);
  expect(blocks).toHaveLength(1);
  return blocks[0]!;
};

describe('numbered items', () => {
  it.each([
    ['1. Утвердить положение о смотре-конкурсе.', '1', '1.', 'Утвердить положение о смотре-конкурсе.'],
    ['1) подготовить отчёт о самообследовании;', '1', '1)', 'подготовить отчёт о самообследовании;'],
    ['1). Направить информацию в отдел кадров.', '1', '1).', 'Направить информацию в отдел кадров.'],
    ['3). Провести родительские собрания.', '3', '3).', 'Провести родительские собрания.'],
    ['12.Поручить заместителю директора по ВР.', '12', '12.', 'Поручить заместителю директора по ВР.'],
    ['7.обеспечить явку педагогов', '7', '7.', 'обеспечить явку педагогов'],
    ['- 4. Рассмотреть вопрос на совете.', '4', '- 4.', 'Рассмотреть вопрос на совете.'],
    ['1.1. Утвердить график дежурств.', '1.1', '1.1.', 'Утвердить график дежурств.'],
    ['2.3.1 Провести входную диагностику', '2.3.1', '2.3.1', 'Провести входную диагностику'],
    ['4.2.) Обновить стенды', '4.2', '4.2.)', 'Обновить стенды'],
  ])('%s', (line, label, marker, text) => {
    expect(one(line)).toMatchObject({ kind: 'item', label, marker, text, labelStyle: 'number' });
  });

  it('nested labels know their depth', () => {
    expect(blocksOf('1. Общие\n1.1. Частные\n1.1.2. Мелкие').map((b) => b.depth)).toEqual([1, 2, 3]);
  });

  it('adjacent numbered lines are separate items, each with its own line', () => {
    expect(briefs('1) выбрать тему;\n2) составить план;\n3) отчитаться.')).toEqual([
      { line: 1, endLine: 1, kind: 'item', label: '1', marker: '1)', text: 'выбрать тему;' },
      { line: 2, endLine: 2, kind: 'item', label: '2', marker: '2)', text: 'составить план;' },
      { line: 3, endLine: 3, kind: 'item', label: '3', marker: '3)', text: 'отчитаться.' },
    ]);
  });

  it('a wrapped item keeps its continuation lines', () => {
    expect(briefs('5. Организовать курсовую подготовку учителей начальных\nклассов по программе «Орлята России».')).toEqual([
      {
        line: 1,
        endLine: 2,
        kind: 'item',
        label: '5',
        marker: '5.',
        text: 'Организовать курсовую подготовку учителей начальных классов по программе «Орлята России».',
      },
    ]);
  });

  it.each([
    ['01.09.2024 – начало учебного года'],
    ['15. 03 .2023 г. № 12'],
    ['10.30 Регистрация участников'],
    ['09.00 Открытие'],
    ['2.5 млн рублей выделено'],
    ['2024 год объявлен Годом семьи'],
  ])('%s is not an item', (line) => {
    expect(one(line).kind).not.toBe('item');
  });
});

describe('letter items', () => {
  it.each([
    ['а) организовать обучение;', 'а', 'а)'],
    ['б) обеспечить контроль.', 'б', 'б)'],
    ['в). Провести анализ', 'в', 'в).'],
    ['Г) Подготовить справку', 'г', 'Г)'],
    ['д. включить в план', 'д', 'д.'],
  ])('%s', (line, label, marker) => {
    expect(one(line)).toMatchObject({ kind: 'item', label, marker, labelStyle: 'letter' });
  });

  it('adjacent letter items are not merged into one paragraph (as remark would)', () => {
    expect(blocksOf('а) первое;\nб) второе;\nв) третье.').map((b) => b.label)).toEqual(['а', 'б', 'в']);
  });

  it('initials are not letter labels', () => {
    expect(one('Е. Г. Макарова, секретарь').kind).toBe('paragraph');
  });
});

describe('roman items', () => {
  it.each([
    ['I. Общие положения', 'I', 'I.', 'Общие положения'],
    ['II.Цель и задачи смотра', 'II', 'II.', 'Цель и задачи смотра'],
    ['IV) Порядок проведения', 'IV', 'IV)', 'Порядок проведения'],
    ['XII. Заключительные положения', 'XII', 'XII.', 'Заключительные положения'],
  ])('%s', (line, label, marker, text) => {
    expect(one(line)).toMatchObject({ kind: 'item', label, marker, text, labelStyle: 'roman' });
  });

  it('a roman ordinal in a title is not a label', () => {
    expect(one('II районного слёта юных экологов').kind).toBe('paragraph');
  });
});

describe('bullets', () => {
  it.each([
    ['-Поручить методическому кабинету', 'Поручить методическому кабинету'],
    ['- провести мастер-классы;', 'провести мастер-классы;'],
    ['• организовать выставку', 'организовать выставку'],
    ['•организовать выставку', 'организовать выставку'],
    ['– обеспечить участие;', 'обеспечить участие;'],
    ['— привлечь родителей;', 'привлечь родителей;'],
    ['–привлечь родителей', 'привлечь родителей'],
    ['* включить в план', 'включить в план'],
    ['▪ подготовить буклет', 'подготовить буклет'],
  ])('%s', (line, text) => {
    expect(one(line)).toMatchObject({ kind: 'item', label: null, labelStyle: 'bullet', text });
  });

  it('bulleted lines without blank lines between are separate items', () => {
    expect(blocksOf('-первое;\n-второе;\n- третье.').map((b) => b.text)).toEqual(['первое;', 'второе;', 'третье.']);
  });

  it('a negative number or a thematic break is not a bullet', () => {
    expect(one('-3 °C ночью').kind).toBe('paragraph');
    expect(blocksOf('Текст\n\n---\n\nЕщё текст').map((b) => b.text)).toEqual(['Текст', 'Ещё текст']);
  });
});

describe('headings', () => {
  it.each(['РЕЗОЛЮЦИЯ', 'ПОСТАНОВИЛИ:', 'СЛУШАЛИ:', 'РЕШИЛИ:', 'ПОВЕСТКА ДНЯ', 'О ВЫПОЛНЕНИИ РЕШЕНИЙ ПЕДСОВЕТА'])('%s alone on a line is a heading', (line) => {
    expect(one(line)).toMatchObject({ kind: 'heading', caps: true, text: line });
  });

  it('a capitals heading ends its block even without a blank line after it', () => {
    expect(briefs('СЛУШАЛИ:\nЗаведующую Петрову А.А. об итогах года.\nПОСТАНОВИЛИ:\n1. Принять к сведению.')).toEqual([
      { line: 1, endLine: 1, kind: 'heading', label: null, marker: null, text: 'СЛУШАЛИ:' },
      { line: 2, endLine: 2, kind: 'paragraph', label: null, marker: null, text: 'Заведующую Петрову А.А. об итогах года.' },
      { line: 3, endLine: 3, kind: 'heading', label: null, marker: null, text: 'ПОСТАНОВИЛИ:' },
      { line: 4, endLine: 4, kind: 'item', label: '1', marker: '1.', text: 'Принять к сведению.' },
    ]);
  });

  it('a heading in capitals wrapped over two lines is one heading', () => {
    expect(briefs('ПРОТОКОЛ\nЗАСЕДАНИЯ ПЕДАГОГИЧЕСКОГО СОВЕТА\n\nот 30 августа')).toEqual([
      { line: 1, endLine: 2, kind: 'heading', label: null, marker: null, text: 'ПРОТОКОЛ ЗАСЕДАНИЯ ПЕДАГОГИЧЕСКОГО СОВЕТА' },
      { line: 4, endLine: 4, kind: 'paragraph', label: null, marker: null, text: 'от 30 августа' },
    ]);
  });

  it('abbreviations in a sentence do not make it a capitals heading', () => {
    expect(one('МБОУ СОШ № 12 и МАДОУ ЦРР').kind).toBe('paragraph');
    expect(one('ФГОС').caps).toBe(false);
  });

  it('a bold capitals heading', () => {
    expect(one('**ПОСТАНОВИЛИ:**')).toMatchObject({ kind: 'heading', text: 'ПОСТАНОВИЛИ:', emphasis: true, endsWithColon: true });
  });

  it.each([
    ['# Протокол педсовета', 1, 'Протокол педсовета'],
    ['## Решение ##', 2, 'Решение'],
    ['###### Приложение 3', 6, 'Приложение 3'],
  ])('ATX %s', (line, level, text) => {
    expect(one(line, 'markdown')).toMatchObject({ kind: 'heading', level, text });
  });

  it('a line underlined with === is a heading (setext, in text and markdown)', () => {
    for (const format of ['text', 'markdown'] as const) {
      expect(briefs('Решение совета\n==============\n\nТекст.', format)[0]).toEqual({
        line: 1,
        endLine: 2,
        kind: 'heading',
        label: null,
        marker: null,
        text: 'Решение совета',
      });
    }
  });

  it('a line underlined with --- is a heading in markdown, but a rule under a paragraph in plain text', () => {
    expect(blocksOf('Решение совета\n---\nТекст.', 'markdown')[0]).toMatchObject({ kind: 'heading', level: 2, line: 1, endLine: 2 });
    expect(briefs('Решение совета\n---\nТекст.', 'text')).toEqual([
      { line: 1, endLine: 1, kind: 'paragraph', label: null, marker: null, text: 'Решение совета' },
      { line: 3, endLine: 3, kind: 'paragraph', label: null, marker: null, text: 'Текст.' },
    ]);
  });
});

describe('lines that end with a colon', () => {
  it('head what follows: the block ends at the colon', () => {
    expect(briefs('Заведующим ДОУ:\nобеспечить охват детей.')).toEqual([
      { line: 1, endLine: 1, kind: 'paragraph', label: null, marker: null, text: 'Заведующим ДОУ:' },
      { line: 2, endLine: 2, kind: 'paragraph', label: null, marker: null, text: 'обеспечить охват детей.' },
    ]);
    expect(one('Заведующим ДОУ:').endsWithColon).toBe(true);
  });

  it('a heading wrapped before its colon stays one block', () => {
    expect(briefs('Руководителям муниципальных дошкольных образовательных\nучреждений:\n- обеспечить охват;')).toEqual([
      {
        line: 1,
        endLine: 2,
        kind: 'paragraph',
        label: null,
        marker: null,
        text: 'Руководителям муниципальных дошкольных образовательных учреждений:',
      },
      { line: 3, endLine: 3, kind: 'item', label: null, marker: '-', text: 'обеспечить охват;' },
    ]);
  });

  it('"Срок:" on the next line is a block of its own', () => {
    expect(blocksOf('Провести семинар для молодых педагогов\nСрок: октябрь 2024 г.').map((b) => b.line)).toEqual([1, 2]);
  });
});

describe('emphasis wrappers', () => {
  it('**bold** and *italic* wrappers are removed from the text and remembered', () => {
    expect(one('**Решение педагогического совета**')).toMatchObject({ text: 'Решение педагогического совета', emphasis: true });
    expect(one('*Петрова А.А., учитель-логопед*')).toMatchObject({ text: 'Петрова А.А., учитель-логопед', emphasis: true });
    expect(one('__Срок исполнения__')).toMatchObject({ text: 'Срок исполнения', emphasis: true });
  });

  it('emphasis inside a line is flattened, not a wrapper', () => {
    expect(one('Принять **к сведению** доклад')).toMatchObject({ text: 'Принять к сведению доклад', emphasis: false });
  });

  it('a bold numbered item keeps its label', () => {
    expect(one('**2. Обеспечить безопасность детей**')).toMatchObject({ kind: 'item', label: '2', text: 'Обеспечить безопасность детей', emphasis: true });
  });

  it('a bold title wrapped over two lines is one block', () => {
    expect(briefs('**Решение\nметодического совета**')).toEqual([
      { line: 1, endLine: 2, kind: 'paragraph', label: null, marker: null, text: 'Решение методического совета' },
    ]);
  });

  it('markdown escapes and autolinks are read, in text and markdown', () => {
    for (const format of ['text', 'markdown'] as const) {
      expect(one('Сайт: <https://edu.example.ru>, ставка 5\\*2', format).text).toBe('Сайт: https://edu.example.ru, ставка 5*2');
      expect(one('2023\\. год педагога', format)).toMatchObject({ kind: 'paragraph', text: '2023. год педагога' });
    }
  });
});

describe('tables', () => {
  it('a markdown pipe table: each row a block with cells, the separator dropped', () => {
    const blocks = blocksOf('| № | Мероприятие | Срок |\n|---|:---|---:|\n| 1 | Педсовет | август |\n| 2 | Смотр \\| конкурс | май |');
    expect(blocks.map((b) => [b.kind, b.line, b.table, b.cells])).toEqual([
      ['table-row', 1, 1, ['№', 'Мероприятие', 'Срок']],
      ['table-row', 3, 1, ['1', 'Педсовет', 'август']],
      ['table-row', 4, 1, ['2', 'Смотр | конкурс', 'май']],
    ]);
  });

  it('a TAB-separated table: each row a block with cells; two tables are numbered apart', () => {
    const blocks = blocksOf('ФИО\tДолжность\nИванова И.И.\tучитель\n\nТекст между таблицами.\n\nМероприятие\tСрок\nСмотр\tмай');
    expect(blocks.map((b) => [b.kind, b.table, b.cells])).toEqual([
      ['table-row', 1, ['ФИО', 'Должность']],
      ['table-row', 1, ['Иванова И.И.', 'учитель']],
      ['paragraph', null, null],
      ['table-row', 2, ['Мероприятие', 'Срок']],
      ['table-row', 2, ['Смотр', 'май']],
    ]);
  });

  it('an empty TAB cell is kept in its column', () => {
    expect(one('Смотр\t\tмай').cells).toEqual(['Смотр', '', 'май']);
  });

  it('a list label followed by a TAB (Word\'s text export) is an item, not a table', () => {
    expect(briefs('1.\tУтвердить план работы.\n2)\tНазначить ответственных.\n•\tПровести акцию.')).toEqual([
      { line: 1, endLine: 1, kind: 'item', label: '1', marker: '1.', text: 'Утвердить план работы.' },
      { line: 2, endLine: 2, kind: 'item', label: '2', marker: '2)', text: 'Назначить ответственных.' },
      { line: 3, endLine: 3, kind: 'item', label: null, marker: '•', text: 'Провести акцию.' },
    ]);
  });

  it('a pandoc grid table border is not text', () => {
    expect(blocksOf('+-----+------+\n| 1 | Смотр |\n+=====+======+').map((b) => b.kind)).toEqual(['table-row']);
  });
});

describe('page layout', () => {
  it.each(['2', '- 3 -', '— 14 —', 'Страница 2 из 7', 'стр. 5', '–      6      –', 'Лист     3    из    9'])('a stray page number line "%s" between blank lines is dropped', (pageLine) => {
    const s = segment(`Первый абзац.\n\n${pageLine}\n\nВторой абзац.`);
    expect(s.blocks.map((b) => b.text)).toEqual(['Первый абзац.', 'Второй абзац.']);
    expect(s.pageNumberLines).toEqual([3]);
  });

  it('a number inside running text is not a page number', () => {
    expect(blocksOf('Количество участников:\n42\nчеловека').map((b) => b.text)).toEqual(['Количество участников:', '42 человека']);
  });

  it('a sentence split across a blank line by a page break is one block', () => {
    const text = '4. Обеспечить прохождение курсов повышения квалификации по вопросам\n\nинклюзивного образования всеми педагогами школы.';
    expect(briefs(text)).toEqual([
      {
        line: 1,
        endLine: 3,
        kind: 'item',
        label: '4',
        marker: '4.',
        text: 'Обеспечить прохождение курсов повышения квалификации по вопросам инклюзивного образования всеми педагогами школы.',
      },
    ]);
  });

  it('…and across a page number between the halves', () => {
    const text = 'Участники семинара отметили высокий уровень подготовки выступающих и\n\n- 2 -\n\nпредложили продолжить практику.';
    expect(briefs(text)).toMatchObject([{ line: 1, endLine: 5, kind: 'paragraph' }]);
  });

  it('a finished sentence is not joined to the next block', () => {
    expect(blocksOf('Заседание открыла заведующая детским садом Петрова А.А.\n\nпредложение принято единогласно').length).toBe(2);
  });

  it('4-space indented lines are text, never code', () => {
    for (const format of ['text', 'markdown'] as const) {
      expect(briefs('    1. Принять к сведению доклад заведующей\n    детским садом.\n\n        Отступ в восемь пробелов.', format)).toEqual([
        { line: 1, endLine: 2, kind: 'item', label: '1', marker: '1.', text: 'Принять к сведению доклад заведующей детским садом.' },
        { line: 4, endLine: 4, kind: 'paragraph', label: null, marker: null, text: 'Отступ в восемь пробелов.' },
      ]);
    }
  });

  it('signature lines under each other are separate blocks, not one sentence', () => {
    expect(briefs('Председатель:\nСекретарь:\n\n\nА.А. Петрова\nВ.В. Сидоров').map((b) => [b.line, b.endLine, b.text])).toEqual([
      [1, 1, 'Председатель:'],
      [2, 2, 'Секретарь:'],
      [5, 5, 'А.А. Петрова'],
      [6, 6, 'В.В. Сидоров'],
    ]);
  });

  it('letterhead lines are separate blocks; a line in lower case continues the one above', () => {
    expect(blocksOf('Управление образования\nадминистрации города\n625000, г. Тюмень, ул. Ленина, 1\nТел. 8 (3452) 00-00-00\nE-mail: uo@example.ru').map((b) => b.text)).toEqual([
      'Управление образования администрации города',
      '625000, г. Тюмень, ул. Ленина, 1',
      'Тел. 8 (3452) 00-00-00',
      'E-mail: uo@example.ru',
    ]);
  });

  it('a long line cut mid-sentence joins the next line even when it starts with a capital', () => {
    expect(
      one('На совещании выступили заместитель начальника управления образования\nИванова И.И. и методист Петрова А.А.').text,
    ).toBe('На совещании выступили заместитель начальника управления образования Иванова И.И. и методист Петрова А.А.');
  });

  it('separate sentences on separate lines stay separate blocks', () => {
    expect(blocksOf('Обеспечить участие педагогов в конкурсе «Учитель года».\nОрганизовать летний отдых детей.').length).toBe(2);
  });

  it('a list number left alone on its line by a conversion is the label of the heading after it', () => {
    const text = 'Принято решение по следующим вопросам:\n\n1\n\nЗаведующим детскими садами:\n\n1. Обеспечить охват.\n\n2. Заместителю главы:';
    expect(briefs(text)).toEqual([
      { line: 1, endLine: 1, kind: 'paragraph', label: null, marker: null, text: 'Принято решение по следующим вопросам:' },
      { line: 3, endLine: 5, kind: 'item', label: '1', marker: '1', text: 'Заведующим детскими садами:' },
      { line: 7, endLine: 7, kind: 'item', label: '1', marker: '1.', text: 'Обеспечить охват.' },
      { line: 9, endLine: 9, kind: 'item', label: '2', marker: '2.', text: 'Заместителю главы:' },
    ]);
  });

  it('line numbers count every source line, blank ones included', () => {
    const s = segment('\n\n\nРЕЗОЛЮЦИЯ\n\n\n1. Пункт.\n');
    expect(s.lineCount).toBe(8);
    expect(s.blocks.map((b) => b.line)).toEqual([4, 7]);
  });
});
