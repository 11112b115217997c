// The words of an addressee header or a task's opening, read by character codes
// (no match object per word): runs between white space, and each word bare of
// its quotes, brackets and punctuation, for looking it up (addressees.ts).
import { lowerCase } from '../shared/text/normalize.js';
import { isSpaceCode } from '../shared/text/chars.js';

/** Words of the text with their offsets (letters, digits, hyphens, quotes glued to words). */
export function words(text: string, limit = 64): { word: string; start: number; end: number }[] {
  const out: { word: string; start: number; end: number }[] = [];
  for (let i = nextWordStart(text, 0); out.length < limit && i < text.length; ) {
    const end = wordEnd(text, i);
    out.push({ word: text.slice(i, end), start: i, end });
    i = nextWordStart(text, end);
  }
  return out;
}

/** The words of the text only, as words() reads them: for the tests most texts fail at their first words. */
export function wordTexts(text: string, limit: number): string[] {
  const out: string[] = [];
  for (let i = nextWordStart(text, 0); out.length < limit && i < text.length; ) {
    const end = wordEnd(text, i);
    out.push(text.slice(i, end));
    i = nextWordStart(text, end);
  }
  return out;
}

// words are the runs between white space, read by character codes (no match object per word)
function nextWordStart(text: string, i: number): number {
  while (i < text.length && isSpaceCode(text.charCodeAt(i))) i++;
  return i;
}

function wordEnd(text: string, i: number): number {
  while (i < text.length && !isSpaceCode(text.charCodeAt(i))) i++;
  return i;
}

/** Quotes and brackets that open a word, and what closes it, stripped by bareWord. */
const OPENERS = new Set([...'«"“„(']);
const CLOSERS = new Set([...'»"”),.;:']);

/** The word without its quotes, brackets and punctuation; lower case, ё → е. */
export function bareWord(w: string): string {
  let from = 0;
  while (from < w.length && OPENERS.has(w[from]!)) from++;
  let to = w.length;
  while (to > from && CLOSERS.has(w[to - 1]!)) to--;
  const lower = lowerCase(from > 0 || to < w.length ? w.slice(from, to) : w);
  return lower.includes('ё') ? lower.replace(/ё/g, 'е') : lower;
}
