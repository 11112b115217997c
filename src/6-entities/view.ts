// One block as the entity rules read it: its true source lines joined by "\n",
// with layout noise replaced one character for one character, so that an offset
// in the view is an offset in those lines and every mention keeps its true line.
import type { Block } from '../3-segment/segmenter.js';
import { joinFragments, splitRow } from '../3-segment/table.js';
import { foldOnce } from '../shared/text/normalize.js';
import { LETTER, isBasicLetterCode } from '../shared/text/chars.js';
import { CodeUnitBuffer } from '../shared/text/code-units.js';

export interface BlockView {
  /** index of the block in segmented.blocks */
  index: number;
  block: Block;
  /** the block's source lines, emphasis markers blanked, table cell breaks made commas */
  text: string;
  /** fold(text): same length */
  folded: string;
  /** offsets where each line of the view starts */
  lineStarts: number[];
  /** start and end offsets of its words (letters and digits), flat: [s0, e0, s1, e1, …] */
  words: number[];
  /** for a table row read column by column: where each cell fragment starts and its source line */
  fragments?: LineMark[];
}

interface LineMark {
  start: number;
  line: number;
}

// Latin letters that look Cyrillic, as typed into "MБОУ" or "СOШ" by a keyboard
// switch; only inside a word that also has Cyrillic letters.
const LOOKALIKE: Record<string, string> = {
  A: 'А', B: 'В', C: 'С', E: 'Е', H: 'Н', K: 'К', M: 'М', O: 'О', P: 'Р', T: 'Т', X: 'Х',
  a: 'а', c: 'с', e: 'е', o: 'о', p: 'р', x: 'х', y: 'у',
};
const MARKUP = /[*\\_]/;
/** a run of underscores that opens or closes an emphasis (a blank "____" to fill in is not one) */
const UNDERSCORES = new RegExp(`(?<![${LETTER}\\d])_+|_+(?![${LETTER}\\d])`, 'gu');
const MIXED_WORD = /[A-Za-zА-Яа-яЁё]+/g;
const HAS_LATIN = /[A-Za-z]/;
/** A Latin letter next to a Cyrillic one: a word with both has such a pair, a text without one has no such word. */
const MIXED_PAIR = /[A-Za-z][А-Яа-яЁё]|[А-Яа-яЁё][A-Za-z]/;

function unmixScripts(text: string): string {
  // one class is found fast; the pair (an alternation) is tried only in the texts with a Latin letter
  if (!HAS_LATIN.test(text) || !MIXED_PAIR.test(text)) return text;
  return text.replace(MIXED_WORD, (w) =>
    MIXED_PAIR.test(w) ? w.replace(/[A-Za-z]/g, (c) => LOOKALIKE[c] ?? c) : w,
  );
}

/**
 * "N"/"NN" typed for "№"/"№№" where the encoding has no "№" (KOI8-R, ASCII):
 * a Latin N or NN standing alone before a number ("СОШ N 4", "СОШ NN 3, 7, 12").
 * One character for one, so offsets stay true.
 */
const LATIN_NUMBER_SIGN = /(?<![A-Za-z\d№])N{1,2}(?= ?\d)/g;

function numberSignForLatinN(text: string): string {
  return text.indexOf('N') < 0 ? text : text.replace(LATIN_NUMBER_SIGN, (m) => '№'.repeat(m.length));
}

/** `block.raw` must be its source lines line..endLine joined by "\n" (as the segmenter keeps it). */
export function makeView(block: Block, index: number): BlockView {
  const text = cleanView(block.raw);
  if (block.kind === 'table-row' && block.endLine > block.line) {
    const byColumn = wrappedRowView(block, index, text);
    if (byColumn) return byColumn;
  }
  // a table row reads like a list: "Иванов И.И. | директор | МБОУ СОШ № 1" (box-drawing rules "│" too)
  return lineView(block, index, block.kind === 'table-row' ? text.replace(/[|\t│┃║]/g, ',') : text);
}

function cleanView(raw: string): string {
  const text = numberSignForLatinN(unmixScripts(raw));
  // emphasis and escapes are markup, not text
  return MARKUP.test(text) ? text.replace(/[*\\]/g, ' ').replace(UNDERSCORES, (m) => ' '.repeat(m.length)) : text;
}

function lineView(block: Block, index: number, text: string): BlockView {
  const lineStarts = [0];
  for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) lineStarts.push(i + 1);
  return { index, block, text, folded: foldOnce(text), lineStarts, words: wordOffsets(text) };
}

/** More cells than a real table has: read line by line (and column by column stays linear). */
const MAX_ROW_CELLS = 40;

/**
 * A table row whose cells wrap over several lines ("│ МБОУ СОШ №   │" / "│ 2, 5 и 9 │")
 * is read column by column, each cell's fragments in order, so that a name or a
 * school cut by the wrap is whole again; every fragment keeps its source line.
 * Null when the lines are not split by rules (a table drawn with spaces).
 */
function wrappedRowView(block: Block, index: number, text: string): BlockView | null {
  const rowLines = text.split('\n').map((l) => splitRow(l.trim()));
  if (rowLines.some((cells) => cells.length < 2)) return null;
  const width = rowLines.reduce((w, cells) => Math.max(w, cells.length), 0);
  if (width > MAX_ROW_CELLS) return null;
  const fragments: LineMark[] = [];
  const cells: string[] = [];
  let length = 0;
  for (let c = 0; c < width; c++) {
    const column: string[] = [];
    rowLines.forEach((lineCells, k) => {
      const fragment = lineCells[c] ?? '';
      if (fragment === '') return;
      column.push(fragment);
      fragments.push({ start: -1, line: block.line + k });
    });
    // where each fragment starts in the joined cell: joinFragments puts one space or none between them
    const cell = joinFragments(column);
    let at = 0;
    const first = fragments.length - column.length;
    column.forEach((fragment, j) => {
      at = cell.indexOf(fragment, at);
      fragments[first + j]!.start = length + at;
      at += fragment.length;
    });
    cells.push(cell);
    length += cell.length + 2;
  }
  const out = cells.map((c) => `${c}, `).join('');
  return { index, block, text: out, folded: foldOnce(out), lineStarts: [0], words: wordOffsets(out), fragments };
}

/** isBasicLetterCode or a digit 0-9, by a table of the codes below 0x460 (one load, no chain of compares) */
const WORD_CODES = new Uint8Array(0x460).map((_, code) => ((code >= 48 && code <= 57) || isBasicLetterCode(code) ? 1 : 0));
const isWordCode = (code: number): boolean => code < 0x460 && WORD_CODES[code] === 1;

const codeUnits = new CodeUnitBuffer();

/** Words of Latin and Cyrillic letters and digits, by character codes: one tight pass. */
export function wordOffsets(text: string): number[] {
  const out: number[] = [];
  const n = text.length;
  const units = codeUnits.read(text);
  let i = 0;
  for (;;) {
    while (i < n && !isWordCode(units[i]!)) i++;
    if (i >= n) return out;
    const start = i++;
    while (i < n && isWordCode(units[i]!)) i++;
    out.push(start, i);
  }
}

/** The 1-based source line of an offset in the view. */
export function lineAt(view: BlockView, offset: number): number {
  if (view.fragments) {
    const f = view.fragments;
    let lo = 0;
    let hi = f.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (f[mid]!.start <= offset) lo = mid;
      else hi = mid - 1;
    }
    return f[lo]?.line ?? view.block.line;
  }
  let lo = 0;
  let hi = view.lineStarts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (view.lineStarts[mid]! <= offset) lo = mid;
    else hi = mid - 1;
  }
  return view.block.line + lo;
}

/** A span of a view: [start, end). */
export interface Span {
  start: number;
  end: number;
}

/** Index of the first span starting at or after `pos` in spans sorted by start (binary search). */
export function firstStartingAt<T extends Span>(sorted: T[], pos: number): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (sorted[mid]!.start < pos) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** The span that starts exactly at `pos`, if any. */
export function spanStartingAt<T extends Span>(sorted: T[], pos: number): T | undefined {
  const s = sorted[firstStartingAt(sorted, pos)];
  return s && s.start === pos ? s : undefined;
}

/** The spans lying within [from, to). */
export function spansWithin<T extends Span>(sorted: T[], from: number, to: number): T[] {
  const out: T[] = [];
  for (let i = firstStartingAt(sorted, from); i < sorted.length && sorted[i]!.start < to; i++) if (sorted[i]!.end <= to) out.push(sorted[i]!);
  return out;
}

/** Does a span of `sorted` (non-overlapping, sorted by start) overlap [start, end)? */
export function anyOverlap<T extends Span>(sorted: T[], span: Span): boolean {
  const i = firstStartingAt(sorted, span.start);
  const before = sorted[i - 1];
  const at = sorted[i];
  return (!!before && before.end > span.start) || (!!at && at.start < span.end);
}
