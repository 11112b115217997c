// "Срок:" / "Ответственный:" lines and the tasks they fall to. The task reader
// (tasks.ts) hands over each task it reads; an annotation line then goes to the
// task just before it, or to every item of the list it closes (lookahead.ts
// decides which), and a deadline written once for several items fills in only
// the items without one of their own.
import type { Block } from '../3-segment/segmenter.js';
import type { Deadline, Task } from '../shared/schema/output.js';
import type { DeadlineContext } from '../4-recognise/deadline/index.js';
import type { Attachment, GluedAnnotation } from './attachments.js';
import { splitResponsible } from './responsible.js';
import { deadlineOfItem, type PhraseAt } from './deadlines.js';
import type { Frame } from './frames.js';
import type { ReasonId } from './decisions.js';
import type { TaskReasons } from './task-reasons.js';
import { annotatedItems, itemGoesOn, type ListOf, type Pending } from './lookahead.js';
import type { PositionsBuilder } from './positions.js';
import type { Placed } from '../shared/text/span.js';

export interface AnnotationInput {
  blocks: readonly Block[];
  deadlineContext: DeadlineContext;
  positions: PositionsBuilder;
  why: TaskReasons | null;
  listOf: ListOf;
}

export class TaskAnnotations {
  /** tasks read since the last annotation line or header */
  private pending: Pending[] = [];
  /** the tasks the last annotation line went to */
  private lastGroup: Task[] = [];
  /** lists (by the frame they are read under) annotated item by item */
  private readonly perItem = new Set<Frame | null>();
  /** tasks whose deadline was written once for several items: their own words may still give one */
  private readonly listWide = new Set<Task>();

  constructor(private readonly input: AnnotationInput) {}

  /** A task read, with the frame it is read under. */
  read(p: Pending): void {
    this.pending.push(p);
  }

  /** A header, a table or a paragraph that is no task ends the run of tasks an annotation line may close. */
  endRun(): void {
    this.pending = [];
  }

  /** A section or an addressee block starts: an annotation line goes to nothing read before it. */
  reset(): void {
    this.pending = [];
    this.lastGroup = [];
  }

  /** A deadline the task does not have yet, or only as one written for several items. */
  mayTakeOwnDeadline(t: Task): boolean {
    return !t.deadline || this.listWide.has(t);
  }

  setDeadline(t: Task, deadline: Deadline, span: Placed): void {
    t.deadline = deadline;
    this.input.positions.deadline(t, span);
  }

  /** `where`: where the annotation's text stands (its deadline phrase is at attachment.deadlineAt in it). */
  apply(targets: Task[], a: Attachment, line: number, reason: ReasonId, where: PhraseAt): void {
    const shared = targets.length > 1;
    const phraseAt = { read: where.read, at: where.at + a.deadlineAt };
    for (const t of targets) {
      if (a.deadline) {
        const d = deadlineOfItem(a.deadline, phraseAt, t.number, shared, line, this.input.deadlineContext);
        // a deadline written once for several items fills in those without their own
        if (d && !(shared && d.shared && t.deadline)) {
          this.setDeadline(t, d.placed.deadline, d.placed.span);
          if (shared && d.shared) this.listWide.add(t);
          this.input.why?.deadline(t, shared && d.shared ? 'deadline.list-annotation' : reason, `строка ${line}`);
        }
      }
      if (a.responsible) t.responsible = splitResponsible(a.responsible);
    }
  }

  /**
   * "Срок: …" after tasks. Followed by another item of the same list, it is the
   * last task's own; closing the list, it belongs to every item of the list
   * read since the previous annotation. `everyTask`: the tasks an annotation for
   * all items ("по всем пунктам") goes to.
   */
  annotate(a: Attachment, line: number, next: number, where: PhraseAt, everyTask: () => Task[]): void {
    const last = this.pending[this.pending.length - 1];
    let group = this.lastGroup;
    if (a.allItems) group = everyTask();
    else if (last) {
      const own = annotatedItems(this.pending, this.input.blocks[next], this.perItem.has(last.parent), this.input.listOf);
      if (own) this.perItem.add(last.parent);
      group = own ?? this.pending.filter((p) => p.parent === last.parent).map((p) => p.task);
    }
    this.apply(group, a, line, group.length > 1 ? 'deadline.list-annotation' : 'deadline.annotation', where);
    this.lastGroup = group;
    this.pending = [];
  }

  /** An annotation line written under the task in its own block ("1.2. Разработать …\nСрок: …"); `next`: the block after it. */
  glued(t: Task, g: GluedAnnotation, parent: Frame | null, next: number, where: PhraseAt, everyTask: () => Task[]): void {
    if (g.hanging) {
      // the list is annotated item by item: a later "Срок:" line is its item's own too
      this.apply([t], g.attachment, g.line, 'deadline.annotation', where);
      this.perItem.add(parent);
    } else this.annotate(g.attachment, g.line, next, where, everyTask);
  }

  /** A paragraph at block `at` right after a numbered task that is that item's second paragraph (lookahead.ts): the task it continues. */
  itemContinued(at: number): Task | null {
    const last = this.pending[this.pending.length - 1];
    return last && itemGoesOn(this.input.blocks, at, last, this.perItem.has(last.parent), this.input.listOf) ? last.task : null;
  }
}
