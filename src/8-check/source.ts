// The file as written, for what the cleaned text cannot tell: exact columns
// (cleanSource drops invisible characters such as soft hyphens) and the line
// endings --fix must keep. Lines are split exactly where cleanSource splits.
import type { Diagnostic, Fix } from '../shared/schema/output.js';
import { originalOffsets } from '../shared/text/normalize.js';
import { execAll } from '../shared/text/matches.js';

export interface SourceLines {
  /** the decoded text's lines without their endings */
  lines: string[];
  /** each line's ending as written: "\r\n", "\n", "\r", or "" for the last */
  endings: string[];
}

const LINE_BREAK = /\r\n|\r|\n/g;

export function splitLines(text: string): SourceLines {
  const lines: string[] = [];
  const endings: string[] = [];
  let start = 0;
  for (const m of execAll(LINE_BREAK, text)) {
    lines.push(text.slice(start, m.index));
    endings.push(m[0]);
    start = m.index + m[0].length;
  }
  lines.push(text.slice(start));
  endings.push('');
  return { lines, endings };
}

export function joinLines(source: SourceLines): string {
  let out = '';
  for (let i = 0; i < source.lines.length; i++) out += source.lines[i]! + source.endings[i]!;
  return out;
}

/** Diagnostics with columns counted in the source lines (only lines with invisible characters change). */
export function toSourceColumns(diagnostics: Diagnostic[], source: SourceLines): Diagnostic[] {
  const cache = new Map<number, number[] | null>();
  const map = (line: number, column: number): number => {
    if (!cache.has(line)) cache.set(line, originalOffsets(source.lines[line - 1] ?? ''));
    const offsets = cache.get(line);
    if (!offsets) return column;
    return (offsets[Math.min(column - 1, offsets.length - 1)] ?? column - 1) + 1;
  };
  const mapFix = (f: Fix): Fix => ({ ...f, column: map(f.line, f.column), endColumn: map(f.endLine, f.endColumn) });
  return diagnostics.map((d) => ({
    ...d,
    column: map(d.line, d.column),
    endColumn: map(d.endLine, d.endColumn),
    fix: d.fix ? mapFix(d.fix) : null,
    related: d.related.map((r) => ({ ...r, column: map(r.line, r.column), endColumn: map(r.endLine, r.endColumn) })),
  }));
}
