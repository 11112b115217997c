// deadline-unparsed, deadline-invalid-date and deadline-year-unknown report
// what the deadline grammar marked on a task's deadline (`problem`), at the
// phrase in its source line.
import type { Deadline } from '../../shared/schema/output.js';
import type { CheckedDocument, RuleContext } from '../types.js';
import { locOf, spanOf } from '../locate.js';

export function reportDeadlineProblem(doc: CheckedDocument, context: RuleContext, problem: NonNullable<Deadline['problem']>, messageId: string): void {
  for (const task of doc.output.tasks) {
    const d = task.deadline;
    if (!d || d.problem !== problem) continue;
    context.report({ messageId, data: { text: d.text }, ...locOf(doc, spanOf(doc.positions.deadlines, task.id)) });
  }
}
