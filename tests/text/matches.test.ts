import { describe, expect, it } from 'vitest';
import { escapeRegExp, matchesWhere, notAfter } from '../../src/shared/text/matches.js';

describe('matchesWhere', () => {
  const starts = (re: RegExp, text: string, ok: (t: string, i: number) => boolean) => [...matchesWhere(re, text, ok)].map((m) => [m.index, m[0]]);

  it('gives what a leading lookbehind gives: refused starts are retried one character later', () => {
    const text = 'а12.05 x3.4 7.8';
    const withLookbehind = [...text.matchAll(/(?<![а-я0-9.])\d{1,2}\.\d/g)].map((m) => [m.index, m[0]]);
    expect(starts(/\d{1,2}\.\d/g, text, notAfter(/[а-я0-9.]/))).toEqual(withLookbehind);
    expect(withLookbehind).toEqual([[8, '3.4'], [12, '7.8']]);
  });

  it('finds a match inside a refused one (""31" …" right after a digit)', () => {
    const withLookbehind = [...'5"31'.matchAll(/(?<![0-9])"?\d{1,2}/g)].map((m) => [m.index, m[0]]);
    expect(starts(/"?\d{1,2}/g, '5"31', notAfter(/[0-9]/))).toEqual(withLookbehind);
    expect(withLookbehind).toEqual([[0, '5'], [2, '31']]);
  });

  it('starts over on every call (the pattern is global and shared)', () => {
    const re = /\d/g;
    expect(starts(re, 'a1b2', () => true)).toHaveLength(2);
    expect(starts(re, 'a1b2', () => true)).toHaveLength(2);
  });
});

describe('escapeRegExp', () => {
  it('makes every pattern character literal, with and without the u flag', () => {
    const text = 'г.(1) [a-b]/c*d+e?f^g$h{2}|i\\j «Успех»';
    expect(new RegExp(`^${escapeRegExp(text)}$`).test(text)).toBe(true);
    expect(new RegExp(`^${escapeRegExp(text)}$`, 'u').test(text)).toBe(true);
    expect(new RegExp(escapeRegExp('г.')).test('гх')).toBe(false);
  });
});
