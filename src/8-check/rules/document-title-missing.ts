import type { Rule } from '../types.js';
import { RULE_TEXT } from '../../shared/messages/rules.js';
import { documentHead } from '../locate.js';

export const documentTitleMissing: Rule = {
  meta: {
    id: 'document-title-missing',
    defaultSeverity: 'warn',
    description: RULE_TEXT['document-title-missing'].description,
    docs: 'The document does not open with a title naming its kind ("Резолюция …", "Протокол …", "Решение …") within its first blocks.',
    fixable: false,
  },
  check(doc, context) {
    if (doc.output.document.title) return;
    context.report({ messageId: 'missing', ...documentHead(doc) });
  },
};
