// Positions for findings. Rules know a line (from a task, an addressee, a
// block); the column comes from the block that starts there or from the text
// as it stands in the source line, matched on fold() so that ё/е, quote and
// dash styles do not matter. All columns are 1-based UTF-16 columns of the
// cleaned source line.
import { fold, squeeze } from '../text/normalize.js';
import type { Block } from '../segment/segmenter.js';
import type { CheckedDocument } from './types.js';

const blockIndex = new WeakMap<Block[], Map<number, Block>>();

/** The block that starts on `line`, if any (built once per document). */
export function blockStartingAt(doc: CheckedDocument, line: number): Block | undefined {
  const blocks = doc.segmented.blocks;
  let index = blockIndex.get(blocks);
  if (!index) {
    index = new Map();
    for (const b of blocks) if (!index.has(b.line)) index.set(b.line, b);
    blockIndex.set(blocks, index);
  }
  return index.get(line);
}

/**
 * 1-based column where a block's text starts in its first source line. The
 * segmenter counts a TAB of indentation as 4 columns; a finding needs the
 * character position, so the indentation is measured again in characters.
 */
export function blockColumn(lines: string[], block: Block): number {
  return firstTextColumn(lines, block.line) + (block.column - block.indent - 1);
}

/** 1-based column of the first non-blank character of a line (1 for a blank line). */
export function firstTextColumn(lines: string[], line: number): number {
  const text = lines[line - 1] ?? '';
  const m = /\S/.exec(text);
  return m ? m.index + 1 : 1;
}

export interface Span {
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
}

/** Where a thing written on `line` starts: its text in the line, else the block's text, else the line's. */
export function spanOf(doc: CheckedDocument, line: number, text?: string): Span {
  if (text) {
    const found = findOnLine(doc.lines, line, text);
    if (found) return found;
  }
  const block = blockStartingAt(doc, line);
  const column = block ? blockColumn(doc.lines, block) : firstTextColumn(doc.lines, line);
  const end = lineEndColumn(doc.lines, line);
  return { line, column, endLine: line, endColumn: Math.max(column, end) };
}

/** The span of `text` on a source line (matched on fold, white space squeezed), or null. */
export function findOnLine(lines: string[], line: number, text: string): Span | null {
  const source = lines[line - 1];
  if (source === undefined) return null;
  const needle = fold(squeeze(text));
  if (needle === '') return null;
  const at = fold(source).indexOf(needle);
  if (at < 0) return null;
  return { line, column: at + 1, endLine: line, endColumn: at + 1 + needle.length };
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
export function documentHead(doc: CheckedDocument): Span {
  const first = doc.segmented.blocks[0];
  if (!first) return { line: 1, column: 1, endLine: 1, endColumn: 1 };
  return spanOf(doc, first.line);
}
