// The task table as CSV (--format csv): the columns of the "Задачи" sheet
// (columns.ts), one row per task. RFC 4180 with a chosen delimiter (",", or ";"
// for Excel in a Russian locale, whose list separator is ";"), CRLF, fields with
// the delimiter, a quote or a line break in double quotes, and a UTF-8
// byte-order mark before the header, without which Excel reads the file in the
// ANSI code page and shows the Cyrillic as mojibake. Dates are ISO (2024-09-01),
// which Excel reads as dates in every locale.
import { TASK_COLUMNS, header, type Lang } from './columns.js';
import type { DocumentTable } from './rows.js';

export const CSV_BOM = '\uFEFF';

export interface CsvOptions {
  delimiter: string;
  lang: Lang;
}

export function csvHeader(options: CsvOptions): string {
  return `${CSV_BOM}${header(TASK_COLUMNS, options.lang).map((h) => csvField(h, options.delimiter)).join(options.delimiter)}\r\n`;
}

/** The rows of one document, each ending in CRLF; "" when it has no tasks. */
export function csvRows(table: DocumentTable, options: CsvOptions): string {
  let rows = '';
  for (const task of table.tasks) {
    const cells = TASK_COLUMNS.map((c) => {
      const v = c.value(task, options.lang);
      return csvField(v === null ? '' : typeof v === 'object' ? v.date : String(v), options.delimiter);
    });
    rows += `${cells.join(options.delimiter)}\r\n`;
  }
  return rows;
}

/** Spreadsheets run a cell that starts with one of these as a formula ("=HYPERLINK(…)"). */
const FORMULA_START = /^[=+\-@\t\r]/;

export function csvField(value: string, delimiter = ','): string {
  // a leading apostrophe makes Excel and LibreOffice show the text instead of evaluating it
  const safe = FORMULA_START.test(value) ? `'${value}` : value;
  const needsQuotes = safe.includes(delimiter) || /["\r\n]|^\s|\s$/.test(safe);
  return needsQuotes ? `"${safe.replace(/"/g, '""')}"` : safe;
}

/** "auto": ";" when the system's locale is Russian (Excel's list separator there), else ",". */
export function autoDelimiter(env: NodeJS.ProcessEnv = process.env): string {
  const locale = env.LC_ALL || env.LC_NUMERIC || env.LANG || Intl.DateTimeFormat().resolvedOptions().locale;
  return /^ru(?:[_-]|$)/i.test(locale ?? '') ? ';' : ',';
}
