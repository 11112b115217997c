// Letter and digit classes for the rules' regular expressions, as the bodies of
// `[...]` classes: `new RegExp(`[${LETTER}${DIGIT}]`)`.
//
// Why not \p{L} and \p{N}: V8 compiles each Unicode property class into a table
// of hundreds of ranges, 0.3–0.7 ms per occurrence when a pattern first runs —
// about 50 ms of every cold start over the grammars' patterns, and a slower
// test at every character afterwards. Russian official documents are written in
// Cyrillic with Latin (names of programmes, URLs, accented foreign names) and
// the odd Greek letter in a formula; these ranges hold every letter of those
// scripts. tests/text/chars.test.ts compares them with \p{L} and \p{N}.

/** Latin (Basic, Latin-1, Extended-A/B, IPA, Extended Additional), Greek and Cyrillic (with Supplement) letters. */
export const LETTER =
  'A-Za-z\\u00AA\\u00B5\\u00BA\\u00C0-\\u00D6\\u00D8-\\u00F6\\u00F8-\\u02AF\\u0370-\\u0374\\u0376\\u0377\\u037A-\\u037D\\u037F' +
  '\\u0386\\u0388-\\u038A\\u038C\\u038E-\\u03A1\\u03A3-\\u03F5\\u03F7-\\u0481\\u048A-\\u052F\\u1E00-\\u1EFF';

/** Digits, super- and subscript digits, vulgar fractions and Roman numeral signs (Ⅳ); not the digits of other scripts. */
export const DIGIT = '0-9\\u00B2\\u00B3\\u00B9\\u00BC-\\u00BE\\u2070\\u2074-\\u2079\\u2080-\\u2089\\u2150-\\u2182\\u2185-\\u2189';

/** One letter (test it on one character: no g flag, no state). */
export const A_LETTER = new RegExp(`[${LETTER}]`, 'u');
/** One letter or digit. */
export const A_LETTER_OR_DIGIT = new RegExp(`[${LETTER}${DIGIT}]`, 'u');

/** Punctuation of ASCII, Latin-1 («», §, ¶) and General Punctuation (dashes, “”, „, …, ‰). */
export const PUNCTUATION =
  '!-#%-*,-/:;?@\\[-\\]_{}\\u00A1\\u00A7\\u00AB\\u00B6\\u00B7\\u00BB\\u00BF\\u2010-\\u2027\\u2030-\\u2043\\u2045-\\u2051\\u2053-\\u205E';

// The same tests on UTF-16 codes, for loops that walk a text by charCodeAt and
// make no one-character string for the common letters (NaN past the end: false).

/** A Latin (a–z, A–Z) or Russian (а–я, А–Я, ё, Ё) letter: the letters most text is made of. */
export function isBasicLetterCode(code: number): boolean {
  return (code >= 0x410 && code <= 0x44f) || code === 0x401 || code === 0x451 || (code >= 97 && code <= 122) || (code >= 65 && code <= 90);
}

/** A Russian capital, [А-ЯЁ]. */
export function isCapitalCode(code: number): boolean {
  return (code >= 0x410 && code <= 0x42f) || code === 0x401;
}

/** A letter of LETTER: the basic letters by their codes, the rest by the class. */
export function isLetterCode(code: number): boolean {
  return isBasicLetterCode(code) || (code > 127 && A_LETTER.test(String.fromCharCode(code)));
}

/** A letter of LETTER or a digit of DIGIT. */
export function isLetterOrDigitCode(code: number): boolean {
  return (code >= 48 && code <= 57) || isBasicLetterCode(code) || (code > 127 && A_LETTER_OR_DIGIT.test(String.fromCharCode(code)));
}

/** White space as JavaScript's \s has it (tab, line breaks, spaces, NBSP, the Unicode spaces, BOM); NaN: false. */
export function isSpaceCode(code: number): boolean {
  if (code <= 32) return code === 32 || (code >= 9 && code <= 13);
  if (code < 0xa0) return false;
  return (
    code === 0xa0 || code === 0x1680 || (code >= 0x2000 && code <= 0x200a) || code === 0x2028 || code === 0x2029 ||
    code === 0x202f || code === 0x205f || code === 0x3000 || code === 0xfeff
  );
}
