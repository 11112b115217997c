// The JSON Schema of every grammar file, for an editor (VS Code and others
// complete keys and check values of a file whose "$schema" names it):
// `npm run schemas` writes them to grammars/schemas/NAME.json and
// tests/grammar/json-schema.test.ts keeps them in step with schemas.ts.
// One schema serves the built-in files and an overlay's: nothing is required
// and lists may be empty, since an overlay writes only what it adds (resolve's
// own validation, by the zod schemas, is the stricter one). Every object also
// admits "$comment" (the file itself "$schema" too) and nothing else, so an editor flags a
// misspelt key.
import { z } from 'zod';
import { GRAMMARS, type GrammarName } from './schemas.js';

type Json = { [key: string]: unknown };

const NOTE = { $comment: { type: 'string' } };

function loosen(node: unknown, root = false): unknown {
  if (Array.isArray(node)) return node.map((n) => loosen(n));
  if (node === null || typeof node !== 'object') return node;
  const out: Json = {};
  // a tuple (the school year's halves, terms, trimesters) is written whole, in an overlay too: it keeps its length
  const tuple = Array.isArray((node as Json).items);
  for (const [key, value] of Object.entries(node as Json)) {
    if (key === 'required' || (!tuple && (key === 'minItems' || key === 'maxItems'))) continue;
    out[key] = loosen(value);
  }
  if (out.type === 'object' && out.properties && out.additionalProperties === undefined) {
    out.properties = { ...(root ? { $schema: { type: 'string' } } : {}), ...NOTE, ...(out.properties as Json) };
    out.additionalProperties = false;
  }
  return out;
}

/** NAME → the JSON Schema of grammars/NAME.json. */
export function grammarJsonSchemas(): Record<GrammarName, Json> {
  const out = {} as Record<GrammarName, Json>;
  for (const name of Object.keys(GRAMMARS) as GrammarName[]) {
    // draft-07: the draft editors know best
    const schema = z.toJSONSchema(GRAMMARS[name](), { io: 'input', target: 'draft-7', unrepresentable: 'any' }) as Json;
    out[name] = { ...(loosen(schema, true) as Json), title: `resolve grammar: ${name}.json` };
  }
  return out;
}

/** The text of a schema file, as committed. */
export const schemaFileText = (schema: Json): string => `${JSON.stringify(schema, null, 2)}\n`;
