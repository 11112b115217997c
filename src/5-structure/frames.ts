// The open lists and headers around the block being read, innermost last.
// Lists nest by their marker style: an item whose style is open further up the
// stack is a sibling there; a new style opens a nested list. When one style is
// open at two levels ("1." headers with "1." tasks), numbering continuity
// decides: "2." follows "1.", not "10.".
import type { Block } from '../3-segment/segmenter.js';
import type { Task } from '../shared/schema/output.js';
import { labelOrdinal as ordinal, markerSignature } from '../3-segment/labels.js';

export interface Frame {
  kind: 'section' | 'addressee' | 'header' | 'item';
  /** marker signature of the block that opened the frame, null for paragraphs */
  sig: string | null;
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
  return { sig: null, label: null, addresseeIds: [], persons: [], nonTasks: false, tasksContext: false, container: false, task: null, ...f };
}

/** The marker signature of an item (3-segment/labels.ts), null for any other block. */
export function signature(b: Block): string | null {
  return b.kind === 'item' ? markerSignature(b) : null;
}

/**
 * Lists nest at most this deep: deeper numbering in real documents is "1.2.3.",
 * one label, not a stack of frames. Without a bound, hostile input (300,000
 * "1." headers in a row) would give task paths as long as the document.
 */
export const MAX_NESTING = 16;

/** Index of the open frame the item is a sibling of, or -1 for a new nested list. */
export function siblingLevel(stack: Frame[], sig: string | null, label: string | null): number {
  const level = styleLevel(stack, sig, label);
  return level < 0 && stack.length >= MAX_NESTING ? stack.length - 1 : level;
}

function styleLevel(stack: Frame[], sig: string | null, label: string | null): number {
  if (sig === null) return -1;
  const n = ordinal(label);
  if (n === 1) return restartLevel(stack, sig);
  let topmost = -1;
  for (let j = stack.length - 1; j >= 0; j--) {
    const f = stack[j]!;
    if (f.sig !== sig) continue;
    if (topmost < 0) topmost = j;
    const prev = ordinal(f.label);
    if (n !== null && prev !== null && prev + 1 === n) return j;
  }
  return topmost;
}

/**
 * Numbering that starts again at 1 under a header opens a list of its own
 * ("1. Руководителям школ:" / "1. Организовать …"). After an item of the same
 * style that heads nothing (no ":" at its end, no header below it), it starts
 * a new list beside the old one: "…; 9. Провести …" / "1. Обеспечить …".
 */
function restartLevel(stack: Frame[], sig: string): number {
  for (let j = stack.length - 1; j >= 0; j--) {
    const f = stack[j]!;
    if (f.kind !== 'item' || f.container) return -1;
    if (f.sig === sig) return j;
  }
  return -1;
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
