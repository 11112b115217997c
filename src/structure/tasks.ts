// One pass over the blocks that builds addressee blocks and tasks.
// Headers (addressees, containers, announcements of non-task lists) open
// frames; items nest by marker style (frames.ts); "Срок:"/"Ответственный:"
// lines annotate the tasks just read: the one before them, or every item of
// the list they close.
import type { Block, Segmented } from '../segment/segmenter.js';
import type { Addressee, Section, Task } from '../schema/output.js';
import type { DeadlineContext } from '../extract/deadline/index.js';
import { readAddresseeHeader, readInlineAddressee, type AddresseeReading } from './addressees.js';
import { announcesNonTasks, hasEarlyInfinitive, opensWithDirective } from './directives.js';
import { readAttachment, splitTrailing, type Attachment } from './attachments.js';
import { splitResponsible } from './responsible.js';
import { deadlineFromPhrase, deadlineInText } from './deadlines.js';
import { readPlanTable } from './tables.js';
import { contextOf, nearestAddressee, pathOf, siblingLevel, signature, type Frame } from './frames.js';
import type { SectionMark } from './sections.js';

export interface TaskInput {
  segmented: Segmented;
  /** cleaned source lines; index 0 is line 1 */
  lines: string[];
  sections: SectionMark[];
  deadlineContext: DeadlineContext;
}

export interface TaskOutput {
  addressees: Addressee[];
  tasks: Task[];
}

interface Pending {
  task: Task;
  parent: Frame | null;
}

export function findTasks(input: TaskInput): TaskOutput {
  const { segmented, lines, sections, deadlineContext } = input;
  const blocks = segmented.blocks;
  const marks = new Map(sections.map((m) => [m.blockIndex, m]));
  const pageNumbers = new Set(segmented.pageNumberLines);
  const addressees: Addressee[] = [];
  const tasks: Task[] = [];
  const dropped = new Set<Task>();
  let stack: Frame[] = [];
  let section: Section | null = null;
  let pending: Pending[] = [];
  let lastGroup: Task[] = [];

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

  const addTask = (b: Block, text: string, own: { label: string | null }, parent: Frame | null): Task => {
    const trailing = splitTrailing(text);
    const inline = readInlineAddressee(trailing.text);
    const block = nearestAddressee(stack);
    const t: Task = {
      id: '',
      number: own.label,
      path: pathOf(stack, own.label),
      text,
      addresseeIds: inline ? addAddressees(inline, b.line) : (block?.addresseeIds ?? []),
      sectionId: section?.id ?? null,
      responsible: inline?.persons.length ? inline.persons : (block?.persons ?? []),
      deadline: null,
      line: b.line,
      endLine: b.endLine,
    };
    if (trailing.attachment) applyAttachment([t], trailing.attachment, b.line);
    t.deadline ??= deadlineInText(text, b, deadlineContext);
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
    pending.push({ task: t, parent });
    return t;
  };

  const applyAttachment = (targets: Task[], a: Attachment, line: number) => {
    for (const t of targets) {
      if (a.deadline) t.deadline = deadlineFromPhrase(a.deadline, line, deadlineContext);
      if (a.responsible) t.responsible = splitResponsible(a.responsible);
    }
  };

  /** "Срок: …" after tasks: the last task's list, since the previous annotation. */
  const annotate = (a: Attachment, line: number) => {
    let group = lastGroup;
    if (pending.length) {
      const parent = pending[pending.length - 1]!.parent;
      group = pending.filter((p) => p.parent === parent).map((p) => p.task);
    }
    applyAttachment(group, a, line);
    lastGroup = group;
    pending = [];
  };

  for (let i = 0; i < blocks.length; i++) {
    const b = blocks[i]!;
    const mark = marks.get(i);
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
      let end = i;
      while (end + 1 < blocks.length && blocks[end + 1]!.kind === 'table-row' && blocks[end + 1]!.table === b.table) end++;
      const plan = readPlanTable(blocks.slice(i, end + 1));
      if (plan) {
        const parent = top() ?? null;
        for (const r of plan.rows) {
          const t = addTask(r.row, r.text, { label: r.number }, parent);
          if (r.deadline) t.deadline = deadlineFromPhrase(r.deadline, r.row.line, deadlineContext);
          if (r.responsible) t.responsible = splitResponsible(r.responsible);
        }
        pending = [];
      }
      i = end;
      continue;
    }

    if (b.kind !== 'item') {
      const attachment = readAttachment(b.text);
      if (attachment) {
        annotate(attachment, b.line);
        continue;
      }
      const header = b.endsWithColon ? readAddresseeHeader(b.text) : null;
      if (header) {
        popAddressees();
        // an addressee block stays inside a container item that heads tasks ("1. Определить задачи:")
        while (stack.length && top()!.kind !== 'section' && !(top()!.kind === 'item' && top()!.container && top()!.tasksContext)) stack.pop();
        stack.push(frame({ kind: 'addressee', label: recoveredLabel(i), addresseeIds: addAddressees(header, b.line), persons: header.persons }));
        pending = [];
        continue;
      }
      const ctx = contextOf(stack);
      const directive = ctx !== 'non-tasks' && (opensWithDirective(b.text) || (ctx === 'tasks' && hasEarlyInfinitive(b.text)));
      if (b.endsWithColon) {
        popToSections();
        if (directive) {
          const f = frame({ kind: 'item', container: true, tasksContext: true, nonTasks: announcesNonTasks(b.text) });
          f.task = addTask(b, b.text, { label: null }, top() ?? null);
          stack.push(f);
        } else stack.push(frame({ kind: 'header', container: true, nonTasks: announcesNonTasks(b.text) }));
        pending = [];
        continue;
      }
      if (directive) {
        while (stack.length && top()!.kind === 'item') stack.pop();
        addTask(b, b.text, { label: null }, top() ?? null);
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
    const header = b.endsWithColon ? readAddresseeHeader(b.text) : null;
    if (header) {
      popAddressees();
      stack.push(frame({ kind: 'addressee', sig, label: b.label, addresseeIds: addAddressees(header, b.line), persons: header.persons }));
      pending = [];
      continue;
    }
    const ctx = contextOf(stack);
    const isTask = ctx === 'non-tasks' ? false : ctx === 'tasks' ? opensWithDirective(b.text) || hasEarlyInfinitive(b.text) : opensWithDirective(b.text);
    const parent = top() ?? null;
    const f = frame({ kind: 'item', sig, label: b.label, container: b.endsWithColon });
    if (b.endsWithColon) {
      f.nonTasks = announcesNonTasks(b.text) || (!isTask && ctx === 'non-tasks');
      f.tasksContext = isTask && !f.nonTasks;
    }
    if (isTask) f.task = addTask(b, b.text, { label: b.label }, parent);
    stack.push(f);
  }

  const kept = tasks.filter((t) => !dropped.has(t));
  kept.forEach((t, k) => (t.id = `t${k + 1}`));
  return { addressees, tasks: kept };

  /**
   * A label left alone on its line by a conversion ("1" / blank / "Руководителям …:")
   * was taken for a page number; it is the header's label when the next header
   * of the list carries the next number ("2. Управлению образованием:").
   */
  function recoveredLabel(i: number): string | null {
    const b = blocks[i]!;
    const prevEnd = i > 0 ? blocks[i - 1]!.endLine : 0;
    for (let l = b.line - 1; l > prevEnd; l--) {
      if (!pageNumbers.has(l)) continue;
      const n = Number((lines[l - 1] ?? '').replace(/[^0-9]/g, ''));
      if (!n) return null;
      for (let j = i + 1; j < blocks.length; j++) {
        const o = blocks[j]!;
        if (o.kind === 'item' && o.endsWithColon && o.label === String(n + 1)) return String(n);
      }
      return null;
    }
    return null;
  }
}
