import type { Rule } from '../types.js';
import { RULE_TEXT } from '../../shared/messages/rules.js';
import { itemName, lineFrom, spanOf } from '../locate.js';
import { taskLists } from './task-lists.js';

/**
 * In a list where most tasks carry a deadline, the ones without one were most
 * likely forgotten. Where only a few do, those deadlines are particular to their
 * tasks ("… до 1 января 2016 года" inside one item) and the rest are open-ended.
 */
export const deadlineMissing: Rule = {
  meta: {
    id: 'deadline-missing',
    defaultSeverity: 'warn',
    description: RULE_TEXT['deadline-missing'].description,
    docs: 'A task has no deadline while more than half of the tasks of the same list (the same list of items, or for tasks written outside lists the same parent item; the same section and addressees) have one. A list where no task, or only a minority, has a deadline is not reported: the rest of the list is then open-ended by intent. A task marked `selfExecuting` (a decision the meeting carries out by adopting the document: "Информацию … принять к сведению", "Утвердить план …") needs no deadline: it is neither reported nor counted in its list. A task done when the need arises ("по мере необходимости", "по запросам школ": a deadline whose problem is `conditional`, grammars/deadlines.json "conditional") is likewise neither reported nor counted.',
    fixable: false,
  },
  check(doc, context) {
    for (const whole of taskLists(doc)) {
      const list = whole.filter((t) => !t.selfExecuting && t.deadline?.problem !== 'conditional');
      const withDeadline = list.filter((t) => t.deadline).length;
      if (list.length < 2 || withDeadline * 2 <= list.length) continue;
      for (const task of list) {
        if (task.deadline) continue;
        context.report({ messageId: 'missing', data: { item: itemName(task.number, task.text) }, ...lineFrom(doc, spanOf(doc.positions.tasks, task.id).start) });
      }
    }
  },
};
