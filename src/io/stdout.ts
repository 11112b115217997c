// stdout carries the data. It is written with write(2) on file descriptor 1
// rather than through process.stdout: creating that stream loads Node's stream,
// tty or socket code (~2–4 ms of a cold start), and Node writes files and
// pipes synchronously on Linux anyway. Only when the descriptor will not take
// the data at once (a non-blocking pipe: EAGAIN) does the rest go through the
// stream, which waits for the reader.
//
// When the reader goes away (`resolve parse … | head -c1`), writing fails with
// EPIPE: that is the reader's choice, not an error, so the rest of the output
// is dropped quietly instead of Node printing an unhandled 'error' event with
// a stack trace.
import { writeSync } from 'node:fs';
import { usageError } from '../shared/errors.js';
import { say } from '../shared/messages/ui.js';

let readerGone = false;
let guarded = false;
/** Once data waits in process.stdout, everything after it goes there too, in order. */
let viaStream = false;

/** Before anything is written through process.stdout: its EPIPE is the reader leaving. */
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

const writeFailed = (code: string | undefined, message: string) => usageError('write-failed', say('cannotWriteOutput', { reason: code ?? message }));

/**
 * Write what the descriptor takes now; the bytes left (after EAGAIN), or null
 * when all is written or the reader is gone.
 */
function writeNow(bytes: Buffer): Buffer | null {
  let at = 0;
  try {
    while (at < bytes.length) at += writeSync(1, bytes, at, bytes.length - at);
    return null;
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    if (code === 'EAGAIN') return bytes.subarray(at);
    if (code === 'EPIPE') {
      readerGone = true;
      return null;
    }
    throw writeFailed(code, (e as Error).message);
  }
}

/** Write to stdout; resolves when the data is written (or the reader is gone). */
export function writeStdout(text: string): Promise<void> {
  if (readerGone) return Promise.resolve();
  let data: Buffer | string = text;
  if (!viaStream) {
    try {
      const rest = writeNow(Buffer.from(text, 'utf8'));
      if (rest === null) return Promise.resolve();
      data = rest;
      viaStream = true;
    } catch (e) {
      return Promise.reject(e);
    }
  }
  guardStdout();
  return new Promise((resolve, reject) => {
    process.stdout.write(data, (err) => {
      if (!err) return resolve();
      const code = (err as NodeJS.ErrnoException).code;
      if (code === 'EPIPE') {
        readerGone = true;
        return resolve();
      }
      reject(writeFailed(code, err.message));
    });
  });
}

/** commander's help and version text: written like the data, quietly dropped when the reader is gone. */
export function writeStdoutNow(text: string): void {
  if (readerGone) return;
  const rest = viaStream ? Buffer.from(text, 'utf8') : writeNow(Buffer.from(text, 'utf8'));
  if (rest === null) return;
  viaStream = true;
  guardStdout();
  process.stdout.write(rest);
}
