// Tasks grouped into the lists they were written in. A task written as a list
// item is in its item's list of the structure's list tree (5-structure/list-tree.ts):
// "по вопросам качества:" and "по вопросам воспитания:" head two lists even when
// no label tells them apart. A task written outside lists (a paragraph, a plan
// row) goes with its neighbour of the same parent label path. Either way a list
// keeps to one section and one set of addressees. deadline-missing compares a
// task with the rest of its own list, never the whole document.
import type { Task } from '../../shared/schema/output.js';
import { itemAt, type ListNode } from '../../5-structure/list-tree.js';
import type { CheckedDocument } from '../types.js';

export function taskLists(doc: CheckedDocument): Task[][] {
  const listOf = itemLists(doc);
  const lists: Task[][] = [];
  let previous: Task | null = null;
  let previousList: ListNode | null = null;
  for (const task of doc.output.tasks) {
    const list = listOf(task);
    if (!previous || !sameList(previous, previousList, task, list)) lists.push([]);
    lists[lists.length - 1]!.push(task);
    previous = task;
    previousList = list;
  }
  return lists;
}

/** The list of the item a task is written as (the task starts where the item's text does), or null. */
function itemLists(doc: CheckedDocument): (task: Task) => ListNode | null {
  const itemOf = itemAt(doc.lists);
  return (task) => {
    const start = doc.positions.tasks.get(task.id)?.start;
    return start === undefined ? null : (itemOf(start)?.list ?? null);
  };
}

/** The same list of the tree (two items) or the same parent label path; the same section and addressees. */
function sameList(a: Task, aList: ListNode | null, b: Task, bList: ListNode | null): boolean {
  const together = aList && bList ? aList === bList : sameStrings(a.path, b.path, 1);
  return together && a.sectionId === b.sectionId && sameStrings(a.addresseeIds, b.addresseeIds, 0);
}

/** Equal arrays once the last `drop` elements of each are left out (compared in place: no key string per task). */
function sameStrings(a: readonly string[], b: readonly string[], drop: number): boolean {
  const n = Math.max(0, a.length - drop);
  if (n !== Math.max(0, b.length - drop)) return false;
  for (let i = 0; i < n; i++) if (a[i] !== b[i]) return false;
  return true;
}
