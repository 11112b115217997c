// Items a resolution carries out by being adopted ("Информацию … принять к
// сведению", "Утвердить план …") charge nobody and run to no date: the
// addressee and deadline rules do not ask them for either. An item that has a
// deadline was given one because someone must do the work by then.
import type { Task } from '../../schema/output.js';
import { isSelfExecutingDecision } from '../../structure/directives.js';

export function isTakenByAdoption(task: Task): boolean {
  return task.deadline === null && task.addresseeIds.length === 0 && task.responsible.length === 0 && isSelfExecutingDecision(task.text);
}
