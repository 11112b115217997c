// One deadline line for several items of a list: by their numbers
// ("Сроки: по п. 1–3 – до 1 марта 2025 г.; по п. 4 – постоянно.") or for all
// of them ("Срок исполнения всех поручений – до 20 декабря"). The vocabulary is
// grammars/deadlines.json (itemReferences, listScopes).
import { endTrimmer } from '../../shared/text/trim.js';
import { fold } from '../../shared/text/normalize.js';
import { deadlineGrammar } from './grammar.js';
import { execAll } from '../../shared/text/matches.js';

/** The deadline phrase written for some items, and which: numbers and ranges of numbers. */
export interface ItemDeadline {
  /** the phrase as written ("до 1 марта 2025 г.") */
  phrase: string;
  /** where the phrase starts in the value */
  at: number;
  /** each a single number ([n, n]) or a range ([from, to]), numbers as their parts ("2.1" → [2, 1]) */
  items: [number[], number[]][];
}

const trimListEnd = endTrimmer('\\s;,');
const trimLabelEnd = endTrimmer('.)\\s');
const parts = (number: string): number[] => number.split('.').filter(Boolean).map(Number);

/** "1–3, 5" → [[1],[3]], [[5],[5]] */
function itemsOf(numbers: string): [number[], number[]][] {
  const out: [number[], number[]][] = [];
  for (const piece of numbers.split(/,|\sи\s/)) {
    const [from, to] = piece.split('-').map((p) => p.trim());
    if (from) out.push([parts(from), parts(to ?? from)]);
  }
  return out;
}

/**
 * itemNumberDeadlines: a deadline value that names the items it is for, split into its
 * parts, or null when it does not start with an item reference.
 */
export function deadlinesByItem(value: string): ItemDeadline[] | null {
  const folded = fold(value);
  const re = deadlineGrammar().re.itemHead;
  const heads = [...execAll(re, folded)];
  if (heads.length === 0 || heads[0]!.index !== folded.search(/\S/)) return null;
  return heads.map((h, k) => {
    const from = h.index + h[0].length;
    const to = heads[k + 1]?.index ?? value.length;
    const written = value.slice(from, to);
    const lead = written.length - written.trimStart().length;
    return { phrase: trimListEnd(written.slice(lead)), at: from + lead, items: itemsOf(h[1]!) };
  });
}

/** Whether an item's number ("2", "1.3.", "4)") is one of those a part names. */
export function namesItem(part: ItemDeadline, label: string | null): boolean {
  if (label === null) return false;
  const n = parts(trimLabelEnd(label));
  if (n.length === 0 || n.some(Number.isNaN)) return false;
  return part.items.some(([from, to]) => {
    if (from.length !== n.length || to.length !== n.length) return false;
    const last = n.length - 1;
    if (n.slice(0, last).some((x, i) => x !== from[i] || x !== to[i])) return false;
    return n[last]! >= from[last]! && n[last]! <= to[last]!;
  });
}

/** listWideScope: the length of "всех поручений" / "по всем пунктам" opening a text, or 0. */
export function listScopeLength(text: string): number {
  return deadlineGrammar().re.listScope.exec(fold(text))?.[0].length ?? 0;
}
