// Reading one input: a file path or "-" for standard input. Every failure
// becomes a ResolveError with a one-line message (exit 2: the user's path or
// permissions, not the document, are wrong).
// Synchronous reads: one file is read before anything else can happen, and
// node:fs/promises would cost ~1.8 ms of every cold start just to load.
import { say } from '../shared/messages/ui.js';
import { close, constants, createReadStream, existsSync, fstat, open, read, readdirSync, statSync, type Stats } from 'node:fs';
import { basename, dirname, extname, join } from 'node:path';
import { nameText, printablePath } from './file-names.js';
import { EXIT, ResolveError, usageError, documentError } from '../shared/errors.js';
import type { Format } from '../shared/schema/output.js';
import { MAX_INPUT_BYTES } from '../shared/limits.js';
import { readFailure } from '../shared/read-failures.js';

export type { Format };

const megabytes = (n: number) => `${(n / 1024 / 1024).toFixed(1)} MB`;
const tooLarge = (what: string): ResolveError =>
  documentError('too-large', say('tooLarge', { what, limit: megabytes(MAX_INPUT_BYTES) }));

export async function readInput(given: string): Promise<Uint8Array> {
  if (given === '-') return readStream(process.stdin, `-: ${say('standardInput')}`);
  const fsPath = byteName(given) ?? given;
  const path = printablePath(given);
  let info;
  try {
    info = statSync(fsPath);
  } catch (e) {
    throw withPath(path, readFailure(e));
  }
  if (info.isDirectory()) throw usageError('is-directory', say('isDirectory', { path }));
  // a pipe or a device (/dev/stdin, <(command)) is read as a stream, with the same limit
  if (info.isFIFO() || info.isCharacterDevice() || info.isSocket()) {
    try {
      return await readStream(createReadStream(fsPath), path);
    } catch (e) {
      throw e instanceof ResolveError ? e : withPath(path, readFailure(e));
    }
  }
  try {
    return await readRegularFile(fsPath);
  } catch (e) {
    throw withPath(path, e instanceof ResolveError ? e : readFailure(e));
  }
}

/** The one-line error of the single-file path: the reader's reason after the path, exit 2 (exit 1 for a document too large). */
function withPath(path: string, e: ResolveError): ResolveError {
  return new ResolveError(named(path, e.message), e.code === 'too-large' ? EXIT.documentFailed : EXIT.usage, e.code);
}

const named = (path: string, reason: string): string => `${path}: ${reason}`;


/**
 * The one reader of a document file, for the single path and the batch alike.
 * Open once, check what was opened, read it: a stat before the read would cost a
 * system call per file of a batch. O_NONBLOCK so that a named pipe called
 * "x.txt" is refused instead of blocking forever; it changes nothing for regular
 * files. The work is on libuv's threads (a batch parses other documents while an
 * input comes off the disk), through node:fs's callbacks: node:fs/promises would
 * cost a cold start ~1.8 ms just to load. Failures are ResolveErrors whose
 * message is the reason without the path (the caller names the file).
 */
export async function readRegularFile(fsPath: string | Buffer): Promise<Uint8Array> {
  const fd = await settle<number>((done) => open(fsPath, constants.O_RDONLY | constants.O_NONBLOCK, done)).catch((e: unknown) => {
    throw readFailure(e);
  });
  try {
    const info = await settle<Stats>((done) => fstat(fd, done));
    if (info.isDirectory()) throw usageError('is-directory', say('fileIsFolder'));
    if (!info.isFile()) throw usageError('not-a-file', say('fileNotRegular'));
    if (info.size > MAX_INPUT_BYTES) throw tooLarge(megabytes(info.size));
    const bytes = new Uint8Array(info.size);
    let filled = 0;
    while (filled < bytes.length) {
      const bytesRead = await settle<number>((done) => read(fd, bytes, filled, bytes.length - filled, null, done));
      if (bytesRead === 0) break; // the file shrank while being read
      filled += bytesRead;
    }
    return filled === bytes.length ? bytes : bytes.subarray(0, filled);
  } catch (e) {
    throw e instanceof ResolveError ? e : readFailure(e);
  } finally {
    close(fd, () => {});
  }
}

/** A node:fs callback call as a promise. */
function settle<T>(call: (done: (err: NodeJS.ErrnoException | null, value: T) => void) => void): Promise<T> {
  return new Promise((resolve, reject) => call((err, value) => (err ? reject(err) : resolve(value))));
}


/**
 * The path a document's `source.path` holds: as given, or — for a file whose name
 * is not UTF-8, found by its bytes (below) — the name with its bad bytes escaped
 * as "\xHH" (file-names.ts), as a batch writes it; never the "�" Node read.
 */
export function sourcePath(given: string): string {
  if (given === '-') return given;
  const bytes = byteName(given);
  return bytes ? nameText(bytes).text : given;
}

/**
 * Node decodes the command line as UTF-8, so a file whose name is not UTF-8
 * arrives with "�" in it and cannot be opened by that name. When exactly one
 * file of the folder reads as the given name that way, it is the one meant: its
 * name's bytes are returned (null when the name is fine or none matches).
 */
export function byteName(path: string): Buffer | null {
  if (!path.includes('\ufffd') || existsSync(path)) return null;
  const dir = dirname(path);
  let names: Buffer[];
  try {
    names = readdirSync(dir, { encoding: 'buffer' });
  } catch {
    return null;
  }
  const matches = names.filter((n) => !nameText(n).exact && n.toString('utf8') === basename(path));
  if (matches.length > 1) {
    throw usageError('ambiguous', say('ambiguousName', { path: printablePath(path), count: matches.length, names: matches.map((n) => nameText(n).text).join(', ') }));
  }
  // the folder as it was written ("a.txt" stays without "./")
  const folder = path.slice(0, path.length - basename(path).length);
  return matches.length === 1 ? Buffer.concat([Buffer.from(folder), matches[0]!]) : null;
}

async function readStream(stream: NodeJS.ReadableStream, what: string): Promise<Uint8Array> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of stream) {
    size += (chunk as Buffer).length;
    if (size > MAX_INPUT_BYTES) throw tooLarge(what);
    chunks.push(chunk as Buffer);
  }
  return new Uint8Array(Buffer.concat(chunks));
}

/** The input format by file extension; "-" and unknown extensions are plain text. */
export function formatOf(path: string): Format {
  const ext = extname(path).toLowerCase();
  if (ext === '.md' || ext === '.markdown') return 'markdown';
  if (ext === '.docx') return 'docx';
  if (ext === '.html' || ext === '.htm') return 'html';
  return 'text';
}
