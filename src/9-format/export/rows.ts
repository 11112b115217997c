// One parsed document as the rows of the tables methodists read: one row per task
// (the "Задачи" sheet, the CSV, the calendar, the archive report), the document's
// own row and its organisations. Built in the parsing thread from the output;
// plain data (ISO dates, codes, no Date objects), so it crosses to the main thread
// as it is. Words for people (Russian or English) are chosen later, in columns.ts.
import type { DeadlineKind, Output } from '../../shared/schema/output.js';

export type TaskStatus = 'overdue' | 'soon' | 'on-time' | 'no-deadline';

/** A deadline ending within this many days of today is "скоро". */
export const SOON_DAYS = 14;

export interface TaskRow {
  file: string;
  kind: Output['document']['kind'];
  /** ISO dates throughout, or null */
  date: string | null;
  title: string | null;
  /** the full path of the item: "3.а"; "" when it has no label */
  number: string;
  addressee: string;
  responsible: string;
  task: string;
  deadline: string;
  deadlineKind: DeadlineKind | null;
  start: string | null;
  end: string | null;
  status: TaskStatus;
  /** keys of the organisations the task names ("СОШ 18 | Канск") */
  organizations: string[];
  selfExecuting: boolean;
  line: number;
  endLine: number;
}

export interface DocumentFacts {
  file: string;
  kind: Output['document']['kind'];
  date: string | null;
  title: string | null;
  place: string | null;
  tasks: number;
  people: number;
  organizations: number;
  encoding: string;
}

export interface DocumentTable {
  document: DocumentFacts;
  tasks: TaskRow[];
  /** the organisations of the document, by key, with the number of its tasks naming each */
  organizations: { key: string; text: string; tasks: number }[];
}

export function documentTable(output: Output, today: string): DocumentTable {
  const d = output.document;
  const addressees = new Map(output.addressees.map((a) => [a.id, a.text]));
  const keys = new Map(output.organizations.map((o) => [o.id, o.key]));
  const taskCount = new Map<string, number>();
  const tasks = output.tasks.map((t): TaskRow => {
    for (const id of t.organizationIds) taskCount.set(id, (taskCount.get(id) ?? 0) + 1);
    return {
      file: output.source.path,
      kind: d.kind,
      date: d.date,
      title: d.title,
      number: t.path.length ? fullNumber(t.path) : (t.number ?? ''),
      addressee: t.addresseeIds.map((id) => addressees.get(id) ?? id).join('; '),
      responsible: t.responsible.join('; '),
      task: t.text,
      deadline: t.deadline?.text ?? '',
      deadlineKind: t.deadline?.kind ?? null,
      start: t.deadline?.start ?? null,
      end: t.deadline?.end ?? null,
      status: taskStatus(t.deadline?.end ?? null, today),
      organizations: t.organizationIds.map((id) => keys.get(id) ?? id),
      selfExecuting: t.selfExecuting,
      line: t.line,
      endLine: t.endLine,
    };
  });
  return {
    document: {
      file: output.source.path,
      kind: d.kind,
      date: d.date,
      title: d.title,
      place: d.place,
      tasks: output.tasks.length,
      people: output.people.length,
      organizations: output.organizations.length,
      encoding: output.source.encoding,
    },
    tasks,
    organizations: output.organizations.map((o) => ({ key: o.key, text: o.text, tasks: taskCount.get(o.id) ?? 0 })),
  };
}

/**
 * The item's number from the outermost list down: ["3", "а"] → "3.а", ["II", "1", "б"] →
 * "II.1.б"; a label that already carries its parent ("2.1" under "2") takes the parent's place.
 */
export function fullNumber(path: string[]): string {
  const parts: string[] = [];
  for (const label of path) {
    if (parts.length && label.startsWith(`${parts[parts.length - 1]}.`)) parts[parts.length - 1] = label;
    else parts.push(label);
  }
  return parts.join('.');
}

/** Against `today` (ISO): past the end is overdue, within SOON_DAYS soon; no end date, no status. */
export function taskStatus(end: string | null, today: string): TaskStatus {
  if (!end) return 'no-deadline';
  if (end < today) return 'overdue';
  return daysBetween(today, end) <= SOON_DAYS ? 'soon' : 'on-time';
}

export function daysBetween(fromIso: string, toIso: string): number {
  return Math.round((Date.parse(`${toIso}T00:00:00Z`) - Date.parse(`${fromIso}T00:00:00Z`)) / 86_400_000);
}
