// The output contract of `resolve parse` (see OUTPUT.md, copied to docs/OUTPUT.md).
// This module is the single source of truth: every type the pipeline emits is
// `z.infer` of a schema here. Its JSON Schema (outputJsonSchema) is written to
// output.schema.json by `npm run schemas`; `resolve schema` prints that file and
// every document is checked against it before it is printed (7-validate).
// Field names are fixed by the contract: add fields, never rename or drop them.
import { z } from 'zod';
import { SCHEMA_VERSION } from './version.js';

export { SCHEMA_VERSION };

const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'ISO date YYYY-MM-DD');
const line = z.number().int().positive();

export const SourceSchema = z.object({
  path: z.string(),
  sha256: z.string().regex(/^[0-9a-f]{64}$/),
  bytes: z.number().int().nonnegative(),
  encoding: z.string(),
  format: z.enum(['text', 'markdown', 'docx', 'html']),
});

export const EventSchema = z.object({
  type: z.string(),
  name: z.string().nullable(),
});

export const PeriodSchema = z.object({ start: isoDate, end: isoDate });

export const DocumentSchema = z.object({
  kind: z.enum(['resolution', 'protocol', 'decision', 'report', 'other']),
  title: z.string().nullable(),
  event: EventSchema.nullable(),
  date: isoDate.nullable(),
  period: PeriodSchema.nullable(),
  place: z.string().nullable(),
  participants: z.number().int().positive().nullable(),
});

export const SectionSchema = z.object({
  id: z.string().regex(/^s\d+$/),
  title: z.string(),
  parentId: z.string().nullable(),
  line,
  endLine: line,
});

export const AddresseeSchema = z.object({
  id: z.string().regex(/^a\d+$/),
  text: z.string(),
  normalized: z.string(),
  line,
});

export const DeadlineKindSchema = z.enum(['by', 'period', 'date', 'ongoing', 'recurring', 'unparsed']);

/**
 * For a `recurring` deadline, when in each cycle it falls, as written: "ежегодно до 1 сентября"
 * → { kind: "by", at: ["--09-01"] }; "2 раза в год – октябрь и апрель" → { kind: "period",
 * at: ["--10", "--04"] }; "ежемесячно до 5 числа" → { kind: "by", at: ["---05"] };
 * "ежегодно с сентября по май" → { kind: "period", at: ["--09/--05"] }.
 * `at` lists the occasions of a cycle as XML Schema partial dates — --MM-DD (a day), --MM (a
 * month), ---DD (a day of the month) — or an ISO 8601 interval of two ("--09/--05").
 */
const partialDate = '(?:--\\d{2}(?:-\\d{2})?|---\\d{2})';
export const RecurrenceSchema = z.object({
  kind: z.enum(['by', 'date', 'period']),
  at: z
    .array(z.string().regex(new RegExp(`^${partialDate}(?:/${partialDate})?$`), 'partial date --MM-DD, --MM or ---DD, or two joined by /'))
    .min(1),
});

export const DeadlineSchema = z.object({
  text: z.string(),
  kind: DeadlineKindSchema,
  start: isoDate.nullable(),
  end: isoDate.nullable(),
  /** for `recurring`: how often ("year", "quarter", "month", "week", "day", or "N/year", "N/month" …); else null */
  frequency: z.string().nullable(),
  /**
   * why a written deadline has no dates: "invalid-date" ("31.02.2024", "30 февраля"),
   * "not-understood" (a phrase the grammar does not know), "year-unknown" (a day or month
   * without a year in a document without a date: "до 1 сентября"), "conditional" (done when
   * the need arises, by intent without a date: "по мере необходимости", "по запросам школ");
   * null when understood. `resolve check` reads it; rules never re-parse the text.
   */
  problem: z.enum(['invalid-date', 'not-understood', 'year-unknown', 'conditional']).nullable(),
  /** for `recurring`: the day or months of each cycle when written ("ежегодно до 1 сентября"); else null */
  recurrence: RecurrenceSchema.nullable(),
  line,
});

export const TaskSchema = z.object({
  id: z.string().regex(/^t\d+$/),
  number: z.string().nullable(),
  path: z.array(z.string()),
  text: z.string(),
  addresseeIds: z.array(z.string()),
  /** the organisations named on the task's lines or its addressees' lines (ids of `organizations`) */
  organizationIds: z.array(z.string()),
  sectionId: z.string().nullable(),
  responsible: z.array(z.string()),
  deadline: DeadlineSchema.nullable(),
  /**
   * a decision the meeting carries out by adopting the document ("Информацию …
   * принять к сведению", "Утвердить план …"; the verbs of grammars/directive-verbs.json
   * "selfExecuting"), addressed to nobody, with no one responsible and no date: nobody has
   * work to do for it
   */
  selfExecuting: z.boolean(),
  line,
  endLine: line,
});

export const PracticeSchema = z.object({
  id: z.string().regex(/^p\d+$/),
  title: z.string(),
  authorIds: z.array(z.string()),
  organizationIds: z.array(z.string()),
  line,
  lines: z.array(line),
});

export const PersonSchema = z.object({
  id: z.string().regex(/^pe\d+$/),
  name: z.string(),
  surname: z.string(),
  initials: z.string().nullable(),
  /** "Чулков Иван Петрович" in the nominative when the document writes the name in full, else null */
  fullName: z.string().nullable(),
  gender: z.enum(['male', 'female']).nullable(),
  role: z.string().nullable(),
  organizationId: z.string().nullable(),
  lines: z.array(line).min(1),
});

export const OrganizationSchema = z.object({
  id: z.string().regex(/^o\d+$/),
  text: z.string(),
  form: z.string().nullable(),
  type: z.string().nullable(),
  numbers: z.array(z.number().int().nonnegative()),
  name: z.string().nullable(),
  locality: z.string().nullable(),
  /** "СОШ 18 | Канск": type (or form), numbers, name and locality, spelled the same in every document */
  key: z.string(),
  lines: z.array(line).min(1),
});

export const ProjectSchema = z.object({
  name: z.string(),
  lines: z.array(line).min(1),
});

export const SeveritySchema = z.enum(['error', 'warning']);

const column = z.number().int().positive();

/** A safe autofix: replace the text from line:column up to (not including) endLine:endColumn. */
export const FixSchema = z.object({
  line,
  column,
  endLine: line,
  endColumn: column,
  text: z.string(),
});

/** Another place a finding refers to: the first occurrence of a duplicate item or number. */
export const RelatedSchema = z.object({
  line,
  column,
  endLine: line,
  endColumn: column,
  message: z.string(),
});

export const DiagnosticSchema = z.object({
  rule: z.string(),
  severity: SeveritySchema,
  message: z.string(),
  line,
  column,
  /** end of the flagged span (exclusive column); equal to line/column for a point */
  endLine: line,
  endColumn: column,
  /** what `resolve check --fix` would change, or null */
  fix: FixSchema.nullable(),
  /** other places the finding refers to (a duplicate's first occurrence); [] when none */
  related: z.array(RelatedSchema),
});

export const OutputSchema = z.object({
  schemaVersion: z.literal(SCHEMA_VERSION),
  source: SourceSchema,
  document: DocumentSchema,
  sections: z.array(SectionSchema),
  addressees: z.array(AddresseeSchema),
  tasks: z.array(TaskSchema),
  practices: z.array(PracticeSchema),
  people: z.array(PersonSchema),
  organizations: z.array(OrganizationSchema),
  projects: z.array(ProjectSchema),
  diagnostics: z.array(DiagnosticSchema),
});

export type Source = z.infer<typeof SourceSchema>;
/** How an input is read: text, markdown, docx or html. */
export type Format = Source['format'];
export type DocumentInfo = z.infer<typeof DocumentSchema>;
export type Section = z.infer<typeof SectionSchema>;
export type Addressee = z.infer<typeof AddresseeSchema>;
export type Deadline = z.infer<typeof DeadlineSchema>;
export type DeadlineKind = z.infer<typeof DeadlineKindSchema>;
export type Recurrence = z.infer<typeof RecurrenceSchema>;
export type Task = z.infer<typeof TaskSchema>;
export type Practice = z.infer<typeof PracticeSchema>;
export type Person = z.infer<typeof PersonSchema>;
export type Organization = z.infer<typeof OrganizationSchema>;
export type Project = z.infer<typeof ProjectSchema>;
export type Diagnostic = z.infer<typeof DiagnosticSchema>;
export type Fix = z.infer<typeof FixSchema>;
export type Related = z.infer<typeof RelatedSchema>;
export type Severity = z.infer<typeof SeveritySchema>;
export type Output = z.infer<typeof OutputSchema>;

/** The JSON Schema of the output, as output.schema.json holds it. */
export function outputJsonSchema(): Record<string, unknown> {
  return z.toJSONSchema(OutputSchema, { target: 'draft-2020-12' });
}
