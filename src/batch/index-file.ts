// OUTDIR/index.json: what happened to every input, and what a rerun needs to skip
// the unchanged ones. An output is reused only when the input's bytes hash to
// the same sha256 AND the run key matches: the key covers the resolve version,
// the grammar files and the output options, so a new version, an edited grammar
// or --pretty re-parses everything.
import { readFileSync, readdirSync } from 'node:fs';
import { createHash } from 'node:crypto';
import { basename, join } from 'node:path';
import { z } from 'zod';
import { VERSION } from '../shared/build.js';
import { findGrammarsDir, grammarOverlayFiles } from '../shared/grammar/load.js';

export const INDEX_FILE = 'index.json';

export const IndexEntrySchema = z.object({
  path: z.string(),
  /** the output's path inside OUTDIR, null for a skipped input */
  output: z.string().nullable(),
  status: z.enum(['ok', 'skipped', 'failed']),
  /** true when the output of an earlier run was still up to date and kept */
  reused: z.boolean(),
  code: z.string().nullable(),
  reason: z.string().nullable(),
  format: z.string().nullable(),
  encoding: z.string().nullable(),
  bytes: z.number().nullable(),
  sha256: z.string().nullable(),
  tasks: z.number().nullable(),
  people: z.number().nullable(),
  organizations: z.number().nullable(),
  ms: z.number(),
});

export const IndexSchema = z.object({
  resolve: z.string(),
  key: z.string(),
  summary: z.object({
    inputs: z.number(),
    ok: z.number(),
    reused: z.number(),
    skipped: z.number(),
    failed: z.number(),
    ms: z.number(),
  }),
  inputs: z.array(IndexEntrySchema),
});

export type IndexEntry = z.infer<typeof IndexEntrySchema>;
export type Index = z.infer<typeof IndexSchema>;

/** What makes two runs produce the same output for the same bytes. */
export function runKey(options: { pretty: boolean; inputFormat: string | null }): string {
  const hash = createHash('sha256').update(`resolve ${VERSION}\n`).update(JSON.stringify(options));
  const dir = findGrammarsDir();
  for (const name of readdirSync(dir).filter((n) => n.endsWith('.json')).sort()) {
    hash.update(`\n${name}\n`).update(readFileSync(join(dir, name)));
  }
  // the overlay's entries change the output as much as the built-in ones
  for (const [path, bytes] of grammarOverlayFiles()) hash.update(`\noverlay ${basename(path)}\n`).update(bytes);
  return hash.digest('hex');
}

/** The index of an earlier run in OUTDIR, or null when there is none or it is unreadable. */
export function readIndex(outRoot: string): Index | null {
  try {
    return IndexSchema.parse(JSON.parse(readFileSync(join(outRoot, INDEX_FILE), 'utf8')));
  } catch {
    return null;
  }
}

/** Output path → its entry from an earlier run with the same key (the only entries still valid). */
export function previousEntries(index: Index | null, key: string): Map<string, IndexEntry> {
  const entries = new Map<string, IndexEntry>();
  if (index?.key !== key) return entries;
  for (const e of index.inputs) if (e.status === 'ok' && e.output && e.sha256) entries.set(e.output, e);
  return entries;
}

export function formatIndex(index: Index): string {
  return `${JSON.stringify(index, null, 2)}\n`;
}

/**
 * OUTDIR/.resolve-journal: a line per output written since index.json was last
 * saved — the run key and the output's entry — so a run killed before its save
 * (kill -9 in its first seconds) costs only its unfinished documents. The output
 * is renamed into place before its line is written; saving index.json empties
 * the journal. The walk skips it like any hidden entry.
 */
export const JOURNAL_FILE = '.resolve-journal';

const JournalLineSchema = z.object({ key: z.string(), entry: IndexEntrySchema });

export function journalLine(key: string, entry: IndexEntry): string {
  return `${JSON.stringify({ key, entry })}\n`;
}

/**
 * The previous entries with the journal laid over them: for each output the last
 * line wins, and an output last written under another key is not reusable. A
 * torn last line (a kill in the middle of it) is ignored.
 */
export function withJournal(previous: Map<string, IndexEntry>, journal: string | null, key: string): Map<string, IndexEntry> {
  if (!journal) return previous;
  for (const line of journal.split('\n')) {
    let parsed;
    try {
      parsed = JournalLineSchema.parse(JSON.parse(line));
    } catch {
      continue;
    }
    const { entry } = parsed;
    if (!entry.output) continue;
    if (parsed.key === key && entry.status === 'ok' && entry.sha256) previous.set(entry.output, entry);
    else previous.delete(entry.output);
  }
  return previous;
}
