// Deadlines for tasks, through the deadline module's interface only:
// a phrase known to be a deadline (the value of "Срок: …", a table's Срок cell)
// goes to parseDeadline; a task's own text is searched with findDeadlines.
import { findDeadlines, parseDeadline, type DeadlineContext } from '../extract/deadline/index.js';
import type { Block } from '../segment/segmenter.js';
import type { Deadline } from '../schema/output.js';
import { fold } from '../text/normalize.js';

/** A phrase known to be a deadline; the deadline module reports what it cannot read as kind "unparsed". */
export function deadlineFromPhrase(phrase: string, line: number, ctx: DeadlineContext): Deadline | null {
  const parsed = parseDeadline(phrase, ctx);
  return parsed ? { ...parsed, line } : null;
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
