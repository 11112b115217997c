import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { runCli } from '../support/cli.js';
import { OutputSchema } from '../../src/shared/schema/output.js';

const SEED = 'fixtures/seeds/002_27408a7706993244.txt';

describe('resolve parse', () => {
  it('prints a schema-valid document for a file', () => {
    const r = runCli(['parse', SEED]);
    expect(r.status).toBe(0);
    expect(r.stderr).toBe('');
    const out = OutputSchema.parse(JSON.parse(r.stdout));
    expect(out.source.path).toBe(SEED);
    expect(out.source.bytes).toBe(readFileSync(SEED).length);
    expect(out.document.kind).toBe('resolution');
  });

  it('reads standard input as "-"', () => {
    const r = runCli(['parse', '-'], { input: readFileSync(SEED) });
    expect(r.status).toBe(0);
    expect(JSON.parse(r.stdout).source.path).toBe('-');
  });

  it('is deterministic: the same bytes give the same output', () => {
    expect(runCli(['parse', SEED]).stdout).toBe(runCli(['parse', SEED]).stdout);
  });

  it('a missing file is a one-line error with exit 2', () => {
    const r = runCli(['parse', 'no/such/file.txt']);
    expect(r.status).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
    expect(r.stderr).toContain('нет такого файла');
  });

  it('an unknown option is a usage error with exit 2', () => {
    const r = runCli(['parse', SEED, '--frobnicate']);
    expect(r.status).toBe(2);
  });
});

describe('resolve parse, markdown that needs remark', () => {
  it('reads links, code and entities (remark is loaded on first use in the bundle)', () => {
    const r = runCli(['parse', '-', '--input-format', 'markdown'], { input: 'Резолюция [форума](http://x.ru) `2024` &laquo;Итоги&raquo;\n\nТекст.\n' });
    expect(r.status).toBe(0);
    expect(JSON.parse(r.stdout).document.title).toBe('Резолюция форума 2024 «Итоги»');
  });
});
