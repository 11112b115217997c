// A global pattern that opens with a lookbehind ("not after a letter") cannot be
// scanned for quickly: V8 tries the whole pattern at every position, about four
// times the cost on ordinary text. The patterns leave the left boundary out and
// this runs them, checking the boundary in code on the characters before a match.
// Also the one escape of grammar words for the patterns built from them.

/**
 * The matches of `re` (global, no leading lookbehind) that start where
 * `startsHere(text, index)` allows, as a leading lookbehind would give them:
 * after a refused start the search goes on from the next character.
 */
export function* matchesWhere(re: RegExp, text: string, startsHere: (text: string, at: number) => boolean): Generator<RegExpExecArray> {
  re.lastIndex = 0;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    if (startsHere(text, m.index)) yield m;
    else re.lastIndex = m.index + 1;
  }
}

/**
 * Every match of a global pattern, as `text.matchAll(re)` gives them, but on
 * `re` itself: matchAll runs a copy of the pattern, made at each call, and a
 * copy made after a garbage collection is compiled again when it first runs
 * (about 35 copies per document, two thirds of them compiled again). The body
 * of the loop must not run `re` itself; `lastIndex` is 0 again afterwards.
 */
export function* execAll(re: RegExp, text: string): Generator<RegExpExecArray> {
  re.lastIndex = 0;
  try {
    for (let m = re.exec(text); m; m = re.exec(text)) {
      // an empty match would be found again at the same place
      if (m[0] === '') re.lastIndex++;
      yield m;
    }
  } finally {
    re.lastIndex = 0;
  }
}

/** A boundary test for matchesWhere: the character before is not one of `chars` (a one-character class). */
export function notAfter(chars: RegExp): (text: string, at: number) => boolean {
  return (text, at) => at === 0 || !chars.test(text[at - 1]!);
}

/** one pattern for every call: the grammars' patterns are built from thousands of words at start-up */
const REGEXP_SYNTAX = /[.*+?^${}()|[\]\\/]/g;

/**
 * `text` as a RegExp source that matches it literally. "-" is left alone: it
 * needs no escape outside a class, and must not have one under the u flag.
 */
export function escapeRegExp(text: string): string {
  return text.replace(REGEXP_SYNTAX, '\\$&');
}

