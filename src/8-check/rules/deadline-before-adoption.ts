import type { Rule } from '../types.js';
import { RULE_TEXT } from '../../shared/messages/rules.js';
import { locOf, spanOf } from '../locate.js';

/**
 * Only `by` and `period` deadlines have an end that can lie in the past; ISO
 * dates compare as strings. Only a deadline that writes its year can be
 * written wrong: one without ("к началу учебного года", "до 1 сентября") gets
 * its year from the document's date, so an end before that date is the
 * reading's mistake, not the writer's.
 */
/** "2023", "01.03.23", "2023/24": a year as a deadline writes it */
const WRITTEN_YEAR = /(?<![0-9])(?:(?:19|20)[0-9]{2}|[0-9]{1,2}\s?\.\s?[0-9]{1,2}\s?\.\s?[0-9]{2})(?![0-9])/u;

export const deadlineBeforeAdoption: Rule = {
  meta: {
    id: 'deadline-before-adoption',
    defaultSeverity: 'error',
    description: RULE_TEXT['deadline-before-adoption'].description,
    docs: 'A "by" deadline ("до 01.03.2023") or a period ("декабрь 2022 г.") ends before the date the document was adopted, so the task was overdue on the day it was set. Usually the year is a typo (2022 for 2023). A deadline that gives no year ("к началу учебного года", "до 1 сентября") is not reported: its year is taken from the document\'s date, not written.',
    fixable: false,
  },
  check(doc, context) {
    const date = doc.output.document.date;
    if (!date) return;
    for (const task of doc.output.tasks) {
      const d = task.deadline;
      if (!d || (d.kind !== 'by' && d.kind !== 'period') || !d.end || d.end >= date || !WRITTEN_YEAR.test(d.text)) continue;
      context.report({ messageId: 'before', data: { text: d.text, end: d.end, date }, ...locOf(doc, spanOf(doc.positions.deadlines, task.id)) });
    }
  },
};
