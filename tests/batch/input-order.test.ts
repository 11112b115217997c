// The batch prints in input order however its workers finish (src/batch/input-order.ts):
// a failure line for input 3 waits until inputs 0–2 are done.
import { describe, expect, it } from 'vitest';
import { InputOrder } from '../../src/batch/input-order.js';

describe('InputOrder', () => {
  it('holds a value back until every input before it arrived, then releases them together', () => {
    const order = new InputOrder<string>();
    expect(order.put(2, 'в')).toEqual([]);
    expect(order.put(1, 'б')).toEqual([]);
    expect(order.put(0, 'а')).toEqual(['а', 'б', 'в']);
    expect(order.put(3, 'г')).toEqual(['г']);
  });

  it('gives the same sequence for every order of arrival', () => {
    const names = ['а', 'б', 'в', 'г', 'д'];
    const permutations = (xs: number[]): number[][] => (xs.length <= 1 ? [xs] : xs.flatMap((x) => permutations(xs.filter((y) => y !== x)).map((p) => [x, ...p])));
    for (const arrival of permutations([0, 1, 2, 3, 4])) {
      const order = new InputOrder<string>();
      const printed = arrival.flatMap((i) => order.put(i, names[i]!));
      expect(printed, arrival.join(',')).toEqual(names);
      expect(order.rest()).toEqual([]);
    }
  });

  it('after a stop, rest() gives what waits behind the missing input, in input order, once', () => {
    const order = new InputOrder<string>();
    order.put(0, 'а');
    order.put(4, 'д');
    order.put(2, 'в');
    expect(order.rest()).toEqual(['в', 'д']);
    expect(order.rest()).toEqual([]);
  });
});
