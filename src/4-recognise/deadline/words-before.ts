// The words just before a position, read backwards by hand: markers ("в срок до")
// and the infinitive a time follows are looked up in a map instead of running a
// pattern over a window for every time found, which keeps a line full of dates cheap.
import { A_LETTER_OR_DIGIT as WORD_CHAR, isLetterCode } from '../../shared/text/chars.js';

export interface WordBefore {
  word: string;
  start: number;
}

const SPACE = /\s/;

/** Longer runs are not words a marker or a verb is made of. */
const MAX_WORD = 40;
const MAX_SPACES = 3;

/**
 * Up to `count` whole words that end right before `at` (nearest last), each
 * separated by 1–3 white-space characters; up to `maxGap` may stand between the
 * last word and `at`.
 */
export function wordsBefore(text: string, at: number, count: number, maxGap = MAX_SPACES): WordBefore[] {
  const out: WordBefore[] = [];
  let i = at;
  for (let n = 0; n < count; n++) {
    let spaces = 0;
    while (i > 0 && (text.charCodeAt(i - 1) === 32 || SPACE.test(text[i - 1]!)) && spaces <= MAX_SPACES) {
      i--;
      spaces++;
    }
    if (spaces > (n === 0 ? maxGap : MAX_SPACES) || (n > 0 && spaces === 0)) break;
    const end = i;
    while (i > 0 && end - i < MAX_WORD && isLetterCode(text.charCodeAt(i - 1))) i--;
    if (i === end || (i > 0 && WORD_CHAR.test(text[i - 1]!))) break;
    out.unshift({ word: text.slice(i, end), start: i });
  }
  return out;
}
