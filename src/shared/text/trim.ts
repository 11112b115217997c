// Trailing runs cut in one backward scan. A regular expression such as
// /[\s,;:]+$/ is tried at every position of the text and each try runs to the
// end of the run, so a long run that stops short of the end ("," × N then "!")
// costs N²/2 steps; these loops cost N. Each helper says the expression it
// stands for and does exactly what that expression's replace with '' does.
import { isSpaceCode } from './chars.js';

/**
 * A function that cuts the trailing run of a character class: `endTrimmer('\\s,;:')`
 * is `(t) => t.replace(/[\s,;:]+$/, '')`. The class lists its characters as they
 * are; `\s` in it stands for JavaScript's white space.
 */
export function endTrimmer(charClass: string): (text: string) => string {
  const spaces = charClass.includes('\\s');
  const codes = new Set([...charClass.replace('\\s', '')].map((c) => c.charCodeAt(0)));
  const inClass = (code: number) => codes.has(code) || (spaces && isSpaceCode(code));
  return (text) => {
    const end = runStart(text, text.length, inClass);
    return end === text.length ? text : text.slice(0, end);
  };
}

/** The last word: `/(\S+)$/.exec(text)?.[1] ?? ''` ('' when the text ends in white space). */
export function lastWord(text: string): string {
  return text.slice(runStart(text, text.length, (c) => !isSpaceCode(c)));
}

/**
 * The last word before trailing white space, and the length of both together:
 * `/(\S+)\s+$/.exec(text)` as { word: m[1], length: m[0].length }, or null.
 */
export function wordBeforeTrailingSpace(text: string): { word: string; length: number } | null {
  const spaceStart = runStart(text, text.length, isSpaceCode);
  if (spaceStart === text.length) return null;
  const wordStart = runStart(text, spaceStart, (c) => !isSpaceCode(c));
  if (wordStart === spaceStart) return null;
  return { word: text.slice(wordStart, spaceStart), length: text.length - wordStart };
}

/** Where the run of `inClass` code units that ends at `end` starts. */
function runStart(text: string, end: number, inClass: (code: number) => boolean): number {
  let i = end;
  while (i > 0 && inClass(text.charCodeAt(i - 1))) i--;
  return i;
}

/** `text.replace(/\.+$/, '')`: a word or a sentence without its final dots. */
export const trimDots = endTrimmer('.');
