// Deadlines for tasks, through the deadline module's interface only:
// a phrase known to be a deadline (the value of "Срок: …", a table's Срок cell)
// goes to parseDeadline; a task's own text is searched with findDeadlines.
// The deadline module answers in offsets of the text it was given; here they
// become spans of the source, through the text the phrase was read from.
import { deadlinesByItem, findDeadlines, namesItem, parseDeadline, type DeadlineContext } from '../4-recognise/deadline/index.js';
import type { Deadline } from '../shared/schema/output.js';
import type { Placed, ReadText } from '../shared/text/span.js';

/** Where a phrase stands: the text it is part of, read off the source, and its offset in that text. */
export interface PhraseAt {
  read: ReadText;
  at: number;
  /** the line the text read stands on, when it stands on one */
  line?: number | undefined;
}

/** A deadline and the span of its phrase in the source. */
export interface PlacedDeadline {
  deadline: Deadline;
  span: Placed;
}

/** A phrase known to be a deadline; the deadline module reports what it cannot read as kind "unparsed". */
export function deadlineFromPhrase(phrase: string, where: PhraseAt, line: number, ctx: DeadlineContext): PlacedDeadline | null {
  const parsed = parseDeadline(phrase, ctx);
  if (!parsed) return null;
  // parseDeadline trims the phrase's start and its closing punctuation: its text starts the phrase
  const start = where.at + phrase.length - phrase.trimStart().length;
  return { deadline: { ...parsed, line }, span: where.read.place(start, start + parsed.text.length) };
}

/**
 * The deadline an annotation line gives a task: the part written for its number
 * ("Сроки: по п. 1–3 – до 1 марта 2025 г.; по п. 4 – постоянно."), or, when the line
 * names no items, the whole phrase — `shared` when it is written for several tasks.
 * Null when the line names items and not this one.
 */
export function deadlineOfItem(
  phrase: string,
  where: PhraseAt,
  number: string | null,
  several: boolean,
  line: number,
  ctx: DeadlineContext,
): { placed: PlacedDeadline; shared: boolean } | null {
  const parts = deadlinesByItem(phrase);
  if (!parts) {
    const placed = deadlineFromPhrase(phrase, where, line, ctx);
    return placed && { placed, shared: several };
  }
  const part = parts.find((p) => namesItem(p, number));
  const placed = part ? deadlineFromPhrase(part.phrase, { read: where.read, at: where.at + part.at }, line, ctx) : null;
  return placed && { placed, shared: false };
}

/** The first deadline written inside a task's text (`where.at`: where that text starts in the text read), or null. */
export function deadlineInText(text: string, where: PhraseAt, lineAt: (offset: number) => number, ctx: DeadlineContext): PlacedDeadline | null {
  const match = findDeadlines(text, ctx)[0];
  if (!match) return null;
  const span = where.read.place(where.at + match.start, where.at + match.end);
  return { deadline: { ...match.deadline, line: where.line ?? lineAt(span.span.start) }, span };
}
