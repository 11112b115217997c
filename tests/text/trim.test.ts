// The trailing-run helpers replace regular expressions that were quadratic on a
// long run stopping short of the end (issue 17: "Иванов И.И., директор " + "."×N
// + "!." took 17.8 s at 100 KB). Each helper must do exactly what its expression
// did: compared here on generated strings of the characters that matter, and
// timed on the reproducers at 1 MB.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { endTrimmer, lastWord, trimDots, wordBeforeTrailingSpace } from '../../src/shared/text/trim.js';

/** every class the source trims, as the regular expression it replaced */
const CLASSES: [string, RegExp][] = [
  ['.', /\.+$/],
  ['\\s,;:', /[\s,;:]+$/],
  ['\\s:;.,', /[\s:;.,]+$/],
  ['\\s,', /[\s,]+$/],
  [',;', /[,;]+$/],
  ['\\s;,', /[\s;,]+$/],
  ['\\s:.', /[\s:.]+$/],
  ['\\s,;', /[\s,;]+$/u],
  ['\\s,:-', /[\s,:-]+$/u],
  ['.:,\\s', /[.:,\s]+$/],
  ['\\s.,;:', /[\s.,;:]+$/],
  ['\\s.,;:(–—-', /[\s.,;:(–—-]+$/],
  ['.)', /[.)]+$/],
  ['»"”),.;:', /[»"”),.;:]+$/],
];

/** the characters of every class, the spaces JavaScript knows, letters, and lone surrogates */
const UNITS = [...'.,;:!?()»"”–—-а Я', '\t', '\n', '\u00a0', '\u2003', '\u3000', '\ufeff', '\u200b', '\ud83d', '\ude00', 'x'];
const text = fc.array(fc.constantFrom(...UNITS), { maxLength: 30 }).map((a) => a.join(''));

describe('trailing runs cut in one scan', () => {
  it.each(CLASSES)('endTrimmer(%j) is replace(%s, "")', (cls, re) => {
    const trim = endTrimmer(cls);
    fc.assert(fc.property(text, (t) => trim(t) === t.replace(re, '')), { seed: 17, numRuns: 3000 });
  });

  it('trimDots, lastWord and wordBeforeTrailingSpace are their expressions', () => {
    fc.assert(
      fc.property(text, (t) => {
        expect(trimDots(t)).toBe(t.replace(/\.+$/, ''));
        expect(lastWord(t)).toBe(/(\S+)$/.exec(t)?.[1] ?? '');
        const m = /(\S+)\s+$/.exec(t);
        expect(wordBeforeTrailingSpace(t)).toEqual(m ? { word: m[1], length: m[0].length } : null);
      }),
      { seed: 17, numRuns: 3000 },
    );
  });

  it('is linear on the runs that made the expressions quadratic', () => {
    const MB = 1024 * 1024;
    const started = performance.now();
    expect(trimDots(`Иванов И.И., директор ${'.'.repeat(MB)}!.`)).toMatch(/!$/);
    expect(endTrimmer('\\s,;:')(`Руководителям школ${','.repeat(MB)}!,:`)).toMatch(/!$/);
    expect(endTrimmer('\\s:;.,')(`${' ,'.repeat(MB / 2)}!.`)).toMatch(/!$/);
    expect(lastWord(`${'a'.repeat(MB)} `)).toBe('');
    expect(wordBeforeTrailingSpace(`${' '.repeat(MB)}x`)).toBeNull();
    // each was minutes as a regular expression at this size; a generous budget for a loaded machine
    expect(performance.now() - started).toBeLessThan(5000);
  });
});
