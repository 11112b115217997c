// The workbook for methodists (--format xlsx): "Задачи" (one row per task, the
// columns of columns.ts), "Документы" (one row per input, failures included) and
// "Организации" (one row per organisation key across the archive). Written with
// exceljs's streaming writer: task rows go to the file as documents arrive, so an
// archive of 10,000 documents never holds its tasks in memory; only the small
// per-document and per-organisation rows wait for the end (docs/formats.md).
// Dates are real date cells (dd.mm.yyyy), the header row is frozen and filtered,
// long text wraps, overdue tasks are shaded.
import type { Writable } from 'node:stream';
import type { stream as ExcelStream, Worksheet, Row } from 'exceljs';
import { TASK_COLUMNS, header, kindWord, type CellValue, type Column } from './columns.js';
import type { DocumentTable, TaskRow } from './rows.js';

/** Excel refuses a cell longer than this. */
const MAX_CELL = 32_767;
/** Task rows read before the column widths are fixed (they are written before the first row). */
const WIDTH_SAMPLE = 500;
const MAX_WIDTH = 60;
const DATE_FORMAT = 'dd.mm.yyyy';
const OVERDUE_FILL = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFFFD7D7' } } as const;
const HEADER_FILL = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFE8E8E8' } } as const;

export interface DocumentOutcome {
  file: string;
  table: DocumentTable | null;
  /** why the document could not be read, or null */
  failure: string | null;
}

interface OrganizationTotal {
  text: string;
  documents: string[];
  tasks: number;
}

type ExcelJs = { stream: typeof ExcelStream };

export class TaskWorkbook {
  private readonly book: InstanceType<typeof ExcelStream.xlsx.WorkbookWriter>;
  private readonly tasks: Worksheet;
  private sample: TaskRow[] | null = [];
  private taskRows = 0;
  private readonly documents: DocumentOutcome[] = [];
  private readonly organizations = new Map<string, OrganizationTotal>();

  constructor(exceljs: ExcelJs, out: Writable) {
    this.book = new exceljs.stream.xlsx.WorkbookWriter({ stream: out, useStyles: true, useSharedStrings: false });
    this.book.creator = 'resolve';
    this.tasks = this.book.addWorksheet('Задачи', { views: [{ state: 'frozen', ySplit: 1 }] });
  }

  add(outcome: DocumentOutcome): void {
    this.documents.push({ ...outcome, table: outcome.table && { ...outcome.table, tasks: [] } });
    const table = outcome.table;
    if (!table) return;
    for (const o of table.organizations) {
      const total = this.organizations.get(o.key) ?? { text: o.text, documents: [], tasks: 0 };
      total.documents.push(outcome.file);
      total.tasks += o.tasks;
      this.organizations.set(o.key, total);
    }
    for (const row of table.tasks) {
      if (this.sample) {
        this.sample.push(row);
        if (this.sample.length >= WIDTH_SAMPLE) this.startTasks();
      } else this.writeTask(row);
    }
  }

  async finish(): Promise<void> {
    if (this.sample) this.startTasks();
    this.tasks.autoFilter = { from: { row: 1, column: 1 }, to: { row: Math.max(1, this.taskRows + 1), column: TASK_COLUMNS.length } };
    this.tasks.commit();
    this.writeDocuments();
    this.writeOrganizations();
    await this.book.commit();
  }

  /** Widths from the header and the rows seen so far, then the rows themselves. */
  private startTasks(): void {
    const sample = this.sample ?? [];
    this.sample = null;
    this.tasks.columns = TASK_COLUMNS.map((c) => ({
      width: fitWidth(c, sample),
      style: { alignment: { vertical: 'top', wrapText: c.wrap ?? false } },
    }));
    writeHeader(this.tasks, header(TASK_COLUMNS, 'ru'));
    for (const row of sample) this.writeTask(row);
  }

  private writeTask(task: TaskRow): void {
    const row = this.tasks.addRow(TASK_COLUMNS.map((c) => cell(c.value(task, 'ru'))));
    formatDates(row);
    if (task.status === 'overdue') row.eachCell((c) => (c.fill = OVERDUE_FILL));
    row.commit();
    this.taskRows++;
  }

  private writeDocuments(): void {
    const sheet = this.book.addWorksheet('Документы', { views: [{ state: 'frozen', ySplit: 1 }] });
    const widths = [30, 12, 12, 50, 20, 8, 8, 12, 13, 30];
    sheet.columns = widths.map((width, i) => ({ width, style: { alignment: { vertical: 'top', wrapText: i === 3 || i === 9 } } }));
    writeHeader(sheet, ['Документ', 'Вид', 'Дата', 'Название', 'Место', 'Задач', 'Людей', 'Организаций', 'Кодировка', 'Состояние']);
    for (const { file, table, failure } of this.documents) {
      const d = table?.document;
      const row = sheet.addRow([
        file,
        d ? kindWord(d.kind, 'ru') : null,
        d?.date ? isoDate(d.date) : null,
        d?.title ?? null,
        d?.place ?? null,
        d?.tasks ?? null,
        d?.people ?? null,
        d?.organizations ?? null,
        d?.encoding ?? null,
        failure ? clip(`ошибка: ${failure}`) : 'прочитан',
      ]);
      formatDates(row);
      if (failure) row.eachCell((c) => (c.fill = OVERDUE_FILL));
      row.commit();
    }
    sheet.autoFilter = { from: { row: 1, column: 1 }, to: { row: this.documents.length + 1, column: widths.length } };
    sheet.commit();
  }

  private writeOrganizations(): void {
    const sheet = this.book.addWorksheet('Организации', { views: [{ state: 'frozen', ySplit: 1 }] });
    const widths = [34, 40, 12, 10, 60];
    sheet.columns = widths.map((width, i) => ({ width, style: { alignment: { vertical: 'top', wrapText: i === 1 || i === 4 } } }));
    writeHeader(sheet, ['Организация', 'Как написано', 'Документов', 'Задач', 'Документы']);
    const keys = [...this.organizations.keys()].sort(new Intl.Collator('ru', { numeric: true }).compare);
    for (const key of keys) {
      const o = this.organizations.get(key)!;
      sheet.addRow([key, o.text, o.documents.length, o.tasks, clip(o.documents.join('\n'))]).commit();
    }
    sheet.autoFilter = { from: { row: 1, column: 1 }, to: { row: keys.length + 1, column: widths.length } };
    sheet.commit();
  }
}

function writeHeader(sheet: Worksheet, names: string[]): void {
  const row = sheet.addRow(names);
  row.font = { bold: true };
  row.eachCell((c) => {
    c.fill = HEADER_FILL;
    c.alignment = { vertical: 'top', wrapText: true };
  });
  row.commit();
}

function cell(value: CellValue): string | number | Date | null {
  if (value === null || typeof value === 'number') return value;
  if (typeof value === 'string') return value === '' ? null : clip(value);
  return isoDate(value.date);
}

/** A date cell holds the day itself: midnight UTC, which exceljs turns into the serial day. */
const isoDate = (iso: string) => new Date(`${iso}T00:00:00Z`);

function formatDates(row: Row): void {
  row.eachCell((c) => {
    if (c.value instanceof Date) c.numFmt = DATE_FORMAT;
  });
}

const clip = (text: string) => (text.length > MAX_CELL ? `${text.slice(0, MAX_CELL - 1)}…` : text);

/** The longest line of the header's words and the sampled cells; a wrapped column no wider than its own width. */
function fitWidth(column: Column, sample: TaskRow[]): number {
  let width = Math.max(...column.ru.split(' ').map((w) => w.length)) + 3;
  for (const row of sample) {
    if (width >= MAX_WIDTH) break;
    const v = column.value(row, 'ru');
    const text = v === null ? '' : typeof v === 'object' ? '00.00.0000' : String(v);
    for (const line of text.split('\n')) width = Math.max(width, line.length + 2);
  }
  return Math.min(width, column.wrap ? column.width : MAX_WIDTH);
}
