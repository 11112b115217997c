// Errors the user can act on. The CLI prints `message` as one line on stderr and
// exits with `exitCode`; anything else reaching the top level is a bug (exit 70).
export const EXIT = {
  ok: 0,
  /** the document could not be processed (binary, undecodable, invalid output) */
  documentFailed: 1,
  /** usage or I/O error: missing file, a directory, unreadable, bad option */
  usage: 2,
  /** a batch stopped by Ctrl-C (SIGINT) after saving its progress: 128 + 2, as shells report it */
  interrupted: 130,
  /** a batch stopped by `kill` (SIGTERM) after saving its progress: 128 + 15 */
  terminated: 143,
  /** an internal error: a bug in resolve */
  internal: 70,
} as const;

export type ExitCode = (typeof EXIT)[keyof typeof EXIT];

export class ResolveError extends Error {
  constructor(
    message: string,
    readonly exitCode: ExitCode,
    readonly code: string,
  ) {
    super(message);
    this.name = 'ResolveError';
  }
}

/** The input could not be turned into a document (exit 1). */
export const documentError = (code: string, message: string) =>
  new ResolveError(message, EXIT.documentFailed, code);

/** The command line or the file system said no (exit 2). */
export const usageError = (code: string, message: string) => new ResolveError(message, EXIT.usage, code);
