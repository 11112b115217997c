// The output checked against its schema without building a copy of it.
//
// zod's parse returns a new object for every object it accepts, and that copy
// was about 4% of the instructions of a whole parse (`npm run instructions`).
// The output is built by this program from typed values, so what validation
// has to find is a bug: a value of the wrong type, a field missing, or a field
// added or put out of the schema's order (the JSON's key order is the
// schema's, docs/OUTPUT.md, and the published JSON Schema allows no other
// properties). The checker is made once from the schema's definition (zod's
// `def`), so OutputSchema stays the one source of the types, of the JSON
// Schema and of this check. A kind of schema or a check it does not know stops
// it when it is made, rather than letting values through unchecked.
import type { z } from 'zod';

export interface SchemaIssue {
  /** keys and indexes from the root to the value */
  path: (string | number)[];
  message: string;
}

/** null when the value fits; the path is filled in on the way back up, so a fitting value allocates nothing */
export type Check = (value: unknown) => SchemaIssue | null;

const issue = (message: string): SchemaIssue => ({ path: [], message });

function under(key: string | number, found: SchemaIssue | null): SchemaIssue | null {
  if (found) found.path.unshift(key);
  return found;
}

/** The checker of a schema; throws for a kind of schema or check it cannot read. */
export function compileCheck(schema: z.ZodType): Check {
  const def = schema.def as unknown as Def;
  switch (def.type) {
    case 'string':
      return stringCheck(def);
    case 'number':
      return numberCheck(def);
    case 'boolean':
      return (v) => (typeof v === 'boolean' ? null : issue(`expected boolean, received ${kindOf(v)}`));
    case 'literal': {
      const values = def.values as unknown[];
      return (v) => (values.includes(v) ? null : issue(`expected ${values.map((x) => JSON.stringify(x)).join(' or ')}`));
    }
    case 'enum': {
      const values = new Set(Object.values(def.entries as Record<string, unknown>));
      return (v) => (values.has(v) ? null : issue(`expected one of ${[...values].map((x) => JSON.stringify(x)).join(', ')}`));
    }
    case 'nullable': {
      const inner = compileCheck(def.innerType as z.ZodType);
      return (v) => (v === null ? null : inner(v));
    }
    case 'array':
      return arrayCheck(def);
    case 'object':
      return objectCheck(def);
    default:
      throw new Error(`the output checker cannot read a schema of type ${def.type}`);
  }
}

interface Def {
  type: string;
  checks?: { _zod: { def: CheckDef } }[];
  [key: string]: unknown;
}

interface CheckDef {
  check: string;
  format?: string;
  pattern?: RegExp;
  value?: number;
  inclusive?: boolean;
  minimum?: number;
}

const checkDefs = (def: Def): CheckDef[] => (def.checks ?? []).map((c) => c._zod.def);

function unknownCheck(def: Def, c: CheckDef): never {
  throw new Error(`the output checker cannot read the check ${c.check}${c.format ? ` (${c.format})` : ''} of a ${def.type}`);
}

function stringCheck(def: Def): Check {
  const patterns = checkDefs(def).map((c) => (c.check === 'string_format' && c.format === 'regex' && c.pattern ? c.pattern : unknownCheck(def, c)));
  return (v) => {
    if (typeof v !== 'string') return issue(`expected string, received ${kindOf(v)}`);
    for (let i = 0; i < patterns.length; i++) {
      const p = patterns[i]!;
      p.lastIndex = 0;
      if (!p.test(v)) return issue(`does not match ${p}`);
    }
    return null;
  };
}

function numberCheck(def: Def): Check {
  let integer = false;
  let above: { value: number; inclusive: boolean } | null = null;
  for (const c of checkDefs(def)) {
    if (c.check === 'number_format' && c.format === 'safeint') integer = true;
    else if (c.check === 'greater_than' && c.value !== undefined) above = { value: c.value, inclusive: c.inclusive ?? false };
    else unknownCheck(def, c);
  }
  return (v) => {
    if (typeof v !== 'number' || !Number.isFinite(v)) return issue(`expected number, received ${kindOf(v)}`);
    if (integer && !Number.isSafeInteger(v)) return issue(`expected an integer, received ${v}`);
    if (above && (above.inclusive ? v < above.value : v <= above.value)) return issue(`expected a number ${above.inclusive ? '>=' : '>'} ${above.value}, received ${v}`);
    return null;
  };
}

function arrayCheck(def: Def): Check {
  const element = compileCheck(def.element as z.ZodType);
  let minimum = 0;
  for (const c of checkDefs(def)) {
    if (c.check === 'min_length' && c.minimum !== undefined) minimum = c.minimum;
    else unknownCheck(def, c);
  }
  return (v) => {
    if (!Array.isArray(v)) return issue(`expected array, received ${kindOf(v)}`);
    if (v.length < minimum) return issue(`expected at least ${minimum} items, received ${v.length}`);
    for (let i = 0; i < v.length; i++) {
      const found = element(v[i]);
      if (found) return under(i, found);
    }
    return null;
  };
}

function objectCheck(def: Def): Check {
  const shape = def.shape as Record<string, z.ZodType>;
  const keys = Object.keys(shape);
  const fields = keys.map((k) => compileCheck(shape[k]!));
  return (v) => {
    if (typeof v !== 'object' || v === null || Array.isArray(v)) return issue(`expected object, received ${kindOf(v)}`);
    const record = v as Record<string, unknown>;
    // for-in, not Object.keys: no array per object, and V8 reads record[key] from the key's own slot
    let i = 0;
    for (const key in record) {
      if (key !== keys[i]) return keysIssue(keys, Object.keys(record));
      const found = fields[i]!(record[key]);
      if (found) return under(key, found);
      i++;
    }
    return i === keys.length ? null : keysIssue(keys, Object.keys(record));
  };
}

/** What is wrong with an object's keys: one missing, one the schema does not have, or the order. */
function keysIssue(expected: string[], own: string[]): SchemaIssue {
  const missing = expected.find((k) => !own.includes(k));
  if (missing !== undefined) return { path: [missing], message: 'required, missing' };
  const extra = own.find((k) => !expected.includes(k));
  if (extra !== undefined) return { path: [extra], message: 'not in the schema' };
  return issue(`keys out of the schema's order: ${own.join(', ')} (expected ${expected.join(', ')})`);
}

function kindOf(v: unknown): string {
  if (v === null) return 'null';
  if (Array.isArray(v)) return 'array';
  return typeof v;
}
