// Two views of the same text. `cleanSource` fixes what is noise in every document
// (line-ending styles, invisible characters, non-breaking spaces) and never adds
// or removes a line break, so line numbers stay true to the source. `fold` maps
// every character to exactly one character (so offsets in the folded string are
// offsets in the original) and makes ё/е, quote styles, dash styles and letter
// case compare equal; rules match on the folded text and cut from the original.

import { CodeUnitBuffer } from './code-units.js';

// soft hyphen, zero-width space/joiners, word joiner, BOM; and control
// characters other than TAB, LF, CR (a stray NUL, C1 codes from a code page)
const INVISIBLE = /[\u00AD\u200B-\u200D\u2060\uFEFF\u0000-\u0008\u000E-\u001F\u007F-\u0084\u0086-\u009F]/g;
const SPACE_LIKE = /[\u00A0\u2007\u202F\u2000-\u200A\u3000\f\v\u2028\u2029\u0085]/g;

/** A character one of cleanSource's three rewrites acts on: CR, INVISIBLE's, SPACE_LIKE's (a superset of them). */
const TO_CLEAN = /[\r\u0000-\u0008\u000B-\u001F\u007F-\u00A0\u00AD\u2000-\u200D\u2028\u2029\u202F\u2060\u3000\uFEFF]/;

/** CRLF / CR → LF, invisible characters removed, exotic spaces (NBSP, FF, VT, …) → ' '. */
export function cleanSource(text: string): string {
  // most documents need none of the rewrites: one scan tells, instead of three
  if (!TO_CLEAN.test(text)) return text;
  return text.replace(/\r\n?/g, '\n').replace(INVISIBLE, '').replace(SPACE_LIKE, ' ');
}

/**
 * For one source line as decoded (before cleanSource): the offset in the
 * original line of each offset in the cleaned line, plus one past the end.
 * cleanSource deletes only invisible characters within a line and maps every
 * other character to one, so this is all it takes to point at the source.
 * Null when the line has no invisible character (offsets are equal).
 */
export function originalOffsets(line: string): number[] | null {
  INVISIBLE.lastIndex = 0;
  if (!INVISIBLE.test(line)) return null;
  const offsets: number[] = [];
  for (let i = 0; i < line.length; i++) {
    INVISIBLE.lastIndex = 0;
    if (!INVISIBLE.test(line[i]!)) offsets.push(i);
  }
  offsets.push(line.length);
  return offsets;
}

const FOLD: Record<string, string> = {
  ё: 'е',
  Ё: 'е',
  '«': '"',
  '»': '"',
  '“': '"',
  '”': '"',
  '„': '"',
  '‟': '"',
  '″': '"',
  '‘': "'",
  '’': "'",
  '‚': "'",
  '‹': '"',
  '›': '"',
  '–': '-',
  '—': '-',
  '‒': '-',
  '―': '-',
  '−': '-',
  '‐': '-',
  '‑': '-',
};

const FOLD_RE = /[ёЁ«»“”„‟″‘’‚‹›–—‒―−‐‑]/g;

/** Does the text hold a character FOLD_RE replaces? (no /g: no lastIndex state) */
const FOLD_TEST = /[ёЁ«»“”„‟″‘’‚‹›–—‒―−‐‑]/;
const foldChar = (c: string) => FOLD[c] ?? c;

/**
 * Stages fold the same short texts again and again (a block's text, its words,
 * a header); remembering the latest answers saves most of the work. Bounded:
 * cleared when full, only short texts kept.
 */
const foldCache = new Map<string, string>();
const FOLD_CACHE_SIZE = 1024;
const FOLD_CACHE_TEXT = 2048;

/** Length-preserving matching form: lower case, ё→е, one quote, one dash. */
export function fold(text: string): string {
  const cached = foldCache.get(text);
  if (cached !== undefined) return cached;
  const folded = foldOnce(text);
  if (text.length <= FOLD_CACHE_TEXT) {
    if (foldCache.size >= FOLD_CACHE_SIZE) foldCache.clear();
    foldCache.set(text, folded);
  }
  return folded;
}

/** fold without the cache: for a text read once (a block's whole view), whose key would only cost a hash. */
export function foldOnce(text: string): string {
  return (text.length >= TABLE_FOLD_MIN && tableFold(text)) || foldByCase(text);
}

function foldByCase(text: string): string {
  // toLowerCase is length-preserving for Cyrillic and Latin; guard the rare
  // characters where it is not (e.g. "İ") by lowering char by char then.
  const lower = text.toLowerCase();
  const base = lower.length === text.length ? lower : lowerPerChar(text);
  return FOLD_TEST.test(base) ? base.replace(FOLD_RE, foldChar) : base;
}

/**
 * fold by a table of character codes, for the characters of Russian text
 * (ASCII, Latin-1 punctuation, Cyrillic, general punctuation, №): one pass into
 * a buffer, one decode. V8's toLowerCase takes its general Unicode path on a
 * Cyrillic string, which costs more than the whole table pass on a block. Null
 * when the text holds any other character: foldByCase folds it then.
 */
function tableFold(text: string): string | null {
  const table = (foldTable ??= makeFoldTable());
  // folded in place in the copy of the text's code units, then decoded once
  const n = text.length;
  const units = foldUnits.read(text);
  for (let i = 0; i < n; i++) {
    const c = units[i]!;
    let f = NO_FOLD;
    if (c < FOLD_TABLE_SIZE) f = table[c]!;
    else if ((c >= 0x2000 && c <= 0x206f) || c === 0x2116) f = FOLD_PUNCTUATION.get(c) ?? c;
    if (f === NO_FOLD) return null;
    units[i] = f;
  }
  return foldUnits.decode(n);
}

/** Shorter texts are folded by toLowerCase: the decode costs more than it saves there. */
const TABLE_FOLD_MIN = 16;
const FOLD_TABLE_SIZE = 0x460;
const NO_FOLD = 0xffff;
const foldUnits = new CodeUnitBuffer();
let foldTable: Uint16Array | null = null;
/** FOLD's replacements among the general punctuation (dashes, quotes) by code */
const FOLD_PUNCTUATION = new Map(
  Object.entries(FOLD)
    .map(([from, to]) => [from.charCodeAt(0), to.charCodeAt(0)] as const)
    .filter(([from]) => from >= 0x2000 && from <= 0x206f),
);

/** ASCII, Latin-1 signs (no letters), Cyrillic: lower case, then FOLD; NO_FOLD for the rest. */
function makeFoldTable(): Uint16Array {
  const table = new Uint16Array(FOLD_TABLE_SIZE).fill(NO_FOLD);
  for (let c = 0; c < FOLD_TABLE_SIZE; c++) {
    if (c >= 0xc0 && c < 0x400) continue; // Latin and Greek letters: left to toLowerCase
    const ch = String.fromCharCode(c);
    table[c] = foldByCase(ch).charCodeAt(0);
  }
  return table;
}

function lowerPerChar(text: string): string {
  let out = '';
  for (const c of text) {
    const l = c.toLowerCase();
    out += l.length === c.length ? l : c;
  }
  return out;
}

/**
 * text.toLowerCase(), without the call when there is nothing to lower: V8
 * lowers a Cyrillic string through its general Unicode path (slow, and a new
 * string every time), while most words of running text are lower case already.
 * The test is a regex, not a loop of charCodeAt: the words come in many string
 * layouts, so `text.charCodeAt` and `text.length` in a loop were looked up the
 * slow, generic way at every character.
 */
export function lowerCase(text: string): string {
  return MAY_NEED_LOWERING.test(text) ? text.toLowerCase() : text;
}

/** ASCII capitals, and anything beyond ASCII that is not a lower-case Cyrillic letter (а–я, ѐ–џ) */
const MAY_NEED_LOWERING = /[A-Z\u0080-\u042F\u0460-\uFFFF]/;

/** White space other than a single space: what squeeze has to rewrite. */
const TO_SQUEEZE = /[^\S ]| {2}/;

/** Collapse runs of white space to one space and trim: for text that is output. */
export function squeeze(text: string): string {
  // most texts are squeezed already (block texts, words): a test is cheaper than rebuilding them
  if (!TO_SQUEEZE.test(text)) return text.length > 0 && (text.charCodeAt(0) === 32 || text.charCodeAt(text.length - 1) === 32) ? text.trim() : text;
  return text.replace(/\s+/g, ' ').trim();
}
