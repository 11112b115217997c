// List items as the segmenter found them, grouped into scopes. A heading or a
// paragraph that ends with ":" ("Руководителям образовательных организаций:",
// "РЕШИЛИ:") opens a new scope; plain paragraphs between items ("Срок
// исполнения: постоянно.") do not end a list. Table rows are not list items.
// Each scope becomes a tree of lists (list-tree.ts), inside the part and the
// header item the scopes before it leave open. The label model is
// 3-segment/labels.ts.
import type { Block } from '../3-segment/segmenter.js';
import { compoundHead, labelOrdinal } from '../3-segment/labels.js';

export interface ListItem {
  block: Block;
  /**
   * items that can belong to one list share a key: style, depth, a bullet before a number,
   * and the head of a compound label ("2" of "2.1"): the decisions on agenda item 1 are
   * "1.1, 1.2, 1.3", those on item 2 start again at "2.1"
   */
  key: string;
  /** the label's position in its sequence ("3" → 3, "в" → 3, "III" → 3); null for bullets */
  value: number | null;
}

/** The items under one header, in document order. */
export type ItemScope = readonly ListItem[];

/** The document's items, in document order, split into scopes. */
export function itemScopes(blocks: readonly Block[]): ItemScope[] {
  const scopes: ListItem[][] = [[]];
  for (const b of blocks) {
    if (b.kind === 'heading' || (b.kind === 'paragraph' && b.endsWithColon)) {
      if (scopes[scopes.length - 1]!.length > 0) scopes.push([]);
      continue;
    }
    if (b.kind !== 'item') continue;
    scopes[scopes.length - 1]!.push({ block: b, key: keyOf(b), value: b.labelStyle === 'bullet' ? null : labelOrdinal(b.label) });
  }
  return scopes.filter((s) => s.length > 0);
}

function keyOf(b: Block): string {
  const bulleted = b.labelStyle === 'number' && b.marker !== null && !/^\d/.test(b.marker) ? '+bullet' : '';
  const head = b.labelStyle === 'number' && b.label !== null ? compoundHead(b.label) : '';
  return `${b.labelStyle}:${b.depth}${bulleted}${head ? `#${head}` : ''}`;
}
