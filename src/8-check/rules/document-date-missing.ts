import type { Rule } from '../types.js';
import { RULE_TEXT } from '../../shared/messages/rules.js';
import { documentHead } from '../locate.js';

export const documentDateMissing: Rule = {
  meta: {
    id: 'document-date-missing',
    defaultSeverity: 'warn',
    description: RULE_TEXT['document-date-missing'].description,
    docs: 'No adoption or meeting date was found ("11 января 2023 года", "28.08.2024 г."). Without it a deadline without a year cannot be resolved and nobody can tell which year the document belongs to.',
    fixable: false,
  },
  check(doc, context) {
    const { date, period } = doc.output.document;
    if (date || period) return;
    context.report({ messageId: 'missing', ...documentHead(doc) });
  },
};
