// `resolve parse FILE --explain`: the document as a readable outline — each
// source line that something was decided about, its opening words, and under
// it every decision with the rule that took it and why (5-structure/decisions.ts).
import type { Output } from '../../shared/schema/output.js';
import { REASONS, type Decision } from '../../5-structure/decisions.js';

/** How much of a source line the outline shows. */
const LINE_PREVIEW = 72;

export function formatOutline(output: Output, decisions: Decision[], lines: string[]): string {
  const d = output.document;
  const out: string[] = [
    `${output.source.path} — ${d.kind}${d.date ? `, ${d.date}` : ', без даты'}${d.title ? `: ${d.title}` : ''}`,
    `задач ${output.tasks.length}, адресатов ${output.addressees.length}, разделов ${output.sections.length}`,
    '',
  ];
  const width = String(lines.length).length;
  let current = -1;
  for (const decision of decisions) {
    if (decision.line !== current) {
      current = decision.line;
      out.push(`${String(current).padStart(width)} │ ${preview(lines[current - 1] ?? '')}`);
    }
    const detail = decision.detail ? ` (${decision.detail})` : '';
    out.push(`${' '.repeat(width)} │   ${decision.subject} — ${decision.reason}: ${REASONS[decision.reason]}${detail}`);
  }
  return `${out.join('\n')}\n`;
}

function preview(line: string): string {
  const text = line.replace(/\s+/g, ' ').trim();
  return text.length > LINE_PREVIEW ? `${text.slice(0, LINE_PREVIEW - 1)}…` : text;
}
