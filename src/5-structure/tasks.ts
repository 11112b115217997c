// One pass over the blocks that builds addressee blocks and tasks.
// Headers (addressees, containers, announcements of non-task lists) open
// frames; items take the place the list tree gives them (list-tree.ts,
// frames.ts); "Срок:"/"Ответственный:" lines annotate the tasks just read
// (annotations.ts): the one before them, or every item of the list they close.
// Each task, deadline and addressee carries the span it was read from (positions.ts).
import { readBlockText, type Block, type Segmented } from '../3-segment/segmenter.js';
import type { Addressee, Section, Task } from '../shared/schema/output.js';
import type { DeadlineContext } from '../4-recognise/deadline/index.js';
import type { AddresseeReading } from './addressees.js';
import { AddresseeList } from './addressee-list.js';
import type { BlockReadings } from './block-readings.js';
import { announcesNonTasks, announcesTasks, continuesSentence, hasEarlyInfinitive, isSelfExecutingTask, isTopicHeader, leadingProtocolPart } from './directives.js';
import { readAttachment, readTrailing, splitGlued, type GluedAnnotation } from './attachments.js';
import { splitResponsible } from './responsible.js';
import { deadlineFromPhrase, deadlineInText, type PhraseAt } from './deadlines.js';
import type { PlanRow, PlanRun } from './tables.js';
import { closeListsAround, contextOf, frame, nearestAddressee, pathOf, popAddressees, popToSections, type Frame } from './frames.js';
import { itemAt, type ItemNode, type ListTree } from './list-tree.js';
import type { SectionMark } from './sections.js';
import type { Decisions, ReasonId } from './decisions.js';
import { TaskReasons } from './task-reasons.js';
import { pastAnnotations, recoveredLabel, type ListOf } from './lookahead.js';
import { TaskAnnotations } from './annotations.js';
import { PositionsBuilder, type Positions } from './positions.js';
import { lineAt, lineEnd, ReadText } from '../shared/text/span.js';

export interface TaskInput {
  segmented: Segmented;
  /** cleaned source lines; index 0 is line 1 */
  lines: string[];
  sections: SectionMark[];
  plans: PlanRun[];
  deadlineContext: DeadlineContext;
  readings: BlockReadings;
  /** the lists under each header (list-tree.ts): which list each item is in, and under which item */
  lists: readonly ListTree[];
  /** the blocks of the document's title ("# РЕЗОЛЮЦИЯ" / "# августовской конференции …"): no addressee heads there */
  titleBlocks?: ReadonlySet<number>;
  /** where `--explain` collects why each block became what it is (absent: nothing is recorded) */
  decisions?: Decisions | undefined;
}

export interface TaskOutput {
  addressees: Addressee[];
  tasks: Task[];
  positions: Positions;
}


/** A task's own words, where a deadline may be written when no annotation gave one. */
interface OwnText {
  task: Task;
  text: string;
  where: PhraseAt;
}

export function findTasks(input: TaskInput): TaskOutput {
  return new TaskReader(input).read();
}

/** The reader's state is its fields; `read` hands each block to the method for its kind. */
class TaskReader {
  private readonly blocks: Block[];
  private readonly plans: Map<number, PlanRun>;
  private readonly marks: Map<number, SectionMark>;
  private readonly pageNumbers: Set<number>;
  private readonly tasks: Task[] = [];
  /** container tasks that gave way to the tasks they head */
  private readonly dropped = new Set<Task>();
  private readonly ownText: OwnText[] = [];
  /** lists announced by a task (its topics …): whether they are written as parts of its sentence */
  private readonly sentenceParts = new WeakMap<Frame, boolean>();
  private readonly why: TaskReasons | null;
  private readonly positions = new PositionsBuilder();
  private readonly addressees = new AddresseeList(this.positions);
  /** the list tree's node of an item block, by where its text starts */
  private readonly itemNode: (start: number) => ItemNode | null;
  /** the list of an item block */
  private readonly listOf: ListOf = (b) => (b.kind === 'item' ? (this.itemNode(b.textStart)?.list ?? null) : null);
  /** "Срок:" / "Ответственный:" lines and the tasks they fall to */
  private readonly notes: TaskAnnotations;
  /** the tasks read so far, without the containers that gave way to theirs: what an annotation for all items goes to, and the output */
  private readonly everyTask = (): Task[] => this.tasks.filter((t) => !this.dropped.has(t));
  /** the open sections, headers and list items, innermost last */
  private stack: Frame[] = [];
  private section: Section | null = null;
  /** index of the block being read */
  private i = 0;

  constructor(private readonly input: TaskInput) {
    this.blocks = input.segmented.blocks;
    this.plans = new Map(input.plans.map((p) => [p.start, p]));
    this.marks = new Map(input.sections.map((m) => [m.blockIndex, m]));
    this.pageNumbers = new Set(input.segmented.pageNumberLines);
    this.why = input.decisions ? new TaskReasons() : null;
    this.itemNode = itemAt(input.lists);
    this.notes = new TaskAnnotations({ blocks: this.blocks, deadlineContext: input.deadlineContext, positions: this.positions, why: this.why, listOf: this.listOf });
  }

  read(): TaskOutput {
    for (this.i = 0; this.i < this.blocks.length; this.i++) {
      const b = this.blocks[this.i]!;
      const mark = this.marks.get(this.i);
      if (!mark && this.input.titleBlocks?.has(this.i)) continue; // the title's own paragraphs head nothing
      if (!mark && this.section && b.line > this.section.endLine) this.leaveSection();
      if (mark) this.sectionMark(b, mark);
      else if (b.kind === 'table-row') this.tableRow();
      else if (b.kind === 'item') this.item(b);
      else this.paragraph(b);
    }
    return this.finish();
  }

  private top(): Frame | undefined {
    return this.stack[this.stack.length - 1];
  }

  private sectionMark(b: Block, mark: SectionMark): void {
    this.section = mark.section;
    if (mark.kind === 'explicit') {
      this.stack = [];
      this.notes.reset();
      if (mark.label !== null || b.endsWithColon || mark.decisions || mark.nonTasks)
        this.stack.push(frame({ kind: 'section', node: b.kind === 'item' ? this.itemNode(b.textStart) : null, label: mark.label, nonTasks: mark.nonTasks, tasksContext: mark.decisions }));
    } else {
      while (this.stack.length && !(this.top()!.kind === 'item' && this.top()!.container) && this.top()!.kind !== 'section') this.stack.pop();
    }
  }

  /** Past the end of a section that ended with its list ("Повестка дня:" / "1. О …"): in none, its lists closed. */
  private leaveSection(): void {
    this.section = null;
    this.stack = [];
    this.notes.reset();
  }

  /** A table row: a plan's rows are tasks, with their Срок and Ответственный cells. */
  private tableRow(): void {
    const plan = this.plans.get(this.i);
    if (!plan) return;
    const parent = this.top() ?? null;
    const rows = new Map(plan.rows.map((r) => [r.row, r]));
    for (let k = this.i; k <= plan.end; k++) {
      this.section = this.marks.get(k)?.section ?? this.section; // a group row
      const r = rows.get(this.blocks[k]!);
      if (r) this.planRow(r, parent);
    }
    this.notes.endRun();
    this.i = plan.end;
  }

  private planRow(r: PlanRow, parent: Frame | null): void {
    const read = readBlockText(this.input.segmented, r.row);
    // a cell's text stands in the row's text (its cells joined by " | ")
    const line = r.row.line === r.row.endLine ? r.row.line : undefined;
    const t = this.addTask(r.row, r.text, { read, at: Math.max(0, r.row.text.indexOf(r.text)), line }, r.number, parent, 'task.plan-row');
    if (r.deadline) {
      const placed = deadlineFromPhrase(r.deadline, { read, at: Math.max(0, r.row.text.indexOf(r.deadline)) }, r.row.line, this.input.deadlineContext);
      if (placed) this.notes.setDeadline(t, placed.deadline, placed.span);
      this.why?.deadline(t, 'deadline.table-cell');
    }
    if (r.responsible) t.responsible = splitResponsible(r.responsible);
  }

  /** A paragraph or a heading: an annotation line, a header, a record of the meeting, a task's second paragraph, or a task. */
  private paragraph(b: Block): void {
    const { readings } = this.input;
    const attachment = readAttachment(b.text);
    if (attachment) {
      this.notes.annotate(attachment, b.line, pastAnnotations(this.blocks, this.i + 1), { read: readBlockText(this.input.segmented, b), at: 0 }, this.everyTask);
      return;
    }
    const header = b.kind === 'heading' ? readings.addresseeHeading(b.text) : b.endsWithColon ? readings.addresseeHeader(b.text) : null;
    if (header) {
      popAddressees(this.stack);
      // an addressee block stays inside a container item that heads tasks ("1. Определить задачи:")
      while (this.stack.length && this.top()!.kind !== 'section' && !(this.top()!.kind === 'item' && this.top()!.container && this.top()!.tasksContext)) this.stack.pop();
      const ids = this.headerAddressees(header, b, b.kind === 'heading' ? 'addressee.heading' : 'addressee.header');
      this.stack.push(frame({ kind: 'addressee', label: recoveredLabel(this.blocks, this.i, this.pageNumbers, this.input.lines), addresseeIds: ids, persons: header.persons }));
      this.notes.endRun();
      return;
    }
    // "ВЫСТУПИЛИ: … предложили провести …" records the meeting: no task, and the decisions above are over
    const recordPart = leadingProtocolPart(b.text);
    if (recordPart && !recordPart.decisions) {
      this.input.decisions?.add(b.line, 'абзац', 'not-task.protocol-record');
      popToSections(this.stack);
      if (this.top()?.tasksContext) this.stack.pop();
      this.notes.reset();
      return;
    }
    const owner = b.endsWithColon ? null : this.itemContinued();
    if (owner) {
      this.why?.part(b.line, owner, 'task.second-paragraph');
      owner.text = `${owner.text} ${b.text}`;
      owner.endLine = b.endLine;
      this.positions.extend(owner, b.span.end);
      return;
    }
    const ctx = contextOf(this.stack);
    const directive = ctx !== 'non-tasks' && (readings.opensWithDirective(b.text) || (ctx === 'tasks' && hasEarlyInfinitive(b.text)));
    if (b.endsWithColon) this.paragraphHeader(b, directive);
    else if (directive) {
      while (this.stack.length && this.top()!.kind === 'item') this.stack.pop();
      this.addBlockTask(b, null, this.top() ?? null, this.directiveReason(b.text));
    } else {
      popToSections(this.stack);
      this.notes.reset();
    }
  }

  /** A paragraph ending with ":": a directive that heads tasks, a topic, or an announcement of a list. */
  private paragraphHeader(b: Block, directive: boolean): void {
    popToSections(this.stack);
    if (directive) {
      const f = frame({ kind: 'item', container: true, tasksContext: true, nonTasks: announcesNonTasks(b.text) });
      f.task = this.addBlockTask(b, null, this.top() ?? null, this.directiveReason(b.text));
      this.stack.push(f);
    } else if (isTopicHeader(b.text)) {
      const around = contextOf(this.stack);
      this.stack.push(frame({ kind: 'header', container: true, nonTasks: around === 'non-tasks', tasksContext: around === 'tasks' }));
    } else {
      const nonTasks = announcesNonTasks(b.text);
      this.stack.push(frame({ kind: 'header', container: true, nonTasks, tasksContext: !nonTasks && announcesTasks(b.text) }));
    }
    this.notes.endRun();
  }

  /** A list item: an addressee header, a task, a header of a list, or a part of the task above it. */
  private item(b: Block): void {
    const { readings } = this.input;
    const node = this.itemNode(b.textStart);
    closeListsAround(this.stack, node);
    const header = b.endsWithColon ? readings.addresseeHeader(b.text) : null;
    if (header) {
      popAddressees(this.stack);
      const ids = this.headerAddressees(header, b, 'addressee.header');
      this.stack.push(frame({ kind: 'addressee', node, label: b.label, addresseeIds: ids, persons: header.persons }));
      this.notes.endRun();
      return;
    }
    const ctx = contextOf(this.stack);
    const isTask = ctx === 'non-tasks' ? false : ctx === 'tasks' ? readings.opensWithDirective(b.text) || hasEarlyInfinitive(b.text) : readings.opensWithDirective(b.text);
    const parent = this.top() ?? null;
    const f = frame({ kind: 'item', node, label: b.label, container: b.endsWithColon });
    if (b.endsWithColon && !isTask && isTopicHeader(b.text)) {
      f.nonTasks = ctx === 'non-tasks';
      f.tasksContext = ctx === 'tasks';
    } else if (b.endsWithColon) {
      f.nonTasks = announcesNonTasks(b.text) || (!isTask && ctx === 'non-tasks');
      f.tasksContext = isTask && !f.nonTasks;
    }
    if (isTask) f.task = this.addBlockTask(b, b.label, parent, this.directiveReason(b.text));
    else if (parent?.container && parent.task && this.completesTask(parent, b)) {
      this.why?.part(b.line, parent.task, 'task.items-complete');
      // "3. Провести:" / "1) семинар …;" / "2) неделю открытых уроков." — the items complete the task
      parent.task.text = `${parent.task.text} ${b.marker ?? ''} ${b.text}`.replace(/\s+/g, ' ');
      parent.task.endLine = b.endLine;
      this.positions.extend(parent.task, b.span.end);
    }
    else this.input.decisions?.add(b.line, `пункт ${b.label ?? b.marker ?? ''}`.trim(), ctx === 'non-tasks' ? 'not-task.non-task-list' : 'not-task.no-directive');
    this.stack.push(f);
  }

  /**
   * Whether an item under a container task is part of that task's words. Under
   * "Провести:" it is. Under a task that announces a list of other things —
   * "Организовать работу по темам:", "рекомендовать следующие практики:" — the
   * items are no tasks, and they are the task's words only when the list is
   * written as a part of its sentence ("а) разбор ошибок …;" / "б) подготовка ….");
   * a list of entries of their own ("1. «Практика …». Иванова И.И., директор …")
   * is not. The first item decides for its list.
   */
  private completesTask(parent: Frame, b: Block): boolean {
    if (!parent.nonTasks) return true;
    let parts = this.sentenceParts.get(parent);
    if (parts === undefined) {
      parts = continuesSentence(b.text);
      this.sentenceParts.set(parent, parts);
    }
    return parts;
  }

  /** The addressees a header names, recorded for --explain with the rule that read it. */
  private headerAddressees(header: AddresseeReading, b: Block, reason: ReasonId): string[] {
    const ids = this.addressees.add(header, b.textLine, { read: readBlockText(this.input.segmented, b), at: 0 });
    this.input.decisions?.add(b.textLine, `адресат ${ids.join(', ')} «${header.parts.map((p) => p.normalized).join('; ')}»`, reason);
    return ids;
  }

  /** The block's whole text is the task's. */
  private addBlockTask(b: Block, label: string | null, parent: Frame | null, reason: ReasonId): Task {
    return this.addTask(b, b.text, { read: readBlockText(this.input.segmented, b), at: 0, line: b.line === b.endLine ? b.line : undefined }, label, parent, reason);
  }

  /** A task written as `written`, which stands at `where` in the block's text read. */
  private addTask(b: Block, written: string, where: PhraseAt, label: string | null, parent: Frame | null, reason: ReasonId): Task {
    const { readings } = this.input;
    const glued = b.kind === 'table-row' ? null : splitGlued(b);
    const text = glued ? glued.text : written;
    const trailing = readTrailing(text);
    const inline = readings.inlineAddressee(text);
    const charged = inline ? null : readings.chargedAddressee(text);
    const block = nearestAddressee(this.stack);
    const named = inline ?? charged;
    const t: Task = {
      id: '',
      number: label,
      path: pathOf(this.stack, label),
      text,
      addresseeIds: named ? this.addressees.add(named, b.line, where) : (block?.addresseeIds ?? []),
      organizationIds: [], // filled in by src/6-entities/link after the entities are read
      sectionId: this.section?.id ?? null,
      responsible: inline?.persons.length ? inline.persons : (block?.persons ?? []),
      deadline: null,
      selfExecuting: false,
      line: b.line,
      endLine: glued?.endLine ?? b.endLine,
    };
    this.positions.task(t, { start: b.textStart, end: glued ? lineEnd(this.input.segmented.text, this.input.segmented.lineStarts, glued.endLine) : b.span.end });
    this.why?.read(t, reason, inline ? 'addressee.inline' : charged ? 'addressee.charged' : null, this.addressees.byId(block?.addresseeIds[0]));
    if (trailing) this.notes.apply([t], trailing, b.line, 'deadline.annotation', where);
    // after an inline addressee the task's own words start: "Руководителям ОО постоянно
    // информировать …" has its deadline first, as "Постоянно информировать …" has
    if (!t.deadline) this.ownText.push({ task: t, text: inline ? text.slice(inline.end) : text, where: inline ? { ...where, at: where.at + inline.end } : where });
    // a container's own line gives way to the tasks it heads
    for (let j = this.stack.length - 1; j >= 0; j--) {
      const f = this.stack[j]!;
      if (f.container && f.task) {
        this.dropped.add(f.task);
        f.task = null;
        break;
      }
      if (f.container) break;
    }
    this.tasks.push(t);
    this.notes.read({ task: t, parent, list: this.listOf(b), inline: inline !== null });
    for (const g of glued?.annotations ?? []) this.gluedAnnotation(t, g, parent);
    return t;
  }

  /** An annotation line written under the task in its own block ("1.2. Разработать …\nСрок: …"). */
  private gluedAnnotation(t: Task, g: GluedAnnotation, parent: Frame | null): void {
    const { text, lineStarts } = this.input.segmented;
    const where = { read: new ReadText(g.text, text, lineStarts[g.line - 1]! + g.lead), at: 0 };
    this.notes.glued(t, g, parent, this.i + 1, where, this.everyTask);
  }

  /** Own-text deadlines, ids, self-execution, and what --explain says. */
  private finish(): TaskOutput {
    const { tasks, dropped, why } = this;
    const { lineStarts } = this.input.segmented;
    const lineOf = (offset: number) => lineAt(lineStarts, offset);
    // a deadline in the task's own words, for tasks no "Срок:" line or cell has given one, or only one written for several
    for (const { task, text, where } of this.ownText) {
      if (dropped.has(task) || !this.notes.mayTakeOwnDeadline(task)) continue;
      const own = deadlineInText(text, where, lineOf, this.input.deadlineContext);
      if (own) {
        this.notes.setDeadline(task, own.deadline, own.span);
        why?.deadline(task, 'deadline.own-text');
      }
    }
    const kept = this.everyTask();
    kept.forEach((t, k) => {
      t.id = `t${k + 1}`;
      // from the final text: the items of "3. Провести:" are part of it by now
      t.selfExecuting = isSelfExecutingTask(t);
    });
    const addressees = this.addressees.all;
    if (why && this.input.decisions) why.record(this.input.decisions, tasks, dropped, addressees);
    return { addressees, tasks: kept, positions: this.positions.build(kept, addressees) };
  }

  /** Why a block opened as a directive: the shape it opens with, or an infinitive later in its first sentence. */
  private directiveReason(text: string): ReasonId {
    return this.input.readings.directiveOpening(text) ?? 'task.early-infinitive';
  }

  /** A paragraph right after a numbered task that is that item's second paragraph (lookahead.ts): the task it continues. */
  private itemContinued(): Task | null {
    return this.notes.itemContinued(this.i);
  }

}
