// The output checker (src/7-validate/check-output.ts), made from the published
// JSON Schema, against zod's OutputSchema, the source of that file: on the
// goldens and on every single-value damage to them, it accepts what zod accepts
// and refuses what zod refuses, naming the same place; it also refuses what zod
// would let through by dropping or reordering (a field the schema has not, keys
// out of the schema's order), which the published JSON Schema refuses too.
import { describe, expect, it } from 'vitest';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { compileCheck } from '../../src/7-validate/check-output.js';
import { OutputSchema, outputJsonSchema } from '../../src/shared/schema/output.js';
import { schemaFileText } from '../../src/shared/grammar/json-schema.js';
import { ROOT } from '../support/cli.js';

const SCHEMA_FILE = join(ROOT, 'src/shared/schema/output.schema.json');
const checkOutput = compileCheck(JSON.parse(readFileSync(SCHEMA_FILE, 'utf8')));

/** Golden outputs of the seeds and of the LibreOffice .docx files: real outputs, every field used. */
function goldens(): { name: string; output: Record<string, unknown> }[] {
  const out: { name: string; output: Record<string, unknown> }[] = [];
  for (const dir of ['fixtures/seeds', 'fixtures/docx/libreoffice']) {
    for (const f of readdirSync(join(ROOT, dir)).filter((n) => n.endsWith('.json'))) {
      const json = JSON.parse(readFileSync(join(ROOT, dir, f), 'utf8'));
      if (json && typeof json === 'object' && json.schemaVersion === 1) out.push({ name: `${dir}/${f}`, output: json });
    }
  }
  return out;
}

type Path = (string | number)[];

/** Every value in the output with its path (objects and arrays included). */
function* places(value: unknown, path: Path = []): Generator<[Path, unknown]> {
  yield [path, value];
  if (Array.isArray(value)) for (let i = 0; i < value.length; i++) yield* places(value[i], [...path, i]);
  else if (value && typeof value === 'object') for (const [k, v] of Object.entries(value)) yield* places(v, [...path, k]);
}

function replaced(root: unknown, path: Path, value: unknown): unknown {
  if (path.length === 0) return value;
  const [head, ...rest] = path;
  if (Array.isArray(root)) return root.map((v, i) => (i === head ? replaced(v, rest, value) : v));
  return Object.fromEntries(Object.entries(root as object).map(([k, v]) => [k, k === head ? replaced(v, rest, value) : v]));
}

/** Values of every other kind than the one at a place, and near misses of its own kind. */
function damages(value: unknown): unknown[] {
  const out: unknown[] = [null, 'x', 7, -3, 1.5, true, [], {}, undefined, Number.NaN];
  if (typeof value === 'string') out.push(`${value}!`, '', ` ${value}`);
  if (typeof value === 'number') out.push(value + 0.5, -value, 0, Number.POSITIVE_INFINITY);
  return out.filter((d) => !Object.is(d, value));
}

const zodIssue = (value: unknown) => {
  const r = OutputSchema.safeParse(value);
  return r.success ? null : r.error.issues[0]!.path.join('.');
};

describe('the output checker', () => {
  const all = goldens();

  it('is made from the file `npm run schemas` writes from the zod schema', () => {
    expect(readFileSync(SCHEMA_FILE, 'utf8'), 'run npm run schemas').toBe(schemaFileText(outputJsonSchema()));
  });

  it('accepts every golden output, as zod does', () => {
    expect(all.length).toBeGreaterThanOrEqual(10);
    for (const { name, output } of all) {
      expect(zodIssue(output), name).toBeNull();
      expect(checkOutput(output), name).toBeNull();
    }
  });

  it('refuses a damaged value wherever zod refuses it, at a place on the same path, and accepts the damages zod accepts', () => {
    let refused = 0;
    for (const { output } of all.slice(0, 3)) {
      for (const [path, value] of places(output)) {
        if (path.length === 0) continue;
        for (const damage of damages(value)) {
          const broken = replaced(output, path, damage);
          const expected = zodIssue(broken);
          const found = checkOutput(broken);
          if (expected === null) {
            expect(found, `${path.join('.')} = ${JSON.stringify(damage)}`).toBeNull();
            continue;
          }
          refused++;
          expect(found, `${path.join('.')} = ${JSON.stringify(damage)}`).not.toBeNull();
          // zod names the innermost place it looked at; the checker the same one, or the field that went missing
          expect(expected.startsWith(found!.path.join('.')) || found!.path.join('.').startsWith(expected)).toBe(true);
        }
      }
    }
    expect(refused).toBeGreaterThan(1000);
  });

  it('refuses a field the schema does not have, a missing one and keys out of order, naming them', () => {
    const { output } = all[0]!;
    const task = (output.tasks as Record<string, unknown>[])[0]!;
    const withTask = (t: Record<string, unknown>) => ({ ...output, tasks: [t] });
    expect(checkOutput(withTask({ ...task, priority: 'high' }))).toEqual({ path: ['tasks', 0, 'priority'], message: 'not in the schema' });
    const { text: _text, ...withoutText } = task;
    expect(checkOutput(withTask(withoutText))).toEqual({ path: ['tasks', 0, 'text'], message: 'required, missing' });
    const { id, ...rest } = task;
    expect(checkOutput(withTask({ ...rest, id }))?.message).toMatch(/^keys out of the schema's order/);
  });

  it('cannot be made for a schema it cannot read, so nothing goes through unchecked', () => {
    const object = (a: object, required = ['a']) => ({ type: 'object', properties: { a }, required, additionalProperties: false });
    expect(() => compileCheck(object({ type: 'string', format: 'email' }))).toThrow(/cannot read the keyword format/);
    expect(() => compileCheck(object({ type: 'string' }, []))).toThrow(/every property required/);
    expect(() => compileCheck({ type: 'object', properties: {}, required: [] })).toThrow(/no other allowed/);
    expect(() => compileCheck({ anyOf: [{ type: 'string' }, { type: 'number' }] })).toThrow(/anyOf only as a value or null/);
    expect(() => compileCheck({ type: ['string', 'number'] })).toThrow(/cannot read the type/);
    expect(() => compileCheck({ type: 'array', prefixItems: [] })).toThrow(/cannot read the keyword prefixItems/);
  });

  it('reads the pattern, bound and enum keywords as JSON Schema defines them', () => {
    const check = compileCheck({ type: 'object', properties: { date: { type: 'string', pattern: '^\\d{4}$' }, n: { type: 'integer', exclusiveMinimum: 0, maximum: 10 }, kind: { type: ['string', 'null'], enum: ['а', 'б', null] } }, required: ['date', 'n', 'kind'], additionalProperties: false });
    expect(check({ date: '2026', n: 10, kind: null })).toBeNull();
    expect(check({ date: '2026', n: 1, kind: 'б' })).toBeNull();
    expect(check({ date: '26', n: 1, kind: 'а' })?.path).toEqual(['date']);
    expect(check({ date: '2026', n: 0, kind: 'а' })?.message).toBe('expected a number > 0, received 0');
    expect(check({ date: '2026', n: 11, kind: 'а' })?.message).toBe('expected a number <= 10, received 11');
    expect(check({ date: '2026', n: 2.5, kind: 'а' })?.message).toBe('expected an integer, received 2.5');
    expect(check({ date: '2026', n: 2, kind: 'в' })?.path).toEqual(['kind']);
  });
});
