// The output checker (src/7-validate/check-output.ts) against zod itself: on the
// goldens and on every single-value damage to them, it accepts what zod accepts
// and refuses what zod refuses, naming the same place; it also refuses what zod
// would let through by dropping or reordering (a field the schema has not, keys
// out of the schema's order), which the published JSON Schema refuses too.
import { describe, expect, it } from 'vitest';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';
import { compileCheck } from '../../src/7-validate/check-output.js';
import { OutputSchema } from '../../src/shared/schema/output.js';
import { ROOT } from '../support/cli.js';

const checkOutput = compileCheck(OutputSchema);

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
    expect(() => compileCheck(z.object({ a: z.string().email() }))).toThrow(/cannot read the check/);
    expect(() => compileCheck(z.object({ a: z.string().optional() }))).toThrow(/cannot read a schema of type optional/);
    expect(() => compileCheck(z.union([z.string(), z.number()]))).toThrow(/cannot read a schema of type union/);
  });
});
