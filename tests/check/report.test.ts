import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import Ajv from 'ajv-draft-04';
import addFormats from 'ajv-formats';
import { sarif } from '../../src/9-format/report/sarif.js';
import { github } from '../../src/9-format/report/github.js';
import { stylish } from '../../src/9-format/report/stylish.js';
import { RULES } from '../../src/8-check/rules/index.js';
import type { Diagnostic } from '../../src/shared/schema/output.js';
import { runCli } from '../support/cli.js';
import { rulesDoc } from '../../src/8-check/rules-doc.js';

// The SARIF 2.1.0 JSON schema as published by Microsoft in @microsoft/jest-sarif
// (sarif-2.1.0-rtm.5, the version GitHub code scanning and SchemaStore use), shipped here.
const schema = JSON.parse(readFileSync(new URL('../fixtures/sarif-schema-2.1.0.json', import.meta.url), 'utf8'));

function validator() {
  // the published schema has a pattern that is invalid with the u flag ([a-zA-Z]{2}]?): compile without it
  const ajv = new Ajv({ allErrors: true, strict: false, unicodeRegExp: false });
  addFormats(ajv);
  return ajv.compile(schema);
}

const diagnostic = (fields: Partial<Diagnostic>): Diagnostic => ({
  rule: 'repeated-word',
  severity: 'warning',
  message: 'Слово «директор» повторено дважды подряд',
  line: 21,
  column: 129,
  endLine: 21,
  endColumn: 137,
  fix: null,
  related: [],
  ...fields,
});

describe('sarif', () => {
  const rules = RULES.map((r) => r.meta);

  it('the report of a real run is valid SARIF 2.1.0', () => {
    const r = runCli(['check', 'fixtures/check/bad.txt', 'fixtures/seeds/000_e63f3ed35c16b4b3.txt', '--format', 'sarif']);
    expect(r.status).toBe(1);
    const log = JSON.parse(r.stdout);
    const validate = validator();
    expect(validate(log), JSON.stringify(validate.errors, null, 2)).toBe(true);
    expect(log.version).toBe('2.1.0');
    const run = log.runs[0];
    expect(run.tool.driver.rules.map((x: { id: string }) => x.id)).toEqual(rules.map((x) => x.id));
    const dup = run.results.find((x: { ruleId: string }) => x.ruleId === 'duplicate-item');
    expect(dup).toMatchObject({
      level: 'error',
      ruleIndex: rules.findIndex((x) => x.id === 'duplicate-item'),
      locations: [{ physicalLocation: { artifactLocation: { uri: 'fixtures/check/bad.txt', uriBaseId: 'SRCROOT' }, region: { startLine: 19, startColumn: 3 } } }],
    });
  });

  it('the schema check is real: a result without a message fails it', () => {
    const log = JSON.parse(sarif({ files: [{ path: 'a.txt', diagnostics: [diagnostic({})] }], rules, lang: 'ru' }));
    const validate = validator();
    expect(validate(log)).toBe(true);
    delete log.runs[0].results[0].message;
    expect(validate(log)).toBe(false);
  });

  it('non-ASCII paths become valid relative URIs; files outside the folder become file: URIs', () => {
    const log = JSON.parse(sarif({ files: [{ path: 'архив 2023/рез.txt', diagnostics: [diagnostic({})] }, { path: '/tmp/x.txt', diagnostics: [diagnostic({})] }], rules, lang: 'en' }));
    expect(validator()(log)).toBe(true);
    const uris = log.runs[0].results.map((x: { locations: { physicalLocation: { artifactLocation: { uri: string } } }[] }) => x.locations[0]!.physicalLocation.artifactLocation.uri);
    expect(uris[0]).toBe('%D0%B0%D1%80%D1%85%D0%B8%D0%B2%202023/%D1%80%D0%B5%D0%B7.txt');
    expect(uris[1]).toBe('file:///tmp/x.txt');
    expect(log.runs[0].tool.driver.rules[0].shortDescription.text).toBe('A task without a deadline in a list where most tasks have one');
  });
});

describe('sarif: rule documentation and related locations', () => {
  it('each rule links its section of docs/rules.md (shipped in the package); a duplicate points at its first copy', () => {
    const r = runCli(['check', 'fixtures/check/bad.txt', '--format', 'sarif']);
    const log = JSON.parse(r.stdout);
    expect(validator()(log)).toBe(true);
    const docs = readFileSync(new URL('../../docs/rules.md', import.meta.url), 'utf8');
    for (const rule of log.runs[0].tool.driver.rules as { id: string; helpUri: string }[]) {
      expect(rule.helpUri).toMatch(new RegExp(`^file://.*/docs/rules\\.md#${rule.id}$`));
      expect(docs).toContain(`\n## ${rule.id}\n`);
    }
    const duplicate = log.runs[0].results.find((x: { ruleId: string }) => x.ruleId === 'duplicate-item');
    expect(duplicate.message.text).not.toMatch(/строк/);
    expect(duplicate.relatedLocations).toEqual([
      {
        id: 0,
        message: { text: 'первое упоминание' },
        physicalLocation: { artifactLocation: { uri: 'fixtures/check/bad.txt', uriBaseId: 'SRCROOT' }, region: { startLine: 17, startColumn: 3, endLine: 17, endColumn: 41 } },
      },
    ]);
    expect(JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')).files).toContain('docs/rules.md');
  });

  it('docs/rules.md is what the rules say of themselves (npm run docs:rules writes it)', () => {
    expect(readFileSync(new URL('../../docs/rules.md', import.meta.url), 'utf8')).toBe(rulesDoc());
  });
});

describe('github', () => {
  it('escapes %, line breaks, and ":" "," in properties', () => {
    const out = github({ files: [{ path: 'a,b:c.txt', diagnostics: [diagnostic({ message: '50% готово\nвторая строка', severity: 'error' })] }], rules: [], lang: 'ru' });
    expect(out).toBe('::error file=a%2Cb%3Ac.txt,line=21,col=129,endLine=21,endColumn=137,title=repeated-word::50%25 готово%0Aвторая строка\n');
  });
});

describe('stylish', () => {
  it('groups by file, aligns columns, counts fixable findings, and prints nothing when clean', () => {
    const files = [{ path: 'a.txt', diagnostics: [diagnostic({ fix: { line: 21, column: 128, endLine: 21, endColumn: 137, text: '' } }), diagnostic({ line: 3, column: 1, severity: 'error', rule: 'duplicate-item', message: 'Пункт повторяет пункт в строке 1' })] }];
    const out = stylish({ files, rules: [], lang: 'en' }).split('\n');
    expect(out[0]).toBe('a.txt');
    expect(out[1]).toBe('  21:129  warning  Слово «директор» повторено дважды подряд  repeated-word');
    expect(out[2]).toBe('  3:1     error    Пункт повторяет пункт в строке 1          duplicate-item');
    expect(out).toContain('✖ 2 problems (1 errors, 1 warnings)');
    expect(out).toContain('  1 fixable with --fix');
    expect(stylish({ files: [{ path: 'a.txt', diagnostics: [] }], rules: [], lang: 'ru' })).toBe('');
  });
});
