// The items of each scope (lists.ts) as a tree: a list holds items, an item
// holds the lists nested under it. The check rules walk it (numbering counts
// each list, duplicate-item compares a scope's items, deadline-missing reads a
// task's list) instead of working out for themselves which list an item is in.
//
// Numbered lists nest by numbering: an item continues the innermost open list
// of its key whose last number it follows; an item "1." after an item ending
// with ":" ("3). … следующие практики:") opens a sub-list under it; a header
// item that continues no list ("2. Управлению образованием:" after a sub-list
// 1–10) opens a list beside the one of its key (the outer label is often lost
// in conversion); any other item of an open key is the next item of that list
// with a defect in its numbering, which the numbering rule reports. Bulleted
// lists nest by glyph ("•", "o", "▪"): a bullet continues the open list of its
// glyph, or opens a list under the item before it; it never closes a numbered
// list ("1. Рекомендовать: / - провести …; / 2. …": the bullets are under 1).
import { markerSignature } from '../3-segment/labels.js';
import type { Block } from '../3-segment/segmenter.js';
import { itemScopes, type ItemScope, type ListItem } from './lists.js';
import { MAX_NESTING } from './frames.js';

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
  return itemScopes(blocks).map(treeOf);
}

function treeOf(scope: ItemScope): ListTree {
  const tree: ListTree = { lists: [], items: [] };
  /** the open lists, outermost first: each is nested under the last item of the one before */
  const open: ListNode[] = [];
  let previous: ListItem | null = null;
  for (const item of scope) {
    const list = item.value === null ? bulletedList(tree, open, item) : numberedList(tree, open, item, previous);
    // field by field: a spread copy ({ ...item }) cost 5% of a whole parse's instructions
    const node: ItemNode = { block: item.block, key: item.key, value: item.value, list, children: [] };
    list.items.push(node);
    tree.items.push(node);
    previous = item;
  }
  return tree;
}

function numberedList(tree: ListTree, open: ListNode[], item: ListItem, previous: ListItem | null): ListNode {
  // the item continues a list that is open (the innermost one first)
  for (let i = open.length - 1; i >= 0; i--) {
    const list = open[i]!;
    if (list.numbered && list.key === item.key && item.value === list.items[list.items.length - 1]!.value! + 1) {
      open.length = i + 1;
      return list;
    }
  }
  let at = -1;
  for (let i = open.length - 1; i >= 0 && at < 0; i--) if (open[i]!.numbered && open[i]!.key === item.key) at = i;
  // a sub-list under a header item, or the first list of its kind here
  if ((item.value === 1 && previous?.block.endsWithColon) || at < 0) return opened(tree, open, open.length, true, item.key);
  // a header item at an outer level
  if (item.block.endsWithColon) return opened(tree, open, at, true, item.key);
  // the next item of the list at `at`, numbered out of turn
  open.length = at + 1;
  return open[at]!;
}

function bulletedList(tree: ListTree, open: ListNode[], item: ListItem): ListNode {
  const key = markerSignature(item.block) ?? item.key;
  for (let i = open.length - 1; i >= 0 && !open[i]!.numbered; i--) {
    if (open[i]!.key === key) {
      open.length = i + 1;
      return open[i]!;
    }
  }
  return opened(tree, open, open.length, false, key);
}

/**
 * A new list at `level` of the open ones, nested under the last item of the list
 * above it. Lists nest at most MAX_NESTING deep (frames.ts): deeper, a new list
 * opens beside the innermost, so that hostile input (70,000 labels "i.j.1.", each
 * of a key of its own) keeps every search of the open lists short.
 */
function opened(tree: ListTree, open: ListNode[], level: number, numbered: boolean, key: string): ListNode {
  open.length = Math.min(level, MAX_NESTING - 1);
  level = open.length;
  const above = open[level - 1];
  const parent = above ? above.items[above.items.length - 1]! : null;
  const list: ListNode = { numbered, key, items: [], parent };
  (parent ? parent.children : tree.lists).push(list);
  open.push(list);
  return list;
}
