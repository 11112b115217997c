import { describe, expect, it } from 'vitest';
import { CodeUnitBuffer } from '../../src/shared/text/code-units.js';

const unitsOf = (text: string) => Array.from({ length: text.length }, (_, i) => text.charCodeAt(i));
const TEXTS = ['', 'Руководителям ОО: до 1 сентября 2024 г.', '«СОШ № 5» — 😀 ё', `${'a'.repeat(5000)}я`];

// both byte orders: this machine's, and the other one's code path (by code, not by bytes)
describe.each([true, false])('CodeUnitBuffer (little-endian path: %s)', (littleEndian) => {
  it("reads a text's UTF-16 code units, Cyrillic, ASCII, surrogate pairs and all", () => {
    const buffer = new CodeUnitBuffer(littleEndian);
    for (const text of TEXTS) expect(Array.from(buffer.read(text).subarray(0, text.length))).toEqual(unitsOf(text));
  });

  it('decodes what it holds back into the text, after changes made in place', () => {
    const buffer = new CodeUnitBuffer(littleEndian);
    for (const text of TEXTS) {
      const units = buffer.read(text);
      expect(buffer.decode(text.length)).toBe(text);
      if (text.length > 0) {
        units[0] = 0x44f; // я
        expect(buffer.decode(text.length)).toBe(`я${text.slice(1)}`);
      }
    }
  });

  it('grows past its first array (to the room asked for) and reuses it for shorter texts', () => {
    const buffer = new CodeUnitBuffer(littleEndian);
    const long = 'школа '.repeat(2000); // 12,000 units: more than the 4,096 it starts with
    expect(Array.from(buffer.read(long).subarray(0, long.length))).toEqual(unitsOf(long));
    expect(buffer.read('да').length).toBe(long.length * 2);
    expect(buffer.reserve(30_000, 40_000).length).toBe(40_000);
    expect(buffer.reserve(10).length).toBe(40_000);
  });
});

it("keeps each buffer's units apart: one buffer's read does not overwrite another's", () => {
  const a = new CodeUnitBuffer();
  const b = new CodeUnitBuffer();
  const first = a.read('директор');
  b.read('учитель');
  expect(Array.from(first.subarray(0, 8))).toEqual(unitsOf('директор'));
});
