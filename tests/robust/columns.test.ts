// Issue 17: a TAB-led, TAB-separated row gave a finding at column −1 ("1:-1"),
// and the output failed the project's own schema. The segmenter counted a table
// row's column in characters and its indent in columns (a TAB is 4).
import { describe, expect, it } from 'vitest';
import { parseDocument } from '../../src/7-validate/pipeline.js';
import { segment } from '../../src/3-segment/segmenter.js';
import { runCli } from '../support/cli.js';

const parse = (text: string) => parseDocument({ bytes: new TextEncoder().encode(text), path: 'x.txt', format: 'text' });

const TAB_LED = [
  '\tС\tц', // the reproducer from the audit
  '\t\tПлан\tСрок\n\t\tОтчёт\tмай',
  ' \tФИО\tДолжность',
  '\t1.\tУтвердить план работы',
  '\t- Рекомендовать\tшколам',
];

describe('columns of TAB-led lines', () => {
  it.each(TAB_LED)('every block and finding of %j starts at column 1 or later', async (text) => {
    const lines = text.split('\n');
    const segmented = segment(text);
    for (const block of segmented.blocks) {
      expect(block.column - block.indent).toBeGreaterThanOrEqual(1);
      const column = block.textStart - segmented.lineStarts[block.line - 1]! + 1;
      expect(column).toBeGreaterThanOrEqual(1);
      // the column points into the line, at the block's first written character
      expect(column).toBeLessThanOrEqual(lines[block.line - 1]!.length);
    }
    const { output } = await parse(text);
    for (const d of output.diagnostics) expect(d.column).toBeGreaterThanOrEqual(1);
  });

  it('the audit reproducer parses and checks without an internal error', () => {
    const input = '\tС\tц';
    const parsed = runCli(['parse', '-'], { input });
    expect(parsed.stderr).toBe('');
    expect(parsed.status).toBe(0);
    expect(JSON.parse(parsed.stdout).diagnostics.every((d: { column: number }) => d.column >= 1)).toBe(true);
  });
});

describe('an output that fails the schema', () => {
  it('is an internal error (exit 70), not a document failure (exit 1)', async () => {
    const { output } = await parse('РЕЗОЛЮЦИЯ\n\n1. Утвердить план.');
    const broken = { ...output, tasks: [{ ...output.tasks[0]!, line: -1 }] };
    const { validateOutput } = await import('../../src/7-validate/pipeline.js');
    let thrown: unknown;
    try {
      validateOutput(broken);
    } catch (e) {
      thrown = e;
    }
    expect(thrown).toMatchObject({ exitCode: 70, code: 'invalid-output' });
    expect((thrown as Error).message).toMatch(/^внутренняя ошибка: output fails the schema at tasks\.0\.line: .*\(сообщите о ней, пожалуйста\)$/);
  });
});
