// The items of each scope (lists.ts) as a tree: a list holds items, an item
// holds the lists nested under it. It is the one answer to "which list is this
// item in": the task reader takes each item's place from it (frames.ts: the
// path of labels of a task), and the check rules walk it (numbering counts each
// list, duplicate-item compares a scope's items, deadline-missing reads a
// task's list).
//
// Numbered lists nest by numbering: an item continues the innermost open list
// of its key whose last number it follows (of those, the innermost whose labels
// close as its own do, with ")" or "."); an item "1." after an item ending
// with ":" ("3). … следующие практики:") opens a sub-list under it; a header
// item that continues no list ("2. Управлению образованием:" after a sub-list
// 1–10) opens a list beside the one of its key (the outer label is often lost
// in conversion); any other item of an open key is the next item of that list
// with a defect in its numbering, which the numbering rule reports. Roman
// numerals number the parts of the document: a part is nested in no list, its
// list runs on across scopes, and the lists of every scope inside it are nested
// under it. Bulleted lists nest by glyph ("•", "o", "▪"): a bullet continues
// the open list of its glyph, or opens a list under the item before it; it
// never closes a numbered list ("1. Рекомендовать: / - провести …; / 2. …":
// the bullets are under 1).
import { markerSignature } from '../3-segment/labels.js';
import type { Block } from '../3-segment/segmenter.js';
import { itemScopes, type ItemScope, type ListItem } from './lists.js';

/**
 * Lists nest at most this deep: deeper numbering in real documents is "1.2.3.",
 * one label, not a stack of lists. Without a bound, hostile input (300,000
 * "1." headers in a row) would give task paths as long as the document.
 */
export const MAX_NESTING = 16;

export interface ListNode {
  /** numbered (numbers, letters, romans: items have a value) or bulleted */
  numbered: boolean;
  /** what its items share: their ListItem key when numbered, the bullet's signature ("b", "bo") otherwise */
  key: string;
  /** its items, in document order */
  items: ItemNode[];
  /** the item the list is nested under; null for a list at the top of its scope */
  parent: ItemNode | null;
}

export interface ItemNode extends ListItem {
  /** the list the item is in */
  list: ListNode;
  /** the lists nested under the item, in document order */
  children: ListNode[];
}

/** The lists under one header. */
export interface ListTree {
  /** the lists at the top */
  lists: ListNode[];
  /** every item, in document order */
  items: ItemNode[];
}

/** The document's list trees, one per scope, in document order. */
export function listTrees(blocks: readonly Block[]): ListTree[] {
  const reader = new TreeReader();
  return itemScopes(blocks).map((scope) => reader.read(scope));
}

/**
 * Reads the scopes in order. What a scope is inside runs on to the next: the
 * part open (roman "II."), and the lists of a header item that ends the scope
 * before it ("1. Определить задачи:" / "Руководителям школ:" / "1. …"): an item
 * of the scope continues those lists only by their numbering ("2." after
 * "1. Определить задачи:" and its addressee blocks), and its own lists are
 * nested under them.
 */
class TreeReader {
  private tree: ListTree = { lists: [], items: [] };
  /** the open lists, outermost first: each is nested under the last item of the one before */
  private open: ListNode[] = [];
  /** the open lists below this index are what the scope is inside */
  private floor = 0;
  /** the lists the next scope is inside, outermost first, the parts' list first when there is one */
  private outer: ListNode[] = [];
  /** the list of the document's parts ("I.", "II." …) */
  private parts: ListNode | null = null;

  read(scope: ItemScope): ListTree {
    this.tree = { lists: [], items: [] };
    this.open = this.outer.slice();
    this.floor = this.open.length;
    let previous: ListItem | null = null;
    for (const item of scope) {
      const list = item.value === null ? this.bulleted(item) : item.block.labelStyle === 'roman' ? this.part(item) : this.numbered(item, previous);
      // field by field: a spread copy ({ ...item }) cost 5% of a whole parse's instructions
      const node: ItemNode = { block: item.block, key: item.key, value: item.value, list, children: [] };
      list.items.push(node);
      this.tree.items.push(node);
      previous = item;
    }
    // a header item at the end of the scope heads the next one; else the next is inside what this one was
    this.outer = this.open.slice(0, previous?.block.endsWithColon ? this.open.length : this.floor);
    if (this.parts && this.outer[0] !== this.parts) this.outer.unshift(this.parts);
    return this.tree;
  }

  /**
   * Roman numerals number the document's parts ("I. ОБЩИЕ ПОЛОЖЕНИЯ" … "II.
   * РУКОВОДИТЕЛЯМ … рекомендовать:"): a part closes every list open and is
   * nested in none, and its list runs on across the headers inside the parts
   * ("Участники отмечают:" / "1. …" / "4. …" / "II. …"). "I." starts the parts
   * anew (the record of a protocol after its agenda "I.–IV.").
   */
  private part(item: ListItem): ListNode {
    this.floor = 0;
    if (this.parts && item.value !== 1) {
      this.open.length = 1;
      this.open[0] = this.parts;
    } else this.parts = this.opened(0, true, item.key);
    return this.parts;
  }

  private numbered(item: ListItem, previous: ListItem | null): ListNode {
    const { open } = this;
    const follows = this.followed(item);
    if (follows >= 0) {
      open.length = follows + 1;
      this.floor = Math.min(this.floor, follows);
      return open[follows]!;
    }
    let at = -1;
    for (let i = open.length - 1; i >= this.floor && at < 0; i--) if (open[i]!.numbered && open[i]!.key === item.key) at = i;
    // a sub-list under a header item, or the first list of its kind here
    if ((item.value === 1 && previous?.block.endsWithColon) || at < 0) return this.opened(open.length, true, item.key);
    // a header item at an outer level
    if (item.block.endsWithColon) return this.opened(at, true, item.key);
    // the next item of the list at `at`, numbered out of turn
    open.length = at + 1;
    return open[at]!;
  }

  /**
   * The open list the item continues, by its number: the innermost written as
   * it is ("3." after "2. Школам:" / "1) …" / "2) …" is the outer list's), else
   * the innermost; -1 for none.
   */
  private followed(item: ListItem): number {
    let follows = -1;
    for (let i = this.open.length - 1; i >= 0; i--) {
      const list = this.open[i]!;
      const last = list.items[list.items.length - 1]!;
      if (list.numbered && list.key === item.key && item.value === last.value! + 1) {
        if (follows < 0) follows = i;
        if (closedAlike(last.block, item.block)) return i;
      }
    }
    return follows;
  }

  private bulleted(item: ListItem): ListNode {
    const { open } = this;
    const key = markerSignature(item.block) ?? item.key;
    for (let i = open.length - 1; i >= this.floor && !open[i]!.numbered; i--) {
      if (open[i]!.key === key) {
        open.length = i + 1;
        return open[i]!;
      }
    }
    return this.opened(open.length, false, key);
  }

  /**
   * A new list at `level` of the open ones, nested under the last item of the list
   * above it. Lists nest at most MAX_NESTING deep: deeper, a new list
   * opens beside the innermost, so that hostile input (70,000 labels "i.j.1.", each
   * of a key of its own) keeps every search of the open lists short.
   */
  private opened(level: number, numbered: boolean, key: string): ListNode {
    const { open } = this;
    open.length = Math.min(level, MAX_NESTING - 1);
    this.floor = Math.min(this.floor, open.length);
    const above = open[open.length - 1];
    const parent = above ? above.items[above.items.length - 1]! : null;
    const list: ListNode = { numbered, key, items: [], parent };
    (parent ? parent.children : this.tree.lists).push(list);
    open.push(list);
    return list;
  }
}

/** Both labels close alike: "1)" and "2)", or "1." and "2." (a key does not tell them apart, so that the numbering rule sees "1. … 2) …" as one list in mixed styles). */
function closedAlike(a: Block, b: Block): boolean {
  return (a.marker ?? '').includes(')') === (b.marker ?? '').includes(')');
}

/**
 * The item written at `start` (where its text starts, `Block.textStart`), or
 * null when no item is. Questions come nearly in document order (the task
 * reader looks a few blocks ahead and reads on): a cursor over the items in
 * document order steps to each from where the last one was.
 */
export function itemAt(trees: readonly ListTree[]): (start: number) => ItemNode | null {
  const items: ItemNode[] = [];
  for (const tree of trees) for (const item of tree.items) items.push(item);
  let at = 0;
  return (start) => {
    while (at > 0 && items[at - 1]!.block.textStart >= start) at--;
    while (at < items.length && items[at]!.block.textStart < start) at++;
    const found = items[at];
    return found !== undefined && found.block.textStart === start ? found : null;
  };
}
