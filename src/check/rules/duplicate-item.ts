import type { Rule } from '../types.js';
import { RULE_TEXT } from '../messages.js';
import { fold, squeeze } from '../../text/normalize.js';
import { blockColumn, lineEndColumn } from '../locate.js';
import { itemScopes } from './block-lists.js';

/** Trailing punctuation and case do not make two items different. */
const TRAILING = /[\s.,;:!…]+$/;

export const duplicateItem: Rule = {
  meta: {
    id: 'duplicate-item',
    defaultSeverity: 'error',
    description: RULE_TEXT['duplicate-item'].description,
    docs: 'Two items of one list have the same text (compared ignoring case, ё/е, quote and dash styles and trailing punctuation), e.g. a line copied twice while editing. Lists under different headers ("Задачи муниципального уровня:" / "Задачи уровня образовательной организации:") are different lists and may repeat an item.',
    fixable: false,
  },
  check(doc, context) {
    for (const scope of itemScopes(doc.segmented.blocks)) {
      const seen = new Map<string, number>();
      for (const item of scope) {
        const text = fold(squeeze(item.block.text)).replace(TRAILING, '');
        if (!/\p{L}/u.test(text)) continue;
        const key = `${item.key}\n${text}`;
        const first = seen.get(key);
        if (first === undefined) {
          seen.set(key, item.block.line);
          continue;
        }
        const line = item.block.line;
        const column = blockColumn(doc.lines, item.block);
        context.report({ messageId: 'duplicate', data: { line: first }, line, column, endLine: line, endColumn: Math.max(column, lineEndColumn(doc.lines, line)) });
      }
    }
  },
};
