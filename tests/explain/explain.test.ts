// `resolve parse --explain`: every structural decision carries a rule id and the
// line it rests on. The documents here are written for the test; the last test
// runs every fixture of the project through it.
import { describe, expect, it } from 'vitest';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseDocument } from '../../src/7-validate/pipeline.js';
import { formatOf } from '../../src/io/read-input.js';
import { REASONS, type Decision } from '../../src/5-structure/decisions.js';
import { runCli } from '../support/cli.js';

async function explain(text: string): Promise<{ decisions: Decision[]; tasks: number }> {
  const parsed = await parseDocument({ bytes: Buffer.from(text), path: 'test.txt', format: 'text', explain: true });
  return { decisions: parsed.decisions ?? [], tasks: parsed.output.tasks.length };
}

const at = (decisions: Decision[], line: number) => decisions.filter((d) => d.line === line).map((d) => d.reason);

describe('reasons of the structure', () => {
  const doc = [
    'ПРОТОКОЛ совещания заместителей директоров',
    '',
    'Повестка дня:',
    '1. О подготовке к аттестации.',
    '',
    'РЕШИЛИ:',
    '',
    '1. Заместителям директоров по УВР:',
    '1.1. составить график аттестации педагогов;',
    '1.2. провести консультации для аттестуемых.',
    'Срок: до 15.10.2025',
    '',
    '2. Методисту Кравцовой Е.А. подготовить памятку.',
    '',
    '3. Контроль за исполнением возложить на директора школы.',
  ].join('\n');

  it('names why each block is a section, an addressee, a task or not', async () => {
    const { decisions } = await explain(doc);
    expect(at(decisions, 3)).toEqual(['section.protocol-part']);
    expect(at(decisions, 4)).toEqual(['not-task.non-task-list']);
    expect(at(decisions, 8)).toEqual(['addressee.header']);
    expect(at(decisions, 9)).toEqual(['task.infinitive', 'addressee.block', 'deadline.list-annotation']);
    expect(at(decisions, 13)).toEqual(['task.inline-addressee', 'addressee.inline', 'deadline.none']);
    expect(at(decisions, 15)).toEqual(['task.charge', 'addressee.charged', 'deadline.none']);
  });

  it('points to the lines a decision rests on', async () => {
    const { decisions } = await explain(doc);
    const block = decisions.find((d) => d.line === 10 && d.reason === 'addressee.block');
    expect(block?.detail).toBe('строка 8');
    const deadline = decisions.find((d) => d.line === 10 && d.reason === 'deadline.list-annotation');
    expect(deadline?.detail).toBe('строка 11');
    expect(deadline?.subject).toContain('до 2025-10-15');
  });

  it('says where the document date comes from', async () => {
    const titled = await explain('ПРОТОКОЛ № 5 от 12.11.2025\nзаседания совета школы\n\nРЕШИЛИ:\n1. Провести субботник.');
    expect(titled.decisions.find((d) => d.reason.startsWith('date.'))).toMatchObject({ line: 1, reason: 'date.title', subject: 'дата документа 2025-11-12' });
    const stamped = await explain('УТВЕРЖДАЮ\nДиректор школы\n«30» августа 2025 г.\n\nПЛАН\nработы библиотеки\n\n1. Провести урок.');
    expect(stamped.decisions.find((d) => d.reason.startsWith('date.'))).toMatchObject({ line: 1, reason: 'date.approval-stamp' });
    const none = await explain('Решение\n\n1. Провести урок.');
    expect(none.decisions.find((d) => d.reason.startsWith('date.'))?.reason).toBe('date.none');
  });

  it('parsing without --explain keeps no reasons and gives the same output', async () => {
    const plain = await parseDocument({ bytes: Buffer.from(doc), path: 'test.txt', format: 'text' });
    const explained = await parseDocument({ bytes: Buffer.from(doc), path: 'test.txt', format: 'text', explain: true });
    expect(plain.decisions).toBeUndefined();
    expect(JSON.stringify(explained.output)).toBe(JSON.stringify(plain.output));
  });
});

describe('resolve parse --explain', () => {
  it('prints the outline, not JSON, and refuses a batch', () => {
    const r = runCli(['parse', 'fixtures/docs/pedsovet-protocol.txt', '--explain']);
    expect(r.status).toBe(0);
    expect(r.stdout.startsWith('{')).toBe(false);
    expect(r.stdout).toMatch(/task\.\w[\w-]*: /);
    const batch = runCli(['parse', 'fixtures/docs', '--format', 'ndjson', '--explain']);
    expect(batch.status).toBe(2);
    expect(batch.stderr.trim().split('\n')).toHaveLength(1);
  });

  const fixtures = ['fixtures/seeds', 'fixtures/docs', 'fixtures/corpus', 'fixtures/check'].flatMap((dir) =>
    readdirSync(dir)
      .filter((f) => /\.(?:txt|md|html|docx)$/.test(f))
      .map((f) => join(dir, f)),
  );

  it.each(fixtures)('%s: every task has its reason, addressee and deadline, every reason is a known rule', async (file) => {
    const parsed = await parseDocument({ bytes: readFileSync(file), path: file, format: formatOf(file), explain: true });
    const decisions = parsed.decisions ?? [];
    for (const d of decisions) expect(Object.keys(REASONS)).toContain(d.reason);
    for (const t of parsed.output.tasks) {
      const own = decisions.filter((d) => d.line === t.line && new RegExp(`^задача ${t.id}(?:[ :]|$)`).test(d.subject));
      expect(own.map((d) => d.reason.split('.')[0])).toEqual(expect.arrayContaining(['task', 'addressee', 'deadline']));
    }
  });
});
