// A plan of measures written as a table (pipes, TABs, box-drawing, ASCII grid,
// columns aligned by spaces):
//   | № | Мероприятие | Срок | Ответственный |
// The header row names the columns (grammars/plan-columns.json); every later
// row with a measure is a task, its Срок cell the deadline and its
// Ответственный cell the responsible. A row with a single filled cell is a
// group heading ("1. Организационная работа"); a row "1 | 2 | 3 | 4" numbers
// the columns; a second header row "начало | окончание" under "Сроки" splits
// the deadline into the start and the end of a period. A table with a column
// for the mark of execution ("Отметка о выполнении") reports on decisions
// taken earlier and assigns nothing new.
import { fold } from '../shared/text/normalize.js';
import type { Block } from '../3-segment/segmenter.js';
import { readLabel, type Label } from '../3-segment/labels.js';
import { columnPatterns, planColumns, type Columns } from '../3-segment/columns.js';
import { endTrimmer } from '../shared/text/trim.js';

const trimNumberEnd = endTrimmer('.)');
const withoutNumberEnd = (n: string | null) => (n === null ? null : trimNumberEnd(n));

export interface PlanRow {
  row: Block;
  number: string | null;
  text: string;
  deadline: string | null;
  responsible: string | null;
}

export interface PlanTable {
  rows: PlanRow[];
  /** group heading rows, in order */
  groups: Block[];
}

/**
 * periodSubHeader: "Сроки" heads two cells, and the row under the header names
 * them "начало" | "окончание" (and nothing else): the deadline is the period
 * from the first cell to the second. The two heads stand under "Сроки" in a
 * row as wide as the header ("| | | начало | окончание | |"), or alone, when
 * the other heads span both header rows (an HTML table's rowspan): then the
 * header has one cell less than the rows, and the columns after "Сроки" move
 * one to the right. Returns the columns with the period's end, or null.
 */
function periodSubHeader(row: string[], cols: Columns): Columns | null {
  const d = cols.deadline;
  if (d < 0) return null;
  const { periodStart, periodEnd } = columnPatterns();
  const filled = row.map((c, i) => [fold(c).trim(), i] as const).filter(([c]) => c !== '');
  if (filled.length !== 2 || !periodStart.test(filled[0]![0]) || !periodEnd.test(filled[1]![0])) return null;
  if (filled[0]![1] === d && filled[1]![1] === d + 1) return { ...cols, deadlineEnd: d + 1 };
  if (row.length !== 2) return null;
  const shift = (c: number) => (c > d ? c + 1 : c);
  return { number: shift(cols.number), text: shift(cols.text), deadline: d, responsible: shift(cols.responsible), deadlineEnd: d + 1 };
}

/** columnNumberRow: "1 | 2 | 3 | 4" under the header numbers the columns; it is no measure. */
function columnNumberRow(cells: string[]): boolean {
  const filled = cells.map((c) => c.trim()).filter((c) => c !== '');
  return filled.length >= 2 && filled.every((c, i) => c === String(i + 1));
}

const EMPTY = /^[-–—\s]*$/;

/** The deadline of a row whose period is written in a start cell and an end cell. */
function periodPhrase(start: string | null, end: string | null): string | null {
  const s = start && !EMPTY.test(start) ? start : null;
  const e = end && !EMPTY.test(end) ? end : null;
  if (s && e) return fold(s) === fold(e) ? s : `${s} – ${e}`;
  if (e) return `до ${e}`;
  return s;
}

export interface PlanRun extends PlanTable {
  /** block indexes of the run's first and last row */
  start: number;
  end: number;
  /** block indexes of group headings: group rows, and short lines that cut a TAB table in two */
  groupIndexes: number[];
}

/** How many short lines may stand between two parts of one plan ("\tРабота с родителями\t\t" loses its TABs). */
const MAX_GAP = 2;
const GAP_LINE_LENGTH = 120;

/** Every plan of measures in the document, in order. */
export function findPlans(blocks: Block[]): PlanRun[] {
  const runs: PlanRun[] = [];
  let last: { run: PlanRun; columns: Columns; width: number } | null = null;
  for (let i = 0; i < blocks.length; i++) {
    const b = blocks[i]!;
    if (b.kind !== 'table-row') continue;
    let end = i;
    while (end + 1 < blocks.length && blocks[end + 1]!.kind === 'table-row' && blocks[end + 1]!.table === b.table) end++;
    const rows = blocks.slice(i, end + 1);
    const at = headerRow(rows);
    const header: Columns | null = at >= 0 ? planColumns(rows[at]!.cells ?? []) : null;
    let run: PlanRun | null = null;
    if (header) {
      const headCells = rows[at]!.cells ?? [];
      let body = rows.slice(at + 1).filter((r) => !repeatedHeader(r.cells ?? [], headCells));
      const split = body[0] ? periodSubHeader(body[0].cells ?? [], header) : null;
      if (split) body = body.slice(1);
      const columns = split ?? header;
      run = { ...readRows(body, columns), start: i, end, groupIndexes: [] };
      last = { run, columns, width: body[0]?.cells?.length ?? headCells.length };
    } else if (last && (b.cells?.length ?? 0) === last.width && isGap(blocks, last.run.end + 1, i)) {
      // the same plan, cut by a group heading that lost its TABs
      run = { ...readRows(rows, last.columns), start: i, end, groupIndexes: [] };
      for (let k = last.run.end + 1; k < i; k++) run.groupIndexes.push(k);
      last = { run, columns: last.columns, width: last.width };
    } else last = null;
    if (run) {
      for (const g of run.groups) run.groupIndexes.push(blocks.indexOf(g, i));
      run.groupIndexes.sort((x, y) => x - y);
      runs.push(run);
    }
    i = end;
  }
  return runs;
}

/** How many rows above the header a table may have: its title or a note spanning it. */
const MAX_ROWS_ABOVE_HEADER = 2;

/** headerWithinFirstRows: the row naming the plan's columns, among the first rows of the table (-1 if none). */
function headerRow(rows: Block[]): number {
  const n = Math.min(rows.length, MAX_ROWS_ABOVE_HEADER + 1);
  for (let k = 0; k < n; k++) if (planColumns(rows[k]!.cells ?? [])) return k;
  return -1;
}

/** repeatedHeader: a table broken by a page repeats its header row; the repeat is no measure. */
function repeatedHeader(cells: string[], header: string[]): boolean {
  return cells.length === header.length && cells.every((c, i) => fold(c).trim() === fold(header[i]!).trim());
}

function isGap(blocks: Block[], from: number, to: number): boolean {
  if (to - from < 1 || to - from > MAX_GAP) return false;
  for (let k = from; k < to; k++) {
    const b = blocks[k]!;
    if (b.kind !== 'paragraph' || b.endsWithColon || b.text.length > GAP_LINE_LENGTH) return false;
  }
  return true;
}

/**
 * groupRow: one filled cell in a row of a wider table — a cell spanning the
 * table ("│ 2. Кадровое обеспечение │", "| **II. ВОСПИТАТЕЛЬНАЯ РАБОТА** | | |").
 */
function groupRow(cells: string[], width: number): boolean {
  return cells.filter((c) => c.trim() !== '').length === 1 && (cells.length > 1 || width > 1);
}

/** labelInTextCell: a table without a number column numbers its measures in the text cell ("3. Провести …"). */
function labelInTextCell(text: string): Label | null {
  const label = readLabel(text);
  return label?.style === 'number' ? label : null;
}

function readRows(rows: Block[], cols: Columns): PlanTable {
  const out: PlanTable = { rows: [], groups: [] };
  const width = Math.max(cols.number, cols.text, cols.deadline, cols.responsible, cols.deadlineEnd) + 1;
  const cell = (cells: string[], i: number) => (i >= 0 ? (cells[i] ?? '').trim() || null : null);
  for (const row of rows) {
    const cells = row.cells ?? [];
    if (columnNumberRow(cells)) continue;
    if (groupRow(cells, width)) {
      out.groups.push(row);
      continue;
    }
    const written = cell(cells, cols.text);
    if (!written) continue;
    const own = cols.number < 0 ? labelInTextCell(written) : null;
    const text = own ? written.slice(own.length).trim() : written;
    if (!text) continue;
    out.rows.push({
      row,
      number: own?.value ?? withoutNumberEnd(cell(cells, cols.number)),
      text,
      deadline: cols.deadlineEnd >= 0 ? periodPhrase(cell(cells, cols.deadline), cell(cells, cols.deadlineEnd)) : cell(cells, cols.deadline),
      responsible: cell(cells, cols.responsible),
    });
  }
  return out;
}
