// Hand-built documents for rule tests: the text goes through the real cleaner
// and segmenter (so text-level rules see what they will see in production);
// document info, tasks and addressees are given by the test, since the
// structure stage is built elsewhere.
import { cleanSource, fold } from '../../src/shared/text/normalize.js';
import { segment, type Segmented } from '../../src/3-segment/segmenter.js';
import type { Span } from '../../src/shared/text/span.js';
import type { Positions } from '../../src/5-structure/positions.js';
import { listTrees } from '../../src/5-structure/list-tree.js';
import type { Addressee, Deadline, Diagnostic, DocumentInfo, Task } from '../../src/shared/schema/output.js';
import type { CheckedDocument, Lang } from '../../src/8-check/types.js';
import { runActiveRules } from '../../src/8-check/index.js';
import { ruleById } from '../../src/8-check/rules/index.js';
import { isSelfExecutingTask } from '../../src/5-structure/directives.js';

export interface DocParts {
  document?: Partial<DocumentInfo>;
  tasks?: Task[];
  addressees?: Addressee[];
}

export function docOf(text: string, parts: DocParts = {}): CheckedDocument {
  const clean = cleanSource(text);
  const lines = clean.split('\n');
  const segmented = segment(clean);
  return {
    lines,
    segmented,
    positions: positionsOf(segmented, parts),
    lists: listTrees(segmented.blocks),
    output: {
      schemaVersion: 1,
      source: { path: 'test.txt', sha256: '0'.repeat(64), bytes: text.length, encoding: 'utf-8', format: 'text' },
      document: { kind: 'resolution', title: 'Резолюция', event: null, date: '2023-08-28', period: null, place: null, participants: null, ...parts.document },
      sections: [],
      addressees: parts.addressees ?? [],
      tasks: parts.tasks ?? [],
      practices: [],
      people: [],
      organizations: [],
      projects: [],
    },
  };
}

/**
 * The spans the structure stage would carry for the given tasks and addressees:
 * a task starts where the block on its line starts its text; a deadline or an
 * addressee is its text on its line, where the test writes it there.
 */
function positionsOf(segmented: Segmented, parts: DocParts): Positions {
  const { text: source, lineStarts } = segmented;
  const lineText = (line: number) => source.slice(lineStarts[line - 1], line < lineStarts.length ? lineStarts[line]! - 1 : source.length);
  const onLine = (line: number, text: string): Span => {
    const at = fold(lineText(line)).indexOf(fold(text));
    // a test that does not write the phrase where it says: the start of that line's text
    if (at < 0) return { start: taskStart(line), end: taskStart(line) };
    return { start: lineStarts[line - 1]! + at, end: lineStarts[line - 1]! + at + text.length };
  };
  const taskStart = (line: number): number => {
    const block = segmented.blocks.find((b) => b.line === line);
    return block ? block.textStart : lineStarts[line - 1]! + lineText(line).search(/\S|$/);
  };
  const positions: Positions = { tasks: new Map(), deadlines: new Map(), addressees: new Map() };
  for (const t of parts.tasks ?? []) {
    positions.tasks.set(t.id, { start: taskStart(t.line), end: taskStart(t.line) });
    if (t.deadline) positions.deadlines.set(t.id, onLine(t.deadline.line, t.deadline.text));
  }
  for (const a of parts.addressees ?? []) positions.addressees.set(a.id, onLine(a.line, a.text));
  return positions;
}

let taskCount = 0;

/** A task as the structure stage makes it: `selfExecuting` is worked out as there unless given. */
export function task(line: number, fields: Partial<Task> = {}): Task {
  const made: Task = {
    id: `t${++taskCount}`,
    number: null,
    path: [],
    text: 'Обеспечить участие педагогов',
    addresseeIds: [],
    organizationIds: [],
    sectionId: null,
    responsible: [],
    deadline: null,
    selfExecuting: false,
    line,
    endLine: line,
    ...fields,
  };
  if (fields.selfExecuting === undefined) made.selfExecuting = isSelfExecutingTask(made);
  return made;
}

export function deadline(line: number, text: string, fields: Partial<Deadline> = {}): Deadline {
  return { text, kind: 'by', start: null, end: null, frequency: null, problem: null, recurrence: null, line, ...fields };
}

export function addressee(id: string, line: number, text: string): Addressee {
  return { id, text, normalized: text.toLowerCase(), line };
}

/** Run one rule (at its default severity) and return its diagnostics. */
export function runRule(id: string, doc: CheckedDocument, options?: unknown, lang: Lang = 'ru'): Diagnostic[] {
  const rule = ruleById(id);
  if (!rule) throw new Error(`no rule ${id}`);
  return runActiveRules(doc, [{ rule, severity: rule.meta.defaultSeverity === 'warn' ? 'warning' : 'error', options }], lang);
}

/** "line:column-endLine:endColumn" for compact position assertions. */
export const at = (d: Diagnostic) => `${d.line}:${d.column}-${d.endLine}:${d.endColumn}`;
