// --format csv: the columns of the "Задачи" sheet, read back with a second reader
// (exceljs's CSV reader, fast-csv) for the delimiters, headers and languages.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import ExcelJS from 'exceljs';
import { runCli } from '../support/cli.js';
import { tempDir, writeTree } from '../batch/archive.js';
import { ARCHIVE, TODAY } from './archive-docs.js';
import { autoDelimiter, csvField } from '../../src/9-format/export/csv.js';
import { TASK_COLUMNS } from '../../src/9-format/export/columns.js';

let work: string;
beforeAll(() => {
  work = tempDir('resolve-csv-');
  writeTree(join(work, 'arch'), ARCHIVE);
});
afterAll(() => rmSync(work, { recursive: true, force: true }));

/** The CSV as rows of strings, through fast-csv (no type guessing). */
async function readCsv(text: string, delimiter: string): Promise<string[][]> {
  const book = new ExcelJS.Workbook();
  const sheet = await book.csv.read(Readable.from([text.replace(/^\uFEFF/, '')]), { parserOptions: { delimiter }, map: (v: string) => v });
  const rows: string[][] = [];
  sheet.eachRow((row) => rows.push((row.values as string[]).slice(1)));
  return rows;
}

describe('--format csv', () => {
  it('writes to --output-file with ";", a BOM, CRLF and the Russian headers of the Задачи sheet', async () => {
    const r = runCli(['parse', 'arch', '--format', 'csv', '--csv-delimiter', ';', '--output-file', 'задачи.csv', '--today', TODAY], { cwd: work });
    expect(r.status).toBe(1); // broken.txt
    expect(r.stdout).toBe('');
    const text = readFileSync(join(work, 'задачи.csv'), 'utf8');
    expect(text.startsWith('\uFEFFДокумент;Вид;Дата документа;Название;№;')).toBe(true);
    expect(text.split('\r\n')).toHaveLength(8); // header, 6 tasks, the empty rest after the last CRLF
    const rows = await readCsv(text, ';');
    expect(rows[0]).toEqual(TASK_COLUMNS.map((c) => c.ru));
    const col = (name: string) => rows[0]!.indexOf(name);
    const body = rows.slice(1);
    expect(body.map((row) => row[col('№')])).toEqual(['1', '2.а', '2.б', '3', '1', '2']);
    expect(body.map((row) => row[col('Статус')])).toEqual(['скоро', 'в срок', 'без срока', 'просрочено', 'в срок', 'в срок']);
    expect(body[0]![col('Окончание')]).toBe('2025-02-20');
    expect(body[0]![col('Вид срока')]).toBe('до');
    expect(body[0]![col('Организации')]).toBe('СОШ 12 | Ачинск');
  });

  it('speaks English with --lang en: the headers and the codes of the JSON output', async () => {
    const r = runCli(['parse', 'arch/2025', '--format', 'csv', '--lang', 'en', '--today', TODAY], { cwd: work });
    expect(r.status).toBe(0);
    const rows = await readCsv(r.stdout, ',');
    expect(rows[0]).toEqual(TASK_COLUMNS.map((c) => c.en));
    expect(rows[1]!.slice(0, 2)).toEqual(['arch/2025/протокол.txt', 'protocol']);
    expect(rows.slice(1).map((row) => row[rows[0]!.indexOf('status')])).toEqual(['soon', 'on-time', 'no-deadline', 'overdue', 'on-time', 'on-time']);
    expect(rows[1]![rows[0]!.indexOf('deadline_kind')]).toBe('by');
  });

  it('follows RESOLVE_LANG=en as it follows --lang en, like every other message of the run', async () => {
    const r = runCli(['parse', 'arch/2025', '--format', 'csv', '--today', TODAY], { cwd: work, env: { RESOLVE_LANG: 'en' } });
    expect(r.status).toBe(0);
    expect((await readCsv(r.stdout, ','))[0]).toEqual(TASK_COLUMNS.map((c) => c.en));
  });

  it('--csv-delimiter auto is ";" in a Russian locale and "," elsewhere', () => {
    expect(autoDelimiter({ LANG: 'ru_RU.UTF-8' })).toBe(';');
    expect(autoDelimiter({ LC_ALL: 'ru_RU.UTF-8', LANG: 'en_US.UTF-8' })).toBe(';');
    expect(autoDelimiter({ LANG: 'en_US.UTF-8' })).toBe(',');
    expect(autoDelimiter({ LANG: 'C.UTF-8' })).toBe(',');
    const ru = runCli(['parse', 'arch/2025', '--format', 'csv', '--csv-delimiter', 'auto'], { cwd: work, env: { LC_ALL: '', LC_NUMERIC: '', LANG: 'ru_RU.UTF-8' } });
    expect(ru.stdout.split('\r\n')[0]).toMatch(/^\uFEFFДокумент;Вид;/);
  });

  it('quotes a field holding the delimiter and defuses cells a spreadsheet would run as a formula', () => {
    expect(csvField('СОШ 12; гимназия 3', ';')).toBe('"СОШ 12; гимназия 3"');
    expect(csvField('СОШ 12; гимназия 3', ',')).toBe('СОШ 12; гимназия 3');
    expect(csvField('Иванова, Петрова', ',')).toBe('"Иванова, Петрова"');
    expect(csvField('=HYPERLINK("http://x","y")')).toBe(`"'=HYPERLINK(""http://x"",""y"")"`);
    expect(csvField('+7 999')).toBe("'+7 999");
    expect(csvField('@SUM(A1)')).toBe("'@SUM(A1)");
    expect(csvField(' пробел')).toBe('" пробел"');
  });

  it('refuses an unknown delimiter in one line, exit 2', () => {
    const r = runCli(['parse', 'arch', '--format', 'csv', '--csv-delimiter', '|'], { cwd: work });
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/^resolve: --csv-delimiter[^\n]*\n$/);
  });
});
