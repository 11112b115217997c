// One document through the stages, in one direction:
// decode → convert → clean → segment → structure → extract → link → validate.
// Each stage is a module of its own; this file only wires them. The stages'
// own messages (decode: invalid-bytes) come back with the document; the check
// rules run after this, on its result (8-check/lint.ts), never from here.
import { createHash } from 'node:crypto';
import { decodingMessages } from '../1-decode/decode.js';
import { convertSource } from '../2-convert/index.js';
import { checkTextLength } from '../shared/limits.js';
import { cleanSource } from '../shared/text/normalize.js';
import { segment, type Segmented } from '../3-segment/segmenter.js';
import { buildStructure } from '../5-structure/index.js';
import { extractEntities } from '../6-entities/index.js';
import { worded, byPosition, type Message } from '../shared/messages/message.js';
import { linkTaskOrganizations } from '../6-entities/link/task-organizations.js';
import type { Output } from '../shared/schema/output.js';
import { SCHEMA_VERSION } from '../shared/schema/version.js';
import outputSchema from '../shared/schema/output.schema.json';
import { compileCheck, type Check } from './check-output.js';
import { EXIT, ResolveError } from '../shared/errors.js';
import { say } from '../shared/messages/ui.js';
import type { Format } from '../shared/schema/output.js';
import { Decisions, type Decision } from '../5-structure/decisions.js';
import type { Positions } from '../5-structure/positions.js';
import type { ListTree } from '../5-structure/list-tree.js';

export interface ParseInput {
  bytes: Uint8Array;
  /** as given on the command line; "-" for standard input */
  path: string;
  format: Format;
  /** keep the reason of every structural decision (`resolve parse --explain`); the output is the same */
  explain?: boolean;
}

/** Everything later stages (check rules, reporters) may need besides the output. */
export interface ParsedDocument {
  /** diagnostics: the stages' messages, worded in Russian (lint adds the rules' findings) */
  output: Output;
  /** the stages' messages before wording, for lint to configure and word again */
  messages: Message[];
  /** the text as decoded (or converted from .docx/.html), before cleaning: check's columns and --fix */
  source: { text: string; encoding: string; bom: boolean };
  /** the cleaned source text, split into lines (index 0 is line 1) */
  lines: string[];
  segmented: Segmented;
  /** where each task, deadline and addressee of the output is written, by id: what check rules report at */
  positions: Positions;
  /** the lists under each header, as trees: which list each item is in, for the rules that read lists */
  lists: ListTree[];
  /** with `explain`: why each section, addressee, task and deadline is what it is, by source line */
  decisions?: Decision[];
}

export async function parseDocument(input: ParseInput): Promise<ParsedDocument> {
  // .docx / .html become text here; .txt / .md are decoded (the encoding is reported either way)
  const decoded = await convertSource(input.bytes, input.format);
  // within the memory budget (a converted text was checked as it grew; a decoded one is checked here)
  checkTextLength(decoded.text.length);
  const text = cleanSource(decoded.text);
  const lines = text.split('\n');
  const segmented = segment(text, { format: input.format === 'markdown' ? 'markdown' : 'text' });
  const decisions = input.explain ? new Decisions() : undefined;
  const structure = buildStructure(segmented, lines, { pageTitle: decoded.pageTitle ?? null, decisions });
  const entities = extractEntities({ segmented, lines });
  linkTaskOrganizations(structure.tasks, structure.addressees, entities.organizations);

  const output: Output = {
    schemaVersion: SCHEMA_VERSION,
    source: {
      path: input.path,
      sha256: createHash('sha256').update(input.bytes).digest('hex'),
      bytes: input.bytes.length,
      encoding: decoded.encoding,
      format: input.format,
    },
    document: structure.document,
    sections: structure.sections,
    addressees: structure.addressees,
    tasks: structure.tasks,
    practices: entities.practices,
    people: entities.people,
    organizations: entities.organizations,
    projects: entities.projects,
    diagnostics: [],
  };
  const messages = decodingMessages(decoded);
  output.diagnostics = messages.map((m) => worded(m, 'ru')).sort(byPosition);
  const source = { text: decoded.text, encoding: decoded.encoding, bom: decoded.bom ?? false };
  const parsed: ParsedDocument = { output: validateOutput(output), messages, source, lines, segmented, positions: structure.positions, lists: structure.lists };
  if (decisions) parsed.decisions = decisions.sorted();
  return parsed;
}

let checkOutput: Check | null = null;

/** The output as the schema requires it (the same object: nothing is copied), or resolve's internal error. */
export function validateOutput(output: Output): Output {
  const issue = (checkOutput ??= compileCheck(outputSchema))(output);
  if (issue) {
    // the document was read; an output the schema refuses is resolve's bug, not the input's
    throw new ResolveError(say('internalError', { detail: `output fails the schema at ${issue.path.join('.')}: ${issue.message}` }), EXIT.internal, 'invalid-output');
  }
  return output;
}
