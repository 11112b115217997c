// Task paths (Task.path) come from the list tree (5-structure/list-tree.ts):
// the task reader closes its frames down to the item an item's list is nested
// under. Each case here is one where the reader's own marker-style nesting,
// which the tree replaced, and the tree disagreed; every document is written
// for the test and appears in no fixture.
import { describe, expect, it } from 'vitest';
import { structureOf } from './helpers.js';

const pathsOf = (lines: string[]) => structureOf(`${lines.join('\n')}\n`).tasks.map((t) => t.path);

describe('task paths from the list tree', () => {
  it('"3." after sub-lists "1) 2)" under "2. …:" is the outer list\'s third item, not the sub-list\'s', () => {
    expect(
      pathsOf([
        'Участники совещания решили:',
        '1. Методистам центра:',
        '1) собрать анкеты молодых учителей;',
        '2) обобщить итоги анкетирования.',
        '2. Библиотекарям школ:',
        '1) пополнить фонд словарей;',
        '2) провести неделю детской книги.',
        '3. Опубликовать решение в газете «Районные вести».',
      ]),
    ).toEqual([['1', '1'], ['1', '2'], ['2', '1'], ['2', '2'], ['3']]);
  });

  it('"2)" and "3)" after "1." are the same list written in mixed styles, not a list nested under 1', () => {
    expect(
      pathsOf([
        'РЕШИЛИ:',
        '1. Утвердить план открытых занятий на второе полугодие.',
        '2) Назначить наставников учителям, пришедшим в этом году.',
        '3) Подготовить справку к педсовету в мае.',
      ]),
    ).toEqual([['1'], ['2'], ['3']]);
  });

  it('a roman part takes the place of the one before it across the headers inside that part', () => {
    expect(
      pathsOf([
        'I. ИТОГИ УЧЕБНОГО ГОДА',
        '',
        'Коллегия отмечает:',
        '1. Все школы района приняты к новому учебному году без замечаний.',
        '2. Укомплектованность педагогическими кадрами составила 96 %.',
        '',
        'II. ДИРЕКТОРАМ ШКОЛ поручить:',
        '1. Обновить паспорта доступности зданий до 1 ноября.',
        '2. Провести учебную эвакуацию в сентябре.',
      ]),
    ).toEqual([
      ['II', '1'],
      ['II', '2'],
    ]);
  });

  it('items nested under an item a paragraph has closed stay in the roman part, and so do the tasks after them', () => {
    expect(
      pathsOf([
        'II. РЕШЕНИЯ КРУГЛЫХ СТОЛОВ',
        '',
        '1. Круглый стол учителей музыки',
        '',
        'Выступили учителя школ района с сообщениями о том, как вести',
        'а) хоровое пение в начальной школе;',
        'б) музыкальный театр в основной школе.',
        '',
        'Рекомендации круглого стола:',
        '',
        'Учителям музыки:',
        '1. Разучить с хором гимн района к 1 декабря.',
        '2. Подготовить концерт ко Дню матери.',
      ]),
    ).toEqual([
      ['II', '1'],
      ['II', '2'],
    ]);
  });

  it('a "2." after the addressee blocks inside "1. …:" follows that item: it is the outer list\'s, not the last block\'s', () => {
    const text = [
      'РЕШИЛИ:',
      '1. Определить задачи на новый учебный год:',
      'Руководителям школ:',
      '1. Провести диагностику читательской грамотности.',
      '2. Обеспечить участие педагогов в курсах.',
      'Заведующим детскими садами:',
      '1. Обновить развивающую среду групп.',
      '2. Утвердить план работы методического совета.',
      '2. Разместить решение на сайте.',
    ];
    const s = structureOf(`${text.join('\n')}\n`);
    expect(s.tasks.map((t) => t.path)).toEqual([['1', '1'], ['1', '2'], ['1', '1'], ['1', '2'], ['2']]);
    // the last task is no longer in the kindergartens' block
    expect(s.tasks.map((t) => t.addresseeIds.length)).toEqual([1, 1, 1, 1, 0]);
    // and "3." there would be the block's own third item
    const third = structureOf(`${text.slice(0, -1).join('\n')}\n3. Разместить решение на сайте.\n`);
    expect(third.tasks.at(-1)!.path).toEqual(['1', '3']);
  });
});

describe('whether a list goes on past an annotation line is the list tree\'s too', () => {
  it('"Срок:" between "2." and "3)" of one list written in mixed styles is item 2\'s own, not the whole list\'s', () => {
    const s = structureOf(
      ['РЕШИЛИ:', '1. Провести смотр кабинетов физики.', '2. Подготовить заявку на лабораторное оборудование.', 'Срок: до 1 мая 2026 г.', '3) Обновить инструкции по охране труда.', ''].join('\n'),
    );
    expect(s.tasks.map((t) => [t.path.join('.'), t.deadline?.end ?? null])).toEqual([
      ['1', null],
      ['2', '2026-05-01'],
      ['3', null],
    ]);
  });
});
