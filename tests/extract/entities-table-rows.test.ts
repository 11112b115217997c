// A table row whose cells wrap over several lines is read column by column:
// a name or a school cut by the wrap is whole again, and keeps its true line.
import { describe, expect, it } from 'vitest';
import { entitiesOf } from '../support/entities.js';

const table = [
  '+----+------------------------------+--------------------------+',
  '| №  | Мероприятие                  | Ответственный            |',
  '+----+------------------------------+--------------------------+',
  '| 1. | Семинар для учителей МБОУ    | Заместитель директора    |',
  '|    | СОШ № 7 и МКУ «Центр         | (Воробьёва               |',
  '|    | досуга»                      | Л.Н.)                    |',
  '+----+------------------------------+--------------------------+',
].join('\n');

describe('a wrapped table row', () => {
  it('a person whose initials wrapped to the next line of the cell is found, on the line of the surname', () => {
    expect(entitiesOf(table).people.map((p) => [p.name, p.lines])).toEqual([['Воробьёва Л.Н.', [5]]]);
  });

  it('a school and a quoted name that wrapped inside the cell are found whole', () => {
    expect(entitiesOf(table).organizations.map((o) => [o.text, o.type, o.numbers])).toEqual([
      ['МБОУ СОШ № 7', 'СОШ', [7]],
      ['МКУ «Центр досуга»', null, []],
    ]);
  });

  it('in a box-drawing table too, and a rule is a cell break, not part of a name', () => {
    const box = ['┌───┬────────────────┬──────────────┐', '│ 1 │ Конкурс чтецов │ МБУ «Дом     │', '│   │ «Живое слово»  │ детства»     │', '└───┴────────────────┴──────────────┘'].join('\n');
    expect(entitiesOf(box).organizations.map((o) => o.text)).toEqual(['МБУ «Дом детства»']);
  });
});
