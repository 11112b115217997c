// A plan of measures written as a table (Markdown pipes or TABs):
//   | № | Мероприятие | Срок | Ответственный |
// The header row names the columns; every later row with a measure is a task,
// its Срок cell the deadline and its Ответственный cell the responsible.
// A row with a single filled cell is a group heading ("1. Организационная работа").
import { fold } from '../text/normalize.js';
import type { Block } from '../segment/segmenter.js';

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

/** Read one table (consecutive rows of the same table number); null when it is not a plan. */
export function readPlanTable(rows: Block[]): PlanTable | null {
  const header = rows[0]?.cells;
  if (!header) return null;
  const cols = findColumns(header);
  if (!cols) return null;
  const out: PlanTable = { rows: [], groups: [] };
  const cell = (cells: string[], i: number) => (i >= 0 ? (cells[i] ?? '').trim() || null : null);
  for (const row of rows.slice(1)) {
    const cells = row.cells ?? [];
    if (cells.filter((c) => c.trim() !== '').length === 1 && cells.length > 1) {
      out.groups.push(row);
      continue;
    }
    const text = cell(cells, cols.text);
    if (!text) continue;
    out.rows.push({
      row,
      number: cell(cells, cols.number)?.replace(/[.)]+$/, '') ?? null,
      text,
      deadline: cell(cells, cols.deadline),
      responsible: cell(cells, cols.responsible),
    });
  }
  return out;
}
