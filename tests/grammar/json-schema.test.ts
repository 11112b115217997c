// grammars/schemas/*.json: the JSON Schemas an editor checks a grammar file
// with are those of src/shared/grammar/schemas.ts, every built-in file names its own
// and passes it, and a misspelt key is flagged.
import { describe, expect, it } from 'vitest';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { Ajv } from 'ajv';
import { grammarJsonSchemas, schemaFileText } from '../../src/shared/grammar/json-schema.js';
import { GRAMMARS } from '../../src/shared/grammar/schemas.js';

const DIR = 'grammars';
const schemas = grammarJsonSchemas();

function validator(name: string) {
  const ajv = new Ajv({ allErrors: true });
  ajv.addKeyword('x-match');
  return ajv.compile(schemas[name as keyof typeof schemas]);
}

describe('grammar JSON Schemas', () => {
  it('grammars/schemas/ holds exactly what `npm run schemas` writes', () => {
    const files = readdirSync(join(DIR, 'schemas')).sort();
    expect(files).toEqual(Object.keys(GRAMMARS).map((n) => `${n}.json`).sort());
    for (const [name, schema] of Object.entries(schemas)) {
      expect(readFileSync(join(DIR, 'schemas', `${name}.json`), 'utf8'), `${name}: run npm run schemas`).toBe(schemaFileText(schema));
    }
  });

  it('every grammar file names its schema and passes it', () => {
    const files = readdirSync(DIR).filter((f) => f.endsWith('.json'));
    expect(files.map((f) => f.slice(0, -5)).sort()).toEqual(Object.keys(GRAMMARS).sort());
    for (const file of files) {
      const data = JSON.parse(readFileSync(join(DIR, file), 'utf8'));
      expect(data.$schema).toBe(`./schemas/${file}`);
      const validate = validator(file.slice(0, -5));
      expect(validate(data), `${file}: ${JSON.stringify(validate.errors)}`).toBe(true);
    }
  });

  it('an overlay with only what it adds passes; a misspelt key or an empty word does not', () => {
    const validate = validator('participants');
    expect(validate({ persons: ['волонтёр'] })).toBe(true);
    expect(validate({ person: ['волонтёр'] })).toBe(false);
    expect(validate({ persons: [''] })).toBe(false);
  });

  it('each word list says how it is matched', () => {
    const cues = schemas['non-task-cues'] as { properties: Record<string, { 'x-match'?: string; description?: string }> };
    expect(cues.properties.cues!['x-match']).toBe('prefix');
    expect(cues.properties.cues!.description).toMatch(/match: prefix/);
    const kinds = JSON.stringify(schemas['org-types']);
    expect(kinds).toContain('"x-match":"forms"');
    expect(kinds).toContain('"x-match":"exact"');
  });
});
