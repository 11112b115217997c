// How the parsers' patterns are run: the folded text is cut once into words and
// numbers, and at each start only the patterns that can open with that word (or
// with a number, or a quote) are tried, sticky, at that position. The left
// boundary is checked in code on the one character before a match instead of by
// a lookbehind: a pattern that opens with a lookbehind cannot be scanned for
// quickly and costs about four times as much on ordinary text.

export interface Pattern {
  /** sticky: it matches only where it is put */
  re: RegExp;
  /** a character that may not stand right before a match */
  notAfter: RegExp;
}

export type AtomPatternName =
  | 'numericDate'
  | 'shortDate'
  | 'isoDate'
  | 'wordDate'
  | 'dayRange'
  | 'month'
  | 'part'
  | 'yearRange'
  | 'year'
  | 'relative'
  | 'ongoing'
  | 'recurring'
  | 'timesPer'
  | 'dayOfMonth';

export interface Candidate {
  at: number;
  names: readonly AtomPatternName[];
}

/** The match of a pattern that starts at `at`, unless the character before it is not allowed. */
export function matchAt(p: Pattern, text: string, at: number): RegExpExecArray | null {
  if (at > 0 && p.notAfter.test(text[at - 1]!)) return null;
  p.re.lastIndex = at;
  return p.re.exec(text);
}

/** Words, numbers and the quote that may open "«31» августа"; folded text has no capitals and no ё. */
const TOKEN = /[а-яa-z]+|\d+|"/g;

/** Patterns that open with a number; the rest open with one of their words. */
const BY_NUMBER: readonly AtomPatternName[] = [
  'numericDate',
  'shortDate',
  'isoDate',
  'wordDate',
  'dayRange',
  'part',
  'yearRange',
  'year',
  'dayOfMonth',
  'timesPer',
];
const BY_QUOTE: readonly AtomPatternName[] = ['wordDate'];

/** The places of a folded text where a pattern may start; `byWord` maps a first word to the patterns it opens. */
export function candidateFinder(byWord: Map<string, AtomPatternName[]>): (folded: string) => Candidate[] {
  return (folded) => {
    const out: Candidate[] = [];
    TOKEN.lastIndex = 0;
    for (let m = TOKEN.exec(folded); m; m = TOKEN.exec(folded)) {
      const c = m[0].charCodeAt(0);
      const names = c >= 48 && c <= 57 ? BY_NUMBER : c === 34 ? BY_QUOTE : byWord.get(m[0]);
      if (names) out.push({ at: m.index, names });
    }
    return out;
  };
}
