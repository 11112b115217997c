// Issue 17: a 13 KB mutated .docx grew a worker's heap to 4 GB and aborted the
// process; in a --jobs 2 batch it also failed a good document parsed in the same
// worker. Memory per document has a budget now (--max-memory, limits.ts): a
// text longer than the budget holds is refused as it is converted, and a worker
// that still outgrows it fails only the document that did (batch/pool.ts; the
// worker's death itself is tested in tests/batch/pool.test.ts).
import { afterAll, describe, expect, it } from 'vitest';
import { readFileSync, rmSync, writeFileSync, copyFileSync } from 'node:fs';
import { join } from 'node:path';
import { makeDocx } from '../support/docx.js';
import { runCli } from '../support/cli.js';
import { SEEDS, tempDir } from '../batch/archive.js';
import { checkTextLength, maxTextChars, HEAP_BYTES_PER_CHAR } from '../../src/shared/limits.js';
import { parseDocument } from '../../src/7-validate/pipeline.js';

const dir = tempDir('resolve-memory-');
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** 64 MB: 256 Ki characters of text at most, so a bomb of a few hundred KB of text is enough */
const SMALL = { RESOLVE_MAX_MEMORY_MB: '64' };
const tooLong = /^resolve: его текст длиннее 262144 символов — больше, чем помещается в предел памяти 64 МБ на документ \(--max-memory\); разделите его\n$/;

/** A ZIP bomb: one paragraph of runs and TABs, some KB zipped, ~4 MB of XML and 400 K characters of text unzipped. */
async function bomb(): Promise<Buffer> {
  return makeDocx([], { body: `<w:p><w:r>${'<w:t>x</w:t><w:tab/>'.repeat(200_000)}</w:r></w:p>` });
}

describe('memory per document', () => {
  it('a .docx that inflates past the budget fails alone in a --jobs 2 batch; the good document beside it is parsed', async () => {
    const zipped = await bomb();
    expect(zipped.length).toBeLessThan(64 * 1024);
    writeFileSync(join(dir, 'a-bomb.docx'), zipped);
    copyFileSync(SEEDS[0]!, join(dir, 'b-good.txt'));
    const out = join(dir, 'out');
    // both go to one worker (it takes several documents at once)
    const r = runCli(['parse', join(dir, 'a-bomb.docx'), join(dir, 'b-good.txt'), '--out', out, '--jobs', '2'], { env: SMALL });
    expect(r.status).toBe(1);
    const lines = r.stderr.trimEnd().split('\n');
    expect(lines).toHaveLength(2);
    expect(lines[0]).toMatch(/a-bomb\.docx: его текст длиннее 262144 символов/);
    expect(lines[1]).toMatch(/документов: 2 — разобрано: 1, не разобрано: 1/);
    const index = JSON.parse(readFileSync(join(out, 'index.json'), 'utf8'));
    expect(index.inputs.map((e: { path: string; status: string; code: string | null }) => [e.path.split('/').at(-1), e.status, e.code])).toEqual([
      ['a-bomb.docx', 'failed', 'too-large'],
      ['b-good.txt', 'ok', null],
    ]);
    expect(JSON.parse(readFileSync(join(out, 'b-good.json'), 'utf8')).tasks.length).toBeGreaterThan(0);
  });

  it('resolve parse FILE: the same bomb is a one-line error, exit 1; a larger --max-memory reads it', async () => {
    const file = join(dir, 'bomb.docx');
    writeFileSync(file, await bomb());
    const r = runCli(['parse', file], { env: SMALL });
    expect(r.status).toBe(1);
    expect(r.stdout).toBe('');
    expect(r.stderr).toMatch(tooLong);
    // the option wins over the environment: 128 MB hold 512 Ki characters
    const larger = runCli(['parse', file, '--max-memory', '128'], { env: SMALL });
    expect(larger.stderr).toBe('');
    expect(larger.status).toBe(0);
  });

  it('resolve check keeps the same budget: the bomb cannot be checked, its neighbour is; the option is checked as parse checks it', async () => {
    const file = join(dir, 'check-bomb.docx');
    writeFileSync(file, await bomb());
    const good = join(dir, 'check-good.txt');
    writeFileSync(good, '1. Провести совещание до 1 марта 2031 г.\n');
    const r = runCli(['check', file, good, '--max-memory', '64', '-f', 'json']);
    expect(r.status).toBe(2); // a file that could not be checked
    expect(r.stderr).toMatch(/check-bomb\.docx: его текст длиннее 262144 символов/);
    expect(JSON.parse(r.stdout).map((f: { path: string }) => f.path.split('/').at(-1))).toContain('check-good.txt');
    const bad = runCli(['check', good, '--max-memory', 'lots']);
    expect(bad.status).toBe(2);
    expect(bad.stderr).toMatch(/^resolve: --max-memory: «lots» — не предел памяти/);
  });

  it('refuses a decoded text past the budget before the pipeline reads it', async () => {
    const limit = maxTextChars();
    expect(() => checkTextLength(limit)).not.toThrow();
    expect(() => checkTextLength(limit + 1)).toThrow(expect.objectContaining({ exitCode: 1, code: 'too-large' }));
    const previous = process.env.RESOLVE_MAX_MEMORY_MB;
    process.env.RESOLVE_MAX_MEMORY_MB = '64';
    try {
      expect(maxTextChars()).toBe((64 * 1048576) / HEAP_BYTES_PER_CHAR);
      const text = new TextEncoder().encode('1. Провести совещание.\n'.repeat(12_000)); // 276 K characters
      await expect(parseDocument({ bytes: text, path: 'x', format: 'text' })).rejects.toMatchObject({ code: 'too-large' });
    } finally {
      if (previous === undefined) delete process.env.RESOLVE_MAX_MEMORY_MB;
      else process.env.RESOLVE_MAX_MEMORY_MB = previous;
    }
  });

  it('a budget that is not a whole number of MB in range is a usage error (exit 2), from the option or the environment', () => {
    const seed = SEEDS[0]!;
    for (const [args, env] of [
      [['--max-memory', '1.5'], {}],
      [['--max-memory', '10'], {}],
      [[], { RESOLVE_MAX_MEMORY_MB: 'lots' }],
    ] as const) {
      const r = runCli(['parse', seed, ...args], { env });
      expect(r.status).toBe(2);
      expect(r.stderr).toMatch(/^resolve: (--max-memory|RESOLVE_MAX_MEMORY_MB): «.*» — не предел памяти; укажите целое число мегабайт от 64 до 65536\n$/);
    }
  });
});
