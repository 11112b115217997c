// Deadlines: "до 30 августа 2023 г.", "постоянно", "в течение 2022 года" → kind + ISO dates.
// STUB (interface only): the deadline grammar is built in grammars/ and here.
import type { Deadline } from '../../schema/output.js';

export interface DeadlineContext {
  /** the document's date (ISO), used for a year left out: "до 1 сентября" */
  documentDate: string | null;
}

/** A deadline without its position; the caller adds `line`. */
export type ParsedDeadline = Omit<Deadline, 'line'>;

export interface DeadlineMatch {
  /** offsets of the deadline phrase in the text given to findDeadlines */
  start: number;
  end: number;
  deadline: ParsedDeadline;
}

/** Understand a whole phrase that is known to be a deadline (the value of "Срок: …", a table's Срок cell). */
export function parseDeadline(_phrase: string, _ctx: DeadlineContext): ParsedDeadline | null {
  return null;
}

/** Find deadline phrases inside a task's text ("(в течение 2022 года)", "До 31.03.2022 внести …"). */
export function findDeadlines(_text: string, _ctx: DeadlineContext): DeadlineMatch[] {
  return [];
}
