// Vocabularies and rules that a methodist may extend live in grammars/*.json.
// Each file is read once per process and validated by its zod schema, so a
// broken edit is reported with the file and the field at start-up instead of
// silently matching nothing.
//
// In the bundle, a file whose bytes the build already validated is not
// validated again: dist/grammars.valid.json, written by the build's warm-up
// run (build-files.ts), holds the SHA-256 of each file zod accepted and what zod returned for it
// (zod drops "$comment" and the like), and that is used instead. zod costs
// ~10 ms of every cold start; any edit changes the hash, so an edited file is
// validated again, and its errors are reported as ever.
//
// A grammar overlay (useGrammarOverlay, overlay.ts) adds a user's entries to
// the built-in files: a grammar with an overlay file is read, merged and
// validated whole, its errors reported at the overlay's line and column.
import { readFileSync, readdirSync, existsSync, statSync } from 'node:fs';
import { createHash } from 'node:crypto';
import { isDeepStrictEqual } from 'node:util';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { usageError } from '../errors.js';
import { say } from '../messages/ui.js';
import { GRAMMARS, isGrammarName, type Grammar, type GrammarName } from './schemas.js';
import { isRecording, readBuildFile, record, storedEntry } from './build-files.js';

/** Stored by the build's warm-up (build-files.ts): name → the file's hash and zod's output for it. */
const VALIDATED_FILE = 'grammars.valid.json';

let grammarsDir: string | null = null;

/** grammars/ beside package.json, found upward from this module (src/ or dist/); RESOLVE_GRAMMARS overrides. */
export function findGrammarsDir(): string {
  if (grammarsDir) return grammarsDir;
  const override = process.env.RESOLVE_GRAMMARS;
  if (override) return (grammarsDir = override);
  let dir = dirname(fileURLToPath(import.meta.url));
  for (let i = 0; i < 6; i++) {
    if (existsSync(join(dir, 'grammars')) && existsSync(join(dir, 'package.json'))) return (grammarsDir = join(dir, 'grammars'));
    dir = dirname(dir);
  }
  throw usageError('grammars-missing', 'cannot find the grammars/ folder of resolve');
}

const cache = new Map<string, unknown>();

const sha256 = (bytes: Uint8Array): string => createHash('sha256').update(bytes).digest('hex');

/** A grammar file as the build's warm-up validated it. */
interface Validated {
  sha256: string;
  /** zod's output for the file */
  data: unknown;
}

let validatedAtBuild: Record<string, Validated> | null = null;

/** The overlay in use: its folder (absolute) and its files by grammar name. */
let overlay: { dir: string; files: Map<GrammarName, string> } | null = null;
/** overlay.ts, loaded with the first overlay: a run without one never loads it (nor jsonc-parser). */
let merging: typeof import('./overlay.js') | null = null;

/**
 * Add the grammar files of DIR to the built-in ones for the rest of the
 * process (null: none). Every file is read and validated now, so a mistake is
 * reported before any document is read, whatever the document needs. Called
 * before the first grammar is read: the modules keep what they derive from a
 * grammar (patterns, lexicons) for the whole process.
 */
export async function useGrammarOverlay(dir: string | null): Promise<void> {
  const abs = dir === null ? null : resolve(dir);
  if ((overlay?.dir ?? null) === abs) return;
  if (cache.size > 0) throw new Error(`the grammar overlay changed after grammars were read (${overlay?.dir ?? 'none'} → ${abs ?? 'none'})`);
  overlay = null;
  if (abs === null) return;
  let names: string[];
  try {
    if (!statSync(abs).isDirectory()) throw usageError('grammar-overlay', say('grammarOverlayNotDir', { path: dir! }));
    names = readdirSync(abs).filter((n) => n.endsWith('.json')).sort();
  } catch (e) {
    if ((e as { exitCode?: unknown }).exitCode !== undefined) throw e;
    throw usageError('grammar-overlay', say('grammarOverlayNotDir', { path: dir! }));
  }
  const files = new Map<GrammarName, string>();
  for (const file of names) {
    const name = file.slice(0, -'.json'.length);
    if (!isGrammarName(name)) {
      throw usageError('grammar-overlay', say('grammarOverlayUnknownFile', { path: join(dir!, file), names: Object.keys(GRAMMARS).join(', ') }));
    }
    files.set(name, join(abs, file));
  }
  merging ??= await import('./overlay.js');
  overlay = { dir: abs, files };
  for (const name of files.keys()) loadGrammar(name);
}

/** The overlay's folder (absolute), or null: for the batch's workers and its run key. */
export const grammarOverlayDir = (): string | null => overlay?.dir ?? null;

/** The overlay's files in use: path → bytes (the batch's run key hashes them). */
export function grammarOverlayFiles(): [string, Buffer][] {
  return [...(overlay?.files.values() ?? [])].map((path) => [path, readFileSync(path)]);
}

/** The grammar file NAME, validated by its schema, with the overlay's entries added. */
export function loadGrammar<N extends GrammarName>(name: N): Grammar<N> {
  const hit = cache.get(name);
  if (hit !== undefined) return hit as Grammar<N>;
  const extra = overlay?.files.get(name);
  const value = extra ? merging!.withOverlay(name, join(findGrammarsDir(), `${name}.json`), extra) : builtIn(name);
  cache.set(name, value);
  return value as Grammar<N>;
}

function builtIn(name: GrammarName): unknown {
  const file = join(findGrammarsDir(), `${name}.json`);
  let bytes: Buffer;
  let data: unknown;
  try {
    bytes = readFileSync(file);
    validatedAtBuild ??= readBuildFile<Validated>(VALIDATED_FILE);
    const known = storedEntry(validatedAtBuild, name);
    if (known?.sha256 === sha256(bytes)) return known.data;
    data = JSON.parse(bytes.toString('utf8'));
  } catch (e) {
    throw usageError('grammar-invalid', `grammars/${name}.json: ${(e as Error).message}`);
  }
  // read once per process: zod's interpreter, not a parser generated for one use
  const parsed = GRAMMARS[name]().safeParse(data, { jitless: true });
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    throw usageError('grammar-invalid', `grammars/${name}.json: ${issue.path.join('.') || '(root)'}: ${issue.message}`);
  }
  // only what survives JSON unchanged can be stored as JSON
  if (isRecording() && isDeepStrictEqual(JSON.parse(JSON.stringify(parsed.data)), parsed.data)) record(VALIDATED_FILE, name, { sha256: sha256(bytes), data: parsed.data });
  return parsed.data;
}

/** Compile a grammar pattern; a bad regex in a data file is reported like any other grammar error. */
export function compilePattern(name: string, source: string, flags = 'u'): RegExp {
  try {
    return new RegExp(source, flags);
  } catch (e) {
    throw usageError('grammar-invalid', `grammars/${name}.json: bad pattern ${JSON.stringify(source)}: ${(e as Error).message}`);
  }
}
