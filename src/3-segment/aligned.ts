// A table drawn with spaces only (plain-text e-mail, a PDF's text layer):
//
//   Что сделать                     Кто                  Когда
//   ----------------------------------------------------------
//   1. Провести самообследование    Руководители ОО      до 01.07.2026
//      зданий и пищеблоков
//
// Its header is a line whose parts, set apart by runs of spaces, name the
// columns of a plan (grammars/plan-columns.json); where each header part starts
// is where its column starts. Every line under it that keeps to those columns
// belongs to the table; a row's cells wrap over lines, and a row starts where
// its first column starts with a list number (or, in an unnumbered table,
// with anything but a small letter). Each scan is bounded by the line's length.
import type { LineInfo } from './lines.js';
import type { TableRow } from './table.js';
import { addLine, joinColumns } from './table.js';
import { planColumns } from './columns.js';
import { readLabel } from './labels.js';

interface Part {
  start: number;
  text: string;
}

/** A plan has a handful of columns; a line of more parts is no header (and keeps every scan short). */
const MAX_COLUMNS = 12;
/** How far a cell may start before or after its column's start. */
const SLACK = 2;
const GAP = /\s{2,}/g;
const RULE_LINE = /^[-=_─━═]{10,}$/;
const STARTS_LOWER = /^[а-яёa-z]/;

/** The parts of a line set apart by two spaces or more, with their start columns. */
export function spacedParts(line: string): Part[] {
  const parts: Part[] = [];
  let from = 0;
  const push = (end: number) => {
    const raw = line.slice(from, end);
    const text = raw.trim();
    if (text) parts.push({ start: from + raw.indexOf(text[0]!), text });
  };
  GAP.lastIndex = 0;
  for (let m = GAP.exec(line); m; m = GAP.exec(line)) {
    push(m.index);
    from = m.index + m[0].length;
  }
  push(line.length);
  return parts;
}

/**
 * The line's text in each column, or null when it does not keep to the
 * columns: a part that starts away from every column start, or runs on into
 * the next column.
 */
export function cellsByColumn(line: string, starts: number[]): string[] | null {
  const cells = starts.map(() => '');
  for (const part of spacedParts(line)) {
    const c = columnOf(part.start, starts);
    if (c < 0) return null;
    const next = starts[c + 1];
    if (next !== undefined && part.start + part.text.length > next - 1) return null;
    cells[c] = cells[c] ? `${cells[c]} ${part.text}` : part.text;
  }
  return cells;
}

/** The column a part starting at `start` is in: the last one that starts before it (give or take SLACK). */
function columnOf(start: number, starts: number[]): number {
  for (let c = starts.length - 1; c >= 0; c--) if (start >= starts[c]! - SLACK) return c;
  return -1;
}

/** How many lines a header may take before the rule under it. */
const MAX_HEADER_LINES = 3;

/**
 * The line after the header: after its rule of dashes, when a header of one to
 * three lines stands over one (headerOverRule); else after the lines that go
 * on with the header's words in lower case ("п/п   мероприятия   исполнения").
 */
function headerEnd(lines: string[], info: LineInfo[], start: number, starts: number[]): number {
  const limit = Math.min(info.length, start + MAX_HEADER_LINES + 1);
  for (let h = start + 1; h < limit; h++) {
    if (RULE_LINE.test(info[h]!.text)) return h + 1;
    if (info[h]!.kind === 'blank' || !cellsByColumn(lines[h]!, starts)) break;
  }
  let h = start + 1;
  while (h < limit && info[h]!.kind !== 'blank' && headerContinuation(cellsByColumn(lines[h]!, starts))) h++;
  return h;
}

/** A line under the header whose every filled cell starts in lower case goes on with the header's words. */
function headerContinuation(cells: string[] | null): boolean {
  const filled = cells?.filter((c) => c !== '') ?? [];
  return filled.length > 0 && filled.every((c) => STARTS_LOWER.test(c));
}

/** The table headed by line `start`, or null when that line heads no plan drawn with spaces. */
export function readAlignedTable(lines: string[], info: LineInfo[], start: number): { rows: TableRow[]; end: number } | null {
  const l = info[start]!;
  if ((l.kind !== 'text' && l.kind !== 'item') || l.text.indexOf('  ') < 0) return null;
  const head = spacedParts(lines[start]!);
  if (head.length < 2 || head.length > MAX_COLUMNS || !planColumns(head.map((p) => p.text))) return null;
  const starts = head.map((p) => p.start);
  const headCells = head.map((p) => p.text);
  const bodyStart = headerEnd(lines, info, start, starts);
  const headLines = addLine([], headCells);
  let headLast = start;
  for (let h = start + 1; h < bodyStart; h++) {
    if (RULE_LINE.test(info[h]!.text)) continue;
    addLine(headLines, cellsByColumn(lines[h]!, starts)!);
    headLast = h;
  }
  joinColumns(headLines).forEach((c, i) => (headCells[i] = c));
  let k = bodyStart;
  const first = k < info.length ? cellsByColumn(lines[k]!, starts) : null;
  if (!first) return null;
  const numbered = readLabel(first[0] ?? '')?.style === 'number';
  const opensRow = (cells: string[]) => {
    const lead = cells[0] ?? '';
    return numbered ? readLabel(lead)?.style === 'number' : lead !== '' && !STARTS_LOWER.test(lead);
  };
  const rows: TableRow[] = [{ first: start, last: headLast, cells: headCells }];
  /** each body row's lines, cells by column; joined once at the end */
  const columns: string[][][] = [];
  for (; k < info.length; k++) {
    if (info[k]!.kind === 'blank') {
      // a blank line inside the table: the table goes on if the next line opens a row of it
      const next = k + 1 < info.length && info[k + 1]!.kind !== 'blank' ? cellsByColumn(lines[k + 1]!, starts) : null;
      if (!next || !opensRow(next) || next.filter(Boolean).length < 2) break;
      continue;
    }
    const cells = cellsByColumn(lines[k]!, starts);
    if (!cells) break;
    if (columns.length === 0 || opensRow(cells)) {
      rows.push({ first: k, last: k, cells });
      columns.push(addLine([], cells));
    } else {
      rows[rows.length - 1]!.last = k;
      addLine(columns[columns.length - 1]!, cells);
    }
  }
  columns.forEach((c, r) => {
    const joined = joinColumns(c);
    rows[r + 1]!.cells = Array.from(starts, (_, i) => joined[i] ?? '');
  });
  return { rows, end: rows[rows.length - 1]!.last };
}
