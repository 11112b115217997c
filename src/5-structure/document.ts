// The document as a whole: kind and title (title.ts), the event it results
// from and its quoted name, the date, the place and the head count. All of it
// is read from the title and the preamble — the blocks before the first list,
// header or section — so a date or a number inside the tasks is never taken
// (a head count may also be told further on, before the tasks: head-count.ts).
// The date: the title's own ("Протокол № 3 от 15.03.2024"), else the
// preamble's first; a month without a day ("Февраль, 2022") takes the day from
// the sentence that tells when the event took place; a document dated nowhere
// else (a plan) dates from the approval stamp above its title, a web page from
// its <title>, a Markdown export from its front matter.
import type { Decisions, ReasonId } from './decisions.js';
import { loadGrammar } from '../shared/grammar/load.js';
import { fold } from '../shared/text/normalize.js';
import type { Block } from '../3-segment/segmenter.js';
import type { DocumentInfo } from '../shared/schema/output.js';
import type { TitleInfo } from './title.js';
import { isApprovalStamp, readDocumentDate, readHeldDate, type DocumentDate } from './document-date.js';
import { readHeadCount } from './head-count.js';
import { placeOf, preambleText } from './place.js';


let eventPatterns: { type: string; re: RegExp }[] | null = null;

function events(): { type: string; re: RegExp }[] {
  eventPatterns ??= loadGrammar('event-types').events.flatMap((e) =>
    e.stems.map((stem) => ({
      type: e.type,
      // "кругл стол" → a word starting "кругл", then a word starting "стол"
      re: new RegExp(`(?:^|[^а-яa-z])${fold(stem).split(/\s+/).join('[а-я]*\\s+')}`, 'u'),
    })),
  );
  return eventPatterns;
}

/** How many blocks after the title the preamble may run at most. */
const PREAMBLE_LIMIT = 12;
const PLACE_LABEL = /^место\s+проведения\s*:\s*/;

export function findEvent(texts: string[]): DocumentInfo['event'] {
  for (const text of texts) {
    const f = fold(text);
    const hit = events().find(({ re }) => re.test(f));
    if (hit) return { type: hit.type, name: quotedName(text) };
  }
  return null;
}

/** The first «…» of the text with nested quotes kept: «Форум «Флагманы …» как …». */
export function quotedName(text: string): string | null {
  const open = firstNameQuote(text);
  if (open < 0) return null;
  let depth = 0;
  for (let i = open; i < text.length; i++) {
    const c = text[i]!;
    if (c === '«' || c === '„' || c === '“') depth++;
    else if (c === '»' || c === '”') {
      depth--;
      if (depth === 0) return text.slice(open + 1, i).trim() || null;
    } else if (c === '"') {
      // straight quotes cannot nest: the next one closes
      if (depth === 0) {
        const close = text.indexOf('"', i + 1);
        return close > i ? text.slice(i + 1, close).trim() || null : null;
      }
    }
  }
  // unbalanced «…«…» (a nested quote left open): up to the last closing quote
  const last = text.lastIndexOf('»');
  return last > open ? text.slice(open + 1, last).trim() || null : null;
}

// «…» right after an organisation's form ("МАДОУ «Детский сад № 15»") names the organisation
const ORG_BEFORE_QUOTE = /(?:[А-ЯЁ]{2,}|№\s*\d+)\s*$/u;

function firstNameQuote(text: string): number {
  let depth = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    const opens = c === '«' || c === '„' || c === '“' || (c === '"' && depth === 0);
    const closes = c === '»' || c === '”' || (c === '"' && depth > 0);
    if (opens) {
      if (depth === 0 && !ORG_BEFORE_QUOTE.test(text.slice(Math.max(0, i - 12), i))) return i;
      depth++;
    } else if (closes && depth > 0) depth--;
  }
  return -1;
}

export interface DocumentInput {
  blocks: Block[];
  title: TitleInfo;
  /** index of the first block that belongs to the body (a list, a header, a section) */
  bodyStart: number;
  /** the date the source gives outside the text: an HTML page's <title>, a Markdown front matter */
  sourceDate?: DocumentDate | null;
  /** where --explain records where the date came from */
  decisions?: Decisions | undefined;
}

export function readDocumentInfo({ blocks, title, bodyStart, sourceDate = null, decisions }: DocumentInput): DocumentInfo {
  const titleSet = new Set(title.blockIndexes);
  const first = title.blockIndexes.length ? Math.max(...title.blockIndexes) + 1 : 0;
  const preamble: Block[] = [];
  for (let i = first; i < Math.min(bodyStart, first + PREAMBLE_LIMIT, blocks.length); i++) if (!titleSet.has(i)) preamble.push(blocks[i]!);
  const texts = [...(title.rest ? [title.rest] : []), ...preamble.map(preambleText)];
  const titleLine = title.blockIndexes.length ? blocks[Math.max(...title.blockIndexes)]!.line : 1;
  const textLines = [...(title.rest ? [titleLine] : []), ...preamble.map((b) => b.line)];

  const inText = firstDate(texts);
  const found = title.date ?? inText?.date ?? null;
  const held = found?.monthOnly ? monthOnlyDay(blocks, found) : null;
  const stamp = found ? null : approvalStampDate(blocks, title);
  const date = held ?? found ?? stamp ?? sourceDate;
  if (decisions) {
    const [reason, line]: [ReasonId, number] = title.date
      ? ['date.title', titleLine]
      : held ? ['date.held-day', held.line ?? 1]
      : inText ? ['date.preamble', textLines[inText.index] ?? 1]
      : stamp ? ['date.approval-stamp', stamp.line ?? 1]
      : sourceDate ? ['date.source', 1] : ['date.none', 1];
    decisions.add(line, `дата документа ${date?.date ?? '—'}`, reason);
  }
  let place: string | null = null;
  for (const text of texts) {
    place = placeOf(text);
    if (place !== null) break;
  }
  if (place === null) {
    const labelled = texts.find((t) => PLACE_LABEL.test(fold(t)));
    if (labelled) place = labelled.replace(/^[^:]*:\s*/, '').trim() || null;
  }
  let participants: number | null = null;
  for (const text of texts) {
    participants = readHeadCount(text, false);
    if (participants !== null) break;
  }
  const titleText = title.title ? [title.title] : [];
  return {
    kind: title.kind,
    title: title.title,
    event: findEvent([...titleText, ...texts]),
    date: date?.date ?? null,
    period: date?.period ?? null,
    place,
    participants,
  };
}

function firstDate(texts: string[]): { date: DocumentDate; index: number } | null {
  for (let index = 0; index < texts.length; index++) {
    const date = readDocumentDate(texts[index]!);
    if (date) return { date, index };
  }
  return null;
}

/**
 * A preamble that dates the document by a month ("Февраль, 2022")
 * is refined by the sentence that tells the day the event took place, in that
 * month ("17 февраля 2022 г. состоялся городской форум"), wherever it stands.
 */
function monthOnlyDay(blocks: Block[], month: DocumentDate): (DocumentDate & { line?: number }) | null {
  const prefix = month.date.slice(0, 8); // "2022-02-"
  for (const b of blocks) {
    if (b.kind !== 'paragraph') continue;
    const held = readHeldDate(b.text);
    if (held?.date.startsWith(prefix)) return { ...held, line: b.line };
  }
  return null;
}

/**
 * The blocks above the title from the first that holds
 * an approval stamp ("УТВЕРЖДАЮ … «29» августа 2025 г.", "СОГЛАСОВАНО …",
 * "Приложение к приказу … от …"): a document dated nowhere else — a plan —
 * dates from its approval.
 */
function approvalStampDate(blocks: Block[], title: TitleInfo): (DocumentDate & { line?: number }) | null {
  if (!title.blockIndexes.length) return null;
  const titleStart = Math.min(...title.blockIndexes);
  const stamp = blocks.slice(0, titleStart).findIndex((b) => isApprovalStamp(b.text));
  if (stamp < 0) return null;
  // one stamp over several lines: "УТВЕРЖДЕНО" / "приказом от 30.08.2025 № 112" is the approval, not a cited order;
  // the order a plan is appended to ("Приложение к приказу … от 26.08.2024 № 297") dates it when nothing else does
  const text = blocks.slice(stamp, titleStart).map(preambleText).join(' ');
  const date = readDocumentDate(text) ?? readDocumentDate(text, { cited: true });
  return date ? { ...date, line: blocks[stamp]!.line } : null;
}
