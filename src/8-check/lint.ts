// lint(doc, rules): the check rules over a parsed document, their findings
// added to the document's one message list. parse() already put its stages'
// messages there (invalid-bytes); here they follow their rule's setting like
// any finding: another severity, or gone when the rule is "off". Commands
// compose the two: `resolve parse` lints with the default rules, `resolve
// check` with each file's configuration.
import type { ParsedDocument } from '../7-validate/pipeline.js';
import { byPosition, worded } from '../shared/messages/message.js';
import type { Lang } from '../shared/messages/lang.js';
import { resolveRules, runActiveRules, type ActiveRule } from './index.js';

let defaults: ActiveRule[] | null = null;

export function lint(doc: ParsedDocument, active: readonly ActiveRule[] = (defaults ??= resolveRules()), lang: Lang = 'ru'): ParsedDocument {
  const byId = new Map(active.map((a) => [a.rule.meta.id, a]));
  const stages = doc.messages.flatMap((m) => {
    const setting = byId.get(m.rule);
    return setting ? [worded({ ...m, severity: setting.severity }, lang)] : [];
  });
  doc.output.diagnostics = [...stages, ...runActiveRules(doc, active, lang)].sort(byPosition);
  return doc;
}
