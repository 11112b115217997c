// Lists exported from Word as text: bullets that change glyph from level to
// level ("•", "o", "▪"), items wrapped with a hanging indent, topic headers
// ("По второму вопросу:") that only group the items below. Every document here
// is written for the test; none is taken from a fixture.
import { describe, expect, it } from 'vitest';
import { readLabel } from '../../src/3-segment/labels.js';
import { segment } from '../../src/3-segment/segmenter.js';
import { isTopicHeader, protocolPart } from '../../src/5-structure/directives.js';
import { structureOf } from './helpers.js';
import { buildStructure } from '../../src/5-structure/index.js';

describe("Word's second-level bullet", () => {
  it('a Latin "o" before white space, or a Wingdings "§" before a TAB, is a bullet', () => {
    expect(readLabel('o\tпровести семинар')).toMatchObject({ style: 'bullet', marker: 'o' });
    expect(readLabel('o обновить стенд')).toMatchObject({ style: 'bullet', marker: 'o' });
    expect(readLabel('§\tобновить стенд')).toMatchObject({ style: 'bullet', marker: '§' });
  });

  it('the preposition "о" in running text is not', () => {
    expect(readLabel('о ходе подготовки к зиме')).toBeNull();
    expect(readLabel('обновить стенд')).toBeNull();
  });
});

describe('hanging indent', () => {
  it('lines indented past the item continue it, a colon-ended addressee and a dash before the deadline included', () => {
    const text = [
      '•\tКомитету по делам молодёжи администрации Заречного городского',
      '\tокруга (Сидорова Н.В.):',
      '\to\tподготовить положение о молодёжном совете при администрации',
      '\t\t– до 15 мая 2026 г.;',
      '\to\tпровести слёт волонтёров.',
    ].join('\n');
    const blocks = segment(text).blocks;
    expect(blocks.map((b) => [b.line, b.endLine, b.marker])).toEqual([
      [1, 2, '•'],
      [3, 4, 'o'],
      [5, 5, 'o'],
    ]);
    expect(blocks[0]!.endsWithColon).toBe(true);
    expect(blocks[1]!.text).toContain('– до 15 мая 2026 г.');
  });

  it('a dash item at the same indent as the one before is a sibling, not a continuation', () => {
    const blocks = segment('– провести собрание родителей\n– оформить стенд').blocks;
    expect(blocks).toHaveLength(2);
  });
});

describe('bullet glyphs are levels', () => {
  it('"•" heads addressees, "o" their tasks; each level keeps its addressee', () => {
    const s = structureOf(
      [
        'Участники семинара рекомендуют:',
        '',
        '•\tЗаведующим детскими садами:',
        '\to\tобновить развивающую среду групп;',
        '\to\tпровести родительские собрания.',
        '•\tИнструкторам по физической культуре:',
        '\to\tорганизовать спортивный праздник.',
      ].join('\n'),
    );
    expect(s.addressees.map((a) => a.normalized)).toEqual(['заведующие детскими садами', 'инструкторы по физической культуре']);
    expect(s.tasks.map((t) => t.addresseeIds)).toEqual([['a1'], ['a1'], ['a2']]);
  });
});

describe('topic headers', () => {
  it('are short phrases opened by "по" or "в части" and ended with a colon', () => {
    expect(isTopicHeader('По четвёртому вопросу:')).toBe(true);
    expect(isTopicHeader('по вопросам охраны труда:')).toBe(true);
    expect(isTopicHeader('в части питания обучающихся:')).toBe(true);
    expect(isTopicHeader('По итогам проверки провести совещание:')).toBe(false);
    expect(isTopicHeader('По вопросам, рассмотренным на заседании совета трудового коллектива школы:')).toBe(false);
    expect(isTopicHeader('По второму вопросу')).toBe(false);
    expect(isTopicHeader('По результатам проверки ПОСТАНОВИЛИ:')).toBe(false);
  });

  it('under an addressee, the items of a topic header are that addressee\'s tasks', () => {
    const s = structureOf(
      [
        'Директорам школ:',
        '- по вопросам охраны труда:',
        '  * провести инструктаж работников;',
        '- в части питания:',
        '  * утвердить меню на осенний период.',
      ].join('\n'),
    );
    expect(s.tasks.map((t) => [t.text, t.addresseeIds.join()])).toEqual([
      ['провести инструктаж работников;', 'a1'],
      ['утвердить меню на осенний период.', 'a1'],
    ]);
  });

  it('under "Повестка дня:" they group topics, which stay topics', () => {
    const s = structureOf(['Повестка дня:', '', 'По первому вопросу:', '- О готовности пищеблока к учебному году.', '', 'По второму вопросу:', '- Обсудить график дежурств.'].join('\n'));
    expect(s.tasks).toEqual([]);
  });
});

describe('a decisions part named with its body', () => {
  it('"Решение комиссии:" opens decisions like "РЕШИЛИ:"', () => {
    expect(protocolPart('Решение аттестационной комиссии:')).toEqual({ part: 'решение', decisions: true });
    expect(protocolPart('Решение принято единогласно.')).toBeNull();
  });

  it('with topic headers inside, the items under them are tasks; a "Срок:" line indented under an item is that item\'s own', () => {
    const s = structureOf(
      [
        'Решение методического объединения:',
        '•\tПо первому вопросу:',
        '\to\tОдобрить рабочие программы.',
        '\to\tПодготовить график открытых уроков.',
        '\t\tСрок: до 20.09.2025 г.',
        '•\tПо второму вопросу:',
        '\to\tПровести школьный тур олимпиады.',
      ].join('\n'),
    );
    expect(s.tasks.map((t) => [t.text.slice(0, 20), t.deadline?.end ?? null])).toEqual([
      ['Одобрить рабочие про', null],
      ['Подготовить график о', '2025-09-20'],
      ['Провести школьный ту', null],
    ]);
  });
});

describe('headings that name an addressee', () => {
  it('a Markdown or HTML heading "Кому:" heads the tasks below it, with or without its colon', () => {
    const text = ['## Совет рекомендует', '', '### Учителям начальных классов:', '', '- Проводить минутки чтения.', '', '### Школьному библиотекарю', '', '- Обновить выставку новинок.'].join('\n');
    const clean = text;
    const s = buildStructure(segment(clean, { format: 'markdown' }), clean.split('\n'));
    expect(s.addressees.map((a) => a.normalized)).toEqual(['учителя начальных классов', 'школьный библиотекарь']);
    expect(s.tasks.map((t) => t.addresseeIds)).toEqual([['a1'], ['a2']]);
    expect(s.sections.map((x) => x.title)).toEqual(['Совет рекомендует']);
  });
});

describe("an item's second paragraph", () => {
  it('an unnumbered paragraph between two numbered tasks continues the one above, past its "Срок:" line', () => {
    const s = structureOf(
      [
        'РЕШИЛИ:',
        '',
        '1. Учителям физики обновить лабораторное оборудование кабинета.',
        '',
        'Список оборудования согласовать с заместителем директора.',
        'Срок: до 01.10.2025',
        '',
        '2. Провести неделю естественных наук.',
        '',
        'Итоги недели обсудить на совещании при директоре.',
        'Срок: ноябрь 2025 г.',
      ].join('\n'),
    );
    expect(s.tasks).toHaveLength(2);
    expect(s.tasks[0]!.text).toContain('Список оборудования согласовать');
    expect(s.tasks[0]!.deadline?.end).toBe('2025-10-01');
    expect(s.tasks[1]!.text).toContain('Итоги недели обсудить');
    expect(s.tasks[1]!.deadline?.end).toBe('2025-11-30');
  });

  it('a paragraph after the last item with no annotation of its own stays apart', () => {
    const s = structureOf(['РЕШИЛИ:', '', '1. Провести смотр кабинетов.', '2. Обновить стенды.', '', 'Контроль за исполнением решения возложить на директора.'].join('\n'));
    expect(s.tasks.map((t) => t.text)).toEqual(['Провести смотр кабинетов.', 'Обновить стенды.', 'Контроль за исполнением решения возложить на директора.']);
  });
});

describe('the record of a meeting and the titles of its parts', () => {
  it('"ВЫСТУПИЛИ: … предложили провести …" records what was said: no task, and the decisions before it are over', () => {
    const s = structureOf(
      ['РЕШИЛИ:', '1. Провести субботник.', '', 'ВЫСТУПИЛА: Голубева Н.Н. предложила закупить инвентарь.', '', 'РЕШИЛИ:', '1. Закупить инвентарь до 1 мая 2025 г.'].join('\n'),
    );
    expect(s.tasks.map((t) => t.text)).toEqual(['Провести субботник.', 'Закупить инвентарь до 1 мая 2025 г.']);
  });

  it('a lead noun alone names a part of the document ("IV. ПРЕДЛОЖЕНИЯ КОНФЕРЕНЦИИ"); with an addressee or an infinitive it gives tasks', async () => {
    const { opensWithDirective } = await import('../../src/5-structure/directives.js');
    expect(opensWithDirective('ПРЕДЛОЖЕНИЯ КОНФЕРЕНЦИИ')).toBe(false);
    expect(opensWithDirective('Рекомендации круглого стола')).toBe(false);
    expect(opensWithDirective('Рекомендуется провести педагогические чтения.')).toBe(true);
    expect(opensWithDirective('Поручается отделу кадров подготовить приказ.')).toBe(true);
  });
});

describe('a header wrapped before its person in parentheses', () => {
  it('"(Фамилия И.О.) рекомендовать:" on the next line finishes the header above', () => {
    const text = ['3. Муниципальному казённому учреждению «Центр бухгалтерского обслуживания»', '(Тихонова Р.Г.) поручить:', '3.1. подготовить смету расходов.'].join('\n');
    const s = structureOf(text);
    expect(s.addressees.map((a) => a.normalized)).toEqual(['муниципальное казённое учреждение «центр бухгалтерского обслуживания»']);
    expect(s.tasks.map((t) => [t.addresseeIds.join(), t.responsible.join()])).toEqual([['a1', 'Тихонова Р.Г.']]);
  });
});

describe('wiki markup lists', () => {
  it('"*" and "**" are two levels: the addressee and its tasks', () => {
    const s = structureOf(['== Решения ==', '* Библиотекарю школы:', '** оформить выставку к юбилею писателя;', '** провести библиотечный урок.'].join('\n'));
    expect(readLabel('** оформить выставку')).toMatchObject({ style: 'bullet', marker: '**' });
    expect(readLabel('**Важно:** текст')).toBeNull();
    expect(s.tasks.map((t) => t.addresseeIds)).toEqual([['a1'], ['a1']]);
  });
});

describe('a heading in capitals that announces decisions', () => {
  it('"ПОПЕЧИТЕЛЬСКИЙ СОВЕТ ПОСТАНОВИЛ:" puts the sentences below in a decisions context', () => {
    const s = structureOf(['ПОПЕЧИТЕЛЬСКИЙ СОВЕТ ПОСТАНОВИЛ:', '', '1. Одобрить смету расходов.', '', 'Очередное заседание совета провести в мае 2025 г.'].join('\n'));
    expect(s.tasks.map((t) => t.text)).toEqual(['Одобрить смету расходов.', 'Очередное заседание совета провести в мае 2025 г.']);
  });
});

describe('a responsible named in parentheses in the middle of the task', () => {
  it('"(отв. — …)" before the deadline', () => {
    const s = structureOf('РЕШИЛИ:\n\n1. Провести конкурс чтецов (отв. — руководитель ШМО Лаптева Г.Н.) — март 2025 г.\n');
    expect(s.tasks[0]!.responsible).toEqual(['руководитель ШМО Лаптева Г.Н.']);
    expect(s.tasks[0]!.deadline?.start).toBe('2025-03-01');
  });
});

describe('settlement abbreviations at the start of a line', () => {
  it('"г. Зареченск" and "с. Покровка" are places; "г) провести" and "г. Провести" are labels', () => {
    expect(readLabel('г. Зареченск, ул. Мира, 5')).toBeNull();
    expect(readLabel('с. Покровка                  12 мая 2025 г.')).toBeNull();
    expect(readLabel('г) провести смотр')).toMatchObject({ style: 'letter', value: 'г' });
    expect(readLabel('г. Провести смотр')).toMatchObject({ style: 'letter', value: 'г' });
  });
});
