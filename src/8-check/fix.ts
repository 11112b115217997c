// --fix: apply safe autofixes to the source text and write the file back in
// its own encoding, BOM and line endings, atomically, and only when something
// changed. Fix positions are source columns (see source.ts).
import { rename, stat, unlink, writeFile, chmod } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import type { Fix } from '../shared/schema/output.js';
import { usageError } from '../shared/errors.js';
import { say } from '../shared/messages/ui.js';
import type { Decoded } from '../1-decode/decode.js';
import { joinLines, splitLines, type SourceLines } from './source.js';

/**
 * The text with every fix that does not overlap an earlier one applied, or
 * null when there is nothing to apply. Fixes stay within one line.
 */
export function applyFixes(text: string, fixes: readonly Fix[], applied: Fix[] = []): string | null {
  const ordered = fixes
    .filter((f) => f.line === f.endLine && f.endColumn >= f.column)
    .sort((a, b) => a.line - b.line || a.column - b.column || a.endColumn - b.endColumn);
  if (ordered.length === 0) return null;
  const source: SourceLines = splitLines(text);
  // per line, from right to left, so earlier columns stay valid
  const byLine = new Map<number, Fix[]>();
  let lastLine = 0;
  let lastEnd = 0;
  for (const f of ordered) {
    if (f.line === lastLine && f.column < lastEnd) continue; // overlaps: next pass
    if (f.line > source.lines.length) continue;
    lastLine = f.line;
    lastEnd = Math.max(f.endColumn, f.column + 1);
    const list = byLine.get(f.line) ?? [];
    list.push(f);
    byLine.set(f.line, list);
  }
  for (const [line, list] of byLine) {
    let s = source.lines[line - 1]!;
    for (const f of list.reverse()) {
      s = s.slice(0, f.column - 1) + f.text + s.slice(f.endColumn - 1);
      applied.push(f);
    }
    source.lines[line - 1] = s;
  }
  const fixed = joinLines(source);
  return fixed === text ? null : fixed;
}

/**
 * `before` → `after` as a unified diff (git's format, no context lines): a
 * hunk per changed line. Fixes stay within their line, so lines match up one
 * to one; should they not, the whole text is one hunk.
 */
export function unifiedDiff(path: string, before: string, after: string): string {
  if (before === after) return '';
  const a = splitLines(before).lines;
  const b = splitLines(after).lines;
  const out = [`--- a/${path}`, `+++ b/${path}`];
  if (a.length !== b.length) {
    out.push(`@@ -1,${a.length} +1,${b.length} @@`, ...a.map((l) => `-${l}`), ...b.map((l) => `+${l}`));
  } else {
    for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) out.push(`@@ -${i + 1} +${i + 1} @@`, `-${a[i]}`, `+${b[i]}`);
  }
  return `${out.join('\n')}\n`;
}

/** Bytes for `text` in the encoding (and BOM) the file was read in. */
export async function encodeLike(text: string, decoded: Pick<Decoded, 'encoding' | 'bom'>): Promise<Uint8Array> {
  const { encoding, bom } = decoded;
  if (encoding === 'utf-8') {
    const body = Buffer.from(text, 'utf8');
    return bom ? Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), body]) : body;
  }
  const iconv = (await import('iconv-lite')).default;
  return iconv.encode(text, encoding, { addBOM: bom });
}

/**
 * Replace a file's content atomically: write a temporary file beside it, give
 * it the original's permissions, rename it over the original.
 */
export async function writeAtomically(path: string, bytes: Uint8Array): Promise<void> {
  const tmp = join(dirname(path), `.${basename(path)}.resolve-fix-${process.pid}-${Date.now()}.tmp`);
  try {
    await writeFile(tmp, bytes, { flag: 'wx' });
    await chmod(tmp, (await stat(path)).mode & 0o7777);
    await rename(tmp, path);
  } catch (e) {
    await unlink(tmp).catch(() => undefined);
    const err = e as NodeJS.ErrnoException;
    throw usageError('io', say('cannotWriteFixed', { path, reason: err.code ?? err.message }));
  }
}
