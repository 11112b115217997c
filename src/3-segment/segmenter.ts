// Lines → blocks. Real resolutions are only half Markdown: lists numbered "1)"
// and "а)", bullets glued to words, headings in capitals, tables as TABs, a
// page number alone on a line, a sentence broken by a page break, signatures
// and letterheads as stacks of short lines. So the segmenter reads lines
// itself (one pass, each line looked at a bounded number of times) and uses
// remark only for inline syntax inside a block.
import type { Label, LabelStyle } from './labels.js';
import { newRemarkBudget, renderInline, type RemarkBudget } from './inline.js';
import { readTableRows, type TableRow } from './table.js';
import { readAlignedTable } from './aligned.js';
import { LETTER } from '../shared/text/chars.js';
import { lineStarts, ReadText, type Span } from '../shared/text/span.js';
import {
  ATX,
  classifyLines,
  endsSentence,
  endsWithColon,
  isCapsLine,
  nonBlankIndex,
  stripLeadingEmphasis,
  type Format,
  type LineInfo,
} from './lines.js';

export type { Format } from './lines.js';
export { isCapsLine } from './lines.js';

export type BlockKind = 'paragraph' | 'item' | 'heading' | 'table-row';

export interface Block {
  kind: BlockKind;
  /** 1-based first and last source line */
  line: number;
  /** the line where the text starts: after an orphan number on its own line ("1" / "Руководителям …:"), the text's line */
  textLine: number;
  endLine: number;
  /** the item's own label: "1", "2.3.1", "а", "III"; null for bullets and paragraphs */
  label: string | null;
  labelStyle: LabelStyle | null;
  /** the marker as written ("1).", "- 1.", "•"), or null */
  marker: string | null;
  /** number of label components ("2.3.1" → 3), 0 without a label */
  depth: number;
  /** leading white space of the first line, in columns (a TAB counts 4) */
  indent: number;
  /** 1-based column where the text starts on the first line */
  column: number;
  /** plain text, label and inline markup removed, white space squeezed */
  text: string;
  /** the block's source lines joined by "\n", as written */
  raw: string;
  /** heading level: 1–6 for "# …", 1 for a line underlined "===", 2 for "---" in markdown; 0 otherwise */
  level: number;
  /** the whole block is wrapped in **bold** or *italic* */
  emphasis: boolean;
  /** written in capitals ("РЕЗОЛЮЦИЯ", "РЕШИЛИ:") */
  caps: boolean;
  /** ends with ":" — heads what follows ("Руководителям образовательных организаций:") */
  endsWithColon: boolean;
  /** table cells for a table row, else null */
  cells: string[] | null;
  /** consecutive table rows share a table number (1-based), else null */
  table: number | null;
  /** in the cleaned text: from the block's first written character (its label) to the end of its last line's words */
  span: Span;
  /**
   * where the block's text starts on its first line (`line`), past the label and
   * markup; at the label when the label stands alone on its line
   */
  textStart: number;
}

export interface Segmented {
  blocks: Block[];
  lineCount: number;
  /** the cleaned text the blocks were read from: spans are offsets into it */
  text: string;
  /** offset of each line's first character in `text` (index 0 is line 1) */
  lineStarts: number[];
  /** lines dropped as page numbers ("2", "- 3 -", "Страница 4" alone between blank lines) */
  pageNumberLines: number[];
}

export interface SegmentOptions {
  /** "markdown" reads "---" under a line as a heading and "> " as indentation; default "text" */
  format?: Format | undefined;
}

const STARTS_LOWER = /^[а-яёa-z]/;
/** a wrapped line ends inside a sentence: on a letter or a comma */
const LETTER_OR_COMMA = new RegExp(`[${LETTER},]`, 'u');
/**
 * About the shortest line a wrapping editor leaves when it breaks a sentence:
 * a shorter line that ends without a comma or a hyphen ended its block
 * ("С.А. Костикова", "663600, г. Канск" …) unless the next one starts in lower case.
 */
const MIN_WRAPPED_LINE = 60;
/** A heading in capitals wraps over a few lines at most; more is a page of capitals. */
const MAX_CAPS_HEADING_LINES = 3;

export function segment(text: string, options: SegmentOptions = {}): Segmented {
  const format = options.format ?? 'text';
  const lines = text.split('\n');
  const info = classifyLines(lines, format);
  const starts = lineStarts(lines);

  const blocks: Block[] = [];
  const pageNumberLines: number[] = [];
  const budget = newRemarkBudget();
  let table = 0;
  let i = 0;
  while (i < info.length) {
    const l = info[i]!;
    if (l.kind === 'page-number') pageNumberLines.push(i + 1);
    if (l.kind === 'table') {
      const { rows, end } = readTableRows(info, i);
      table++;
      for (const row of rows) blocks.push(tableRow(lines, info, starts, row, table, budget));
      i = end + 1;
      continue;
    }
    const aligned = readAlignedTable(lines, info, i);
    if (aligned) {
      table++;
      for (const row of aligned.rows) blocks.push(tableRow(lines, info, starts, row, table, budget));
      i = aligned.end + 1;
      continue;
    }
    if (l.kind === 'orphan-label') {
      const start = nonBlankIndex(info, i, 1);
      const end = blockEnd(info, start, format);
      blocks.push(makeBlock(lines, info, starts, start, end, budget, { first: i, value: l.text }));
      i = end + 1;
      continue;
    }
    if (l.kind !== 'text' && l.kind !== 'item' && l.kind !== 'heading-atx') {
      i++; // blank, page number, rule, table separator, a stray underline
      continue;
    }
    const end = blockEnd(info, i, format);
    blocks.push(makeBlock(lines, info, starts, i, end, budget));
    i = end + 1;
  }
  return { blocks: joinPageBreaks(blocks, lines), lineCount: lines.length, text, lineStarts: starts, pageNumberLines };
}

/** A block's text, with the way back to where each of its characters stands in the source. */
export function readBlockText(segmented: Segmented, block: Block): ReadText {
  return new ReadText(block.text, segmented.text, block.textStart);
}

/** The last line of the block that starts at line `start`. */
function blockEnd(info: LineInfo[], start: number, format: Format): number {
  const first = info[start]!;
  if (first.kind === 'heading-atx') return start;
  let end = start;
  if (isCapsLine(first.text)) {
    // a heading in capitals may wrap: "ПРОТОКОЛ / ЗАСЕДАНИЯ ПЕДАГОГИЧЕСКОГО СОВЕТА"
    while (end - start + 1 < MAX_CAPS_HEADING_LINES && !endsWithColon(info[end]!.text) && isCapsContinuation(info[end + 1])) end++;
  } else {
    while (info[end + 1] && (continues(info[end]!, info[end + 1]!) || hangsUnder(first, info[end]!, info[end + 1]!))) end++;
  }
  const under = info[end + 1];
  if (first.kind === 'text' && under && (under.kind === 'underline' || (format === 'markdown' && isDashUnderline(under)))) end++;
  return end;
}

function isCapsContinuation(next: LineInfo | undefined): boolean {
  return next?.kind === 'text' && isCapsLine(next.text) && !endsWithColon(next.text);
}

/** "---" right under a line: a setext heading in Markdown (pandoc writes level 2 so). */
function isDashUnderline(line: LineInfo): boolean {
  return line.kind === 'rule' && /^-+$/.test(line.text);
}

/**
 * Does `next` continue the block whose last line is `current`? A line ending
 * with ":" or in capitals ends a block; a heading wrapped before its colon
 * ("Руководителям …\nорганизаций:") goes on; a line in lower case goes on; a
 * long line cut mid-sentence goes on even before a capital ("… управления
 * образования\nИванова И.И."); a line that opens with a parenthesis goes on
 * even to a colon; anything else starts a new block.
 */
function continues(currentLine: LineInfo, nextLine: LineInfo): boolean {
  if (nextLine.kind !== 'text') return false;
  const current = currentLine.text;
  const next = nextLine.text;
  if (endsWithColon(current) || isCapsLine(current) || isCapsLine(next)) return false;
  if (STARTS_LOWER.test(stripLeadingEmphasis(next))) return true;
  // "10. Краевой организации Профсоюза …" / "(Лапшин В.А.) рекомендовать:": no header opens with a parenthesis
  if (endsWithColon(next)) return next.startsWith('(') && !endsSentence(current);
  return current.length >= MIN_WRAPPED_LINE && !endsSentence(current);
}

/**
 * A list item's wrapped lines are indented past its marker (Word's text export:
 * "•\tУправлению образования …" / "\t(Морозова И.С.):"), so a line indented
 * deeper than the item, in a block not yet closed by a colon, goes on — even
 * one that opens with a dash, which is then the sentence's own dash before its
 * deadline ("… на 2025–2027 годы" / "\t\t– до 1 июня 2025 г.;").
 */
function hangsUnder(first: LineInfo, current: LineInfo, next: LineInfo): boolean {
  if (first.kind !== 'item' || next.indent <= first.indent || endsWithColon(current.text)) return false;
  if (next.kind === 'text') return !isCapsLine(next.text);
  const dash = next.kind === 'item' && next.label?.style === 'bullet' && /^[–—-]$/.test(next.label.marker);
  return dash && !endsSentence(current.text);
}

interface OrphanLabel {
  /** index of the line holding the number */
  first: number;
  value: string;
}

function makeBlock(lines: string[], info: LineInfo[], starts: number[], start: number, end: number, budget: RemarkBudget, orphan?: OrphanLabel): Block {
  const first = info[start]!;
  const rawFirst = orphan ? orphan.first : start;
  const raw = lines.slice(rawFirst, end + 1).join('\n');
  const bodyLines: string[] = [];
  let level = 0;
  for (let k = start; k <= end; k++) {
    const l = info[k]!;
    if (k > start && (l.kind === 'underline' || l.kind === 'rule')) {
      level = l.kind === 'underline' ? 1 : 2;
      continue;
    }
    bodyLines.push(l.text);
  }
  let body = bodyLines.join('\n');
  let kind: BlockKind = level > 0 ? 'heading' : 'paragraph';
  let label: Label | null = null;
  let column = first.indent + 1;

  // emphasis opening before the label ("**1. Текст**") belongs around the text
  const lead = /^(?:\*\*|__)(?=\S)/.exec(body)?.[0] ?? '';
  if (first.kind === 'heading-atx') {
    const m = ATX.exec(body)!;
    level = m[1]!.length;
    kind = 'heading';
    body = body.slice(m[0].length).replace(/\s#+$/, '');
    column += m[0].length;
  } else if (orphan) {
    label = { value: orphan.value, style: 'number', marker: orphan.value, bullet: null, depth: 1, length: 0 };
    kind = 'item';
    column = info[orphan.first]!.indent + 1;
  } else if (first.kind === 'item') {
    label = first.label;
    if (label) {
      kind = 'item';
      body = lead + body.slice(lead.length + label.length);
      column += lead.length + label.length;
    }
  }
  const inline = renderInline(body, budget);
  const caps = isCapsLine(inline.text);
  if (kind === 'paragraph' && caps && bodyLines.every((t) => isCapsLine(t))) kind = 'heading';
  const indent = orphan ? info[orphan.first]!.indent : first.indent;
  const labelStart = starts[rawFirst]! + info[rawFirst]!.offset;
  return {
    kind,
    line: rawFirst + 1,
    textLine: start + 1,
    endLine: end + 1,
    label: label?.value ?? null,
    labelStyle: label?.style ?? null,
    marker: label?.marker ?? null,
    depth: label ? (label.value === null ? 0 : label.depth) : 0,
    indent,
    column,
    text: inline.text,
    raw,
    level,
    emphasis: inline.emphasis,
    caps,
    endsWithColon: inline.text.endsWith(':'),
    cells: null,
    table: null,
    span: { start: labelStart, end: lineEnd(lines, starts, end) },
    // column − indent − 1: the characters the label and the markup before the text took
    textStart: labelStart + column - indent - 1,
  };
}

/** Offset just after the last written character of line index `i`. */
function lineEnd(lines: string[], starts: number[], i: number): number {
  return starts[i]! + lines[i]!.trimEnd().length;
}

function tableRow(lines: string[], info: LineInfo[], starts: number[], row: TableRow, table: number, budget: RemarkBudget): Block {
  const cells = row.cells.map((c) => renderInline(c, budget).text);
  const first = info[row.first]!;
  const rowStart = starts[row.first]! + first.offset;
  return {
    kind: 'table-row',
    line: row.first + 1,
    textLine: row.first + 1,
    endLine: row.last + 1,
    label: null,
    labelStyle: null,
    marker: null,
    depth: 0,
    indent: first.indent,
    // in columns like every other block (a TAB of indentation counts 4), so that
    // column − indent is what the label or markup took, never less than 0
    column: first.indent + 1,
    text: cells.filter((c) => c !== '').join(' | '),
    raw: lines.slice(row.first, row.last + 1).join('\n'),
    level: 0,
    emphasis: false,
    caps: false,
    endsWithColon: false,
    cells,
    table,
    span: { start: rowStart, end: lineEnd(lines, starts, row.last) },
    textStart: rowStart,
  };
}

/**
 * A page break in a converted document leaves a sentence split across a blank
 * line (and perhaps a page number): "… качества" / "образовательных
 * результатов …". The second part starts in lower case and has no label; the
 * first is a long line that stops on a letter or a comma. Parts are collected
 * and each joined block is built once, so a chain of breaks stays linear.
 */
function joinPageBreaks(blocks: Block[], lines: string[]): Block[] {
  const out: Block[] = [];
  let parts: string[] = [];
  const flush = () => {
    if (parts.length < 2) return;
    const head = out[out.length - 1]!;
    head.text = parts.join(' ');
    head.raw = lines.slice(head.line - 1, head.endLine).join('\n');
  };
  for (const b of blocks) {
    const head = out[out.length - 1];
    const last = parts[parts.length - 1];
    if (
      head &&
      last !== undefined &&
      b.kind === 'paragraph' &&
      (head.kind === 'paragraph' || head.kind === 'item') &&
      !head.caps &&
      STARTS_LOWER.test(b.text) &&
      (parts.length > 1 || last.length >= MIN_WRAPPED_LINE) &&
      LETTER_OR_COMMA.test(last.slice(-1))
    ) {
      parts.push(b.text);
      head.endLine = b.endLine;
      head.span = { start: head.span.start, end: b.span.end };
      head.endsWithColon = b.endsWithColon;
      continue;
    }
    flush();
    out.push(b);
    parts = [b.text];
  }
  flush();
  return out;
}
