import type { Rule } from '../types.js';
import { RULE_TEXT } from '../../shared/messages/rules.js';
import { itemName, lineFrom, spanOf } from '../locate.js';

export const addresseeMissing: Rule = {
  meta: {
    id: 'addressee-missing',
    defaultSeverity: 'warn',
    description: RULE_TEXT['addressee-missing'].description,
    docs: 'The document gives tasks to addressees under headers ("Руководителям образовательных организаций:"), but this task stands outside any of them and names no one responsible ("Ответственный: …"), so nobody is charged with it. A document without any addressee is not reported, nor is a task marked `selfExecuting`: a decision the meeting carries out by adopting the document ("Информацию … принять к сведению", "Утвердить план …"), addressed to nobody and with no date. An addressee named inside one item ("4. Рекомендовать методическим объединениям …") charges that item only: in a document whose only addressees are such, the other items are the adopting body\'s own work, and nothing is reported.',
    fixable: false,
  },
  check(doc, context) {
    if (!doc.output.addressees.some((a) => !withinTask(a.line, doc.output.tasks))) return;
    for (const task of doc.output.tasks) {
      // a protocol names the executor of a decision by "Ответственный: …" instead
      if (task.addresseeIds.length > 0 || task.responsible.length > 0) continue;
      if (task.selfExecuting) continue;
      context.report({ messageId: 'missing', data: { item: itemName(task.number, task.text) }, ...lineFrom(doc, spanOf(doc.positions.tasks, task.id).start) });
    }
  },
};

/** An addressee named on a line of a task ("Рекомендовать X …") rather than as a header above tasks. */
function withinTask(line: number, tasks: readonly { line: number; endLine: number }[]): boolean {
  return tasks.some((t) => t.line <= line && line <= t.endLine);
}
