// What `resolve parse --explain` says of each task: why it is a task, whose, by
// when. The reasons are gathered while findTasks reads the blocks (task ids are
// given only at its end) and written into the document's Decisions in one go.
import type { Addressee, Task } from '../shared/schema/output.js';
import type { Decisions, ReasonId } from './decisions.js';

type Reason = [ReasonId, string | undefined];

/**
 * What --explain says of each task, gathered while the tasks are read (ids are
 * given only at the end) and written out in one go: why it is a task, whose, by when.
 */
export class TaskReasons {
  private readonly why = new Map<Task, Reason>();
  private readonly whose = new Map<Task, Reason>();
  private readonly when = new Map<Task, Reason>();
  private readonly parts: { line: number; task: Task; reason: ReasonId }[] = [];

  task(t: Task, reason: ReasonId): void {
    this.why.set(t, [reason, undefined]);
  }
  /** A task read: why it is one, and whose it is — an addressee in its own words (`named`), the header above it, or nobody. */
  read(t: Task, reason: ReasonId, named: 'addressee.inline' | 'addressee.charged' | null, header: Addressee | undefined): void {
    this.task(t, reason);
    if (named) this.addressee(t, named);
    else this.addressee(t, header ? 'addressee.block' : 'addressee.none', header ? `строка ${header.line}` : undefined);
  }
  addressee(t: Task, reason: ReasonId, detail?: string): void {
    this.whose.set(t, [reason, detail]);
  }
  deadline(t: Task, reason: ReasonId, detail?: string): void {
    this.when.set(t, [reason, detail]);
  }
  /** a block that became part of a task's text */
  part(line: number, task: Task, reason: ReasonId): void {
    this.parts.push({ line, task, reason });
  }

  record(decisions: Decisions, tasks: Task[], dropped: Set<Task>, addressees: Addressee[]): void {
    const names = new Map(addressees.map((a) => [a.id, `${a.id} «${a.normalized}»`]));
    for (const t of tasks) {
      const name = dropped.has(t) ? 'поручение' : `задача ${t.id}${t.path.length ? ` (${t.path.join(' › ')})` : ''}`;
      const [reason]: Reason = this.why.get(t) ?? ['task.infinitive', undefined];
      decisions.add(t.line, name, dropped.has(t) ? 'task.container-dropped' : reason);
      if (dropped.has(t)) continue;
      const [whose, whoseDetail]: Reason = this.whose.get(t) ?? ['addressee.none', undefined];
      const who = t.addresseeIds.map((id) => names.get(id) ?? id).join(', ');
      decisions.add(t.line, `${name}: адресат${who ? ` ${who}` : ''}`, whose, whoseDetail);
      const [when, whenDetail]: Reason = t.deadline ? (this.when.get(t) ?? ['deadline.own-text', undefined]) : ['deadline.none', undefined];
      decisions.add(t.line, `${name}: срок${t.deadline ? ` ${describeDeadline(t.deadline)}` : ''}`, when, whenDetail);
      if (t.selfExecuting) decisions.add(t.line, name, 'task.self-executing');
    }
    for (const p of this.parts) decisions.add(p.line, `задача ${p.task.id}: продолжение`, p.reason);
  }
}

/** "до 2025-03-31", "2025-04-01…2025-04-30", "постоянно", «по мере необходимости» — as --explain shows a deadline. */
function describeDeadline(d: NonNullable<Task['deadline']>): string {
  switch (d.kind) {
    case 'by':
      return `до ${d.end ?? '?'}`;
    case 'date':
      return d.start ?? d.text;
    case 'period':
      return `${d.start ?? '?'}…${d.end ?? '?'}`;
    case 'ongoing':
      return 'постоянно';
    case 'recurring':
      return `регулярно (${d.frequency ?? d.text})`;
    default:
      return `«${d.text}» (${d.kind})`;
  }
}
