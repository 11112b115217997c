// Why a file could not be read, as a code and a sentence a methodist can act on:
// one errno table for every file resolve reads — a document (io/read-input.ts,
// the batch), a config (check/), a grammar overlay (grammar/).
import { say, type UiKey } from './messages/ui.js';
import { ResolveError, usageError } from './errors.js';

/** File-system failures while reading an input, as codes and catalogue sentences a methodist can act on. */
const READ_FAILURES: Record<string, { code: string; reason: UiKey }> = {
  ENOENT: { code: 'not-found', reason: 'fileMissing' },
  EACCES: { code: 'permission', reason: 'fileNoAccess' },
  EPERM: { code: 'permission', reason: 'fileNoAccess' },
  EISDIR: { code: 'is-directory', reason: 'fileIsFolder' },
  EIO: { code: 'io', reason: 'fileIoError' },
};

/** An error of the file system as a ResolveError (exit 2) whose message is the reason, without the path. */
export function readFailure(e: unknown): ResolveError {
  const errno = (e as NodeJS.ErrnoException)?.code;
  return knownFailure(e) ?? usageError('io', say('fileUnreadable', { reason: errno ?? String((e as Error)?.message ?? e).split('\n')[0]! }));
}

/** The failures of READ_FAILURES only (null for any other error). */
export function knownFailure(e: unknown): ResolveError | null {
  const errno = (e as NodeJS.ErrnoException)?.code;
  const known = errno ? READ_FAILURES[errno] : undefined;
  return known ? usageError(known.code, say(known.reason)) : null;
}

/** Why the file at `path` could not be read, as one line naming it ("config.json: нет доступа"). */
export function readFailureAt(path: string, e: unknown): string {
  return `${path}: ${readFailure(e).message}`;
}
