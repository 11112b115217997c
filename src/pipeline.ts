// One document through the stages, in one direction:
// decode → clean → segment → structure → extract → link → validate.
// Each stage is a module of its own; this file only wires them.
import { createHash } from 'node:crypto';
import { decodingDiagnostics } from './io/decode.js';
import { convertSource } from './convert/index.js';
import { cleanSource } from './text/normalize.js';
import { segment, type Segmented } from './segment/segmenter.js';
import { buildStructure } from './structure/index.js';
import { extractEntities } from './extract/entities/index.js';
import { linkTaskOrganizations } from './link/task-organizations.js';
import { runChecks } from './check/index.js';
import { OutputSchema, SCHEMA_VERSION, type Output } from './schema/output.js';
import { documentError } from './errors.js';
import type { Format } from './io/read-input.js';

export interface ParseInput {
  bytes: Uint8Array;
  /** as given on the command line; "-" for standard input */
  path: string;
  format: Format;
  /**
   * The process parses only this document (`resolve parse FILE`): validate the
   * output with zod's interpreter instead of first generating a parser for every
   * object schema, which only pays off over many documents.
   */
  single?: boolean;
  /**
   * Run the check rules with their default settings into output.diagnostics
   * (default true). `resolve check` runs the rules with the file's own
   * configuration itself, so it turns this off instead of checking twice.
   */
  defaultChecks?: boolean;
}

/** Everything later stages (check rules, reporters) may need besides the output. */
export interface ParsedDocument {
  output: Output;
  /** the cleaned source text, split into lines (index 0 is line 1) */
  lines: string[];
  segmented: Segmented;
}

export async function parseDocument(input: ParseInput): Promise<ParsedDocument> {
  // .docx / .html become text here; .txt / .md are decoded (the encoding is reported either way)
  const decoded = await convertSource(input.bytes, input.format);
  const text = cleanSource(decoded.text);
  const lines = text.split('\n');
  const segmented = segment(text, { format: input.format === 'markdown' ? 'markdown' : 'text' });
  const structure = buildStructure(segmented, lines);
  const entities = extractEntities({ segmented, lines, structure });
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
  const checks = input.defaultChecks === false ? [] : runChecks({ output, lines, segmented });
  output.diagnostics = [...decodingDiagnostics(decoded), ...checks].sort(
    (a, b) => a.line - b.line || a.column - b.column,
  );
  return { output: validateOutput(output, input.single ?? false), lines, segmented };
}

export function validateOutput(output: Output, single = false): Output {
  const result = OutputSchema.safeParse(output, { jitless: single });
  if (!result.success) {
    const issue = result.error.issues[0]!;
    throw documentError('invalid-output', `internal: output fails the schema at ${issue.path.join('.')}: ${issue.message}`);
  }
  return result.data;
}
