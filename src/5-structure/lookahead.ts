// What the task reader needs to know of the blocks after the one it reads:
// whether a list goes on past annotation lines, and whether a number taken
// for a page number was the label of a header. Questions about the blocks
// only; the reader's state is passed in.
import type { Block } from '../3-segment/segmenter.js';
import type { Task } from '../shared/schema/output.js';
import type { Frame } from './frames.js';
import type { ListNode } from './list-tree.js';
import { readAttachment } from './attachments.js';

/** The list-tree list of a block that is an item, null for any other block. */
export type ListOf = (block: Block) => ListNode | null;

/** A task read since the last annotation line or header. */
export interface Pending {
  task: Task;
  parent: Frame | null;
  /** the list of the task's item (list-tree.ts), null for a paragraph or a table row */
  list: ListNode | null;
  /** the task names its own addressee ("Руководителям ШМО скорректировать …") */
  inline: boolean;
}

/**
 * The tasks an annotation line after `pending` ("Срок: …", before block `next`)
 * belongs to when it is the last item's own: the list goes on after it, the
 * item names its own addressee, or the list is annotated item by item
 * (`perItem`). Null when it closes the list: then it is every item's.
 */
export function annotatedItems(pending: readonly Pending[], next: Block | undefined, perItem: boolean, listOf: ListOf): Task[] | null {
  const last = pending[pending.length - 1]!;
  // the last item read, with the paragraphs that continue it
  const itemAt = pending.findLastIndex((p) => p.list !== null);
  const listGoesOn = continuesList(next, pending[itemAt]?.list ?? null, listOf);
  if (!listGoesOn && !last.inline && !perItem) return null;
  return pending.slice(listGoesOn ? itemAt : pending.length - 1).map((p) => p.task);
}

/** The index of the first block from `from` on that is not an annotation line ("Срок: …", "Отв.: …"). */
export function pastAnnotations(blocks: readonly Block[], from: number): number {
  let next = from;
  while (next < blocks.length && blocks[next]!.kind === 'paragraph' && readAttachment(blocks[next]!.text)) next++;
  return next;
}

/** The block is an item of `list`: that list goes on. */
function continuesList(block: Block | undefined, list: ListNode | null, listOf: ListOf): boolean {
  return block !== undefined && list !== null && block.kind === 'item' && listOf(block) === list;
}

/**
 * "2. Воспитателям групп пополнить центры …" / "Особое внимание уделить …" /
 * "Срок: …" / "3. …": a paragraph (block `at`) without a number of its own right
 * after a numbered task is that item's second paragraph when the list goes on
 * after it (past its annotation lines), or when annotation lines follow it in a
 * list annotated item by item (`perItem`).
 */
export function itemGoesOn(blocks: readonly Block[], at: number, last: Pick<Pending, 'list' | 'task'>, perItem: boolean, listOf: ListOf): boolean {
  if (last.list === null || blocks[at - 1]?.endLine !== last.task.endLine) return false;
  const next = pastAnnotations(blocks, at + 1);
  return continuesList(blocks[next], last.list, listOf) || (next > at + 1 && perItem);
}

/**
 * A label left alone on its line by a conversion ("1" / blank / "Руководителям …:")
 * was taken for a page number; it is the header's (block `at`) label when the next
 * header of the list carries the next number ("2. Управлению образованием:").
 */
export function recoveredLabel(blocks: readonly Block[], at: number, pageNumbers: ReadonlySet<number>, lines: readonly string[]): string | null {
  const b = blocks[at]!;
  const prevEnd = at > 0 ? blocks[at - 1]!.endLine : 0;
  for (let l = b.line - 1; l > prevEnd; l--) {
    if (!pageNumbers.has(l)) continue;
    const n = Number((lines[l - 1] ?? '').replace(/[^0-9]/g, ''));
    if (!n) return null;
    for (let j = at + 1; j < blocks.length; j++) {
      const o = blocks[j]!;
      if (o.kind === 'item' && o.endsWithColon && o.label === String(n + 1)) return String(n);
    }
    return null;
  }
  return null;
}
