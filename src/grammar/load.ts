// Vocabularies and rules that a methodist may extend live in grammars/*.json.
// Each file is read once per process and validated by its zod schema, so a
// broken edit is reported with the file and the field at start-up instead of
// silently matching nothing.
import { readFileSync, existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { z } from 'zod';
import { usageError } from '../errors.js';

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

export function loadGrammar<S extends z.ZodType>(name: string, schema: S): z.infer<S> {
  const hit = cache.get(name);
  if (hit !== undefined) return hit as z.infer<S>;
  const file = join(findGrammarsDir(), `${name}.json`);
  let data: unknown;
  try {
    data = JSON.parse(readFileSync(file, 'utf8'));
  } catch (e) {
    throw usageError('grammar-invalid', `grammars/${name}.json: ${(e as Error).message}`);
  }
  // read once per process: zod's interpreter, not a parser generated for one use
  const parsed = schema.safeParse(data, { jitless: true });
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    throw usageError('grammar-invalid', `grammars/${name}.json: ${issue.path.join('.') || '(root)'}: ${issue.message}`);
  }
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
