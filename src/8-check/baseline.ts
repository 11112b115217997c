// A baseline lists findings that were accepted when an old archive adopted
// `resolve check`, so only new findings fail the build. A finding is known by
// its file, its rule and the text of its line (folded, white space squeezed),
// not by its line number: adding a paragraph above it does not revive it.
// Each entry carries a count, so a second copy of the same defect is new.
import { createHash } from 'node:crypto';
import { dirname, relative, resolve, sep } from 'node:path';
import { z } from 'zod';
import type { Diagnostic } from '../shared/schema/output.js';
import { fold, squeeze } from '../shared/text/normalize.js';
import { readJsonFile } from './json-file.js';
import { say } from '../shared/messages/ui.js';

const BaselineSchema = z.strictObject({
  version: z.literal(1),
  findings: z.array(
    z.strictObject({
      file: z.string(),
      rule: z.string(),
      /** for people reading the file; matching ignores it */
      line: z.number().int().positive(),
      fingerprint: z.string().regex(/^[0-9a-f]{16}$/),
      count: z.number().int().positive(),
    }),
  ),
});

export type BaselineFile = z.infer<typeof BaselineSchema>;

export interface CheckedFile {
  path: string;
  diagnostics: Diagnostic[];
  /** the source lines (for fingerprints) */
  lines: string[];
}

export function fingerprint(rule: string, lineText: string): string {
  return createHash('sha256').update(`${rule}\n${fold(squeeze(lineText))}`).digest('hex').slice(0, 16);
}

/** Paths in a baseline are relative to the baseline's folder, with "/". */
function keyPath(baselinePath: string, file: string): string {
  return relative(dirname(resolve(baselinePath)), resolve(file)).split(sep).join('/');
}

export function readBaseline(path: string): BaselineFile {
  return readJsonFile(path, BaselineSchema, 'baseline-invalid', say('baselineHint'));
}

export function buildBaseline(baselinePath: string, files: readonly CheckedFile[]): BaselineFile {
  const entries = new Map<string, BaselineFile['findings'][number]>();
  for (const f of files) {
    const file = keyPath(baselinePath, f.path);
    for (const d of f.diagnostics) {
      const print = fingerprint(d.rule, f.lines[d.line - 1] ?? '');
      const key = `${file}\n${d.rule}\n${print}`;
      const entry = entries.get(key);
      if (entry) entry.count++;
      else entries.set(key, { file, rule: d.rule, line: d.line, fingerprint: print, count: 1 });
    }
  }
  const findings = [...entries.values()].sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : a.line - b.line || (a.rule < b.rule ? -1 : 1)));
  return { version: 1, findings };
}

/** The files with every finding the baseline accepts removed. */
export function applyBaseline<F extends CheckedFile>(baselinePath: string, baseline: BaselineFile, files: readonly F[]): F[] {
  const left = new Map<string, number>();
  for (const e of baseline.findings) {
    const key = `${e.file}\n${e.rule}\n${e.fingerprint}`;
    left.set(key, (left.get(key) ?? 0) + e.count);
  }
  return files.map((f) => {
    const file = keyPath(baselinePath, f.path);
    const diagnostics = f.diagnostics.filter((d) => {
      const key = `${file}\n${d.rule}\n${fingerprint(d.rule, f.lines[d.line - 1] ?? '')}`;
      const n = left.get(key) ?? 0;
      if (n === 0) return true;
      left.set(key, n - 1);
      return false;
    });
    return { ...f, diagnostics };
  });
}
