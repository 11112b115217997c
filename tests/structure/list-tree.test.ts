// The list tree (5-structure/list-tree.ts): which list each item is in and
// which lists are nested under it. Every document here is written for the test.
import { describe, expect, it } from 'vitest';
import { segment } from '../../src/3-segment/segmenter.js';
import { itemAt, listTrees, MAX_NESTING, type ListNode, type ListTree } from '../../src/5-structure/list-tree.js';

/** An item as its marker, with the lists under it when it has any: ["1.", [["1.1.", "1.2."]]]. */
type Shape = string | [string, Shape[][]];

function shapeOf(list: ListNode): Shape[] {
  return list.items.map((item) => (item.children.length ? [item.block.marker!, item.children.map(shapeOf)] : item.block.marker!));
}

function trees(lines: string[]): Shape[][][] {
  return listTrees(segment(lines.join('\n')).blocks).map((tree) => tree.lists.map(shapeOf));
}

describe('list tree', () => {
  it('nests "1." / "1.1." / "а)" / "–" and resumes each outer list after its sub-lists', () => {
    const got = trees([
      'Участники семинара рекомендуют:',
      '1. Методическому центру:',
      '1.1. собрать заявки на курсы до 1 марта;',
      'а) от школ района;',
      '– с указанием темы;',
      '– с указанием сроков;',
      'б) от детских садов;',
      '1.2. составить график курсов.',
      '2. Школам:',
      '2.1. назначить ответственных.',
      '3. Разместить резолюцию на сайте.',
    ]);
    expect(got).toEqual([
      [
        [
          ['1.', [[['1.1.', [[['а)', [['–', '–']]], 'б)']]], '1.2.']]],
          ['2.', [['2.1.']]],
          '3.',
        ],
      ],
    ]);
  });

  it('a sub-list under a header item counts from 1 again; the header items stay one list', () => {
    const tree = listTrees(
      segment(
        [
          'Постановили:',
          '1. Заведующим детскими садами:',
          '1) провести родительские собрания;',
          '2) обновить информационные стенды.',
          '2. Директорам школ:',
          '1) организовать горячее питание;',
          '2) проверить пропускной режим.',
        ].join('\n'),
      ).blocks,
    )[0]!;
    expect(tree.lists).toHaveLength(1);
    const [first, second] = tree.lists[0]!.items;
    expect(first!.children.map((l) => l.items.map((i) => i.block.text))).toEqual([['провести родительские собрания;', 'обновить информационные стенды.']]);
    expect(second!.children[0]!.items.map((i) => i.value)).toEqual([1, 2]);
    expect(second!.children[0]!.parent).toBe(second);
    expect(tree.items.map((i) => i.list)).toEqual([tree.lists[0], first!.children[0], first!.children[0], tree.lists[0], second!.children[0], second!.children[0]]);
  });

  it('a paragraph ending with ":" closes the lists above: the numbering below is a tree of its own', () => {
    const got = listTrees(segment(['Управлению образования:', '1. Подготовить отчёт.', '2. Провести совещание.', 'Образовательным организациям:', '1. Обеспечить явку.'].join('\n')).blocks);
    expect(got.map((t: ListTree) => t.items.map((i) => i.block.label))).toEqual([['1', '2'], ['1']]);
    expect(got.map((t) => t.lists.length)).toEqual([1, 1]);
  });

  it('a number out of turn stays in its list, for the numbering rule to report', () => {
    const tree = listTrees(segment(['1. Утвердить план.', '2. Назначить куратора.', '4. Подвести итоги.', '1. Провести опрос.'].join('\n')).blocks)[0]!;
    expect(tree.lists).toHaveLength(1);
    expect(tree.lists[0]!.items.map((i) => i.block.label)).toEqual(['1', '2', '4', '1']);
  });

  it('bullets under a numbered item never close its list; a deeper glyph nests, the first glyph resumes', () => {
    const got = trees([
      '1. Рекомендовать педагогам:',
      '• изучить опыт коллег;',
      'o по наставничеству,',
      'o по цифровым ресурсам;',
      '• участвовать в конкурсах.',
      '2. Рассмотреть итоги на педсовете.',
    ]);
    expect(got).toEqual([[[['1.', [[['•', [['o', 'o']]], '•']]], '2.']]]);
  });

  it('"3." after a sub-list "1) 2)" continues the outer list written as it is, though both count to 2', () => {
    const got = trees(['Совет решил:', '1. Методистам:', '1) собрать анкеты;', '2. Библиотекарям:', '1) пополнить фонд;', '2) провести неделю книги.', '3. Опубликовать решение.']);
    expect(got).toEqual([[[['1.', [['1)']]], ['2.', [['1)', '2)']]], '3.']]]);
  });

  it('roman parts are one list across scopes, nested in no list, and each scope\'s lists are under the part open', () => {
    const got = listTrees(segment(['Итоги года:', '1) открыты две школы;', 'I. ОБЩЕЕ', 'Совет отмечает:', '1. Школы приняты.', 'II. ШКОЛАМ поручить:', '1. Обновить паспорта.'].join('\n')).blocks);
    const [first, second] = got;
    const parts = first!.lists[1]!;
    expect(parts.items.map((i) => i.block.label)).toEqual(['I', 'II']);
    expect(parts.parent).toBeNull();
    expect(second!.lists).toEqual([]);
    expect(second!.items.map((i) => [i.block.label, i.list.parent?.block.label ?? null])).toEqual([['1', 'I'], ['II', null], ['1', 'II']]);
  });

  it('the scopes after a header item are inside it: their lists nest under it, and its list resumes only by its numbering', () => {
    const got = listTrees(
      segment(['Совет постановил:', '1. Поручить:', 'Методистам:', '1. Собрать анкеты.', 'Библиотекарям:', '1. Пополнить фонд.', '2. Провести неделю книги.', '2. Опубликовать решение.'].join('\n')).blocks,
    );
    const [top, methodists, librarians] = got;
    const outer = top!.lists[0]!;
    expect(outer.items.map((i) => i.block.text)).toEqual(['Поручить:', 'Опубликовать решение.']);
    expect(outer.items[0]!.children.map((l) => l.items.map((i) => i.block.text))).toEqual([['Собрать анкеты.'], ['Пополнить фонд.', 'Провести неделю книги.']]);
    expect(methodists!.lists).toEqual([]);
    expect(librarians!.items.at(-1)!.list).toBe(outer);
  });

  it('nests no deeper than the bound, however many keys open lists', () => {
    // every "i.j.1." is the first item of a key of its own ("1.1.1." under "1.1", "1.2.1." under "1.2" …)
    const lines = ['РЕШЕНИЕ', ''];
    for (let i = 1; i <= 40; i++) for (let j = 1; j <= 5; j++) lines.push(`${i}.${j}.1. Сверить списки группы ${i * 10 + j}.`);
    const tree = listTrees(segment(lines.join('\n')).blocks)[0]!;
    expect(tree.items).toHaveLength(200);
    const depthOf = (list: ListNode): number => (list.parent ? 1 + depthOf(list.parent.list) : 0);
    expect(Math.max(...tree.items.map((i) => depthOf(i.list)))).toBe(MAX_NESTING - 1);
  });

  it('itemAt finds an item by where its text starts, asked ahead, back or across trees, and nothing elsewhere', () => {
    const blocks = segment(['Школам:', '1. Сдать отчёт.', '2. Провести урок.', 'Садам:', '1. Обновить стенд.'].join('\n')).blocks;
    const trees = listTrees(blocks);
    const at = itemAt(trees);
    const items = blocks.filter((b) => b.kind === 'item');
    const textOf = (start: number) => at(start)?.block.text ?? null;
    expect([items[2]!, items[0]!, items[1]!, items[2]!, items[0]!].map((b) => textOf(b.textStart))).toEqual(['Обновить стенд.', 'Сдать отчёт.', 'Провести урок.', 'Обновить стенд.', 'Сдать отчёт.']);
    expect(textOf(blocks[0]!.textStart)).toBeNull();
    expect(textOf(items[1]!.textStart + 1)).toBeNull();
    expect(at(items[2]!.textStart)!.list).toBe(trees[1]!.lists[0]);
  });
});
