import type { Rule } from '../types.js';
import { RULE_TEXT } from '../../shared/messages/rules.js';
import { reportDeadlineProblem } from './deadline-problem.js';

export const deadlineInvalidDate: Rule = {
  meta: {
    id: 'deadline-invalid-date',
    defaultSeverity: 'error',
    description: RULE_TEXT['deadline-invalid-date'].description,
    docs: 'A deadline names a day that does not exist: "31.02.2024", "30 февраля", "31 июня". The deadline grammar marks such dates (problem "invalid-date"); the task cannot be scheduled until the date is corrected.',
    fixable: false,
  },
  check(doc, context) {
    reportDeadlineProblem(doc, context, 'invalid-date', 'invalid');
  },
};
