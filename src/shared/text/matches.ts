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

/** A boundary test for matchesWhere: the character before is not one of `chars` (a one-character class). */
export function notAfter(chars: RegExp): (text: string, at: number) => boolean {
  return (text, at) => at === 0 || !chars.test(text[at - 1]!);
}

/**
 * `text` as a RegExp source that matches it literally. "-" is left alone: it
 * needs no escape outside a class, and must not have one under the u flag.
 */
export function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
}
