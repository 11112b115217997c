// stdout carries the data. When its reader goes away (`resolve parse x | head
// -c1`), writing fails with EPIPE: that is the reader's choice, not an error,
// so the rest of the output is dropped quietly instead of Node printing an
// unhandled 'error' event with a stack trace.
import { usageError } from '../errors.js';

let readerGone = false;
let guarded = false;

/** Install once, before anything is written (commander's --help writes too). */
export function guardStdout(): void {
  if (guarded) return;
  guarded = true;
  process.stdout.on('error', (err: NodeJS.ErrnoException) => {
    if (err.code === 'EPIPE') readerGone = true;
    // other errors reach the write callback below and are reported there
  });
}

/** The reader of stdout went away (EPIPE): a run printing many documents stops there. */
export const stdoutReaderGone = (): boolean => readerGone;

/** Write to stdout and wait until it is flushed (large outputs to a pipe). */
export function writeStdout(text: string): Promise<void> {
  guardStdout();
  return new Promise((resolve, reject) => {
    if (readerGone) return resolve();
    process.stdout.write(text, (err) => {
      if (!err) return resolve();
      const code = (err as NodeJS.ErrnoException).code;
      if (code === 'EPIPE') {
        readerGone = true;
        return resolve();
      }
      reject(usageError('write-failed', `cannot write the output (${code ?? err.message})`));
    });
  });
}
