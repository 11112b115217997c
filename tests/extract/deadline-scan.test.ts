import { describe, expect, it } from 'vitest';
import { candidateFinder } from '../../src/4-recognise/deadline/scan.js';
import { findDeadlines } from '../../src/4-recognise/deadline/index.js';

describe('candidateFinder', () => {
  const byWord = new Map([['до', ['month' as const]], ['постоянно', ['ongoing' as const]]]);

  it('tries the day patterns at one or two digits, the year patterns at four, nothing at other lengths', () => {
    const found = candidateFinder(byWord, true)('кабинет 123, до 5 мая 2024 г., тел. 89001234567');
    const at = (s: string) => found.find((c) => c.at === 'кабинет 123, до 5 мая 2024 г., тел. 89001234567'.indexOf(s));
    expect(at('123')).toBeUndefined();
    expect(at('89001234567')).toBeUndefined();
    expect(at('5 мая')!.names).toContain('wordDate');
    expect(at('5 мая')!.names).not.toContain('year');
    expect(at('2024')!.names).toEqual(expect.arrayContaining(['year', 'yearRange', 'isoDate']));
    expect(at('2024')!.names).not.toContain('wordDate');
    expect(at('до')!.names).toEqual(['month']);
  });

  it('without the split every number opens every number pattern, and words and quotes are found the same', () => {
    const text = '«31» августа, 123 и постоянно';
    const split = candidateFinder(byWord, true)(text);
    const all = candidateFinder(byWord, false)(text);
    expect(all.find((c) => c.at === text.indexOf('123'))!.names).toContain('year');
    expect(split.filter((c) => !/\d/.test(text[c.at]!))).toEqual(all.filter((c) => !/\d/.test(text[c.at]!)));
  });
});

describe('deadlines next to numbers of other lengths', () => {
  it('a room number or a count of three digits does not hide the date after it', () => {
    const [m] = findDeadlines('Провести 150 консультаций в каб. 214 до 20.12.2024', { documentDate: '2024-09-01' });
    expect(m?.deadline).toMatchObject({ text: 'до 20.12.2024', kind: 'by', end: '2024-12-20' });
  });
});
