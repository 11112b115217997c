// The document's kind and title. A title opens with a kind word ("Резолюция",
// "ПРОТОКОЛ") and often runs on over the next blocks in the genitive
// ("I муниципального форума …", "августовской конференции …") and a quoted name
// («Стратегия развития …»); it ends at the first block that is not such a
// continuation (a date, a place, a sentence of the body). A date written in the
// title ("Протокол № 3 от 15.03.2024", "… «Наставничество» 14.11.2024") is the
// document's own: it is cut off the title and kept as the title's date.
import { endTrimmer } from '../shared/text/trim.js';
import { loadGrammar } from '../shared/grammar/load.js';
import { fold, squeeze } from '../shared/text/normalize.js';
import type { Block } from '../3-segment/segmenter.js';
import type { DocumentInfo } from '../shared/schema/output.js';
import { leadingDate, readDocumentDate, type DocumentDate } from './document-date.js';
import { isPlaceLine, placeOf } from './place.js';

export interface TitleInfo {
  kind: DocumentInfo['kind'];
  title: string | null;
  /** indexes into blocks of the title's blocks */
  blockIndexes: number[];
  /** a date written in the title itself ("Протокол № 3 от 15.03.2024"); the title text goes without it */
  date: DocumentDate | null;
  /** the text of the title's last block after the title ends in it (its date or place line), else null */
  rest: string | null;
}

/** How far into the document a title may start (blocks). */
const TITLE_WINDOW = 8;
// a title runs on in the genitive: in lower case, in quotes, after a number — or with the
// capital of a place's name ("коллегии Управления образования" / "Верхнеозёрского муниципального округа")
const CONTINUATION = /^(?:[а-яё]|[«"“„]|[IVXLC]+\s+[а-яё]|\d{1,2}-?(?:го|й|я|ой|ого)?\s+[а-яё]|[А-ЯЁ][а-яё-]{2,30}(?:ского|цкого|ской|цкой)\s+[а-яё])/u;

let kindWords: { kind: DocumentInfo['kind']; word: string }[] | null = null;
/** Kind words are short: only the start of a block is folded and compared. */
const KIND_PREFIX = 48;

function kindOfText(text: string): { kind: DocumentInfo['kind']; length: number } | null {
  kindWords ??= loadGrammar('document-kinds').kinds.flatMap(({ kind, words }) => words.map((w) => ({ kind, word: fold(w) })));
  const f = fold(text.slice(0, KIND_PREFIX));
  for (const { kind, word } of kindWords) {
    if (f.startsWith(word) && !/[а-яa-z]/.test(f.charAt(word.length))) return { kind, length: word.length };
  }
  return null;
}

export function documentKindOf(block: Block): DocumentInfo['kind'] | null {
  return kindOfText(block.text)?.kind ?? null;
}

const trimTitleEnd = endTrimmer('\\s,;(–—-');

// "= Протокол № 2 =" (a wiki heading), "## Протокол" (Markdown) when the line is not a block of its own
const LEADING_HEADING_MARK = /^\s{0,8}(?:={1,6}|#{1,6})\s+/;
const trimSpaceEnd = endTrimmer('\\s');
const trimEqualsEnd = endTrimmer('=');

/** The line without its heading marks: `line.replace(/^\s{0,8}(?:={1,6}|#{1,6})\s+|\s+={1,6}\s*$/g, '')`, the end cut in a backward scan. */
export function withoutHeadingMarks(line: string): string {
  const text = line.replace(LEADING_HEADING_MARK, '');
  const spaced = trimSpaceEnd(text);
  const marks = spaced.length - trimEqualsEnd(spaced).length;
  if (marks < 1 || marks > 6) return text;
  const before = spaced.slice(0, -marks);
  const bare = trimSpaceEnd(before);
  return bare.length < before.length ? bare : text;
}

/**
 * A title that opens a line inside a block (`kindLineInBlock`): the segmenter
 * keeps a markup line and a wiki heading together ("{{Навигация ГМО}}\n= Протокол
 * № 2 … ="). The line opens with a capital, as a title does, and is no
 * sentence ("= Решения совета выполнены. =" is not a title). The kind and the
 * line's index, or null.
 */
function kindLineInBlock(b: Block): { kind: DocumentInfo['kind']; line: number } | null {
  const lines = b.raw.split('\n');
  for (let k = 1; k < lines.length; k++) {
    const line = withoutHeadingMarks(lines[k]!);
    if (!/^[А-ЯЁ]/u.test(line) || /[.!?]\s*$/u.test(line)) continue;
    const hit = kindOfText(line);
    if (hit) return { kind: hit.kind, line: k };
  }
  return null;
}

/**
 * The title's part of a block from line `from` on: a block
 * that runs on with no blank line into the date or the place ("заседания
 * совета\nот 14.01.2026", "форума вожатых\nр.п. Таёжный   «5» июня 2026 г.")
 * ends the title there; `rest` is that line and what follows, for the preamble.
 */
function titleLinesOf(b: Block, from: number): { text: string; rest: string | null } {
  const lines = b.raw.split('\n').map((l) => squeeze(withoutHeadingMarks(l)));
  let stop = from + 1;
  while (stop < lines.length && !leadingDate(lines[stop]!) && !placeOf(lines[stop]!)) stop++;
  if (from === 0 && stop === lines.length) return { text: withoutHeadingMarks(b.text), rest: null };
  return { text: lines.slice(from, stop).join(' '), rest: stop < lines.length ? lines.slice(stop).join(' ') : null };
}

/**
 * A block that opens with a date is the first sentence of the body ("20 августа
 * 2015 года прошел вебинар …", "«12» марта 2024 г. состоялось заседание …"): a
 * title runs on in the genitive (an adjective, a noun, a quoted name), never
 * with a date in front. A date later in the block ("семинара, проведенного
 * 5 марта 2024 года в г. Канске") belongs to the title's run-on.
 */
function opensWithDate(text: string): boolean {
  return leadingDate(text) !== null;
}

/** A date set apart from the title's words: after "от", a quoted name or a number ("№ 3 15.03.2024"). */
const SEPARATE_DATE = /(?:(?:^|\s)от|[»"”]|№\s*[\p{L}\d./-]+)\s*$/iu;
/** The document's own number and date, wherever they stand in the title: "Протокол № 3 от 15.03.2024 заседания …". */
const NUMBER_AND_DATE = /№\s*[\p{L}\d./-]+\s+от\s*$/iu;

/**
 * The date written in the title (`titleDate`): "Протокол № 3 от 15.03.2024",
 * "Резолюция чтений «Наставничество» 14.11.2024", "Протокол № 3 от 15.03.2024
 * заседания совета". The kind word is read past (the title's "Протокол … от" is
 * not a cited protocol). The title text loses a date set apart at its end, or
 * one after the document's number, with its "от"; a date within the title's
 * words ("… конференции, прошедшей 5 мая 2026 года") stays in it.
 */
function titleDate(title: string, kindLength: number): { title: string; date: DocumentDate | null } {
  const found = readDocumentDate(title.slice(kindLength));
  if (!found) return { title, date: null };
  const date = { ...found, start: found.start + kindLength, end: found.end + kindLength };
  const before = title.slice(0, date.start);
  const after = title.slice(date.end);
  const atEnd = /^[\s.,;)]*$/u.test(after) && SEPARATE_DATE.test(before);
  if (!atEnd && !NUMBER_AND_DATE.test(before)) return { title, date };
  const head = trimTitleEnd(before.replace(/(?:\s|^)от\s*$/iu, ''));
  const cut = atEnd ? head : `${head} ${after.replace(/^[\s.,;]+/u, '')}`;
  return { title: cut || title, date };
}

/** `pageTitleDate`: the date a title's text gives ("Протокол № 3 от 15.03.2024 — Гимназия № 5"): an HTML page's <title>. */
export function titleTextDate(text: string): DocumentDate | null {
  const kind = kindOfText(text);
  return kind ? titleDate(text, kind.length).date : null;
}

export function findTitle(blocks: Block[]): TitleInfo {
  const limit = Math.min(blocks.length, TITLE_WINDOW);
  for (let i = 0; i < limit; i++) {
    const b = blocks[i]!;
    if (b.kind === 'item' || b.kind === 'table-row') continue;
    const opening = kindOfText(withoutHeadingMarks(b.text));
    const inner = opening ? null : kindLineInBlock(b);
    const kind = opening?.kind ?? inner?.kind;
    if (!kind) continue;
    const head = titleLinesOf(b, inner?.line ?? 0);
    const parts = [head.text];
    const indexes = [i];
    let rest = head.rest;
    for (let j = i + 1; rest === null && j < blocks.length && j <= i + 3; j++) {
      const next = blocks[j]!;
      if (!continuationKind(next) || next.text.length > 300 || !CONTINUATION.test(next.text)) break;
      if (opensWithDate(next.text) || isPlaceLine(next)) break;
      const part = titleLinesOf(next, 0);
      parts.push(part.text);
      indexes.push(j);
      rest = part.rest;
    }
    const whole = parts.join(' ').replace(/\s+/g, ' ');
    const { title, date } = titleDate(whole, kindOfText(whole)?.length ?? 0);
    return { kind, title, blockIndexes: indexes, date, rest };
  }
  return { kind: 'other', title: null, blockIndexes: [], date: null, rest: null };
}

/** A title runs on in paragraphs, and in Markdown headings ("# РЕЗОЛЮЦИЯ" / "## муниципальной конференции …"). */
function continuationKind(b: Block): boolean {
  return b.kind === 'paragraph' || b.kind === 'heading';
}
