// --format xlsx, read back with exceljs itself: sheets, Russian headers, real date
// cells in dd.mm.yyyy, frozen header, autofilter, statuses against --today, the
// overdue shading, the organisations across the archive, and the refusals.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { existsSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { runCli } from '../support/cli.js';
import { tempDir, writeTree } from '../batch/archive.js';
import { ARCHIVE, TODAY } from './archive-docs.js';

let work: string;
let book: ExcelJS.Workbook;
let run: ReturnType<typeof runCli>;

beforeAll(async () => {
  work = tempDir('resolve-xlsx-');
  writeTree(join(work, 'arch'), ARCHIVE);
  run = runCli(['parse', 'arch', '--format', 'xlsx', '--output-file', 'задачи.xlsx', '--today', TODAY, '--jobs', '2'], { cwd: work });
  book = new ExcelJS.Workbook();
  await book.xlsx.readFile(join(work, 'задачи.xlsx'));
});
afterAll(() => rmSync(work, { recursive: true, force: true }));

const values = (sheet: ExcelJS.Worksheet, row: number) => (sheet.getRow(row).values as unknown[]).slice(1);
const byHeader = (sheet: ExcelJS.Worksheet) => {
  const names = values(sheet, 1) as string[];
  const rows: Record<string, unknown>[] = [];
  for (let r = 2; r <= sheet.rowCount; r++) rows.push(Object.fromEntries(names.map((n, i) => [n, sheet.getRow(r).getCell(i + 1).value])));
  return rows;
};
const utc = (iso: string) => new Date(`${iso}T00:00:00Z`);

describe('--format xlsx', () => {
  it('writes the workbook, reports the broken input and exits 1 for it', () => {
    expect(run.status).toBe(1);
    expect(run.stderr).toMatch(/broken\.txt: это двоичный файл/);
    expect(run.stderr).toMatch(/записано в задачи\.xlsx/);
    expect(run.stderr).not.toMatch(/Deprecation|Error/);
    expect(run.stdout).toBe('');
  });

  it('has the sheets Задачи, Документы, Организации, each with a frozen, filtered header row', () => {
    expect(book.worksheets.map((s) => s.name)).toEqual(['Задачи', 'Документы', 'Организации']);
    for (const sheet of book.worksheets) {
      expect(sheet.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
      expect(sheet.autoFilter).toBe(`A1:${sheet.getColumn(sheet.columnCount).letter}${sheet.rowCount}`);
      expect(sheet.getRow(1).font?.bold).toBe(true);
    }
    expect(values(book.getWorksheet('Задачи')!, 1)).toEqual([
      'Документ', 'Вид', 'Дата документа', 'Название', '№', 'Адресат', 'Ответственный', 'Задача', 'Срок', 'Вид срока', 'Начало', 'Окончание', 'Статус', 'Организации', 'Строка', 'Исполнено принятием',
    ]);
  });

  it('writes one row per task with the full item number, Russian words and real dates', () => {
    const sheet = book.getWorksheet('Задачи')!;
    const rows = byHeader(sheet);
    expect(rows).toHaveLength(6);
    const [first, sub, ongoing, overdue] = rows;
    expect(first).toMatchObject({ Документ: 'arch/2025/протокол.txt', Вид: 'протокол', '№': '1', 'Вид срока': 'до', Окончание: utc('2025-02-20'), Статус: 'скоро', Организации: 'СОШ 12 | Ачинск', Строка: 4 });
    expect(first!['Дата документа']).toEqual(utc('2025-02-12'));
    expect(sub).toMatchObject({ '№': '2.а', Адресат: 'Руководителям образовательных организаций', Статус: 'в срок', Окончание: utc('2025-06-01') });
    expect(ongoing).toMatchObject({ '№': '2.б', 'Вид срока': 'постоянно', Окончание: null, Статус: 'без срока', Организации: 'гимназия 3 | Ачинск' });
    expect(overdue).toMatchObject({ '№': '3', Статус: 'просрочено', Окончание: utc('2025-01-10') });
    expect(rows[5]).toMatchObject({ Документ: 'arch/2025/решение.txt', Вид: 'решение', 'Вид срока': 'период', Начало: utc('2025-01-01'), Окончание: utc('2025-12-31') });
    // dates are date cells shown as dd.mm.yyyy, not text
    const endColumn = (values(sheet, 1) as string[]).indexOf('Окончание') + 1;
    const cell = sheet.getRow(2).getCell(endColumn);
    expect(cell.type).toBe(ExcelJS.ValueType.Date);
    expect(cell.numFmt).toBe('dd.mm.yyyy');
  });

  it('shades overdue rows only, wraps the task text and fits the column widths', () => {
    const sheet = book.getWorksheet('Задачи')!;
    const fill = (row: number) => (sheet.getRow(row).getCell(1).fill as ExcelJS.FillPattern | undefined)?.fgColor?.argb;
    expect(fill(5)).toBe('FFFFD7D7'); // the overdue task
    for (const row of [2, 3, 4, 6, 7]) expect(fill(row)).toBeUndefined();
    const taskColumn = (values(sheet, 1) as string[]).indexOf('Задача') + 1;
    expect(sheet.getRow(2).getCell(taskColumn).alignment?.wrapText).toBe(true);
    const numberColumn = (values(sheet, 1) as string[]).indexOf('№') + 1;
    expect(sheet.getColumn(numberColumn).width).toBeLessThan(10);
    expect(sheet.getColumn(taskColumn).width).toBeGreaterThan(40);
  });

  it('lists every document, the broken one with its failure', () => {
    const rows = byHeader(book.getWorksheet('Документы')!);
    expect(rows.map((r) => r.Документ)).toEqual(['arch/2025/протокол.txt', 'arch/2025/решение.txt', 'arch/broken.txt']);
    expect(rows[0]).toMatchObject({ Вид: 'протокол', Дата: utc('2025-02-12'), Место: 'г. Ачинск', Задач: 4, Кодировка: 'utf-8', Состояние: 'прочитан' });
    expect(String(rows[2]!.Состояние)).toMatch(/^ошибка: это двоичный файл/);
  });

  it('groups the organisations of the archive by key, with their documents and tasks', () => {
    const rows = byHeader(book.getWorksheet('Организации')!);
    const school = rows.find((r) => r.Организация === 'СОШ 12 | Ачинск');
    expect(school).toMatchObject({ Документов: 2, Задач: 2, Документы: 'arch/2025/протокол.txt\narch/2025/решение.txt' });
    expect(rows.find((r) => r.Организация === 'гимназия 3 | Ачинск')).toMatchObject({ Документов: 1, Задач: 1 });
  });

  it('works for one file', async () => {
    const r = runCli(['parse', 'arch/2025/решение.txt', '--format', 'xlsx', '--output-file', 'one.xlsx', '--today', TODAY], { cwd: work });
    expect(r.status).toBe(0);
    const one = new ExcelJS.Workbook();
    await one.xlsx.readFile(join(work, 'one.xlsx'));
    expect(one.getWorksheet('Задачи')!.rowCount).toBe(3);
    expect(one.getWorksheet('Документы')!.rowCount).toBe(2);
  });
});

describe('--format xlsx refuses', () => {
  it('to run without --output-file (a workbook is binary), in one line, exit 2', () => {
    const r = runCli(['parse', 'arch', '--format', 'xlsx'], { cwd: work });
    expect(r.status).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toMatch(/^resolve: .*--output-file.*\n$/);
  });

  it('a folder that does not exist, a folder as the file, or a bad --today, leaving an existing file as it was', () => {
    writeFileSync(join(work, 'keep.xlsx'), 'old');
    for (const args of [
      ['--output-file', 'nowhere/x.xlsx'],
      ['--output-file', 'arch'],
      ['--output-file', 'keep.xlsx', '--today', '2025-02-30'],
    ]) {
      const r = runCli(['parse', 'arch', '--format', 'xlsx', ...args], { cwd: work });
      expect(r.status, args.join(' ')).toBe(2);
      expect(r.stderr).toMatch(/^resolve: [^\n]+\n$/);
    }
    expect(readFileSync(join(work, 'keep.xlsx'), 'utf8')).toBe('old');
    expect(existsSync(join(work, 'nowhere'))).toBe(false);
    expect(readdirSync(work).filter((n) => n.includes('resolve-tmp'))).toEqual([]);
  });
});
