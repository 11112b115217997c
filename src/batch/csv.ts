// One CSV row per task: the table methodists track deadlines in. RFC 4180
// (comma, CRLF, fields with a comma, quote or line break in double quotes), and a
// UTF-8 byte-order mark before the header, without which Excel reads the file in
// the ANSI code page and shows the Cyrillic as mojibake. Columns are only ever
// added at the end, so a spreadsheet built on an earlier export keeps working.
import type { Output } from '../schema/output.js';

export const CSV_BOM = '\uFEFF';
export const CSV_COLUMNS = [
  'file',
  'addressee',
  'number',
  'task',
  'deadline',
  'deadline_kind',
  'deadline_start',
  'deadline_end',
  'line',
  // who is charged when no addressee is: a protocol's "Ответственный: …"
  'responsible',
  // "true" for a decision carried out by adopting the document (nothing to track)
  'self_executing',
] as const;

export function csvHeader(): string {
  return `${CSV_BOM}${CSV_COLUMNS.join(',')}\r\n`;
}

/** The rows of one document, each ending in CRLF; "" when it has no tasks. */
export function csvRows(output: Output): string {
  const addressees = new Map(output.addressees.map((a) => [a.id, a.text]));
  let rows = '';
  for (const task of output.tasks) {
    const d = task.deadline;
    const cells = [
      output.source.path,
      task.addresseeIds.map((id) => addressees.get(id) ?? id).join('; '),
      task.number ?? '',
      task.text,
      d?.text ?? '',
      d?.kind ?? '',
      d?.start ?? '',
      d?.end ?? '',
      String(task.line),
      task.responsible.join('; '),
      String(task.selfExecuting),
    ];
    rows += `${cells.map(csvField).join(',')}\r\n`;
  }
  return rows;
}

const NEEDS_QUOTES = /[",\r\n]|^\s|\s$/;
/** Spreadsheets run a cell that starts with one of these as a formula ("=HYPERLINK(…)"). */
const FORMULA_START = /^[=+\-@\t\r]/;

export function csvField(value: string): string {
  // a leading apostrophe makes Excel and LibreOffice show the text instead of evaluating it
  const safe = FORMULA_START.test(value) ? `'${value}` : value;
  return NEEDS_QUOTES.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}
