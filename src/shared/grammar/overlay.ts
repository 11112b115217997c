// A grammar overlay: a folder of files named like the built-in ones
// (grammars/NAME.json) whose entries are ADDED to the built-in entries
// (`resolve parse --grammars DIR`, "grammars" in resolve.config.json). Nothing
// built in can be removed or changed through it. Adding follows the shape of
// the file:
// - a list of words gets the overlay's words after its own (a word it already
//   has is skipped);
// - a list of objects: an overlay object whose plain values (texts, numbers,
//   yes/no) all equal those of a built-in entry extends that entry (its lists
//   get the overlay's words: { "type": "форум", "stems": ["слёт"] }); any
//   other object is a new entry;
// - an object (a section) gets the overlay's keys, merged the same way;
// - a plain value must equal the built-in one.
// The merged grammar is validated by the file's schema as a whole; an error
// is reported at the overlay's line and column, through the path map kept here.
import { findNodeAtLocation, getNodeValue, parseTree, printParseErrorCode, type Node, type ParseError } from 'jsonc-parser/lib/esm/main.js';
import { readFileSync } from 'node:fs';
import { isDeepStrictEqual } from 'node:util';
import { usageError } from '../errors.js';
import { readFailureAt } from '../read-failures.js';
import { positionsIn } from '../text/json-where.js';
import { say } from '../messages/ui.js';
import type { z } from 'zod';
import { GRAMMARS, type GrammarName } from './schemas.js';

type Path = (string | number)[];

/** Keys an editor and a reader use, which carry no entries. */
const NOTE_KEYS = new Set(['$schema', '$comment']);

/** An overlay file, read: its text, tree and value. */
export interface OverlayFile {
  path: string;
  text: string;
  root: Node;
  value: Record<string, unknown>;
}

/** A merge of an overlay into a built-in grammar, with what maps the result back to the overlay's text. */
export interface Merged {
  value: unknown;
  /** merged path (joined) → the overlay's path of the value put there */
  origins: Map<string, Path>;
  /** every key the overlay wrote: its merged path and its own */
  keys: { merged: Path; overlay: Path }[];
}

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const isPlain = (v: unknown): v is string | number | boolean => typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean';
const joined = (p: Path) => JSON.stringify(p);

/** The text of an overlay file → its tree; a syntax error or a root that is no object is a usage error at its line. */
export function readOverlayFile(path: string, text: string): OverlayFile {
  const errors: ParseError[] = [];
  const root = parseTree(text, errors, { allowTrailingComma: true, disallowComments: false });
  const at = positionsIn(path, text);
  if (errors.length > 0) throw usageError('grammar-invalid', say('configSyntax', { where: at(errors[0]!.offset), problem: printParseErrorCode(errors[0]!.error) }));
  if (!root || root.type !== 'object') throw usageError('grammar-invalid', say('grammarOverlayRoot', { where: at(root?.offset ?? 0) }));
  return { path, text, root, value: getNodeValue(root) as Record<string, unknown> };
}

/** The built-in file as written, with the overlay file's entries added, validated whole. */
export function withOverlay(name: GrammarName, builtInPath: string, path: string): unknown {
  let base: unknown;
  try {
    base = JSON.parse(readFileSync(builtInPath, 'utf8'));
  } catch (e) {
    throw usageError('grammar-invalid', `grammars/${name}.json: ${(e as Error).message}`);
  }
  let file: OverlayFile;
  try {
    file = readOverlayFile(path, readFileSync(path, 'utf8'));
  } catch (e) {
    if ((e as { exitCode?: unknown }).exitCode !== undefined) throw e;
    throw usageError('grammar-overlay', readFailureAt(path, e)); // the one errno table
  }
  const merged = mergeOverlay(base, file);
  const schema = GRAMMARS[name]();
  const unknown = unknownKey(merged, schema);
  if (unknown) throw overlayError(file, unknown, say('grammarOverlayUnknownKey'), 'key');
  const parsed = schema.safeParse(merged.value, { jitless: true });
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    throw overlayError(file, overlayPath(merged, issue.path), issue.message);
  }
  return parsed.data;
}

/** The built-in grammar with the overlay's entries added. */
export function mergeOverlay(base: unknown, overlay: OverlayFile): Merged {
  const out: Merged = { value: undefined, origins: new Map(), keys: [] };
  out.value = merge(base, overlay.value, [], [], out, overlay);
  return out;
}

function merge(base: unknown, over: unknown, at: Path, from: Path, out: Merged, file: OverlayFile): unknown {
  if (base === undefined || (Array.isArray(over) ? !Array.isArray(base) : isObject(over) ? !isObject(base) : !isPlain(base))) {
    // new here, or of another shape than the built-in value (the schema will say what is expected)
    out.origins.set(joined(at), from);
    noteKeys(over, at, from, out);
    return over;
  }
  if (Array.isArray(over)) return mergeList(base as unknown[], over, at, from, out, file);
  if (isObject(over)) {
    const result: Record<string, unknown> = { ...(base as Record<string, unknown>) };
    for (const [key, value] of Object.entries(over)) {
      if (NOTE_KEYS.has(key)) continue;
      out.keys.push({ merged: [...at, key], overlay: [...from, key] });
      result[key] = merge(result[key], value, [...at, key], [...from, key], out, file);
    }
    return result;
  }
  if (!isDeepStrictEqual(base, over)) throw overlayError(file, from, say('grammarOverlayChanged', { value: JSON.stringify(base) }));
  return base;
}

function mergeList(base: unknown[], over: unknown[], at: Path, from: Path, out: Merged, file: OverlayFile): unknown[] {
  const result = [...base];
  over.forEach((item, i) => {
    const j = isObject(item) ? sameEntry(base, item) : typeof item === 'string' ? result.indexOf(item) : -1;
    if (j !== -1) {
      if (isObject(item)) result[j] = merge(result[j], item, [...at, j], [...from, i], out, file);
      return; // a word the list already has
    }
    out.origins.set(joined([...at, result.length]), [...from, i]);
    noteKeys(item, [...at, result.length], [...from, i], out);
    result.push(item);
  });
  return result;
}

/** The built-in entry whose plain values are all the overlay entry's ones, or -1 (an entry with none is always new). */
function sameEntry(base: unknown[], item: Record<string, unknown>): number {
  const plain = Object.entries(item).filter(([k, v]) => isPlain(v) && !NOTE_KEYS.has(k));
  if (plain.length === 0) return -1;
  return base.findIndex((b) => isObject(b) && plain.every(([k, v]) => b[k] === v));
}

/** Every key inside a value the overlay brought whole, so that a key the schema does not know is reported. */
function noteKeys(value: unknown, at: Path, from: Path, out: Merged): void {
  if (Array.isArray(value)) value.forEach((v, i) => noteKeys(v, [...at, i], [...from, i], out));
  else if (isObject(value)) {
    for (const [key, v] of Object.entries(value)) {
      if (NOTE_KEYS.has(key)) continue;
      out.keys.push({ merged: [...at, key], overlay: [...from, key] });
      noteKeys(v, [...at, key], [...from, key], out);
    }
  }
}

/** The overlay's path of what stands at a merged path: through the deepest value the overlay put there. */
export function overlayPath(merged: Merged, path: readonly PropertyKey[]): Path {
  const p = path.filter((k): k is string | number => typeof k !== 'symbol');
  for (let n = p.length; n >= 0; n--) {
    const origin = merged.origins.get(joined(p.slice(0, n)));
    if (origin) return [...origin, ...p.slice(n)];
  }
  return [];
}

/** zod's definition of a schema, as far as the keys it knows go. */
interface SchemaDef {
  type: string;
  shape?: Record<string, { _zod: { def: SchemaDef } }>;
  innerType?: { _zod: { def: SchemaDef } };
  element?: { _zod: { def: SchemaDef } };
  items?: { _zod: { def: SchemaDef } }[];
}

/**
 * The first key the overlay wrote that its grammar's schema does not have
 * ("stem" for "stems"): zod would drop it without a word, and the words under
 * it would silently match nothing. Asked before validating, so a misspelt key
 * is what the user hears about, not the key it leaves missing.
 */
export function unknownKey(merged: Merged, schema: z.ZodType): Path | null {
  for (const { merged: at, overlay } of merged.keys) if (!knows(schema._zod.def as SchemaDef, at)) return overlay;
  return null;
}

function knows(def: SchemaDef, path: Path): boolean {
  for (const key of path) {
    while (def.type === 'optional' || def.type === 'nullable' || def.type === 'default') def = def.innerType!._zod.def;
    if (def.type === 'object') {
      if (typeof key !== 'string' || !Object.hasOwn(def.shape!, key)) return false;
      def = def.shape![key]!._zod.def;
    } else if (def.type === 'array') def = def.element!._zod.def;
    else if (def.type === 'tuple') {
      const item = typeof key === 'number' ? def.items![key] : undefined;
      if (!item) return true; // the schema will say the tuple is too long
      def = item._zod.def;
    } else return true; // a record, or a value of another shape: the schema says what is wrong
  }
  return true;
}

/** A usage error at the value the path names in the overlay's text (or its nearest written ancestor), or at its key. */
export function overlayError(file: OverlayFile, path: Path, problem: string, at: 'value' | 'key' = 'value'): Error {
  let node: Node | undefined;
  for (let n = path.length; n >= 0 && !node; n--) node = findNodeAtLocation(file.root, path.slice(0, n));
  if (at === 'key' && node?.parent?.type === 'property') node = node.parent;
  const shown = path.length > 0 ? `${path.join('.')}: ` : '';
  return usageError('grammar-invalid', `${positionsIn(file.path, file.text)(node?.offset ?? 0)}: ${shown}${problem}`);
}
