// Reading one input: a file path or "-" for standard input. Every failure
// becomes a ResolveError with a one-line message (exit 2: the user's path or
// permissions, not the document, are wrong).
import { readFile, stat } from 'node:fs/promises';
import { extname } from 'node:path';
import { usageError, documentError } from '../errors.js';
import type { Source } from '../schema/output.js';

export type Format = Source['format'];

/** Inputs above this size are refused: no real resolution is anywhere near it. */
export const MAX_INPUT_BYTES = 64 * 1024 * 1024;

export async function readInput(path: string): Promise<Uint8Array> {
  if (path === '-') return readStdin();
  let info;
  try {
    info = await stat(path);
  } catch (e) {
    throw ioError(path, e);
  }
  if (info.isDirectory()) throw usageError('is-directory', `${path}: is a directory (give a file, or use --out for a folder)`);
  if (!info.isFile()) throw usageError('not-a-file', `${path}: not a regular file`);
  if (info.size > MAX_INPUT_BYTES) throw documentError('too-large', `${path}: ${info.size} bytes is more than the ${MAX_INPUT_BYTES}-byte limit`);
  try {
    return new Uint8Array(await readFile(path));
  } catch (e) {
    throw ioError(path, e);
  }
}

async function readStdin(): Promise<Uint8Array> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of process.stdin) {
    size += (chunk as Buffer).length;
    if (size > MAX_INPUT_BYTES) throw documentError('too-large', `-: standard input is more than the ${MAX_INPUT_BYTES}-byte limit`);
    chunks.push(chunk as Buffer);
  }
  return new Uint8Array(Buffer.concat(chunks));
}

function ioError(path: string, e: unknown): Error {
  const code = (e as NodeJS.ErrnoException).code;
  if (code === 'ENOENT') return usageError('not-found', `${path}: no such file`);
  if (code === 'EACCES' || code === 'EPERM') return usageError('permission', `${path}: permission denied`);
  if (code === 'EISDIR') return usageError('is-directory', `${path}: is a directory`);
  return usageError('io', `${path}: cannot read (${code ?? (e as Error).message})`);
}

/** The input format by file extension; "-" and unknown extensions are plain text. */
export function formatOf(path: string): Format {
  const ext = extname(path).toLowerCase();
  if (ext === '.md' || ext === '.markdown') return 'markdown';
  if (ext === '.docx') return 'docx';
  if (ext === '.html' || ext === '.htm') return 'html';
  return 'text';
}
