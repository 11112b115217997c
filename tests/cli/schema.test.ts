// `resolve schema` against the contract: the printed JSON Schema is what zod
// says, a maintained validator (Ajv, draft 2020-12) accepts every output golden
// and every real output with it and rejects broken ones, and it names every
// field docs/OUTPUT.md names.
import { describe, expect, it } from 'vitest';
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { Ajv2020 } from 'ajv/dist/2020.js';
import addFormatsModule from 'ajv-formats';
import { ROOT, runCli } from '../support/cli.js';
import { outputJsonSchema } from '../../src/shared/schema/output.js';

// ajv-formats is CommonJS with a default export
const addFormats = (addFormatsModule as unknown as { default?: typeof addFormatsModule }).default ?? addFormatsModule;

type JsonSchema = {
  type?: string | string[];
  properties?: Record<string, JsonSchema>;
  items?: JsonSchema;
  anyOf?: JsonSchema[];
  enum?: unknown[];
  required?: string[];
};

const printed = runCli(['schema']);
const schema = JSON.parse(printed.stdout) as JsonSchema & { $schema: string };

function validator() {
  const ajv = new Ajv2020({ allErrors: true, strict: true });
  addFormats(ajv);
  return ajv.compile(schema);
}

/** Every *.json under fixtures/ that is an output golden (segmentation goldens and the corpus's hand-made gold annotations excluded). */
function outputGoldens(dir = join(ROOT, 'fixtures')): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return outputGoldens(path);
    // .blocks.json: the segmenter's goldens; .gold.json: the accuracy corpus's hand annotations
    return name.endsWith('.json') && !name.endsWith('.blocks.json') && !name.endsWith('.gold.json') ? [path] : [];
  });
}

const seeds = readdirSync(join(ROOT, 'fixtures/seeds')).filter((f) => f.endsWith('.txt'));

describe('resolve schema', () => {
  it('prints the zod schema as JSON Schema draft 2020-12, exit 0, nothing on stderr', () => {
    expect(printed.status).toBe(0);
    expect(printed.stderr).toBe('');
    expect(schema.$schema).toBe('https://json-schema.org/draft/2020-12/schema');
    expect(schema).toEqual(outputJsonSchema());
  });

  it('compiles under Ajv in strict mode', () => {
    expect(() => validator()).not.toThrow();
  });

  it('accepts every output golden in fixtures/', () => {
    const validate = validator();
    for (const path of outputGoldens()) {
      const ok = validate(JSON.parse(readFileSync(path, 'utf8')));
      expect([path, ok ? [] : validate.errors]).toEqual([path, []]);
    }
  });

  it.each(seeds)('accepts the real output for %s', (seed) => {
    const r = runCli(['parse', `fixtures/seeds/${seed}`]);
    expect(r.status).toBe(0);
    const validate = validator();
    const ok = validate(JSON.parse(r.stdout));
    expect(ok ? [] : validate.errors).toEqual([]);
  });

  it('rejects outputs that break the contract', () => {
    const validate = validator();
    const good = JSON.parse(runCli(['parse', `fixtures/seeds/${seeds[0]}`]).stdout);
    expect(validate(good)).toBe(true);
    const broken = [
      (o: any) => delete o.document.title, // a key must never be missing
      (o: any) => (o.source.encoding = null),
      (o: any) => (o.document.kind = 'memo'),
      (o: any) => (o.sections = [{ id: 'x1', title: 'Раздел', parentId: null, line: 0, endLine: 1 }]),
      (o: any) => (o.tasks = [{}]),
      (o: any) => (o.unknownField = 1),
    ];
    for (const breakIt of broken) {
      const copy = structuredClone(good);
      breakIt(copy);
      expect(validate(copy)).toBe(false);
    }
  });
});

/** The ```jsonc example of docs/OUTPUT.md as data, with the comment of each line kept. */
function contractExample(): { example: unknown; comments: Map<string, string> } {
  const doc = readFileSync(join(ROOT, 'docs/OUTPUT.md'), 'utf8');
  const block = /```jsonc\n([\s\S]*?)```/.exec(doc)?.[1];
  if (!block) throw new Error('docs/OUTPUT.md has no ```jsonc example');
  const comments = new Map<string, string>();
  const json = block
    .split('\n')
    .map((line) => {
      let inString = false;
      for (let i = 0; i < line.length; i++) {
        if (line[i] === '"' && line[i - 1] !== '\\') inString = !inString;
        if (!inString && line.startsWith('//', i)) {
          // keyed by the field and its example value: "kind" occurs twice
          const field = /"(\w+)"\s*:\s*("(?:[^"\\]|\\.)*"|[-\d.]+|true|false|null)\s*,?\s*$/.exec(line.slice(0, i));
          if (field) comments.set(`${field[1]}=${field[2]}`, line.slice(i + 2).trim());
          return line.slice(0, i);
        }
      }
      return line;
    })
    .join('\n');
  return { example: JSON.parse(json), comments };
}

/** The schema of a key under a schema, looking through nullable unions. */
function child(s: JsonSchema, key: string | number): JsonSchema | undefined {
  const options = s.anyOf ?? [s];
  for (const o of options) {
    if (typeof key === 'number' && o.items) return o.items;
    if (typeof key === 'string' && o.properties?.[key]) return o.properties[key];
  }
  return undefined;
}

interface KeyPath {
  path: string;
  schema: JsonSchema | undefined;
  /** "kind=\"resolution\"": the field with its example value, as comments are keyed */
  key: string;
}

function keyPaths(value: unknown, s: JsonSchema, path: string, out: KeyPath[]) {
  if (Array.isArray(value)) value.forEach((v) => keyPaths(v, child(s, 0) ?? {}, `${path}[]`, out));
  else if (value && typeof value === 'object') {
    for (const [key, v] of Object.entries(value)) {
      const sub = child(s, key);
      out.push({ path: `${path}.${key}`, schema: sub, key: `${key}=${JSON.stringify(v)}` });
      if (sub) keyPaths(v, sub, `${path}.${key}`, out);
    }
  }
}

describe('the schema covers docs/OUTPUT.md', () => {
  const { example, comments } = contractExample();
  const paths: KeyPath[] = [];
  keyPaths(example, schema, '', paths);

  it('the example names the top-level arrays and objects', () => {
    expect(paths.map((p) => p.path)).toEqual(expect.arrayContaining(['.source', '.document', '.sections', '.tasks', '.tasks[].deadline.kind', '.diagnostics[].rule']));
  });

  it.each(paths.map((p) => [p.path, p]))('%s is in the schema', (_path, p) => {
    expect(p.schema).toBeDefined();
  });

  it('every field of the example is required (absent values are null, never missing keys)', () => {
    const missing: string[] = [];
    const walk = (value: unknown, s: JsonSchema, path: string) => {
      if (Array.isArray(value)) return value.forEach((v) => walk(v, child(s, 0) ?? {}, `${path}[]`));
      if (!value || typeof value !== 'object') return;
      const object = (s.anyOf ?? [s]).find((o) => o.properties);
      for (const [key, v] of Object.entries(value)) {
        if (!object?.required?.includes(key)) missing.push(`${path}.${key}`);
        const sub = child(s, key);
        if (sub) walk(v, sub, `${path}.${key}`);
      }
    };
    walk(example, schema, '');
    expect(missing).toEqual([]);
  });

  it('every choice a comment lists ("a | b | c") is in the enum of that field', () => {
    let checked = 0;
    for (const p of paths) {
      const comment = comments.get(p.key);
      const enumValues = p.schema?.enum ?? p.schema?.anyOf?.find((o) => o.enum)?.enum;
      if (!comment || !enumValues || !comment.includes(' | ')) continue;
      const choices = comment.split('|').map((c) => c.trim().split(/\s/)[0]!).filter((c) => c && c !== '…');
      expect([p.path, enumValues]).toEqual([p.path, expect.arrayContaining(choices)]);
      checked++;
    }
    expect(checked).toBeGreaterThanOrEqual(2); // source.format, document.kind
  });

  it('the deadline kinds table is the enum of tasks[].deadline.kind', () => {
    const doc = readFileSync(join(ROOT, 'docs/OUTPUT.md'), 'utf8');
    const table = doc.slice(doc.indexOf('## Deadline kinds'));
    const kinds = [...table.matchAll(/^\| `(\w+)` \|/gm)].map((m) => m[1]);
    const kind = paths.find((p) => p.path === '.tasks[].deadline.kind')!.schema!;
    expect([...(kind.enum ?? [])].sort()).toEqual(kinds.sort());
  });
});
