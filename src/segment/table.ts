// Table rows → cells, in every drawing a converted document uses:
//   Markdown pipe rows ("| a | b |", escaped "\|" stays in its cell);
//   TAB-separated rows (Word's text export; an empty cell keeps its column);
//   box-drawing rows ("│ a │ b │") and ASCII grids ("| a | b |" between "+---+" borders).
// In a ruled table (box-drawing or "+---+" borders) one row of the table may take
// several lines: its cells wrap inside their columns, and the border under it
// closes it. Those lines are one row; each cell is its column's fragments joined.
import type { LineInfo } from './lines.js';

/** "| a | b \| c |" → ["a", "b | c"] */
export function splitPipeRow(text: string): string[] {
  let inner = text.startsWith('|') ? text.slice(1) : text;
  if (inner.endsWith('|') && !inner.endsWith('\\|')) inner = inner.slice(0, -1);
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

export function splitTabRow(text: string): string[] {
  return text.split('\t').map((c) => c.trim());
}

/** Vertical rules of box-drawing tables: light, heavy and double. */
export const BOX_VERTICAL = /[│┃║]/;
const BOX_VERTICALS = /[│┃║]/g;

/** "│ 1.1. │ Текст │" → ["1.1.", "Текст"] */
export function splitBoxRow(text: string): string[] {
  let inner = BOX_VERTICAL.test(text[0] ?? '') ? text.slice(1) : text;
  if (BOX_VERTICAL.test(inner.slice(-1))) inner = inner.slice(0, -1);
  return inner.split(BOX_VERTICALS).map((c) => c.trim());
}

export function splitRow(text: string): string[] {
  if (BOX_VERTICAL.test(text[0] ?? '')) return splitBoxRow(text);
  return text.startsWith('|') ? splitPipeRow(text) : splitTabRow(text);
}

/** A border of a ruled table: "+----+----+" or a line of box-drawing characters ("├────┼────┤"). */
export function isRuledBorder(text: string): boolean {
  return text.startsWith('+') || /^[\u2500-\u257F]/.test(text);
}

export interface TableRow {
  /** indexes of the row's first and last line */
  first: number;
  last: number;
  cells: string[];
}

/**
 * The rows of the table whose first line is `start`: up to the last table or
 * border line of the run. A ruled table's rows are the lines between its
 * borders; elsewhere a line is a row.
 */
export function readTableRows(info: LineInfo[], start: number): { rows: TableRow[]; end: number } {
  let end = start;
  while (end + 1 < info.length && (info[end + 1]!.kind === 'table' || info[end + 1]!.kind === 'table-separator')) end++;
  const ruled = [start - 1, end].some((k) => k >= 0 && info[k]!.kind === 'table-separator' && isRuledBorder(info[k]!.text));
  const rows: TableRow[] = [];
  let group: number[] = [];
  const flush = () => {
    for (const part of splitAtRowNumbers(group, info)) rows.push(mergeLines(part, info));
    group = [];
  };
  for (let k = start; k <= end; k++) {
    const kind = info[k]!.kind;
    if (kind === 'table-separator') flush();
    else if (ruled) group.push(k);
    else {
      const cells = splitRow(info[k]!.text);
      const previous = rows[rows.length - 1];
      if (previous && continuationRow(previous.cells, cells)) {
        previous.last = k;
        previous.cells = Array.from({ length: Math.max(previous.cells.length, cells.length) }, (_, c) => joinWrapped(previous.cells[c] ?? '', cells[c] ?? ''));
      } else rows.push({ first: k, last: k, cells });
    }
  }
  flush();
  return { rows, end };
}

/** "1", "1.2.", "12)" — the number of a row in the first column. */
const ROW_NUMBER = /^\d{1,3}(?:\.\d{1,3}){0,3}[.)]?$/;

/**
 * rowNumberStartsRow: a ruled table drawn without a border between its rows
 * still numbers them; a line whose first cell holds a number starts a row, the
 * lines with an empty first cell under it continue that row.
 */
function splitAtRowNumbers(group: number[], info: LineInfo[]): number[][] {
  if (group.length < 2) return group.length ? [group] : [];
  const firstCell = (k: number) => splitRow(info[k]!.text)[0] ?? '';
  if (!ROW_NUMBER.test(firstCell(group[0]!))) return [group];
  const parts: number[][] = [];
  for (const k of group) {
    if (parts.length === 0 || ROW_NUMBER.test(firstCell(k))) parts.push([k]);
    else parts[parts.length - 1]!.push(k);
  }
  return parts;
}

const STARTS_LOWER = /^[а-яёa-z]/;

/**
 * continuationRow: in a table whose rows are numbered, a line with no number
 * whose first filled cell goes on in lower case ("|   | педагогов | | |")
 * is the rest of the row above, wrapped by a plain-text editor.
 */
export function continuationRow(previous: string[], cells: string[]): boolean {
  if (!ROW_NUMBER.test(previous[0] ?? '') || (cells[0] ?? '') !== '') return false;
  const filled = cells.find((c) => c !== '');
  return filled !== undefined && STARTS_LOWER.test(filled);
}

/** The lines of one row → its cells: each column's fragments joined in reading order. */
function mergeLines(part: number[], info: LineInfo[]): TableRow {
  const cells: string[] = [];
  for (const k of part) {
    splitRow(info[k]!.text).forEach((fragment, c) => {
      cells[c] = joinWrapped(cells[c] ?? '', fragment);
    });
  }
  return { first: part[0]!, last: part[part.length - 1]!, cells: Array.from(cells, (c) => c ?? '') };
}

/** "плана-" + "графика" → "плана-графика"; other fragments are joined by a space. */
export function joinWrapped(head: string, tail: string): string {
  if (tail === '') return head;
  if (head === '') return tail;
  return /[а-яёa-z]-$/i.test(head) ? head + tail : `${head} ${tail}`;
}
