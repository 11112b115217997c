// Deadlines for tasks, through the deadline module's interface only:
// a phrase known to be a deadline (the value of "Срок: …", a table's Срок cell)
// goes to parseDeadline; a task's own text is searched with findDeadlines.
import { deadlinesByItem, findDeadlines, namesItem, parseDeadline, type DeadlineContext } from '../extract/deadline/index.js';
import type { Block } from '../segment/segmenter.js';
import type { Deadline } from '../schema/output.js';
import { fold } from '../text/normalize.js';

/** A phrase known to be a deadline; the deadline module reports what it cannot read as kind "unparsed". */
export function deadlineFromPhrase(phrase: string, line: number, ctx: DeadlineContext): Deadline | null {
  const parsed = parseDeadline(phrase, ctx);
  return parsed ? { ...parsed, line } : null;
}

/**
 * The deadline an annotation line gives a task: the part written for its number
 * ("Сроки: по п. 1–3 – до 1 марта 2025 г.; по п. 4 – постоянно."), or, when the line
 * names no items, the whole phrase — `shared` when it is written for several tasks.
 * Null when the line names items and not this one.
 */
export function deadlineOfItem(
  phrase: string,
  number: string | null,
  several: boolean,
  line: number,
  ctx: DeadlineContext,
): { deadline: Deadline; shared: boolean } | null {
  const parts = deadlinesByItem(phrase);
  if (!parts) {
    const deadline = deadlineFromPhrase(phrase, line, ctx);
    return deadline && { deadline, shared: several };
  }
  const part = parts.find((p) => namesItem(p, number));
  const deadline = part ? deadlineFromPhrase(part.phrase, line, ctx) : null;
  return deadline && { deadline, shared: false };
}

/** The first deadline written inside a task's text, or null. `lines`: the cleaned source lines. */
export function deadlineInText(text: string, block: Block, lines: string[], ctx: DeadlineContext): Deadline | null {
  const match = findDeadlines(text, ctx)[0];
  if (!match) return null;
  return { ...match.deadline, line: lineOf(block, lines, text.slice(match.start, match.end)) };
}

/**
 * The source line of a phrase inside a block that may span several lines — and
 * blank lines, when a page break was joined — looked up in the source itself.
 */
export function lineOf(block: Block, lines: string[], phrase: string): number {
  if (block.line === block.endLine) return block.line;
  const needle = fold(phrase).replace(/\s+/g, ' ').slice(0, 24);
  for (let l = block.line; l <= block.endLine; l++) if (fold(lines[l - 1] ?? '').replace(/\s+/g, ' ').includes(needle)) return l;
  return block.line;
}
