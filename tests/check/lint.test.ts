// Parse and lint apart, one message list: parse() returns the document with
// its stages' messages (invalid-bytes from the decoder) and imports nothing
// from check/; lint() adds the rules' findings and configures the stages'
// messages like any rule's; `resolve check` shows them.
import { afterAll, describe, expect, it } from 'vitest';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { parseDocument } from '../../src/7-validate/pipeline.js';
import { lint } from '../../src/8-check/lint.js';
import { resolveRules } from '../../src/8-check/index.js';
import { ruleById } from '../../src/8-check/rules/index.js';
import { ROOT, runCli } from '../support/cli.js';

const dir = mkdtempSync(join(tmpdir(), 'resolve-lint-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

// a draft with two bytes that are not UTF-8 in its third line
const damaged = Buffer.concat([
  Buffer.from('РЕШЕНИЕ\nот 15 марта 2024 г.\nОрганизовать выставку работ '),
  Buffer.from([0xff, 0xfe]),
  Buffer.from(' учащихся.\nПровести конкурс конкурс чтецов.\n'),
]);
const damagedFile = join(dir, 'damaged.txt');
writeFileSync(damagedFile, damaged);

describe('parse() and lint()', () => {
  it('parse gives the decoder’s message and no finding of a check rule', async () => {
    const doc = await parseDocument({ bytes: damaged, path: 'damaged.txt', format: 'text' });
    expect(doc.messages.map((m) => `${m.rule} ${m.line}:${m.column}`)).toEqual(['invalid-bytes 3:29']);
    expect(doc.output.diagnostics.map((d) => d.rule)).toEqual(['invalid-bytes']);
  });

  it('lint adds the findings after the stages’ messages, in position order', async () => {
    const doc = lint(await parseDocument({ bytes: damaged, path: 'damaged.txt', format: 'text' }));
    expect(doc.output.diagnostics.map((d) => `${d.line} ${d.rule}`)).toEqual(['3 invalid-bytes', '4 repeated-word']);
  });

  it('a stage’s message follows its rule’s setting: another severity, another language, or off', async () => {
    const parsed = () => parseDocument({ bytes: damaged, path: 'damaged.txt', format: 'text' });
    const asError = lint(await parsed(), resolveRules({ 'invalid-bytes': 'error' }), 'en');
    expect(asError.output.diagnostics[0]).toMatchObject({ rule: 'invalid-bytes', severity: 'error', message: expect.stringMatching(/^Bytes not valid in utf-8: 2;/) });
    const off = lint(await parsed(), resolveRules({ 'invalid-bytes': 'off' }));
    expect(off.output.diagnostics.map((d) => d.rule)).toEqual(['repeated-word']);
  });

  it('invalid-bytes is a registered rule whose default severity is the one the decoder gives', async () => {
    const doc = await parseDocument({ bytes: damaged, path: 'damaged.txt', format: 'text' });
    expect(ruleById('invalid-bytes')?.meta.defaultSeverity).toBe('warn');
    expect(doc.messages[0]!.severity).toBe('warning');
  });

  it('pipeline.ts and everything it imports import nothing from src/8-check', () => {
    const seen = new Set<string>();
    const visit = (file: string) => {
      if (seen.has(file)) return;
      seen.add(file);
      const text = readFileSync(file, 'utf8');
      for (const m of text.matchAll(/^\s*(?:import|export)[^'"]*?from\s+'(\.[^']+)'/gm)) {
        visit(resolve(dirname(file), m[1]!.replace(/\.js$/, '.ts')));
      }
      for (const m of text.matchAll(/import\('(\.[^']+)'\)/g)) visit(resolve(dirname(file), m[1]!.replace(/\.js$/, '.ts')));
    };
    visit(join(ROOT, 'src/7-validate/pipeline.ts'));
    expect(seen.size).toBeGreaterThan(20);
    expect([...seen].filter((f) => f.includes(`${join(ROOT, 'src/8-check')}/`))).toEqual([]);
  });
});

describe('resolve check and invalid-bytes', () => {
  it('check reports the decoder’s warning, and --rule invalid-bytes=off turns it off', () => {
    const on = runCli(['check', damagedFile, '--format', 'json']);
    const rules = (stdout: string) => (JSON.parse(stdout) as { diagnostics: { rule: string; line: number; column: number }[] }[])[0]!.diagnostics.map((d) => `${d.line}:${d.column} ${d.rule}`);
    expect(on.stderr).toBe('');
    expect(rules(on.stdout)).toContain('3:29 invalid-bytes');
    const off = runCli(['check', damagedFile, '--format', 'json', '--rule', 'invalid-bytes=off']);
    expect(off.stderr).toBe('');
    expect(rules(off.stdout)).not.toContain('3:29 invalid-bytes');
    expect(rules(off.stdout).length).toBe(rules(on.stdout).length - 1);
  });

  it('--rule invalid-bytes=error fails the run on it', () => {
    const r = runCli(['check', damagedFile, '--rule', 'invalid-bytes=error', '--rule', 'repeated-word=off', '--rule', 'document-date-missing=off', '--rule', 'document-title-missing=off']);
    expect(r.status).toBe(1);
    expect(r.stdout).toMatch(/3:29 +ошибка +Байты не в кодировке utf-8: 2;.*invalid-bytes/);
  });

  it('--list-rules lists it', () => {
    expect(runCli(['check', '--list-rules']).stdout).toMatch(/^invalid-bytes +warn /m);
  });
});
