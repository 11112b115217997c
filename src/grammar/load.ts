// Vocabularies and rules that a methodist may extend live in grammars/*.json.
// Each file is read once per process and validated by its zod schema, so a
// broken edit is reported with the file and the field at start-up instead of
// silently matching nothing.
//
// In the bundle, a file whose bytes the build already validated is not
// validated again: dist/grammars.valid.json, written after the build's warm-up
// run, holds the SHA-256 of each file zod accepted and what zod returned for it
// (zod drops "$comment" and the like), and that is used instead. zod costs
// ~10 ms of every cold start; any edit changes the hash, so an edited file is
// validated again, and its errors are reported as ever.
import { readFileSync, existsSync } from 'node:fs';
import { createHash } from 'node:crypto';
import { isDeepStrictEqual } from 'node:util';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { z } from 'zod';
import { usageError } from '../errors.js';

/**
 * Defined by scripts/build.mjs in the bundle only, different at every build:
 * the list must come from this very build (a schema may have changed since
 * another). Running from source, every file is validated.
 */
declare const __RESOLVE_BUILD__: string | undefined;
const BUILD = typeof __RESOLVE_BUILD__ === 'string' ? __RESOLVE_BUILD__ : null;
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

/** dist/grammars.valid.json */
interface ValidatedList {
  build: string;
  grammars: Record<string, Validated>;
}

let validatedAtBuild: Record<string, Validated> | null = null;

/** What this build validated, by grammar name; empty running from source or without the file. */
function buildValidated(): Record<string, Validated> {
  if (validatedAtBuild) return validatedAtBuild;
  validatedAtBuild = {};
  if (BUILD === null) return validatedAtBuild;
  try {
    const list = JSON.parse(readFileSync(join(dirname(fileURLToPath(import.meta.url)), VALIDATED_FILE), 'utf8')) as Partial<ValidatedList>;
    if (list.build === BUILD && list.grammars) validatedAtBuild = list.grammars;
  } catch {
    // no list (a build without the warm-up), or a broken one: every file is validated
  }
  return validatedAtBuild;
}

/** Recording for the build's warm-up: what zod accepted, by grammar name. */
let recording: Record<string, Validated> | null = null;

/** Start recording the grammar files that pass validation (the build's warm-up run). */
export function recordValidatedGrammars(): void {
  recording = {};
}

/** What the warm-up recorded: the name and the content of dist/grammars.valid.json. */
export function validatedGrammars(): { file: string; list: ValidatedList | null } {
  return { file: VALIDATED_FILE, list: BUILD === null ? null : { build: BUILD, grammars: { ...recording } } };
}

export function loadGrammar<S extends z.ZodType>(name: string, schema: S): z.infer<S> {
  const hit = cache.get(name);
  if (hit !== undefined) return hit as z.infer<S>;
  const file = join(findGrammarsDir(), `${name}.json`);
  let bytes: Buffer;
  let data: unknown;
  try {
    bytes = readFileSync(file);
    const known = buildValidated()[name];
    if (known?.sha256 === sha256(bytes)) {
      cache.set(name, known.data);
      return known.data as z.infer<S>;
    }
    data = JSON.parse(bytes.toString('utf8'));
  } catch (e) {
    throw usageError('grammar-invalid', `grammars/${name}.json: ${(e as Error).message}`);
  }
  // read once per process: zod's interpreter, not a parser generated for one use
  const parsed = schema.safeParse(data, { jitless: true });
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    throw usageError('grammar-invalid', `grammars/${name}.json: ${issue.path.join('.') || '(root)'}: ${issue.message}`);
  }
  // only what survives JSON unchanged can be stored as JSON
  if (recording && isDeepStrictEqual(JSON.parse(JSON.stringify(parsed.data)), parsed.data)) recording[name] = { sha256: sha256(bytes), data: parsed.data };
  cache.set(name, parsed.data);
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
