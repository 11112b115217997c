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
import { readFileSync, existsSync } from 'node:fs';
import { createHash } from 'node:crypto';
import { isDeepStrictEqual } from 'node:util';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { z } from 'zod';
import { usageError } from '../errors.js';
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

/**
 * The grammar file NAME, validated by its schema. The schema may be given as a
 * function that builds it: then it is built only when the file must be
 * validated (not for a file the build validated).
 */
export function loadGrammar<S extends z.ZodType>(name: string, schema: S | (() => S)): z.infer<S> {
  const hit = cache.get(name);
  if (hit !== undefined) return hit as z.infer<S>;
  const file = join(findGrammarsDir(), `${name}.json`);
  let bytes: Buffer;
  let data: unknown;
  try {
    bytes = readFileSync(file);
    validatedAtBuild ??= readBuildFile<Validated>(VALIDATED_FILE);
    const known = storedEntry(validatedAtBuild, name);
    if (known?.sha256 === sha256(bytes)) {
      cache.set(name, known.data);
      return known.data as z.infer<S>;
    }
    data = JSON.parse(bytes.toString('utf8'));
  } catch (e) {
    throw usageError('grammar-invalid', `grammars/${name}.json: ${(e as Error).message}`);
  }
  // read once per process: zod's interpreter, not a parser generated for one use
  const parsed = (typeof schema === 'function' ? schema() : schema).safeParse(data, { jitless: true });
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    throw usageError('grammar-invalid', `grammars/${name}.json: ${issue.path.join('.') || '(root)'}: ${issue.message}`);
  }
  // only what survives JSON unchanged can be stored as JSON
  if (isRecording() && isDeepStrictEqual(JSON.parse(JSON.stringify(parsed.data)), parsed.data)) record(VALIDATED_FILE, name, { sha256: sha256(bytes), data: parsed.data });
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
