// The document's kind and title. A title opens with a kind word ("Резолюция",
// "ПРОТОКОЛ") and often runs on over the next blocks in the genitive
// ("I муниципального форума …", "августовской конференции …") and a quoted name
// («Стратегия развития …»); it ends at the first block that is not such a
// continuation (a date, a place, a sentence of the body).
import { z } from 'zod';
import { loadGrammar } from '../grammar/load.js';
import { fold } from '../text/normalize.js';
import type { Block } from '../segment/segmenter.js';
import type { DocumentInfo } from '../schema/output.js';
import { readDocumentDate } from './document-date.js';

const DocumentKindsGrammar = z.object({
  kinds: z.array(
    z.object({
      kind: z.enum(['resolution', 'protocol', 'decision', 'report', 'other']),
      words: z.array(z.string().min(1)).min(1),
    }),
  ),
});

export interface TitleInfo {
  kind: DocumentInfo['kind'];
  title: string | null;
  /** indexes into blocks of the title's blocks */
  blockIndexes: number[];
}

/** How far into the document a title may start (blocks). */
const TITLE_WINDOW = 8;
const CONTINUATION = /^(?:[а-яё]|[«"“„]|[IVXLC]+\s+[а-яё]|\d{1,2}-?(?:го|й|я|ой|ого)?\s+[а-яё])/u;

let kindWords: { kind: DocumentInfo['kind']; word: string }[] | null = null;
/** Kind words are short: only the start of a block is folded and compared. */
const KIND_PREFIX = 48;

export function documentKindOf(block: Block): DocumentInfo['kind'] | null {
  kindWords ??= loadGrammar('document-kinds', DocumentKindsGrammar).kinds.flatMap(({ kind, words }) => words.map((w) => ({ kind, word: fold(w) })));
  const text = fold(block.text.slice(0, KIND_PREFIX));
  for (const { kind, word } of kindWords) {
    if (text.startsWith(word) && !/[а-яa-z]/.test(text.charAt(word.length))) return kind;
  }
  return null;
}

/**
 * A block that opens with a date is the first sentence of the body ("20 августа
 * 2015 года прошел вебинар …", "«12» марта 2024 г. состоялось заседание …"): a
 * title runs on in the genitive (an adjective, a noun, a quoted name), never
 * with a date in front. A date later in the block ("семинара, проведенного
 * 5 марта 2024 года в г. Канске") belongs to the title's run-on.
 */
function opensWithDate(text: string): boolean {
  const date = readDocumentDate(text);
  return date !== null && text.slice(0, date.start).trim() === '';
}

export function findTitle(blocks: Block[]): TitleInfo {
  const limit = Math.min(blocks.length, TITLE_WINDOW);
  for (let i = 0; i < limit; i++) {
    const b = blocks[i]!;
    if (b.kind === 'item' || b.kind === 'table-row') continue;
    const kind = documentKindOf(b);
    if (!kind) continue;
    const parts = [b.text];
    const indexes = [i];
    for (let j = i + 1; j < blocks.length && j <= i + 3; j++) {
      const next = blocks[j]!;
      if (next.kind !== 'paragraph' || next.text.length > 300 || !CONTINUATION.test(next.text)) break;
      if (/\d{4}\s*(?:г\.|года?)?\s*$/.test(next.text) && !/[«"]/.test(next.text)) break; // "11 января 2023 года"
      if (opensWithDate(next.text)) break;
      parts.push(next.text);
      indexes.push(j);
    }
    return { kind, title: parts.join(' ').replace(/\s+/g, ' '), blockIndexes: indexes };
  }
  return { kind: 'other', title: null, blockIndexes: [] };
}
