// What a batch job is and what it reports: plain data that crosses between the
// main thread and the workers (kept apart from job.ts so the main thread does
// not load the parser when workers do the parsing).
import type { Format } from '../io/read-input.js';
import type { DocumentTable } from '../9-format/export/rows.js';
import type { Lang } from '../shared/messages/lang.js';

export type OutputMode = 'json' | 'ndjson' | 'csv' | 'xlsx' | 'ics' | 'report';

/** The modes whose sink reads the document's table rows (src/9-format/export/rows.ts). */
export const TABLE_MODES: readonly OutputMode[] = ['csv', 'xlsx', 'ics', 'report'];

export interface Job {
  index: number;
  path: string;
  abs: string;
  /** the path's bytes when it is not UTF-8 (a Uint8Array once it has crossed to a worker) */
  fsPath: Uint8Array | null;
  format: Format;
  mode: OutputMode;
  pretty: boolean;
  /** ISO date the task statuses are reckoned against */
  today: string;
  /** the grammar overlay folder of the run (shared/grammar/load.ts), or null */
  grammars: string | null;
  /** OUTDIR (real path) and the output's path inside it, for mode "json" */
  outRoot: string | null;
  output: string | null;
  /** sha256 of the input when its output was last written by this same version: skip if unchanged */
  previousSha256: string | null;
  /** the language of failure reasons: the command's (--lang, RESOLVE_LANG), which a worker thread does not see */
  lang: Lang;
}

export interface JobResult {
  index: number;
  status: 'ok' | 'up-to-date' | 'failed';
  /** a failure's code ("binary", "corrupt-docx", "permission", …) and one-line reason */
  code: string | null;
  reason: string | null;
  encoding: string | null;
  bytes: number | null;
  sha256: string | null;
  tasks: number | null;
  people: number | null;
  organizations: number | null;
  ms: number;
  /** the ndjson line to print, in input order, by the main thread */
  text: string | null;
  /** for csv, xlsx and ics: the document's rows */
  table: DocumentTable | null;
}

/** A result with nothing known yet: failed until the job says otherwise. */
export function blankResult(index: number): JobResult {
  return {
    index,
    status: 'failed',
    code: null,
    reason: null,
    encoding: null,
    bytes: null,
    sha256: null,
    tasks: null,
    people: null,
    organizations: null,
    ms: 0,
    text: null,
    table: null,
  };
}

