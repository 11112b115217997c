// --output-file FILE: the whole output of a run in one file, never half of it. It is
// written to a temporary name beside FILE and renamed over it only when the run
// ends well; an interrupted or failed run removes the temporary file and leaves an
// existing FILE as it was.
import { createWriteStream, rmSync, statSync, type WriteStream } from 'node:fs';
import { rename } from 'node:fs/promises';
import { basename, dirname, join, resolve } from 'node:path';
import { usageError } from '../errors.js';
import { TEMP_SUFFIX } from './atomic-write.js';

export class OutputFile {
  readonly stream: WriteStream;
  private readonly target: string;
  private readonly temp: string;
  private failure: NodeJS.ErrnoException | null = null;

  constructor(path: string) {
    this.target = resolve(path);
    const dir = dirname(this.target);
    if (!isDirectory(dir)) throw usageError('not-found', `--output-file ${path}: нет такой папки ${dirname(path)}`);
    if (isDirectory(this.target)) throw usageError('usage', `--output-file ${path}: это папка, а нужен файл`);
    this.temp = join(dir, `.${basename(this.target)}.${process.pid}${TEMP_SUFFIX}`);
    this.stream = createWriteStream(this.temp, { flags: 'wx' });
    this.stream.on('error', (e) => (this.failure ??= e));
  }

  /** Append text; resolves when the stream has taken it (waits when it is full). */
  async write(text: string): Promise<void> {
    this.check();
    if (!this.stream.write(text)) await new Promise<void>((r) => this.stream.once('drain', () => r()));
  }

  /** The stream ended by whoever wrote it (or now): the file takes its name. */
  async commit(): Promise<void> {
    if (!this.stream.writableFinished) {
      await new Promise<void>((r) => {
        this.stream.once('close', r);
        this.stream.once('error', () => r());
        this.stream.end();
      });
    }
    this.check();
    await rename(this.temp, this.target);
  }

  abort(): void {
    this.stream.destroy();
    rmSync(this.temp, { force: true });
  }

  private check(): void {
    if (this.failure) {
      this.abort();
      throw usageError('write-failed', `не удалось записать ${this.target}: ${this.failure.code ?? this.failure.message}`);
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
