// List items as the segmenter found them, grouped into scopes. A heading or a
// paragraph that ends with ":" ("Руководителям образовательных организаций:",
// "РЕШИЛИ:") opens a new scope; plain paragraphs between items ("Срок
// исполнения: постоянно.") do not end a list. Table rows are not list items.
import type { Block } from '../../segment/segmenter.js';
import { letterToNumber, romanToNumber } from '../../segment/labels.js';

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

/** Scopes by the document's blocks: numbering and duplicate-item both read them, and only read. */
const scopesOf = new WeakMap<readonly Block[], readonly (readonly ListItem[])[]>();

/** Items in document order, split into scopes (read once per document). */
export function itemScopes(blocks: readonly Block[]): readonly (readonly ListItem[])[] {
  let known = scopesOf.get(blocks);
  if (!known) {
    known = readScopes(blocks);
    scopesOf.set(blocks, known);
  }
  return known;
}

function readScopes(blocks: readonly Block[]): ListItem[][] {
  const scopes: ListItem[][] = [[]];
  for (const b of blocks) {
    if (b.kind === 'heading' || (b.kind === 'paragraph' && b.endsWithColon)) {
      if (scopes[scopes.length - 1]!.length > 0) scopes.push([]);
      continue;
    }
    if (b.kind !== 'item') continue;
    scopes[scopes.length - 1]!.push({ block: b, key: keyOf(b), value: valueOf(b) });
  }
  return scopes.filter((s) => s.length > 0);
}

function keyOf(b: Block): string {
  const bulleted = b.labelStyle === 'number' && b.marker !== null && !/^\d/.test(b.marker) ? '+bullet' : '';
  const head = b.labelStyle === 'number' && b.label !== null ? compoundHead(b.label) : '';
  return `${b.labelStyle}:${b.depth}${bulleted}${head ? `#${head}` : ''}`;
}

/** The head of a compound number label: "2" of "2.1", "1.2" of "1.2.3"; '' for "2". */
export function compoundHead(label: string): string {
  return label.slice(0, Math.max(0, label.lastIndexOf('.')));
}

function valueOf(b: Block): number | null {
  if (b.label === null) return null;
  switch (b.labelStyle) {
    case 'number':
      return Number(b.label.split('.').pop());
    case 'letter':
      return letterToNumber(b.label) || null;
    case 'roman':
      return romanToNumber(b.label) || null;
    default:
      return null;
  }
}

/** "3)." → "N).", "- 1." → "-N.": the way a label is written, without its value. */
export function markerShape(b: Block): string {
  if (!b.marker || b.label === null) return '';
  return b.marker.replace(/\s+/g, '').replace(b.label, 'N');
}
