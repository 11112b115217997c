// What each source line is, before lines are grouped into blocks. Every test
// here looks at one line a bounded number of times and every pattern is
// anchored with bounded repetition, so classifying is linear in the input.
import { isWordBullet, readLabel, type Label } from './labels.js';

/** A box-drawing vertical (│ ┃ ║): a row of a drawn table starts with one. */
export const BOX_VERTICAL = /[│┃║]/;

export type Format = 'text' | 'markdown';

export type LineKind =
  | 'blank'
  | 'page-number'
  /** a number alone on its line that is the list label of the block after it */
  | 'orphan-label'
  | 'rule'
  /** "====" under a line: that line is a heading (setext) */
  | 'underline'
  | 'table-separator'
  | 'table'
  | 'heading-atx'
  | 'item'
  | 'text';

export interface LineInfo {
  kind: LineKind;
  /** the line without its container prefix (markdown "> ") and outer white space */
  text: string;
  /** leading white space in columns (a TAB counts 4) */
  indent: number;
  /** characters before `text` starts on the source line */
  offset: number;
  /** for an item line: its label, read once here (after a leading "**") */
  label: Label | null;
}

const PIPE_SEPARATOR = /^\|?\s{0,40}:?-{2,}:?\s{0,40}(?:\|\s{0,40}:?-{2,}:?\s{0,40})*\|?$/;
const GRID_BORDER = /^\+(?:[-=:]{1,}\+){1,}$/;
/** "|----+--------|": an ASCII grid drawn with pipes at its edges and "+" at the crossings */
const PIPE_GRID_BORDER = /^\|[-=:]{1,}(?:\+[-=:]{1,}){1,}\|$/;
/** "┌────┬────┐", "├────┼────┤", "╚════╝": box-drawing characters only, a horizontal among them */
const BOX_BORDER = /^[\u2500-\u257F]{2,}$/;
const BOX_HORIZONTAL = /[─━═┄┅┈┉╌╍]/;
const RULE = /^([-*_])(?:\s{0,8}\1){2,}$/;
const UNDERLINE = /^={3,}$/;
export const ATX = /^(#{1,6})(?:\s+|$)/;
const PAGE_NUMBER = /^(?:[-–—]\s*)?\d{1,4}(?:\s*[-–—])?$|^(?:стр\.?|страница|лист)\s*\d{1,4}(?:\s*(?:из|\/)\s*\d{1,4})?$/i;
const BARE_NUMBER = /^\d{1,3}$/;
const BLOCKQUOTE = /^ {0,3}(?:> ?){1,10}/;
const EMPHASIS_OPEN = /^(?:\*\*|__)(?=\S)/;

export function classifyLines(lines: string[], format: Format): LineInfo[] {
  const info = lines.map((line) => classifyLine(line, format));
  markPageNumbers(info);
  return info;
}

function classifyLine(line: string, format: Format): LineInfo {
  let content = line;
  if (format === 'markdown') {
    // pandoc writes indented Word paragraphs as block quotes: the marker is layout
    const quote = BLOCKQUOTE.exec(line);
    if (quote) content = ' '.repeat(quote[0].length) + line.slice(quote[0].length);
  }
  const indent = indentWidth(content);
  const text = content.trim();
  const offset = text === '' ? 0 : content.indexOf(text[0]!);
  if (text === '' || /^(?:\*{1,3}|_{1,3})$/.test(text)) return lineInfo('blank', text, indent, offset, null);
  if (RULE.test(text)) return lineInfo('rule', text, indent, offset, null);
  if (UNDERLINE.test(text)) return lineInfo('underline', text, indent, offset, null);
  if (GRID_BORDER.test(text) || PIPE_GRID_BORDER.test(text) || isBoxBorder(text) || (text.startsWith('|') && PIPE_SEPARATOR.test(text))) return lineInfo('table-separator', text, indent, offset, null);
  const label = readLabel(stripLeadingEmphasis(text));
  if (label && text.includes('\t') && (isWordBullet(label) || isLabelThenTab(text, label))) return lineInfo('item', text, indent, offset, label);
  if (isTableLine(text)) return lineInfo('table', text, indent, offset, null);
  if (ATX.test(text)) return lineInfo('heading-atx', text, indent, offset, null);
  if (PAGE_NUMBER.test(text)) return lineInfo('page-number', text, indent, offset, null);
  if (label) return lineInfo('item', text, indent, offset, label);
  return lineInfo('text', text, indent, offset, null);
}

/** One LineInfo, its fields always in this order (no closure per line to build it). */
function lineInfo(kind: LineKind, text: string, indent: number, offset: number, label: Label | null): LineInfo {
  return { kind, text, indent, offset, label };
}

/**
 * A page number stands alone between blank lines (or at an edge of the file).
 * One exception: a bare number between a line that announces a list ("… по
 * вопросам:") and a line that heads one ("Руководителям …:") is that list's
 * label, separated from its text by a conversion (Word numbering → own paragraph).
 */
function markPageNumbers(info: LineInfo[]): void {
  for (let i = 0; i < info.length; i++) {
    if (info[i]!.kind !== 'page-number') continue;
    const before = i === 0 || info[i - 1]!.kind === 'blank';
    const after = i === info.length - 1 || info[i + 1]!.kind === 'blank';
    if (!(before && after)) {
      info[i]!.kind = 'text';
      continue;
    }
    if (!BARE_NUMBER.test(info[i]!.text)) continue;
    const previous = nonBlank(info, i, -1);
    const next = nonBlank(info, i, 1);
    if (previous && next && next.kind === 'text' && endsWithColon(previous.text) && endsWithColon(next.text) && !isCapsLine(next.text)) {
      info[i]!.kind = 'orphan-label';
    }
  }
}

/** The nearest non-blank line before (step -1) or after (step 1) line i. */
export function nonBlankIndex(info: LineInfo[], i: number, step: 1 | -1): number {
  let j = i + step;
  while (j >= 0 && j < info.length && info[j]!.kind === 'blank') j += step;
  return j >= 0 && j < info.length ? j : -1;
}

function nonBlank(info: LineInfo[], i: number, step: 1 | -1): LineInfo | null {
  const j = nonBlankIndex(info, i, step);
  return j < 0 ? null : info[j]!;
}

/** "1.\tУтвердить план" — Word's text export puts a TAB after the list label: an item, not a table row. */
function isLabelThenTab(text: string, label: Label): boolean {
  if (stripLeadingEmphasis(text) !== text) return false;
  return label.length > text.indexOf('\t') && !text.includes('\t', label.length);
}

function isBoxBorder(text: string): boolean {
  return BOX_BORDER.test(text) && BOX_HORIZONTAL.test(text);
}

function isTableLine(text: string): boolean {
  if (text.startsWith('|')) return text.indexOf('|', 1) > 0;
  if (BOX_VERTICAL.test(text[0] ?? '')) return BOX_VERTICAL.test(text.slice(1));
  if (!text.includes('\t')) return false;
  let cells = 0;
  for (const cell of text.split('\t')) if (cell.trim() !== '') cells++;
  return cells >= 2;
}

export function indentWidth(line: string): number {
  let w = 0;
  for (let i = 0; i < line.length; i++) {
    const c = line[i];
    if (c === ' ') w++;
    else if (c === '\t') w += 4;
    else break;
  }
  return w;
}

export function stripLeadingEmphasis(text: string): string {
  return text.replace(EMPHASIS_OPEN, '');
}

/** The line without trailing white space and emphasis markers: "**РЕШИЛИ:** " → "**РЕШИЛИ:". */
function trimEndMarkup(line: string): string {
  let end = line.length;
  while (end > 0) {
    const c = line.charCodeAt(end - 1);
    if (c === 32 || c === 9 || c === 42 /* * */ || c === 95 /* _ */) end--;
    else break;
  }
  return line.slice(0, end);
}

/** Ends with ":" — it heads what follows ("Руководителям образовательных организаций:"). */
export function endsWithColon(line: string): boolean {
  return trimEndMarkup(line).endsWith(':');
}

const SENTENCE_END = new Set(['.', '!', '?', '…', ';']);
/** "г.", "ул.", "им.", "т.д." at a line end are abbreviations, not the end of a sentence. */
const ABBREVIATION_END = /(?:^|[^а-яёa-z])[а-яёa-z]{1,2}\.$/;

/** The line finishes a sentence or a list entry. */
export function endsSentence(line: string): boolean {
  const t = trimEndMarkup(line);
  const last = t.slice(-1);
  if (last === '»' || last === '"' || last === ')') return SENTENCE_END.has(t.slice(-2, -1));
  if (!SENTENCE_END.has(last)) return false;
  return last !== '.' || !ABBREVIATION_END.test(t.slice(-4));
}

/**
 * "РЕЗОЛЮЦИЯ", "РЕШИЛИ:", "ПОВЕСТКА ДНЯ": no small letters, and a word of six
 * capitals or more, or eight capitals without digits. Abbreviations alone on a
 * line ("МБОУ СОШ № 5", "ФГОС") are names, not headings.
 */
export function isCapsLine(line: string): boolean {
  const t = line.trim();
  if (t.length > 160) return false;
  let upper = 0;
  let digits = 0;
  let run = 0;
  let longestRun = 0;
  for (let i = 0; i < t.length; i++) {
    const c = t[i]!;
    if ((c >= 'а' && c <= 'я') || c === 'ё' || (c >= 'a' && c <= 'z')) return false;
    if ((c >= 'А' && c <= 'Я') || c === 'Ё') {
      upper++;
      run++;
      if (run > longestRun) longestRun = run;
    } else {
      run = 0;
      if (c >= '0' && c <= '9') digits++;
    }
  }
  return longestRun >= 6 ? upper >= digits * 2 : longestRun >= 4 && upper >= 8 && digits === 0;
}
