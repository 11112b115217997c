// Tasks grouped into the lists they were written in: consecutive tasks with
// the same parent label path, section and addressees. Deadline and addressee
// rules compare a task with the rest of its own list, never the whole document.
import type { Task } from '../../shared/schema/output.js';

export function taskLists(tasks: readonly Task[]): Task[][] {
  const lists: Task[][] = [];
  let previous: Task | null = null;
  for (const task of tasks) {
    if (!previous || !sameList(previous, task)) lists.push([]);
    lists[lists.length - 1]!.push(task);
    previous = task;
  }
  return lists;
}

/** Same parent label path, section and addressees (compared in place: no key string per task). */
function sameList(a: Task, b: Task): boolean {
  return a.sectionId === b.sectionId && sameStrings(a.path, b.path, 1) && sameStrings(a.addresseeIds, b.addresseeIds, 0);
}

/** Equal arrays once the last `drop` elements of each are left out. */
function sameStrings(a: readonly string[], b: readonly string[], drop: number): boolean {
  const n = Math.max(0, a.length - drop);
  if (n !== Math.max(0, b.length - drop)) return false;
  for (let i = 0; i < n; i++) if (a[i] !== b[i]) return false;
  return true;
}
