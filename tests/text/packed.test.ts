import { describe, expect, it } from 'vitest';
import { mapPacked } from '../../src/text/packed.js';

describe('mapPacked', () => {
  it('gives what Array#map gives: each item and its index, in order', () => {
    const items = ['а', 'б', 'в'];
    expect(mapPacked(items, (s, i) => `${i}:${s}`)).toEqual(items.map((s, i) => `${i}:${s}`));
  });

  it('maps an empty list to a new empty list, and never touches its input', () => {
    const items: number[] = [];
    const out = mapPacked(items, (n) => n * 2);
    expect(out).toEqual([]);
    expect(out).not.toBe(items);
    const numbers = [1, 2];
    mapPacked(numbers, (n) => n * 2);
    expect(numbers).toEqual([1, 2]);
  });

  it('has no holes, even where a callback returns undefined', () => {
    const out = mapPacked([1, 2, 3], () => undefined);
    expect(out).toHaveLength(3);
    expect(Object.keys(out)).toEqual(['0', '1', '2']);
  });
});
