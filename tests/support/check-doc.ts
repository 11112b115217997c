// Hand-built documents for rule tests: the text goes through the real cleaner
// and segmenter (so text-level rules see what they will see in production);
// document info, tasks and addressees are given by the test, since the
// structure stage is built elsewhere.
import { cleanSource } from '../../src/text/normalize.js';
import { segment } from '../../src/segment/segmenter.js';
import type { Addressee, Deadline, Diagnostic, DocumentInfo, Task } from '../../src/schema/output.js';
import type { CheckedDocument, Lang } from '../../src/check/types.js';
import { runActiveRules } from '../../src/check/index.js';
import { ruleById } from '../../src/check/rules/index.js';
import { isSelfExecutingTask } from '../../src/structure/directives.js';

export interface DocParts {
  document?: Partial<DocumentInfo>;
  tasks?: Task[];
  addressees?: Addressee[];
}

export function docOf(text: string, parts: DocParts = {}): CheckedDocument {
  const clean = cleanSource(text);
  const lines = clean.split('\n');
  return {
    lines,
    segmented: segment(clean),
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
