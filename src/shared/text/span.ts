// Where things stand in the document: offsets into the cleaned text (what
// cleanSource makes of the decoded or converted text). cleanSource keeps every
// line break, so the line of an offset is the source's line; columns are
// counted in the cleaned line and 8-check/source.ts maps them to the line as
// written (where invisible characters were dropped). fold() keeps every
// offset, so a match in folded text is a span of the text itself.

/** Offsets into the cleaned text: `start` inclusive, `end` exclusive. */
export interface Span {
  start: number;
  end: number;
}

/** 1-based line and column (UTF-16 units) of the cleaned text. */
export interface Position {
  line: number;
  column: number;
}

/** Offset of the first character of each line (index 0 is line 1). */
export function lineStarts(lines: readonly string[]): number[] {
  const starts = new Array<number>(lines.length);
  let at = 0;
  for (let i = 0; i < lines.length; i++) {
    starts[i] = at;
    at += lines[i]!.length + 1;
  }
  return starts;
}

/** The 1-based line holding `offset`. */
export function lineAt(starts: readonly number[], offset: number): number {
  let lo = 0;
  let hi = starts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (starts[mid]! <= offset) lo = mid;
    else hi = mid - 1;
  }
  return lo + 1;
}

/** Offset just after the last written character of a 1-based line. */
export function lineEnd(source: string, starts: readonly number[], line: number): number {
  let end = line < starts.length ? starts[line]! - 1 : source.length;
  while (end > starts[line - 1]! && isSpace(source.charCodeAt(end - 1))) end--;
  return end;
}

export function positionAt(starts: readonly number[], offset: number): Position {
  const line = lineAt(starts, offset);
  return { line, column: offset - starts[line - 1]! + 1 };
}

/**
 * How far past the source character matched last the next character of a read
 * text may stand: what reading dropped between them (markup, a label, the
 * blank lines and page number of a joined page break) is short. Bounds the
 * work per character, so mapping stays linear on any input.
 */
const MAX_GAP = 64;

/**
 * A text read off the source — labels and inline markup dropped, white space
 * squeezed, blocks joined across a page break — and the source it was read
 * from, starting at `from`. Every character of the text is a character of the
 * source, in order (white space for white space): the source offset of a text
 * offset is found by walking the two together, only when a position is asked for.
 */
export class ReadText {
  constructor(
    readonly text: string,
    private readonly source: string,
    private readonly from: number,
  ) {}

  /** The source span of text[start, end). */
  span(start: number, end: number): Span {
    // a text read as written (one line, no markup, single spaces) is its source
    if (this.source.startsWith(this.text, this.from)) return { start: this.from + start, end: this.from + end };
    const first = this.offsetOf(start);
    return { start: first, end: end > start ? this.offsetOf(end - 1) + 1 : first };
  }

  /** text[start, end), mapped to the source only if a position is asked for. */
  place(start: number, end: number): ReadSpan {
    return new ReadSpan(this, start, end);
  }

  /** The source offset of text[i] (of the text's end for i ≥ its length). */
  offsetOf(i: number): number {
    const { text, source } = this;
    if (text.length === 0) return this.from;
    const last = Math.min(i, text.length - 1);
    let j = this.from;
    let at = j;
    for (let k = 0; k <= last; k++) {
      const space = isSpace(text.charCodeAt(k));
      const limit = Math.min(source.length, j + MAX_GAP);
      let m = j;
      while (m < limit && !(space ? isSpace(source.charCodeAt(m)) : source.charCodeAt(m) === text.charCodeAt(k))) m++;
      if (m === limit) {
        at = j; // a character reading made (an entity decoded): stay where the source is
        continue;
      }
      at = m;
      j = m + 1;
      if (space) while (j < source.length && isSpace(source.charCodeAt(j))) j++;
    }
    return i >= text.length ? Math.max(at + 1, this.from) : at;
  }
}

/**
 * A span of a read text, mapped to the source when first asked: most are never
 * asked for (only findings need them), and mapping walks the text.
 */
export class ReadSpan {
  private mapped: Span | null = null;

  constructor(
    private readonly read: ReadText,
    private readonly start: number,
    private readonly end: number,
  ) {}

  get span(): Span {
    return (this.mapped ??= this.read.span(this.start, this.end));
  }
}

/** Where something stands: a span of the source, or of a text read from it. */
export type Placed = Span | ReadSpan;

export function spanOfPlaced(p: Placed): Span {
  return p instanceof ReadSpan ? p.span : p;
}

function isSpace(c: number): boolean {
  return c === 32 || c === 10 || c === 9;
}
