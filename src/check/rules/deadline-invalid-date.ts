import type { Rule } from '../types.js';
import { RULE_TEXT } from '../messages.js';
import { spanOf } from '../locate.js';

export const deadlineInvalidDate: Rule = {
  meta: {
    id: 'deadline-invalid-date',
    defaultSeverity: 'error',
    description: RULE_TEXT['deadline-invalid-date'].description,
    docs: 'A deadline names a day that does not exist: "31.02.2024", "30 февраля", "31 июня". The deadline grammar marks such dates (problem "invalid-date"); the task cannot be scheduled until the date is corrected.',
    fixable: false,
  },
  check(doc, context) {
    for (const task of doc.output.tasks) {
      const d = task.deadline;
      if (!d || d.problem !== 'invalid-date') continue;
      context.report({ messageId: 'invalid', data: { text: d.text }, ...spanOf(doc, d.line, d.text) });
    }
  },
};
