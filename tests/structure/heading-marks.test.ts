// withoutHeadingMarks cuts a wiki or Markdown heading's marks in one backward
// scan; it must do exactly what the regular expression it replaced did.
import { describe, expect, it } from 'vitest';
import { withoutHeadingMarks } from '../../src/5-structure/title.js';

const REPLACED = /^\s{0,8}(?:={1,6}|#{1,6})\s+|\s+={1,6}\s*$/g;

describe('withoutHeadingMarks', () => {
  it('equals the regular expression it replaced on every short string of its characters', () => {
    const alphabet = ['=', '#', ' ', '\t', 'а', 'б'];
    let checked = 0;
    const walk = (prefix: string, depth: number) => {
      expect([prefix, withoutHeadingMarks(prefix)]).toEqual([prefix, prefix.replace(REPLACED, '')]);
      checked++;
      if (depth === 0) return;
      for (const c of alphabet) walk(prefix + c, depth - 1);
    };
    walk('', 7);
    expect(checked).toBeGreaterThan(300_000);
  });

  it('is linear on a long run of spaces before an "="', () => {
    const line = `= Протокол${' '.repeat(1_000_000)}x=`;
    expect(withoutHeadingMarks(line)).toBe(line.replace(/^= /, ''));
  });
});
