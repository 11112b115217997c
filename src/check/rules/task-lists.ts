// Tasks grouped into the lists they were written in: consecutive tasks with
// the same parent label path, section and addressees. Deadline and addressee
// rules compare a task with the rest of its own list, never the whole document.
import type { Task } from '../../schema/output.js';

export function taskLists(tasks: readonly Task[]): Task[][] {
  const lists: Task[][] = [];
  let key: string | null = null;
  for (const task of tasks) {
    const k = listKey(task);
    if (k !== key || lists.length === 0) lists.push([]);
    lists[lists.length - 1]!.push(task);
    key = k;
  }
  return lists;
}

function listKey(task: Task): string {
  return JSON.stringify([task.path.slice(0, -1), task.sectionId, task.addresseeIds]);
}
