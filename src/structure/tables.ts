// A plan of measures written as a table (Markdown pipes or TABs):
//   | № | Мероприятие | Срок | Ответственный |
// The header row names the columns; every later row with a measure is a task,
// its Срок cell the deadline and its Ответственный cell the responsible.
// A row with a single filled cell is a group heading ("1. Организационная работа").
import { fold } from '../text/normalize.js';
import type { Block } from '../segment/segmenter.js';
import { endTrimmer } from '../text/trim.js';

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

const COLUMNS = {
  number: /^(?:№|n\s*п|номер)/,
  text: /(?:мероприят|содержани|наименовани|задач|действи|вид\w*\s+работ|направлени)/,
  deadline: /^(?:срок|дата|период)/,
  responsible: /(?:ответствен|исполнител)/,
} as const;

type Column = keyof typeof COLUMNS;

function findColumns(header: string[]): Record<Column, number> | null {
  const cols = { number: -1, text: -1, deadline: -1, responsible: -1 };
  header.forEach((cell, i) => {
    const f = fold(cell).trim();
    for (const key of Object.keys(COLUMNS) as Column[]) if (cols[key] < 0 && COLUMNS[key].test(f)) cols[key] = i;
  });
  return cols.text >= 0 && (cols.deadline >= 0 || cols.responsible >= 0) ? cols : null;
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
  let last: { run: PlanRun; columns: Record<Column, number>; width: number } | null = null;
  for (let i = 0; i < blocks.length; i++) {
    const b = blocks[i]!;
    if (b.kind !== 'table-row') continue;
    let end = i;
    while (end + 1 < blocks.length && blocks[end + 1]!.kind === 'table-row' && blocks[end + 1]!.table === b.table) end++;
    const rows = blocks.slice(i, end + 1);
    const header = findColumns(b.cells ?? []);
    let run: PlanRun | null = null;
    if (header) {
      run = { ...readRows(rows.slice(1), header), start: i, end, groupIndexes: [] };
      last = { run, columns: header, width: b.cells?.length ?? 0 };
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

function isGap(blocks: Block[], from: number, to: number): boolean {
  if (to - from < 1 || to - from > MAX_GAP) return false;
  for (let k = from; k < to; k++) {
    const b = blocks[k]!;
    if (b.kind !== 'paragraph' || b.endsWithColon || b.text.length > GAP_LINE_LENGTH) return false;
  }
  return true;
}

function readRows(rows: Block[], cols: Record<Column, number>): PlanTable {
  const out: PlanTable = { rows: [], groups: [] };
  const cell = (cells: string[], i: number) => (i >= 0 ? (cells[i] ?? '').trim() || null : null);
  for (const row of rows) {
    const cells = row.cells ?? [];
    if (cells.filter((c) => c.trim() !== '').length === 1 && cells.length > 1) {
      out.groups.push(row);
      continue;
    }
    const text = cell(cells, cols.text);
    if (!text) continue;
    out.rows.push({
      row,
      number: withoutNumberEnd(cell(cells, cols.number)),
      text,
      deadline: cell(cells, cols.deadline),
      responsible: cell(cells, cols.responsible),
    });
  }
  return out;
}
