// The per-document rows behind the workbook, the CSV, the calendar and the report.
import { describe, expect, it } from 'vitest';
import { SOON_DAYS, documentTable, fullNumber, taskStatus } from '../../src/9-format/export/rows.js';
import { parseDocument } from '../../src/7-validate/pipeline.js';
import { runCli } from '../support/cli.js';

describe('taskStatus', () => {
  it('is overdue after the last day, soon up to 14 days ahead, on time beyond, none without an end', () => {
    expect(SOON_DAYS).toBe(14);
    expect(taskStatus('2025-03-09', '2025-03-10')).toBe('overdue');
    expect(taskStatus('2025-03-10', '2025-03-10')).toBe('soon'); // the last day itself is not late yet
    expect(taskStatus('2025-03-24', '2025-03-10')).toBe('soon');
    expect(taskStatus('2025-03-25', '2025-03-10')).toBe('on-time');
    // across a month and a year end
    expect(taskStatus('2026-01-05', '2025-12-25')).toBe('soon');
    expect(taskStatus(null, '2025-03-10')).toBe('no-deadline');
  });
});

describe('fullNumber', () => {
  it('joins the labels from the outermost list down, unless a label already carries its parents', () => {
    expect(fullNumber(['3', 'а'])).toEqual('3.а');
    expect(fullNumber(['II', '1', 'б'])).toEqual('II.1.б');
    expect(fullNumber(['2', '2.1'])).toEqual('2.1');
    expect(fullNumber(['4', '4.2', 'в'])).toEqual('4.2.в');
    expect(fullNumber(['I', '2', '2.1'])).toEqual('I.2.1');
    // "12" under "1" is its own label, not a continuation of "1."
    expect(fullNumber(['1', '12'])).toEqual('1.12');
    expect(fullNumber(['5'])).toEqual('5');
  });
});

describe('documentTable', () => {
  it('numbers an item by its full path and counts the tasks naming each organisation', async () => {
    const text = [
      'Протокол заседания методического совета',
      'г. Канск, 14.10.2024',
      'РЕШИЛИ:',
      '1. Организовать стажировку на базе МБОУ ООШ № 4 г. Канска до 01.12.2024.',
      '2. Заместителям директоров:',
      '2.1. проверить журналы до 25.10.2024;',
      '2.2. посетить уроки в МБОУ ООШ № 4 г. Канска в ноябре 2024 года.',
    ].join('\n');
    const { output } = await parseDocument({ bytes: new TextEncoder().encode(text), path: 'p.txt', format: 'text' });
    const table = documentTable(output, '2024-10-20');
    expect(table.tasks.map((t) => t.number)).toEqual(['1', '2.1', '2.2']);
    expect(table.tasks.map((t) => t.status)).toEqual(['on-time', 'soon', 'on-time']);
    expect(table.organizations).toEqual([{ key: 'ООШ 4 | Канск', text: expect.stringContaining('ООШ № 4'), tasks: 2 }]);
    expect(table.document).toMatchObject({ file: 'p.txt', kind: 'protocol', date: '2024-10-14', tasks: 3 });
  });
});

describe('--today', () => {
  it('takes 01.03.2025 as well as 2025-03-01', () => {
    const iso = runCli(['parse', 'fixtures/docs/list-deadlines.txt', '--format', 'csv', '--lang', 'en', '--today', '2025-03-01']);
    const ru = runCli(['parse', 'fixtures/docs/list-deadlines.txt', '--format', 'csv', '--lang', 'en', '--today', '01.03.2025']);
    expect(iso.status).toBe(0);
    expect(ru.stdout).toBe(iso.stdout);
    const later = runCli(['parse', 'fixtures/docs/list-deadlines.txt', '--format', 'csv', '--lang', 'en', '--today', '2000-01-01']);
    expect(later.stdout).not.toBe(iso.stdout);
  });
});
