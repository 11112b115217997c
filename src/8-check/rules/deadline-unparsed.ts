import type { Rule } from '../types.js';
import { RULE_TEXT } from '../../shared/messages/rules.js';
import { reportDeadlineProblem } from './deadline-problem.js';

/** The deadline grammar marks what it could not read; this rule only reports it. */
export const deadlineUnparsed: Rule = {
  meta: {
    id: 'deadline-unparsed',
    defaultSeverity: 'warn',
    description: RULE_TEXT['deadline-unparsed'].description,
    docs: 'A deadline is written ("Срок: …") but the phrase is not one the deadline grammar understands, e.g. "по мере необходимости". Give a date ("до 30.08.2023"), a period ("декабрь 2023 г.") or a regularity ("ежегодно"). Extend grammars/ when the phrase is a real, general way of writing a deadline.',
    fixable: false,
  },
  check(doc, context) {
    reportDeadlineProblem(doc, context, 'not-understood', 'unparsed');
  },
};
