import type { Rule } from '../types.js';
import { RULE_TEXT } from '../../shared/messages/rules.js';
import { reportDeadlineProblem } from './deadline-problem.js';

/** The deadline grammar leaves a year-less date without dates when the document has no date; this rule reports it. */
export const deadlineYearUnknown: Rule = {
  meta: {
    id: 'deadline-year-unknown',
    defaultSeverity: 'warn',
    description: RULE_TEXT['deadline-year-unknown'].description,
    docs: 'A deadline names a day or a month without a year ("до 1 сентября", "в декабре") and the document has no date to take the year from, so the deadline cannot be placed in time (problem "year-unknown"). Write the year ("до 1 сентября 2024 г.") or date the document.',
    fixable: false,
  },
  check(doc, context) {
    reportDeadlineProblem(doc, context, 'year-unknown', 'unknown');
  },
};
