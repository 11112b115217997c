// The open sections, headers, addressee blocks and list items around the block
// being read, innermost last. Which list an item is in, and which item that list
// is nested under, is the list tree's (list-tree.ts): reading an item closes the
// frames down to its parent item's, so the stack holds the path of labels to the
// item (`Task.path`) and what the headers above it say of it.
import type { Task } from '../shared/schema/output.js';
import type { ItemNode } from './list-tree.js';

export interface Frame {
  kind: 'section' | 'addressee' | 'header' | 'item';
  /** the list item that opened the frame (list-tree.ts), null for a paragraph or a heading */
  node: ItemNode | null;
  /** path component, or null */
  label: string | null;
  /** addressee ids given to the tasks below */
  addresseeIds: string[];
  /** people named with the addressee: responsible for the tasks below */
  persons: string[];
  /** the items below are not tasks (topics, tracks, practices, attendees) */
  nonTasks: boolean;
  /** the items below are tasks when they carry an infinitive (addressee blocks, "РЕШИЛИ:") */
  tasksContext: boolean;
  /** the block ends with ":" and heads what follows */
  container: boolean;
  /** the item's own task (for a container: dropped once it gets tasks of its own) */
  task: Task | null;
}

/** A frame of `kind`: nothing below it, no addressee, no context, unless `f` says so. */
export function frame(f: Partial<Frame> & Pick<Frame, 'kind'>): Frame {
  return { node: null, label: null, addresseeIds: [], persons: [], nonTasks: false, tasksContext: false, container: false, task: null, ...f };
}

/**
 * Close what the item is not inside (its place is the list tree's, list-tree.ts).
 * An item of a list whose earlier item is open takes that item's place, with
 * whatever was opened inside it, headers too ("I. ОБЩИЕ ПОЛОЖЕНИЯ" /
 * "Участники отмечают:" / "1. …" / "II. …"). Otherwise the frames items opened
 * are closed down to the nearest item the list is nested in (its parent, or the
 * part it is in when a paragraph has closed the parent), or, for a list at the
 * top of its scope, down to the header, addressee block or section around it:
 * a frame no item opened heads the scope the list is in.
 */
export function closeListsAround(stack: Frame[], item: ItemNode | null): void {
  if (item) {
    for (let j = stack.length - 1; j >= 0; j--) {
      if (stack[j]!.node?.list === item.list) {
        stack.length = j;
        return;
      }
    }
  }
  let j = stack.length;
  while (j > 0 && stack[j - 1]!.node !== null && !(item && isAncestor(stack[j - 1]!.node!, item))) j--;
  stack.length = j;
}

/** `node` is an item `item`'s list is nested in, at any depth. */
function isAncestor(node: ItemNode, item: ItemNode): boolean {
  for (let p = item.list.parent; p; p = p.list.parent) if (p === node) return true;
  return false;
}

export type Context = 'non-tasks' | 'tasks' | 'free';

/** What the nearest header above says about the items below it. */
export function contextOf(stack: Frame[]): Context {
  for (let j = stack.length - 1; j >= 0; j--) {
    const f = stack[j]!;
    if (f.nonTasks) return 'non-tasks';
    if (f.tasksContext || f.kind === 'addressee') return 'tasks';
    if (f.container) return 'free';
  }
  return 'free';
}

/** Close every list and header down to the innermost section. */
export function popToSections(stack: Frame[]): void {
  while (stack.length && stack[stack.length - 1]!.kind !== 'section') stack.pop();
}

/** Close the addressee block and everything inside it. */
export function popAddressees(stack: Frame[]): void {
  const at = stack.findIndex((f) => f.kind === 'addressee');
  if (at >= 0) stack.length = at;
}

export function nearestAddressee(stack: Frame[]): Frame | null {
  for (let j = stack.length - 1; j >= 0; j--) if (stack[j]!.kind === 'addressee') return stack[j]!;
  return null;
}

export function pathOf(stack: Frame[], own: string | null): string[] {
  const path: string[] = [];
  for (const f of stack) if (f.label !== null) path.push(f.label);
  if (own !== null) path.push(own);
  return path;
}
