// Positions for findings, from the spans the parse carried with each block,
// task, deadline and addressee (ParsedDocument.positions): nothing is searched
// for again. All columns are 1-based UTF-16 columns of the cleaned source line
// (8-check/source.ts maps them to the line as written).
import { squeeze } from '../shared/text/normalize.js';
import { positionAt, spanOfPlaced, type Placed, type Span } from '../shared/text/span.js';
import type { CheckedDocument } from './types.js';

export interface Loc {
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
}

/** Where a span of the cleaned text stands. */
export function locOf(doc: CheckedDocument, span: Span): Loc {
  const starts = doc.segmented.lineStarts;
  const start = positionAt(starts, span.start);
  const end = positionAt(starts, Math.max(span.start, span.end));
  return { line: start.line, column: start.column, endLine: end.line, endColumn: end.column };
}

/** From `start` to the end of the words on its line: how a task or a block is pointed at. */
export function lineFrom(doc: CheckedDocument, start: number): Loc {
  const { line, column } = positionAt(doc.segmented.lineStarts, start);
  return { line, column, endLine: line, endColumn: Math.max(column, lineEndColumn(doc.lines, line)) };
}

/** 1-based column just after the last non-blank character of a line. */
export function lineEndColumn(lines: string[], line: number): number {
  const text = lines[line - 1] ?? '';
  return text.trimEnd().length + 1;
}

/** How a message names a task: its number, or its first words in quotes. */
export function itemName(number: string | null, text: string): string {
  if (number) return number;
  const words = squeeze(text).split(' ');
  const head = words.slice(0, 4).join(' ');
  return `«${words.length > 4 ? `${head}…` : head}»`;
}

/** Document-level findings point at the first written block (line 1 for an empty text). */
export function documentHead(doc: CheckedDocument): Loc {
  const first = doc.segmented.blocks[0];
  if (!first) return { line: 1, column: 1, endLine: 1, endColumn: 1 };
  return lineFrom(doc, first.textStart);
}

/** The span the parse recorded for a task, deadline or addressee (`what`, by id). */
export function spanOf(positions: Map<string, Placed>, id: string): Span {
  const placed = positions.get(id);
  // every task, deadline and addressee of a parse has one: a missing one is resolve's bug
  if (!placed) throw new Error(`internal error: no position for ${id}`);
  return spanOfPlaced(placed);
}
