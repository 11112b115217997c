// The heads of a plan table's columns (grammars/plan-columns.json): which
// column holds the measure, its deadline, who answers for it. Read by the
// segmenter to find a table drawn with spaces only, and by 5-structure/tables.ts.
import { loadGrammar } from '../shared/grammar/load.js';
import { fold } from '../shared/text/normalize.js';

/** Column kinds in the order a header cell is read against them. */
const KINDS = ['number', 'deadline', 'responsible', 'text', 'report'] as const;
type Kind = (typeof KINDS)[number];

interface Patterns {
  heads: Record<Kind, RegExp>;
  periodStart: RegExp;
  periodEnd: RegExp;
}
let patterns: Patterns | null = null;

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&').replace(/ /g, '\\s+');
const oneOf = (words: string[]) => new RegExp(`^(?:${words.map((w) => escape(fold(w))).join('|')})$`, 'u');

export function columnPatterns(): Patterns {
  if (patterns) return patterns;
  const g = loadGrammar('plan-columns');
  const heads = {} as Record<Kind, RegExp>;
  for (const k of KINDS) {
    const alt = g[k].words.map((w) => escape(fold(w))).join('|');
    heads[k] = new RegExp(g[k].atStart ? `^(?:${alt})` : `(?:^|[^\\p{L}\\d])(?:${alt})`, 'u');
  }
  return (patterns = { heads, periodStart: oneOf(g.periodStart), periodEnd: oneOf(g.periodEnd) });
}

/** The kind of column a header cell names, or null. */
export function columnKind(cell: string): Kind | null {
  const f = fold(cell).trim();
  if (f === '') return null;
  const { heads } = columnPatterns();
  return KINDS.find((k) => heads[k].test(f)) ?? null;
}

export interface Columns {
  number: number;
  text: number;
  deadline: number;
  responsible: number;
  /** the end of a period, when the deadline column is split into start and end */
  deadlineEnd: number;
}

/** The columns of a plan's header row, or null when the row does not head a plan of measures. */
export function planColumns(header: string[]): Columns | null {
  const cols: Columns = { number: -1, text: -1, deadline: -1, responsible: -1, deadlineEnd: -1 };
  if (reportsOnExecution(header)) return null;
  header.forEach((cell, i) => {
    const kind = columnKind(cell);
    if (kind && kind !== 'report' && cols[kind] < 0) cols[kind] = i;
  });
  return cols.text >= 0 && (cols.deadline >= 0 || cols.responsible >= 0) ? cols : null;
}


/**
 * reportsOnExecution: a column for the mark of execution ("Отметка о выполнении",
 * "Исполнено") makes a table a report on decisions taken earlier: it assigns nothing new.
 */
export function reportsOnExecution(header: string[]): boolean {
  return header.some((cell) => columnKind(cell) === 'report');
}
