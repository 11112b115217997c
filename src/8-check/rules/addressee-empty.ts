import type { Rule } from '../types.js';
import { RULE_TEXT } from '../../shared/messages/rules.js';
import { locOf, spanOf } from '../locate.js';

export const addresseeEmpty: Rule = {
  meta: {
    id: 'addressee-empty',
    defaultSeverity: 'error',
    description: RULE_TEXT['addressee-empty'].description,
    docs: 'An addressee header ("Управлению образования:") is followed by no task: the tasks meant for it were lost in editing, or the header belongs elsewhere.',
    fixable: false,
  },
  check(doc, context) {
    const used = new Set<string>();
    for (const task of doc.output.tasks) for (const id of task.addresseeIds) used.add(id);
    for (const a of doc.output.addressees) {
      if (used.has(a.id)) continue;
      context.report({ messageId: 'empty', data: { text: a.text }, ...locOf(doc, spanOf(doc.positions.addressees, a.id)) });
    }
  },
};
