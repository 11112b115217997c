// Numbered lists must count 1, 2, 3 … (а, б, в …; I, II, III …) in one style.
// Which list an item is in, and how lists nest, is the structure's list tree
// (5-structure/list-tree.ts): a sub-list under "3). … следующие практики:"
// counts from 1 on its own, the outer list resumes after it, and a header item
// that continues no list opens an outer level rather than being a defect.
import { z } from 'zod';
import type { Finding, Rule } from '../types.js';
import { RULE_TEXT } from '../../shared/messages/rules.js';
import { lineFrom, type Loc } from '../locate.js';
import type { CheckedDocument } from '../types.js';
import { compoundHead, markerShape } from '../../3-segment/labels.js';
import type { ItemNode, ListNode } from '../../5-structure/list-tree.js';

/** What the rule has read of one list so far. */
interface Count {
  last: number;
  lastLabel: string;
  /** value → where its label was written (offset of the item's first character) */
  seen: Map<number, number>;
  shape: string;
  firstMarker: string;
}

const NumberingOptions = z.strictObject({
  /** report labels written in another style than the list's first ("1)" … "3).") */
  mixedStyles: z.boolean().optional(),
});
type NumberingOptions = z.infer<typeof NumberingOptions>;

/** Show at most this many missing labels in a message. */
const MAX_MISSING_SHOWN = 5;

export const numbering: Rule<NumberingOptions> = {
  meta: {
    id: 'numbering',
    defaultSeverity: 'warn',
    description: RULE_TEXT.numbering.description,
    docs: 'A numbered list skips a number ("1, 2, 4"), repeats one ("1, 2, 2"), starts again at 1 without a new header, or writes its labels in mixed styles ("1) … 3)."). Compound labels count under their head: "1.1, 1.2, 2.1, 2.2" is two lists (the decisions on agenda items 1 and 2), "1.1, 1.2, 1.4" has a gap. Option: {"mixedStyles": false} turns off the style check.',
    fixable: false,
    options: NumberingOptions,
  },
  check(doc, context) {
    const mixedStyles = context.options?.mixedStyles ?? true;
    // Markdown renders "1. 1. 1." as 1, 2, 3: writing every label as 1 is its convention
    const lazyOnes = doc.output.source.format === 'markdown';
    const checkList = (list: ListNode) => {
      if (!list.numbered) return;
      const count = countFrom(list.items[0]!);
      for (let i = 1; i < list.items.length; i++) {
        const item = list.items[i]!;
        for (const p of checkItem(count, item, mixedStyles, lazyOnes)) context.report(markerSpan(doc, item, p));
      }
    };
    // every list once: the top ones, then those nested under each item
    for (const tree of doc.lists) {
      for (const list of tree.lists) checkList(list);
      for (const item of tree.items) for (const list of item.children) checkList(list);
    }
  },
};

/** `firstAt`: where a repeated number was first given (a related location) */
type Problem = Pick<Finding, 'messageId' | 'data'> & { firstAt?: number };

/** The next item of a list: it follows the last number, or its numbering is a defect. */
function checkItem(f: Count, item: ItemNode, mixedStyles: boolean, lazyOnes: boolean): Problem[] {
  const value = item.value!;
  const label = item.block.label!;
  if (value === f.last + 1) return advance(f, item, mixedStyles);
  if (lazyOnes && value === 1 && f.last === 1 && f.seen.size === 1) return advance(f, item, mixedStyles);
  const data = { value: label, prev: f.lastLabel };
  let problem: Problem;
  if (value === 1) {
    problem = { messageId: 'restart', data };
    f.seen = new Map();
  } else if (f.seen.has(value)) {
    problem = { messageId: 'repeat', data: { value: label }, firstAt: f.seen.get(value)! };
  } else if (value > f.last + 1) {
    problem = { messageId: 'gap', data: { ...data, missing: missingLabels(f.last, value, label) } };
  } else {
    problem = { messageId: 'order', data };
  }
  f.seen.set(value, item.block.span.start);
  return [problem, ...advance(f, item, mixedStyles)];
}

function advance(f: Count, item: ItemNode, mixedStyles: boolean): Problem[] {
  f.last = item.value!;
  f.lastLabel = item.block.label!;
  if (!f.seen.has(item.value!)) f.seen.set(item.value!, item.block.span.start);
  const shape = markerShape(item.block);
  if (mixedStyles && shape !== f.shape) return [{ messageId: 'style', data: { marker: item.block.marker!, first: f.firstMarker } }];
  return [];
}

function countFrom(item: ItemNode): Count {
  return {
    last: item.value!,
    lastLabel: item.block.label!,
    seen: new Map([[item.value!, item.block.span.start]]),
    shape: markerShape(item.block),
    firstMarker: item.block.marker!,
  };
}

/** "3", "3, 4", "3–7": the numbers between `last` and `value`, as numbers (letters and romans by count). */
function missingLabels(last: number, value: number, label: string): string {
  const from = last + 1;
  const to = value - 1;
  if (!/^\d/.test(label)) return String(to - from + 1);
  // under a compound label's head: the one missing before "1.4" is "1.3"
  const compound = compoundHead(label);
  const head = compound ? `${compound}.` : '';
  if (to - from + 1 > MAX_MISSING_SHOWN) return `${head}${from}–${head}${to}`;
  const out: string[] = [];
  for (let n = from; n <= to; n++) out.push(`${head}${n}`);
  return out.join(', ');
}

/** The finding points at the label as written at the start of the item's line. */
function markerSpan(doc: CheckedDocument, item: ItemNode, problem: Problem): Finding {
  const at = item.block.span.start;
  const { line, column } = lineFrom(doc, at);
  const marker = item.block.marker ?? '';
  const written = doc.segmented.text.startsWith(marker, at) ? marker.length : Math.max(1, marker.replace(/\s+/g, '').length);
  const { firstAt, ...finding } = problem;
  const related = firstAt !== undefined ? labelAt(doc, firstAt) : undefined;
  return { ...finding, line, column, endLine: line, endColumn: column + written, ...(related ? { related } : {}) };
}

/** A point at a label (the related location of a repeated number). */
function labelAt(doc: CheckedDocument, at: number): Pick<Loc, 'line' | 'column'> {
  const { line, column } = lineFrom(doc, at);
  return { line, column };
}
