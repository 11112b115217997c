// Where each task, deadline and addressee is written, as spans of the cleaned
// text. They are carried from the blocks the segmenter read, never searched for
// again; check rules report their findings at them. The output keeps its line
// numbers; spans stay inside the parse result (ParsedDocument.positions).
import type { Addressee, Task } from '../shared/schema/output.js';
import type { Placed, Span } from '../shared/text/span.js';

export interface Positions {
  /** by task id: from where the task's text starts on its first line to the end of its last line */
  tasks: Map<string, Span>;
  /** by task id: its deadline's phrase, as written (in its own text, an annotation line or a table cell) */
  deadlines: Map<string, Placed>;
  /** by addressee id: the addressee's words in its header or task */
  addressees: Map<string, Placed>;
}

/** The spans gathered while tasks are read (task ids are given only at the end), keyed by the objects. */
export class PositionsBuilder {
  private readonly tasks = new Map<Task, Span>();
  private readonly deadlines = new Map<Task, Placed>();
  private readonly addressees = new Map<Addressee, Placed>();

  task(t: Task, span: Span): void {
    this.tasks.set(t, span);
  }
  /** the task's text now runs to `end` (a paragraph or items that complete it) */
  extend(t: Task, end: number): void {
    const span = this.tasks.get(t);
    if (span) this.tasks.set(t, { start: span.start, end });
  }
  deadline(t: Task, span: Placed): void {
    this.deadlines.set(t, span);
  }
  addressee(a: Addressee, span: Placed): void {
    this.addressees.set(a, span);
  }

  /** By id, for the tasks kept and every addressee. */
  build(tasks: readonly Task[], addressees: readonly Addressee[]): Positions {
    const out: Positions = { tasks: new Map(), deadlines: new Map(), addressees: new Map() };
    for (const t of tasks) {
      const span = this.tasks.get(t);
      if (span) out.tasks.set(t.id, span);
      const deadline = t.deadline && this.deadlines.get(t);
      if (deadline) out.deadlines.set(t.id, deadline);
    }
    for (const a of addressees) {
      const span = this.addressees.get(a);
      if (span) out.addressees.set(a.id, span);
    }
    return out;
  }
}
