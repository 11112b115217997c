import { describe, expect, it } from 'vitest';
import type { Block } from '../../src/3-segment/segmenter.js';
import { lineAt, makeView } from '../../src/6-entities/view.js';
import { findNames } from '../../src/6-entities/names.js';

/** A table row as the segmenter gives it: raw lines, and the cells it read from them. */
function row(raw: string[], cells: string[], line = 10): Block {
  return {
    kind: 'table-row', line, textLine: line, endLine: line + raw.length - 1, label: null, labelStyle: null, marker: null,
    depth: 0, indent: 0, column: 1, text: cells.join(' | '), raw: raw.join('\n'), level: 0, emphasis: false, caps: false,
    endsWithColon: false, cells, table: 1, span: { start: 0, end: raw.join('\n').length }, textStart: 0,
  };
}

describe('the entity view of a block', () => {
  it('a table row wrapped over lines is read as its cells: a name split by the wrap is whole, on the row\'s first line', () => {
    const block = row(
      ['│ 4.2 │ ИМЦ (Рябинина        │ до 1 мая  │', '│     │ О.К.) подготовить    │           │', '│     │ отчёт                │           │'],
      ['4.2', 'ИМЦ (Рябинина О.К.) подготовить отчёт', 'до 1 мая'],
    );
    const view = makeView(block, 0);
    expect(findNames(view.text).map((n) => [n.surname, n.initials])).toEqual([['Рябинина', 'О.К.']]);
    expect(lineAt(view, view.text.indexOf('Рябинина'))).toBe(10);
  });

  it('a one-line row keeps its source text, one character for one', () => {
    const view = makeView(row(['| 1 | Рябинина О.К. | МБОУ СОШ N 3 |'], ['1', 'Рябинина О.К.', 'МБОУ СОШ N 3']), 0);
    expect(view.text).toBe(', 1 , Рябинина О.К. , МБОУ СОШ № 3 ,');
  });
});
