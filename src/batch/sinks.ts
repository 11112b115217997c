// Where the documents of a stdout-style run go (--format ndjson | csv | xlsx | ics):
// a sink takes each result in input order, then finishes the output — or abandons
// it when the run is interrupted or fails, leaving no half-written file.
import { dirname, relative, resolve, sep } from 'node:path';
import { stdoutReaderGone, writeStdout } from '../io/stdout.js';
import { csvHeader, csvRows } from '../9-format/export/csv.js';
import type { BatchOptions } from './options.js';
import { OutputFile } from './output-file.js';
import type { JobResult } from './result.js';
import type { DocumentOutcome } from '../9-format/export/xlsx.js';

export interface Sink {
  start(): Promise<void>;
  add(result: JobResult, path: string): Promise<void>;
  finish(): Promise<void>;
  abort(): void;
}

/** A text output built from three parts: its head, a piece per document, its tail. */
interface TextFormat {
  head(): string;
  body(result: JobResult, path: string): string;
  tail(): Promise<string> | string;
}

export async function openSink(options: BatchOptions): Promise<Sink> {
  const file = options.outputFile ? new OutputFile(options.outputFile) : null;
  try {
    switch (options.mode) {
      case 'xlsx':
        return await xlsxSink(file!);
      case 'csv':
        return textSink(file, {
          head: () => csvHeader(options.csv),
          body: (r) => (r.table ? csvRows(r.table, options.csv) : ''),
          tail: () => '',
        });
      case 'report':
        return reportSink(file!, options);
      case 'ics':
        return textSink(file, (await import('../9-format/export/ics.js')).icsFormat());
      default:
        return textSink(file, { head: () => '', body: (r) => r.text ?? '', tail: () => '' });
    }
  } catch (e) {
    file?.abort();
    throw e;
  }
}

function textSink(file: OutputFile | null, format: TextFormat): Sink {
  const write = async (text: string) => {
    if (!text) return;
    if (file) return file.write(text);
    await writeStdout(text);
    // `… | head` closed the pipe: nobody reads the rest, so the run stops here; main
    // ends an EPIPE quietly with exit 0 (failures nobody will see do not count)
    if (stdoutReaderGone()) throw Object.assign(new Error('the reader of stdout went away'), { code: 'EPIPE' });
  };
  return {
    start: () => write(format.head()),
    add: (r, path) => write(format.body(r, path)),
    async finish() {
      await write(await format.tail());
      await file?.commit();
    },
    abort: () => file?.abort(),
  };
}

async function xlsxSink(file: OutputFile): Promise<Sink> {
  const { TaskWorkbook } = await import('../9-format/export/xlsx.js');
  const exceljs = await import('exceljs');
  const book = new TaskWorkbook(exceljs.default ?? exceljs, file.stream);
  return {
    start: async () => {},
    async add(r, path) {
      book.add(outcome(r, path));
    },
    async finish() {
      await book.finish();
      await file.commit();
    },
    abort: () => file.abort(),
  };
}

/** `resolve report`: the page needs the whole archive, so the rows wait for the end. */
function reportSink(file: OutputFile, options: BatchOptions): Sink {
  const documents: DocumentOutcome[] = [];
  const reportDir = dirname(resolve(options.outputFile!));
  // a relative link, so the report and the archive can move together
  const linkOf = (path: string) => relative(reportDir, resolve(path)).split(sep).map(encodeURIComponent).join('/');
  return {
    start: async () => {},
    async add(r, path) {
      documents.push(outcome(r, path));
    },
    async finish() {
      const { renderReport } = await import('../9-format/archive-report/page.js');
      await file.write(renderReport({ documents, today: options.today, linkOf }));
      await file.commit();
    },
    abort: () => file.abort(),
  };
}

const outcome = (r: JobResult, path: string): DocumentOutcome => ({ file: path, table: r.table, failure: r.status === 'failed' ? (r.reason ?? 'failed') : null });
