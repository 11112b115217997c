import { describe, expect, it } from 'vitest';
import { codeUnitReader } from '../../src/text/code-units.js';

const unitsOf = (text: string) => Array.from({ length: text.length }, (_, i) => text.charCodeAt(i));

describe('codeUnitReader', () => {
  it("gives the text's UTF-16 code units, Cyrillic, ASCII, surrogate pairs and all", () => {
    const read = codeUnitReader();
    for (const text of ['', 'Руководителям ОО: до 1 сентября 2024 г.', '«СОШ № 5» — 😀 ё', 'a'.repeat(5000) + 'я']) {
      expect(Array.from(read(text).subarray(0, text.length))).toEqual(unitsOf(text));
    }
  });

  it('grows past its first buffer and reuses it for shorter texts', () => {
    const read = codeUnitReader();
    const long = 'школа '.repeat(2000); // 12,000 units: more than the 4,096 it starts with
    expect(Array.from(read(long).subarray(0, long.length))).toEqual(unitsOf(long));
    expect(Array.from(read('да').subarray(0, 2))).toEqual(unitsOf('да'));
  });

  it("keeps each reader's units apart: one reader's call does not overwrite another's", () => {
    const a = codeUnitReader();
    const b = codeUnitReader();
    const first = a('директор');
    b('учитель');
    expect(Array.from(first.subarray(0, 8))).toEqual(unitsOf('директор'));
  });
});
