// Where the documents of a stdout-style run go (--format ndjson | csv | xlsx | ics):
// a sink takes each result in input order, then finishes the output — or abandons
// it when the run is interrupted or fails, leaving no half-written file.
import { stdoutReaderGone, writeStdout } from '../cli/stdout.js';
import { csvHeader, csvRows } from '../export/csv.js';
import type { BatchOptions } from './options.js';
import { OutputFile } from './output-file.js';
import type { JobResult } from './result.js';

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
      case 'ics':
        return textSink(file, (await import('../export/ics.js')).icsFormat());
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
  const { TaskWorkbook } = await import('../export/xlsx.js');
  const exceljs = await import('exceljs');
  const book = new TaskWorkbook(exceljs.default ?? exceljs, file.stream);
  return {
    start: async () => {},
    async add(r, path) {
      book.add({ file: path, table: r.table, failure: r.status === 'failed' ? (r.reason ?? 'failed') : null });
    },
    async finish() {
      await book.finish();
      await file.commit();
    },
    abort: () => file.abort(),
  };
}
