import type { Rule } from '../types.js';
import { RULE_TEXT } from '../../shared/messages/rules.js';
import { fold } from '../../shared/text/normalize.js';
import { lineFrom } from '../locate.js';
import { A_LETTER as LETTER } from '../../shared/text/chars.js';

/** Trailing punctuation and case do not make two items different. */
const TRAILING = new Set([' ', '.', ',', ';', ':', '!', '…']);

export const duplicateItem: Rule = {
  meta: {
    id: 'duplicate-item',
    defaultSeverity: 'error',
    description: RULE_TEXT['duplicate-item'].description,
    docs: 'Two items of one list have the same text (compared ignoring case, ё/е, quote and dash styles and trailing punctuation), e.g. a line copied twice while editing. Lists under different headers ("Задачи муниципального уровня:" / "Задачи уровня образовательной организации:") are different lists and may repeat an item.',
    fixable: false,
  },
  check(doc, context) {
    for (const { items: scope } of doc.lists) {
      // fold() is the costly step: only items whose text is as long as another's can be equal.
      // A block's text is squeezed already (Block.text, 3-segment): white space needs no second pass
      const texts = scope.map((item) => withoutTrailing(item.block.text));
      const lengths = new Map<number, number>();
      for (const t of texts) lengths.set(t.length, (lengths.get(t.length) ?? 0) + 1);
      const seen = new Map<string, (typeof scope)[number]>();
      scope.forEach((item, i) => {
        const text = texts[i]!;
        if (lengths.get(text.length)! < 2 || !LETTER.test(text)) return;
        const key = `${item.key}\n${fold(text)}`;
        const first = seen.get(key);
        if (first === undefined) {
          seen.set(key, item);
          return;
        }
        context.report({ messageId: 'duplicate', ...lineFrom(doc, item.block.textStart), related: lineFrom(doc, first.block.textStart) });
      });
    }
  },
};

/** The text without its final punctuation (a loop: a `…$` regex would be tried at every position). */
function withoutTrailing(text: string): string {
  let end = text.length;
  while (end > 0 && TRAILING.has(text[end - 1]!)) end--;
  return text.slice(0, end);
}
