// Deadlines for tasks, through the deadline module's interface only:
// a phrase known to be a deadline (the value of "Срок: …", a table's Срок cell)
// goes to parseDeadline; a task's own text is searched with findDeadlines.
import { findDeadlines, parseDeadline, type DeadlineContext } from '../extract/deadline/index.js';
import type { Block } from '../segment/segmenter.js';
import type { Deadline } from '../schema/output.js';
import { fold } from '../text/normalize.js';

/** A written deadline the grammar did not understand is still a deadline: kind "unparsed". */
export function deadlineFromPhrase(phrase: string, line: number, ctx: DeadlineContext): Deadline {
  const parsed = parseDeadline(phrase, ctx);
  if (parsed) return { ...parsed, line };
  return { text: phrase, kind: 'unparsed', start: null, end: null, frequency: null, problem: 'not-understood', line };
}

/** The first deadline written inside a task's text, or null. */
export function deadlineInText(text: string, block: Block, ctx: DeadlineContext): Deadline | null {
  const match = findDeadlines(text, ctx)[0];
  if (!match) return null;
  return { ...match.deadline, line: lineOf(block, text.slice(match.start, match.end)) };
}

/** The source line of a phrase inside a block that may span several lines. */
export function lineOf(block: Block, phrase: string): number {
  if (block.line === block.endLine) return block.line;
  const needle = fold(phrase).replace(/\s+/g, ' ').slice(0, 24);
  const rawLines = block.raw.split('\n');
  for (let i = 0; i < rawLines.length; i++) if (fold(rawLines[i]!).replace(/\s+/g, ' ').includes(needle)) return block.line + i;
  return block.line;
}
