// Reading one input: a file path or "-" for standard input. Every failure
// becomes a ResolveError with a one-line message (exit 2: the user's path or
// permissions, not the document, are wrong).
// Synchronous reads: one file is read before anything else can happen, and
// node:fs/promises would cost ~1.8 ms of every cold start just to load.
import { say } from '../messages/ui.js';
import { createReadStream, existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { basename, dirname, extname } from 'node:path';
import { nameText, printablePath } from './file-names.js';
import { ResolveError, usageError, documentError } from '../errors.js';
import type { Format } from '../schema/output.js';
import { MAX_INPUT_BYTES } from '../limits.js';

export type { Format };

const megabytes = (n: number) => `${(n / 1024 / 1024).toFixed(1)} MB`;
const tooLarge = (what: string) =>
  documentError('too-large', say('tooLarge', { what, limit: megabytes(MAX_INPUT_BYTES) }));

export async function readInput(given: string): Promise<Uint8Array> {
  if (given === '-') return readStream(process.stdin, `-: ${say('standardInput')}`);
  const fsPath = byteName(given) ?? given;
  const path = printablePath(given);
  let info;
  try {
    info = statSync(fsPath);
  } catch (e) {
    throw ioError(path, e);
  }
  if (info.isDirectory()) throw usageError('is-directory', say('isDirectory', { path }));
  // a pipe or a device (/dev/stdin, <(command)) is read as a stream, with the same limit
  if (info.isFIFO() || info.isCharacterDevice() || info.isSocket()) {
    try {
      return await readStream(createReadStream(fsPath), path);
    } catch (e) {
      throw e instanceof ResolveError ? e : ioError(path, e);
    }
  }
  if (!info.isFile()) throw usageError('not-a-file', say('notRegularFile', { path }));
  if (info.size > MAX_INPUT_BYTES) throw tooLarge(`${path}: ${megabytes(info.size)}`);
  try {
    return new Uint8Array(readFileSync(fsPath));
  } catch (e) {
    throw ioError(path, e);
  }
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

function ioError(path: string, e: unknown): Error {
  const code = (e as NodeJS.ErrnoException).code;
  if (code === 'ENOENT') return usageError('not-found', say('noSuchFile', { path }));
  if (code === 'EACCES' || code === 'EPERM') return usageError('permission', say('permissionDenied', { path }));
  if (code === 'EISDIR') return usageError('is-directory', say('isDirectoryShort', { path }));
  return usageError('io', say('cannotRead', { path, reason: code ?? (e as Error).message }));
}

/** The input format by file extension; "-" and unknown extensions are plain text. */
export function formatOf(path: string): Format {
  const ext = extname(path).toLowerCase();
  if (ext === '.md' || ext === '.markdown') return 'markdown';
  if (ext === '.docx') return 'docx';
  if (ext === '.html' || ext === '.htm') return 'html';
  return 'text';
}
