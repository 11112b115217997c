// Table rows → cells, in every drawing a converted document uses:
//   Markdown pipe rows ("| a | b |", escaped "\|" stays in its cell);
//   TAB-separated rows (Word's text export; an empty cell keeps its column);
//   box-drawing rows ("│ a │ b │") and ASCII grids ("| a | b |" between "+---+" borders).
// In a ruled table (box-drawing or "+---+" borders) one row of the table may take
// several lines: its cells wrap inside their columns, and the border under it
// closes it. Those lines are one row; each cell is its column's fragments joined.
import { BOX_VERTICAL, type LineInfo } from './lines.js';

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

/** Corners and crossings of box-drawing tables: a plain "──────" line is a rule, not a table's border. */
const BOX_CROSSING = /[┌┐└┘├┤┬┴┼┏┓┗┛┣┫┳┻╋╒╓╔╕╖╗╘╙╚╛╜╝╞╟╠╡╢╣╤╥╦╧╨╩╪╫╬]/;

/** A border of a ruled table: "+----+----+", "|----+----|" or box-drawing lines with corners or crossings ("├────┼────┤"). */
export function isRuledBorder(text: string): boolean {
  return text.startsWith('+') || BOX_CROSSING.test(text) || (text.startsWith('|') && text.includes('+'));
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
  /** the row being read in a table without borders: its first cells, and its lines' cells by column */
  let open: { row: TableRow; columns: string[][] } | null = null;
  const close = () => {
    if (open && open.row.last > open.row.first) open.row.cells = joinColumns(open.columns);
    open = null;
  };
  for (let k = start; k <= end; k++) {
    const kind = info[k]!.kind;
    if (kind === 'table-separator') flush();
    else if (ruled) group.push(k);
    else {
      const cells = splitRow(info[k]!.text);
      if (open && continuationRow(open.row.cells, cells)) {
        open.row.last = k;
        addLine(open.columns, cells);
        continue;
      }
      close();
      const row = { first: k, last: k, cells };
      rows.push(row);
      open = { row, columns: addLine([], cells) };
    }
  }
  close();
  flush();
  return { rows, end };
}

/** One more line of a row's cells: each cell a fragment of its column. */
export function addLine(columns: string[][], cells: string[]): string[][] {
  cells.forEach((fragment, c) => {
    if (fragment === '') return;
    (columns[c] ??= []).push(fragment);
  });
  return columns;
}

/** The cells of a row read over several lines: each column's fragments joined. */
export function joinColumns(columns: string[][]): string[] {
  return Array.from(columns, (fragments) => joinFragments(fragments ?? []));
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
  const columns: string[][] = [];
  for (const k of part) addLine(columns, splitRow(info[k]!.text));
  return { first: part[0]!, last: part[part.length - 1]!, cells: joinColumns(columns) };
}

const WRAPPED_AFTER_HYPHEN = /[а-яёa-z]-$/i;

/**
 * A cell's fragments, line after line, as one text: "плана-" + "графика" →
 * "плана-графика"; other fragments are joined by a space. Joined once, so a
 * cell of many lines costs its length (a regex on a string grown line by line
 * would copy it each time).
 */
export function joinFragments(fragments: string[]): string {
  const out: string[] = [];
  for (const f of fragments) {
    if (f === '') continue;
    if (out.length) out.push(WRAPPED_AFTER_HYPHEN.test(out[out.length - 1]!) ? '' : ' ');
    out.push(f);
  }
  return out.join('');
}
