// One pass over the blocks that builds addressee blocks and tasks.
// Headers (addressees, containers, announcements of non-task lists) open
// frames; items nest by marker style (frames.ts); "Срок:"/"Ответственный:"
// lines annotate the tasks just read: the one before them, or every item of
// the list they close.
import type { Block, Segmented } from '../segment/segmenter.js';
import type { Addressee, Section, Task } from '../schema/output.js';
import type { DeadlineContext } from '../extract/deadline/index.js';
import type { AddresseeReading } from './addressees.js';
import type { BlockReadings } from './block-readings.js';
import { announcesNonTasks, announcesTasks, hasEarlyInfinitive, isSelfExecutingTask, isTopicHeader, leadingProtocolPart } from './directives.js';
import { readAttachment, readTrailing, splitGlued, type Attachment } from './attachments.js';
import { splitResponsible } from './responsible.js';
import { deadlineFromPhrase, deadlineInText, deadlineOfItem } from './deadlines.js';
import type { PlanRun } from './tables.js';
import { contextOf, nearestAddressee, pathOf, siblingLevel, signature, type Frame } from './frames.js';
import type { SectionMark } from './sections.js';
import type { Decisions, ReasonId } from './decisions.js';
import { TaskReasons } from './task-reasons.js';

export interface TaskInput {
  segmented: Segmented;
  /** cleaned source lines; index 0 is line 1 */
  lines: string[];
  sections: SectionMark[];
  plans: PlanRun[];
  deadlineContext: DeadlineContext;
  readings: BlockReadings;
  /** the blocks of the document's title ("# РЕЗОЛЮЦИЯ" / "# августовской конференции …"): no addressee heads there */
  titleBlocks?: ReadonlySet<number>;
  /** where `--explain` collects why each block became what it is (absent: nothing is recorded) */
  decisions?: Decisions | undefined;
}

export interface TaskOutput {
  addressees: Addressee[];
  tasks: Task[];
}

interface Pending {
  task: Task;
  parent: Frame | null;
  /** marker signature of the task's item (null for a paragraph) */
  sig: string | null;
  /** the task names its own addressee ("Руководителям ШМО скорректировать …") */
  inline: boolean;
}

export function findTasks(input: TaskInput): TaskOutput {
  const { segmented, lines, sections, deadlineContext, readings } = input;
  const plans = new Map(input.plans.map((p) => [p.start, p]));
  const blocks = segmented.blocks;
  const marks = new Map(sections.map((m) => [m.blockIndex, m]));
  const pageNumbers = new Set(segmented.pageNumberLines);
  const addressees: Addressee[] = [];
  const tasks: Task[] = [];
  const dropped = new Set<Task>();
  const ownText: { task: Task; block: Block; text: string }[] = [];
  let stack: Frame[] = [];
  let section: Section | null = null;
  let pending: Pending[] = [];
  let lastGroup: Task[] = [];
  /** lists whose items carry annotations of their own */
  const perItem = new Set<Frame | null>();
  const why = input.decisions ? new TaskReasons() : null;
  /** tasks whose deadline was written once for several: their own words, if they have one, win */
  const listWide = new Set<Task>();

  const frame = (f: Partial<Frame> & Pick<Frame, 'kind'>): Frame => ({
    sig: null, label: null, addresseeIds: [], persons: [], nonTasks: false, tasksContext: false, container: false, task: null, ...f,
  });
  const top = () => stack[stack.length - 1];
  const popToSections = () => {
    while (stack.length && top()!.kind !== 'section') stack.pop();
  };
  const popAddressees = () => {
    const at = stack.findIndex((f) => f.kind === 'addressee');
    if (at >= 0) stack.length = at;
  };
  const addAddressees = (reading: AddresseeReading, line: number): string[] =>
    reading.parts.map((p) => {
      const a: Addressee = { id: `a${addressees.length + 1}`, text: p.text, normalized: p.normalized, line };
      addressees.push(a);
      return a.id;
    });

  /** The addressees a header names, recorded for --explain with the rule that read it. */
  const headerAddressees = (header: AddresseeReading, b: Block, reason: ReasonId): string[] => {
    const ids = addAddressees(header, b.textLine);
    input.decisions?.add(b.textLine, `адресат ${ids.join(', ')} «${header.parts.map((p) => p.normalized).join('; ')}»`, reason);
    return ids;
  };

  const addTask = (b: Block, written: string, own: { label: string | null }, parent: Frame | null, reason: ReasonId): Task => {
    const glued = b.kind === 'table-row' ? null : splitGlued(b);
    const text = glued ? glued.text : written;
    const trailing = readTrailing(text);
    const inline = readings.inlineAddressee(text);
    const charged = inline ? null : readings.chargedAddressee(text);
    const block = nearestAddressee(stack);
    const t: Task = {
      id: '',
      number: own.label,
      path: pathOf(stack, own.label),
      text,
      addresseeIds: inline ? addAddressees(inline, b.line) : charged ? addAddressees(charged, b.line) : (block?.addresseeIds ?? []),
      organizationIds: [], // filled in by src/link after the entities are read
      sectionId: section?.id ?? null,
      responsible: inline?.persons.length ? inline.persons : (block?.persons ?? []),
      deadline: null,
      selfExecuting: false,
      line: b.line,
      endLine: glued?.endLine ?? b.endLine,
    };
    if (why) {
      why.task(t, reason);
      const header = block && addressees.find((a) => a.id === block.addresseeIds[0]);
      if (inline) why.addressee(t, 'addressee.inline');
      else if (charged) why.addressee(t, 'addressee.charged');
      else why.addressee(t, header ? 'addressee.block' : 'addressee.none', header ? `строка ${header.line}` : undefined);
    }
    if (trailing) applyAttachment([t], trailing, b.line, 'deadline.annotation');
    // after an inline addressee the task's own words start: "Руководителям ОО постоянно
    // информировать …" has its deadline first, as "Постоянно информировать …" has
    if (!t.deadline) ownText.push({ task: t, block: b, text: inline ? text.slice(inline.end) : text });
    // a container's own line gives way to the tasks it heads
    for (let j = stack.length - 1; j >= 0; j--) {
      const f = stack[j]!;
      if (f.container && f.task) {
        dropped.add(f.task);
        f.task = null;
        break;
      }
      if (f.container) break;
    }
    tasks.push(t);
    pending.push({ task: t, parent, sig: signature(b), inline: inline !== null });
    for (const g of glued?.annotations ?? []) {
      if (g.hanging) {
        // the list is annotated item by item: a later "Срок:" line is its item's own too
        applyAttachment([t], g.attachment, g.line, 'deadline.annotation');
        perItem.add(parent);
      }
      else annotate(g.attachment, g.line, i + 1);
    }
    return t;
  };

  const applyAttachment = (targets: Task[], a: Attachment, line: number, reason: ReasonId) => {
    const shared = targets.length > 1;
    for (const t of targets) {
      if (a.deadline) {
        const d = deadlineOfItem(a.deadline, t.number, shared, line, deadlineContext);
        // a deadline written once for several items fills in those without their own
        if (d && !(shared && d.shared && t.deadline)) {
          t.deadline = d.deadline;
          if (shared && d.shared) listWide.add(t);
          why?.deadline(t, shared && d.shared ? 'deadline.list-annotation' : reason, `строка ${line}`);
        }
      }
      if (a.responsible) t.responsible = splitResponsible(a.responsible);
    }
  };

  /**
   * "Срок: …" after tasks. Followed by another item of the same list, it is the
   * last task's own; closing the list, it belongs to every item of the list
   * read since the previous annotation.
   */
  const annotate = (a: Attachment, line: number, next: number) => {
    let group = lastGroup;
    const last = pending[pending.length - 1];
    if (a.allItems) group = tasks.filter((t) => !dropped.has(t));
    else if (last) {
      // the last item read, with the paragraphs that continue it
      const itemAt = pending.findLastIndex((p) => p.sig !== null);
      const listGoesOn = continuesList(blocks[next], pending[itemAt]?.sig ?? null);
      // a list annotated item by item, or an item with its own addressee, keeps the annotation to itself
      const own = listGoesOn || last.inline || perItem.has(last.parent);
      if (own) perItem.add(last.parent);
      const ownFrom = listGoesOn ? itemAt : pending.length - 1;
      group = own ? pending.slice(ownFrom).map((p) => p.task) : pending.filter((p) => p.parent === last.parent).map((p) => p.task);
    }
    applyAttachment(group, a, line, group.length > 1 ? 'deadline.list-annotation' : 'deadline.annotation');
    lastGroup = group;
    pending = [];
  };

  let i = 0;
  for (; i < blocks.length; i++) {
    const b = blocks[i]!;
    const mark = marks.get(i);
    if (!mark && input.titleBlocks?.has(i)) continue;
    if (mark) {
      section = mark.section;
      if (mark.kind === 'explicit') {
        stack = [];
        pending = [];
        lastGroup = [];
        if (mark.label !== null || b.endsWithColon || mark.decisions || mark.nonTasks)
          stack.push(frame({ kind: 'section', sig: signature(b), label: mark.label, nonTasks: mark.nonTasks, tasksContext: mark.decisions }));
      } else {
        while (stack.length && !(top()!.kind === 'item' && top()!.container) && top()!.kind !== 'section') stack.pop();
      }
      continue;
    }

    if (b.kind === 'table-row') {
      const plan = plans.get(i);
      if (plan) {
        const parent = top() ?? null;
        const rows = new Map(plan.rows.map((r) => [r.row, r]));
        for (let k = i; k <= plan.end; k++) {
          section = marks.get(k)?.section ?? section; // a group row
          const r = rows.get(blocks[k]!);
          if (!r) continue;
          const t = addTask(r.row, r.text, { label: r.number }, parent, 'task.plan-row');
          if (r.deadline) {
            t.deadline = deadlineFromPhrase(r.deadline, r.row.line, deadlineContext) ?? t.deadline;
            why?.deadline(t, 'deadline.table-cell');
          }
          if (r.responsible) t.responsible = splitResponsible(r.responsible);
        }
        pending = [];
        i = plan.end;
      }
      continue;
    }

    if (b.kind !== 'item') {
      const attachment = readAttachment(b.text);
      if (attachment) {
        annotate(attachment, b.line, pastAnnotations(i + 1));
        continue;
      }
      const header = b.kind === 'heading' ? readings.addresseeHeading(b.text) : b.endsWithColon ? readings.addresseeHeader(b.text) : null;
      if (header) {
        popAddressees();
        // an addressee block stays inside a container item that heads tasks ("1. Определить задачи:")
        while (stack.length && top()!.kind !== 'section' && !(top()!.kind === 'item' && top()!.container && top()!.tasksContext)) stack.pop();
        const ids = headerAddressees(header, b, b.kind === 'heading' ? 'addressee.heading' : 'addressee.header');
        stack.push(frame({ kind: 'addressee', label: recoveredLabel(i), addresseeIds: ids, persons: header.persons }));
        pending = [];
        continue;
      }
      // "ВЫСТУПИЛИ: … предложили провести …" records the meeting: no task, and the decisions above are over
      const recordPart = leadingProtocolPart(b.text);
      if (recordPart && !recordPart.decisions) {
        input.decisions?.add(b.line, 'абзац', 'not-task.protocol-record');
        popToSections();
        if (top()?.tasksContext) stack.pop();
        pending = [];
        lastGroup = [];
        continue;
      }
      const owner = b.endsWithColon ? null : itemContinued(i);
      if (owner) {
        why?.part(b.line, owner, 'task.second-paragraph');
        owner.text = `${owner.text} ${b.text}`;
        owner.endLine = b.endLine;
        continue;
      }
      const ctx = contextOf(stack);
      const directive = ctx !== 'non-tasks' && (readings.opensWithDirective(b.text) || (ctx === 'tasks' && hasEarlyInfinitive(b.text)));
      if (b.endsWithColon) {
        popToSections();
        if (directive) {
          const f = frame({ kind: 'item', container: true, tasksContext: true, nonTasks: announcesNonTasks(b.text) });
          f.task = addTask(b, b.text, { label: null }, top() ?? null, directiveReason(b.text));
          stack.push(f);
        } else if (isTopicHeader(b.text)) {
          const around = contextOf(stack);
          stack.push(frame({ kind: 'header', container: true, nonTasks: around === 'non-tasks', tasksContext: around === 'tasks' }));
        } else {
          const nonTasks = announcesNonTasks(b.text);
          stack.push(frame({ kind: 'header', container: true, nonTasks, tasksContext: !nonTasks && announcesTasks(b.text) }));
        }
        pending = [];
        continue;
      }
      if (directive) {
        while (stack.length && top()!.kind === 'item') stack.pop();
        addTask(b, b.text, { label: null }, top() ?? null, directiveReason(b.text));
        continue;
      }
      popToSections();
      pending = [];
      lastGroup = [];
      continue;
    }

    // an item
    const sig = signature(b);
    const level = siblingLevel(stack, sig, b.label);
    if (level >= 0) stack.length = level;
    const header = b.endsWithColon ? readings.addresseeHeader(b.text) : null;
    if (header) {
      popAddressees();
      const ids = headerAddressees(header, b, 'addressee.header');
      stack.push(frame({ kind: 'addressee', sig, label: b.label, addresseeIds: ids, persons: header.persons }));
      pending = [];
      continue;
    }
    const ctx = contextOf(stack);
    const isTask = ctx === 'non-tasks' ? false : ctx === 'tasks' ? readings.opensWithDirective(b.text) || hasEarlyInfinitive(b.text) : readings.opensWithDirective(b.text);
    const parent = top() ?? null;
    const f = frame({ kind: 'item', sig, label: b.label, container: b.endsWithColon });
    if (b.endsWithColon && !isTask && isTopicHeader(b.text)) {
      f.nonTasks = ctx === 'non-tasks';
      f.tasksContext = ctx === 'tasks';
    } else if (b.endsWithColon) {
      f.nonTasks = announcesNonTasks(b.text) || (!isTask && ctx === 'non-tasks');
      f.tasksContext = isTask && !f.nonTasks;
    }
    if (isTask) f.task = addTask(b, b.text, { label: b.label }, parent, directiveReason(b.text));
    else if (parent?.container && parent.task && !parent.nonTasks) {
      why?.part(b.line, parent.task, 'task.items-complete');
      // "3. Провести:" / "1) семинар …;" / "2) неделю открытых уроков." — the items complete the task
      parent.task.text = `${parent.task.text} ${b.marker ?? ''} ${b.text}`.replace(/\s+/g, ' ');
      parent.task.endLine = b.endLine;
    }
    else input.decisions?.add(b.line, `пункт ${b.label ?? b.marker ?? ''}`.trim(), ctx === 'non-tasks' ? 'not-task.non-task-list' : 'not-task.no-directive');
    stack.push(f);
  }

  // a deadline in the task's own words, for tasks no "Срок:" line or cell has given one, or only one written for several
  for (const { task, block, text } of ownText) {
    if (dropped.has(task) || (task.deadline && !listWide.has(task))) continue;
    const own = deadlineInText(text, block, lines, deadlineContext);
    if (own) {
      task.deadline = own;
      why?.deadline(task, 'deadline.own-text');
    }
  }
  const kept = tasks.filter((t) => !dropped.has(t));
  kept.forEach((t, k) => {
    t.id = `t${k + 1}`;
    // from the final text: the items of "3. Провести:" are part of it by now
    t.selfExecuting = isSelfExecutingTask(t);
  });
  if (why && input.decisions) why.record(input.decisions, tasks, dropped, addressees);
  return { addressees, tasks: kept };

  /** Why a block opened as a directive: the shape it opens with, or an infinitive later in its first sentence. */
  function directiveReason(text: string): ReasonId {
    return readings.directiveOpening(text) ?? 'task.early-infinitive';
  }

  /**
   * "2. Воспитателям групп пополнить центры …" / "Особое внимание уделить …" /
   * "Срок: …" / "3. …": a paragraph without a number of its own right after a
   * numbered task is that item's second paragraph when the list goes on after
   * it (past its annotation lines), or when annotation lines follow it in a list
   * annotated item by item. Returns the task it continues.
   */
  function itemContinued(at: number): Task | null {
    const last = pending[pending.length - 1];
    if (!last || last.sig === null || blocks[at - 1]?.endLine !== last.task.endLine) return null;
    const next = pastAnnotations(at + 1);
    const annotated = next > at + 1 && perItem.has(last.parent);
    return continuesList(blocks[next], last.sig) || annotated ? last.task : null;
  }

  /** The index of the first block from `from` on that is not an annotation line ("Срок: …", "Отв.: …"). */
  function pastAnnotations(from: number): number {
    let next = from;
    while (next < blocks.length && blocks[next]!.kind === 'paragraph' && readAttachment(blocks[next]!.text)) next++;
    return next;
  }

  /**
   * A label left alone on its line by a conversion ("1" / blank / "Руководителям …:")
   * was taken for a page number; it is the header's label when the next header
   * of the list carries the next number ("2. Управлению образованием:").
   */
  function recoveredLabel(at: number): string | null {
    const b = blocks[at]!;
    const prevEnd = at > 0 ? blocks[at - 1]!.endLine : 0;
    for (let l = b.line - 1; l > prevEnd; l--) {
      if (!pageNumbers.has(l)) continue;
      const n = Number((lines[l - 1] ?? '').replace(/[^0-9]/g, ''));
      if (!n) return null;
      for (let j = at + 1; j < blocks.length; j++) {
        const o = blocks[j]!;
        if (o.kind === 'item' && o.endsWithColon && o.label === String(n + 1)) return String(n);
      }
      return null;
    }
    return null;
  }
}

/** The block is an item of the list whose marker signature is `sig`: that list goes on. */
function continuesList(block: Block | undefined, sig: string | null): boolean {
  return block !== undefined && sig !== null && block.kind === 'item' && signature(block) === sig;
}
