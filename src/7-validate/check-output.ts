// The output checked against its published JSON Schema without building a copy
// of it.
//
// The schema is the one `resolve schema` prints (src/shared/schema/output.schema.json,
// written from the zod OutputSchema by `npm run schemas` and kept in step with
// it by a test), so what resolve holds its output to is what a user validates
// it against. Checking from that file, not from zod, keeps the zod schema out
// of a parse's start-up: building it was about 5% of a cold parse's instructions.
//
// The output is built by this program from typed values, so what validation
// has to find is a bug: a value of the wrong type, a field missing, or a field
// added or put out of the schema's order (the JSON's key order is the order of
// the schema's `properties`, docs/OUTPUT.md). The checker reads the part of
// JSON Schema the output's schema uses; a keyword it does not know stops it
// when it is made, rather than letting values through unchecked.

export interface SchemaIssue {
  /** keys and indexes from the root to the value */
  path: (string | number)[];
  message: string;
}

/** null when the value fits; the path is filled in on the way back up, so a fitting value allocates nothing */
export type Check = (value: unknown) => SchemaIssue | null;

/** A JSON Schema node, as JSON.parse gives it. */
export type JsonSchema = { readonly [keyword: string]: unknown };

/** The keywords the checker reads; `$schema` and annotations only describe. */
const READ = new Set(['$schema', 'title', 'description', 'type', 'const', 'enum', 'anyOf', 'pattern', 'minimum', 'maximum', 'exclusiveMinimum', 'items', 'minItems', 'properties', 'required', 'additionalProperties']);

const issue = (message: string): SchemaIssue => ({ path: [], message });

function under(key: string | number, found: SchemaIssue | null): SchemaIssue | null {
  if (found) found.path.unshift(key);
  return found;
}

/** The checker of a JSON Schema; throws for a keyword or a form of one it cannot read. */
export function compileCheck(schema: JsonSchema): Check {
  for (const keyword of Object.keys(schema)) if (!READ.has(keyword)) throw new Error(`the output checker cannot read the keyword ${keyword}`);
  if (schema.anyOf !== undefined) return anyOfCheck(schema);
  if (schema.const !== undefined) return valuesCheck([schema.const]);
  const types = typesOf(schema);
  if (types.length === 2 && types.includes('null')) return orNull(compileCheck({ ...schema, type: types.find((t) => t !== 'null') }));
  if (types.length !== 1) throw new Error(`the output checker cannot read the type ${JSON.stringify(schema.type)}`);
  const checkType = typeCheck(types[0]!, schema);
  if (schema.enum === undefined) return checkType;
  const ofValues = valuesCheck(schema.enum as unknown[]);
  return (v) => checkType(v) ?? ofValues(v);
}

function typesOf(schema: JsonSchema): string[] {
  const t = schema.type;
  if (typeof t === 'string') return [t];
  if (Array.isArray(t) && t.every((x) => typeof x === 'string')) return t;
  throw new Error(`the output checker cannot read the type ${JSON.stringify(t)}`);
}

function typeCheck(type: string, schema: JsonSchema): Check {
  switch (type) {
    case 'string':
      return stringCheck(schema);
    case 'number':
    case 'integer':
      return numberCheck(schema, type === 'integer');
    case 'boolean':
      return (v) => (typeof v === 'boolean' ? null : issue(`expected boolean, received ${kindOf(v)}`));
    case 'null':
      return (v) => (v === null ? null : issue(`expected null, received ${kindOf(v)}`));
    case 'array':
      return arrayCheck(schema);
    case 'object':
      return objectCheck(schema);
    default:
      throw new Error(`the output checker cannot read the type ${type}`);
  }
}

/** `anyOf` as the output's schema uses it: a value or null. */
function anyOfCheck(schema: JsonSchema): Check {
  const options = schema.anyOf as JsonSchema[];
  const nullable = options.length === 2 ? options.findIndex((o) => o.type === 'null' && Object.keys(o).length === 1) : -1;
  if (nullable < 0 || Object.keys(schema).length !== 1) throw new Error('the output checker reads anyOf only as a value or null');
  return orNull(compileCheck(options[1 - nullable]!));
}

/** null, or a value `inner` accepts: the two ways the schema writes a nullable field (`anyOf` with null, `type: [T, "null"]`). */
function orNull(inner: Check): Check {
  return (v) => (v === null ? null : inner(v));
}

function valuesCheck(values: unknown[]): Check {
  const allowed = new Set(values);
  return (v) => (allowed.has(v) ? null : issue(`expected ${values.length === 1 ? JSON.stringify(values[0]) : `one of ${values.map((x) => JSON.stringify(x)).join(', ')}`}`));
}

function stringCheck(schema: JsonSchema): Check {
  // JSON Schema's patterns are ECMA-262 regular expressions, searched for (not anchored) in Unicode mode
  const pattern = typeof schema.pattern === 'string' ? new RegExp(schema.pattern, 'u') : null;
  return (v) => {
    if (typeof v !== 'string') return issue(`expected string, received ${kindOf(v)}`);
    if (pattern && !pattern.test(v)) return issue(`does not match ${pattern}`);
    return null;
  };
}

function numberCheck(schema: JsonSchema, integer: boolean): Check {
  const bound = (keyword: string) => (typeof schema[keyword] === 'number' ? (schema[keyword] as number) : null);
  const minimum = bound('minimum');
  const maximum = bound('maximum');
  const above = bound('exclusiveMinimum');
  return (v) => {
    if (typeof v !== 'number' || !Number.isFinite(v)) return issue(`expected number, received ${kindOf(v)}`);
    if (integer && !Number.isInteger(v)) return issue(`expected an integer, received ${v}`);
    if (minimum !== null && v < minimum) return issue(`expected a number >= ${minimum}, received ${v}`);
    if (above !== null && v <= above) return issue(`expected a number > ${above}, received ${v}`);
    if (maximum !== null && v > maximum) return issue(`expected a number <= ${maximum}, received ${v}`);
    return null;
  };
}

function arrayCheck(schema: JsonSchema): Check {
  if (typeof schema.items !== 'object' || schema.items === null) throw new Error('the output checker reads an array only with one schema for its items');
  const element = compileCheck(schema.items as JsonSchema);
  const minimum = typeof schema.minItems === 'number' ? schema.minItems : 0;
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

/** An object has exactly the schema's properties, every one required, in the schema's order. */
function objectCheck(schema: JsonSchema): Check {
  const properties = (schema.properties ?? {}) as Record<string, JsonSchema>;
  const keys = Object.keys(properties);
  const required = (schema.required ?? []) as string[];
  if (schema.additionalProperties !== false || required.length !== keys.length || !keys.every((k) => required.includes(k))) {
    throw new Error('the output checker reads an object only with every property required and no other allowed');
  }
  const fields = keys.map((k) => compileCheck(properties[k]!));
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
