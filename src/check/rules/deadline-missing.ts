import type { Rule } from '../types.js';
import { RULE_TEXT } from '../messages.js';
import { itemName, spanOf } from '../locate.js';
import { taskLists } from './task-lists.js';

/** In a list where some tasks carry a deadline, the ones without one were most likely forgotten. */
export const deadlineMissing: Rule = {
  meta: {
    id: 'deadline-missing',
    defaultSeverity: 'warn',
    description: RULE_TEXT['deadline-missing'].description,
    docs: 'A task has no deadline while other tasks of the same list (same parent item, section and addressees) have one. A list where no task has a deadline is not reported: the whole list is then open-ended by intent.',
    fixable: false,
  },
  check(doc, context) {
    for (const list of taskLists(doc.output.tasks)) {
      if (list.length < 2 || !list.some((t) => t.deadline)) continue;
      for (const task of list) {
        if (task.deadline) continue;
        context.report({ messageId: 'missing', data: { item: itemName(task.number, task.text) }, ...spanOf(doc, task.line) });
      }
    }
  },
};
