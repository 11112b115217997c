// Where the list a section announces ends. "Повестка дня:", "Присутствовали:",
// "ОБСУЖДАЕМЫЕ ВОПРОСЫ" head a list — of questions, of people, of topics — not
// the text after it: the record of the meeting ("СЛУШАЛИ: …"), its decisions
// and a table of tasks follow the list and are no part of it.
import type { Block } from '../3-segment/segmenter.js';
import { labelOrdinal, markerSignature } from '../3-segment/labels.js';
import { announcesTasks, isTopicHeader, leadingProtocolPart, protocolPart } from './directives.js';
import { cues } from './cues.js';
import { fold } from '../shared/text/normalize.js';
import { escapeRegExp } from '../shared/text/matches.js';

/**
 * The last line of the list announced by the block at `at`, within `until` (the
 * line before the next section). The list is the items after it with what is
 * written among them — a nested list, "Докладчик: …" under a question, "По
 * второму вопросу:" grouping the questions below it — or, for a list written
 * without markers, its paragraphs, or a table right under it. It ends before a
 * table, a heading, a block opening with a part of the protocol ("СЛУШАЛИ: …",
 * "РЕШИЛИ: …") or announcing decisions ("Совет РЕШИЛ:"), an item that starts a
 * list anew ("1." after "3."), and the paragraphs after its last item; past
 * such a paragraph only the next number ("4." after "3.") goes on with it.
 */
export function announcedListEnd(blocks: readonly Block[], at: number, until: number): number {
  const list = new ListRun(blocks[at]!.endLine);
  for (let j = at + 1; j < blocks.length && blocks[j]!.line <= until; j++) {
    const b = blocks[j]!;
    if (b.kind === 'table-row' && j === at + 1) {
      // a table right under the heading is its list ("## Практики" / "| № | Название практики |")
      while (j + 1 < blocks.length && blocks[j + 1]!.kind === 'table-row' && blocks[j + 1]!.line <= until) j++;
      return Math.min(blocks[j]!.endLine, until);
    }
    if (b.kind === 'table-row' || b.kind === 'heading' || protocolPart(b.text) || leadingProtocolPart(b.text)) break;
    if (b.kind === 'item') {
      if (!list.item(b)) break;
    } else if (b.endsWithColon && announcesTasks(b.text)) break; // "Педагогический совет РЕШИЛ:"
    else list.paragraph(b);
  }
  return Math.min(list.end, until);
}

/**
 * The list read so far. `item` says whether an item may still be the list's;
 * once items have begun, a paragraph among them is the list's only when it
 * names a speaker or an item of the list follows it.
 */
class ListRun {
  /** the first item's marker signature (of the items under the last topic header); undefined before it */
  private sig: string | null | undefined;
  private last: number | null = null;
  /** right after an item, a speaker line or a topic header: any item of the list may follow */
  private open = false;
  /** after a topic header: its items may number anew */
  private regrouped = false;

  constructor(public end: number) {}

  item(b: Block): boolean {
    const sig = markerSignature(b);
    const n = labelOrdinal(b.label);
    if (this.sig === undefined || this.regrouped) this.sig = sig;
    else if (sig === this.sig) {
      const next = n !== null && this.last !== null && n === this.last + 1;
      if (!next && (!this.open || (n !== null && this.last !== null))) return false; // "1." again: a list of its own
    } else if (!this.open) return false; // another style, not right under an item of the list
    if (sig === this.sig) this.last = n; // an item of another style is nested in the item above
    this.end = b.endLine;
    this.open = true;
    this.regrouped = false;
    return true;
  }

  paragraph(b: Block): void {
    if (isTopicHeader(b.text)) {
      // "По второму вопросу:": the list goes on if an item follows
      this.open = true;
      this.regrouped = true;
    } else if (this.sig === undefined || (this.open && !this.regrouped && namesSpeaker(b.text))) this.end = b.endLine;
    else {
      this.open = false;
      this.regrouped = false;
    }
  }
}

/** How far into a line its speaker word and colon stand. */
const SPEAKER_SPAN = 40;
let speakerRe: RegExp | null = null;

/** "Докладчик: Иванова И.И.", "Информация – Петров П.П.": the line under an agenda question naming who reports on it. */
function namesSpeaker(text: string): boolean {
  speakerRe ??= new RegExp(`^(?:${cues().speakerNotes.map((w) => escapeRegExp(fold(w))).join('|')})[а-я]*\\s*[:–—-]`, 'u');
  return speakerRe.test(fold(text.slice(0, SPEAKER_SPAN)));
}
