// Lines → blocks. Real resolutions are only half Markdown: lists numbered "1)"
// and "а)", bullets glued to words, headings in capitals, tables as TABs, a
// page number alone on a line, a sentence broken by a page break. So the
// segmenter reads lines itself (one pass, each line looked at a bounded number of
// times) and uses remark only for inline syntax inside a block.
import { readLabel, type LabelStyle } from './labels.js';
import { renderInline } from './inline.js';

export type BlockKind = 'paragraph' | 'item' | 'heading' | 'table-row';

export interface Block {
  kind: BlockKind;
  /** 1-based first and last source line */
  line: number;
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
  /** ATX level 1–6 for "# …"; 0 for other headings and non-headings */
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
}

export interface Segmented {
  blocks: Block[];
  lineCount: number;
  /** lines dropped as page numbers ("1" alone between blank lines) */
  pageNumberLines: number[];
}

type LineKind = 'blank' | 'page-number' | 'rule' | 'table-separator' | 'table' | 'heading-atx' | 'item' | 'text';

interface LineInfo {
  kind: LineKind;
  text: string;
  indent: number;
}

const PIPE_SEPARATOR = /^\|?\s*:?-{2,}:?\s*(?:\|\s*:?-{2,}:?\s*)*\|?\s*$/;
const RULE = /^\s*([-*_])(?:\s*\1){2,}\s*$/;
const ATX = /^(#{1,6})\s+/;
const LONE_NUMBER = /^\s*[-–—]?\s*\d{1,3}\s*[-–—]?\s*$/;
const TERMINAL = /[.!?…:;)»"]\s*\**\s*$/;
const STARTS_LOWER = /^[а-яёa-z]/;
/** A page break cuts a long running line; short lines ("11 января 2023 года") are layout. */
const MIN_BROKEN_LINE = 60;

export function segment(text: string): Segmented {
  const lines = text.split('\n');
  const info = lines.map(classifyLine);
  markPageNumbers(info);

  const blocks: Block[] = [];
  const pageNumberLines: number[] = [];
  let table = 0;
  let inTable = false;
  let i = 0;
  while (i < info.length) {
    const l = info[i]!;
    if (l.kind === 'page-number') pageNumberLines.push(i + 1);
    if (l.kind !== 'table' && l.kind !== 'table-separator') inTable = false;
    if (l.kind === 'blank' || l.kind === 'page-number' || l.kind === 'rule' || l.kind === 'table-separator') {
      i++;
      continue;
    }
    if (l.kind === 'table') {
      if (!inTable) table++;
      inTable = true;
      blocks.push(tableRow(lines[i]!, i + 1, table));
      i++;
      continue;
    }
    // A block is this line plus following plain text lines, until a blank line,
    // a labelled line, a table, or a line that ends with ":" or is in capitals.
    let end = i;
    if (l.kind !== 'heading-atx' && !endsBlock(lines[i]!)) {
      while (end + 1 < info.length && info[end + 1]!.kind === 'text' && !isCapsLine(lines[end + 1]!) && !endsBlock(lines[end + 1]!)) {
        end++;
      }
      if (end + 1 < info.length && info[end + 1]!.kind === 'text' && endsWithColon(lines[end + 1]!) && !isCapsLine(lines[end + 1]!) && !isCapsLine(lines[end]!)) {
        // a wrapped heading "Руководителям …\nорганизаций:" joins; a new "Срок:" line does not
        if (!/^\s*[А-ЯЁA-Z]/.test(lines[end + 1]!)) end++;
      }
    }
    blocks.push(makeBlock(lines, info, i, end));
    i = end + 1;
  }
  return { blocks: joinPageBreaks(blocks), lineCount: lines.length, pageNumberLines };
}

function classifyLine(line: string): LineInfo {
  const indent = indentWidth(line);
  const text = line.trim();
  if (text === '' || /^\*{1,3}$|^_{1,3}$/.test(text)) return { kind: 'blank', text, indent };
  if (RULE.test(text)) return { kind: 'rule', text, indent };
  if (text.startsWith('|') && PIPE_SEPARATOR.test(text)) return { kind: 'table-separator', text, indent };
  if (isTableLine(text)) return { kind: 'table', text, indent };
  if (ATX.test(text)) return { kind: 'heading-atx', text, indent };
  if (LONE_NUMBER.test(text)) return { kind: 'page-number', text, indent };
  if (readLabel(stripLeadingEmphasis(text))) return { kind: 'item', text, indent };
  return { kind: 'text', text, indent };
}

/** A number alone on a line is a page number only between blank lines (or at an edge). */
function markPageNumbers(info: LineInfo[]): void {
  for (let i = 0; i < info.length; i++) {
    if (info[i]!.kind !== 'page-number') continue;
    const before = i === 0 || info[i - 1]!.kind === 'blank';
    const after = i === info.length - 1 || info[i + 1]!.kind === 'blank';
    if (!(before && after)) info[i] = { ...info[i]!, kind: 'text' };
  }
}

function isTableLine(text: string): boolean {
  if (text.startsWith('|')) return text.indexOf('|', 1) > 0;
  if (!text.includes('\t')) return false;
  return text.split(/\t+/).filter((c) => c.trim() !== '').length >= 2;
}

function indentWidth(line: string): number {
  let w = 0;
  for (const c of line) {
    if (c === ' ') w++;
    else if (c === '\t') w += 4;
    else break;
  }
  return w;
}

function stripLeadingEmphasis(text: string): string {
  return text.replace(/^(?:\*\*|__)(?=\S)/, '');
}

function endsWithColon(line: string): boolean {
  return /:\s*\**\s*$/.test(line);
}

/** Lines after which a new block starts even without a blank line. */
function endsBlock(line: string): boolean {
  return endsWithColon(line) || isCapsLine(line);
}

/** "РЕЗОЛЮЦИЯ", "РЕШИЛИ:", "ПОВЕСТКА ДНЯ" — at least four letters, none lower case. */
export function isCapsLine(line: string): boolean {
  const t = line.trim();
  if (t.length > 160) return false;
  let upper = 0;
  let digits = 0;
  for (const c of t) {
    if (c >= '0' && c <= '9') digits++;
    if (c >= 'а' && c <= 'я') return false;
    if (c === 'ё' || (c >= 'a' && c <= 'z')) return false;
    if ((c >= 'А' && c <= 'Я') || c === 'Ё') upper++;
  }
  return upper >= 4 && upper >= digits * 2 && /[А-ЯЁ]{4}/.test(t);
}

function makeBlock(lines: string[], info: LineInfo[], start: number, end: number): Block {
  const first = info[start]!;
  const rawLines = lines.slice(start, end + 1);
  const raw = rawLines.join('\n');
  let body = rawLines.map((l) => l.trim()).join('\n');
  let kind: BlockKind = 'paragraph';
  let level = 0;
  let label: ReturnType<typeof readLabel> = null;
  let column = first.indent + 1;

  // Emphasis opening before the label ("**1. Текст**") belongs around the text
  const lead = /^(?:\*\*|__)(?=\S)/.exec(body)?.[0] ?? '';
  if (first.kind === 'heading-atx') {
    const m = ATX.exec(body)!;
    level = m[1]!.length;
    kind = 'heading';
    body = body.slice(m[0].length).replace(/\s+#+\s*$/, '');
    column += m[0].length;
  } else if (first.kind === 'item') {
    label = readLabel(body.slice(lead.length));
    if (label) {
      kind = 'item';
      body = lead + body.slice(lead.length + label.length);
      column += lead.length + label.length;
    }
  }
  const inline = renderInline(body);
  const caps = isCapsLine(inline.text);
  if (kind === 'paragraph' && caps && end === start) kind = 'heading';
  return {
    kind,
    line: start + 1,
    endLine: end + 1,
    label: label?.value ?? null,
    labelStyle: label?.style ?? null,
    marker: label?.marker ?? null,
    depth: label ? (label.value === null ? 0 : label.depth) : 0,
    indent: first.indent,
    column,
    text: inline.text,
    raw,
    level,
    emphasis: inline.emphasis,
    caps,
    endsWithColon: /:$/.test(inline.text),
    cells: null,
    table: null,
  };
}

function tableRow(line: string, lineNo: number, table: number): Block {
  const text = line.trim();
  const cells = text.startsWith('|')
    ? splitPipeRow(text).map((c) => renderInline(c).text)
    : text.split(/\t+/).map((c) => renderInline(c).text);
  return {
    kind: 'table-row',
    line: lineNo,
    endLine: lineNo,
    label: null,
    labelStyle: null,
    marker: null,
    depth: 0,
    indent: indentWidth(line),
    column: indentWidth(line) + 1,
    text: cells.filter((c) => c !== '').join(' | '),
    raw: line,
    level: 0,
    emphasis: false,
    caps: false,
    endsWithColon: false,
    cells,
    table,
  };
}

/** "| a | b \| c |" → ["a", "b | c"]; escaped pipes stay in the cell. */
function splitPipeRow(text: string): string[] {
  const inner = text.replace(/^\|/, '').replace(/(?<!\\)\|\s*$/, '');
  const cells: string[] = [];
  let cell = '';
  for (let i = 0; i < inner.length; i++) {
    const c = inner[i]!;
    if (c === '\\' && inner[i + 1] === '|') {
      cell += '|';
      i++;
    } else if (c === '|') {
      cells.push(cell.trim());
      cell = '';
    } else cell += c;
  }
  cells.push(cell.trim());
  return cells;
}

/**
 * A page break in a converted document leaves a sentence split across a blank
 * line: "… качества" / "образовательных результатов …". The second part starts
 * in lower case, has no label, and the first part has no closing punctuation.
 */
function joinPageBreaks(blocks: Block[]): Block[] {
  const out: Block[] = [];
  for (const b of blocks) {
    const prev = out[out.length - 1];
    if (
      prev &&
      b.kind === 'paragraph' &&
      (prev.kind === 'paragraph' || prev.kind === 'item') &&
      STARTS_LOWER.test(b.text) &&
      prev.text.length >= MIN_BROKEN_LINE &&
      /[\p{L},]\s*$/u.test(prev.raw) &&
      !TERMINAL.test(prev.raw) &&
      !prev.caps
    ) {
      out[out.length - 1] = {
        ...prev,
        endLine: b.endLine,
        text: `${prev.text} ${b.text}`,
        raw: `${prev.raw}\n${b.raw}`,
        endsWithColon: b.endsWithColon,
      };
      continue;
    }
    out.push(b);
  }
  return out;
}
