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
  | 'conditional'
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

/** Patterns that open with a number; the rest open with one of their words, or the quote of "«31» августа". */
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
/**
 * The same split by how many digits the number has: a day, a month, an ordinal
 * or a count is written with one or two ("1 мая", "01.10.2023", "1-й квартал",
 * "2 раза в год"), a date in ISO form and a year with four; every pattern wants
 * a non-digit right after them, so a number of any other length ("№ 123", a
 * phone number) opens none of them.
 */
const BY_SHORT_NUMBER: readonly AtomPatternName[] = ['numericDate', 'shortDate', 'wordDate', 'dayRange', 'part', 'dayOfMonth', 'timesPer'];
const BY_YEAR_NUMBER: readonly AtomPatternName[] = ['isoDate', 'yearRange', 'year'];
const NONE: readonly AtomPatternName[] = [];
const BY_QUOTE: readonly AtomPatternName[] = ['wordDate'];

/** a letter of a token: folded text has no capitals and no ё */
function isTokenLetter(c: number): boolean {
  return (c >= 0x430 && c <= 0x44f) || (c >= 97 && c <= 122);
}

/**
 * The places of a folded text where a pattern may start; `byWord` maps a first word to the patterns it opens.
 * Tokens are words of [а-яa-z], runs of digits and the quote, read by character codes: no match
 * object per token, and a word is cut out for the lookup only when its first letter and length fit a key.
 * `byDigits`: choose the number patterns by the number's length. The grammar
 * turns it off when a word its patterns read right after the digits (a month, a
 * range connector, an ordinal suffix) itself starts with a digit.
 */
export function candidateFinder(byWord: Map<string, AtomPatternName[]>, byDigits: boolean): (folded: string) => Candidate[] {
  // by first letter code (token letters are all below 0x450)
  const opening = new Uint8Array(0x450);
  let shortest = Infinity;
  let longest = 0;
  for (const word of byWord.keys()) {
    if (!isTokenLetter(word.charCodeAt(0))) continue;
    opening[word.charCodeAt(0)] = 1;
    shortest = Math.min(shortest, word.length);
    longest = Math.max(longest, word.length);
  }
  return (folded) => {
    const out: Candidate[] = [];
    const n = folded.length;
    let i = 0;
    while (i < n) {
      const c = folded.charCodeAt(i);
      if (isDigitCode(c)) {
        const start = i;
        i++;
        while (i < n && isDigitCode(folded.charCodeAt(i))) i++;
        const names = byDigits ? numberPatterns(i - start) : BY_NUMBER;
        if (names.length) out.push({ at: start, names });
      } else if (c === 34) {
        out.push({ at: i, names: BY_QUOTE });
        i++;
      } else if (isTokenLetter(c)) {
        const start = i;
        i++;
        while (i < n && isTokenLetter(folded.charCodeAt(i))) i++;
        const length = i - start;
        if (length < shortest || length > longest || opening[c] === 0) continue;
        const names = byWord.get(folded.slice(start, i));
        if (names) out.push({ at: start, names });
      } else i++;
    }
    return out;
  };
}

function numberPatterns(digits: number): readonly AtomPatternName[] {
  return digits <= 2 ? BY_SHORT_NUMBER : digits === 4 ? BY_YEAR_NUMBER : NONE;
}

function isDigitCode(c: number): boolean {
  return c >= 48 && c <= 57;
}
