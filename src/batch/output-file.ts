// --output-file FILE: the whole output of a run in one file, never half of it. It is
// written to a temporary name beside FILE and renamed over it only when the run
// ends well; an interrupted or failed run removes the temporary file and leaves an
// existing FILE as it was.
import { createWriteStream, openSync, rmSync, statSync, type WriteStream } from 'node:fs';
import { rename } from 'node:fs/promises';
import { finished } from 'node:stream/promises';
import { once } from 'node:events';
import { basename, dirname, join, resolve } from 'node:path';
import { usageError } from '../shared/errors.js';
import { say } from '../shared/messages/ui.js';
import { TEMP_SUFFIX } from './atomic-write.js';

export class OutputFile {
  readonly stream: WriteStream;
  private readonly target: string;
  private readonly temp: string;
  private failure: NodeJS.ErrnoException | null = null;

  constructor(path: string) {
    this.target = resolve(path);
    const dir = dirname(this.target);
    if (!isDirectory(dir)) throw usageError('not-found', say('noSuchFolderFor', { path: `--output-file ${path}`, folder: dirname(path) }));
    if (isDirectory(this.target)) throw usageError('usage', say('outputFileIsFolder', { path }));
    this.temp = join(dir, `.${basename(this.target)}.${process.pid}${TEMP_SUFFIX}`);
    // opened now, so a folder that cannot be written to is said before the archive is parsed
    let fd: number;
    try {
      fd = openSync(this.temp, 'wx');
    } catch (e) {
      throw usageError('write-failed', say('outputFileCannotCreate', { path, reason: (e as NodeJS.ErrnoException).code ?? (e as Error).message }));
    }
    this.stream = createWriteStream(this.temp, { fd });
    this.stream.on('error', (e) => (this.failure ??= e));
  }

  /** Append text; resolves when the stream has taken it (waits when it is full). */
  async write(text: string): Promise<void> {
    this.check();
    if (this.stream.write(text)) return;
    try {
      await once(this.stream, 'drain');
    } catch (e) {
      this.failure ??= e as NodeJS.ErrnoException;
      this.check();
    }
  }

  /** The stream ended by whoever wrote it (or now): the file takes its name. */
  async commit(): Promise<void> {
    this.check();
    if (!this.stream.writableEnded) this.stream.end();
    try {
      await finished(this.stream);
    } catch (e) {
      this.failure ??= e as NodeJS.ErrnoException;
    }
    this.check();
    try {
      await rename(this.temp, this.target);
    } catch (e) {
      this.failure = e as NodeJS.ErrnoException;
      this.check();
    }
  }

  abort(): void {
    this.stream.destroy();
    rmSync(this.temp, { force: true });
  }

  private check(): void {
    if (this.failure) {
      this.abort();
      throw usageError('write-failed', say('cannotWrite', { path: this.target, reason: this.failure.code ?? this.failure.message }));
    }
  }
}

function isDirectory(path: string): boolean {
  try {
    return statSync(path).isDirectory();
  } catch {
    return false;
  }
}
