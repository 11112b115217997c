// Who a task is given to. Official documents name addressees in a few shapes:
//   a dative header            "Руководителям образовательных организаций:"
//   a lead verb or noun first  "Рекомендовать руководителям ОО:", "Рекомендация всем ОО:"
//   "Для" + genitive           "Для специалистов муниципальной методической службы:"
//   a level of tasks           "Задачи муниципального уровня:"
//   a nominative organisation  "ГАУ ДПОС «…»:", "Управление образования:"
//   inline before the verb     "Заместителям директоров по УВР обеспечить …"
// A person in parentheses ("Начальнику управления (Иванов А.П.):") is kept
// apart: the tasks of the block are that person's responsibility.
import { nominativePhrase, readNoun } from '../morph/nominative.js';
import { isAdjectiveIn } from '../morph/adjectives.js';
import { isInfinitive, isLeadVerb } from '../morph/infinitive.js';
import { lookupNoun } from '../morph/lexicon.js';
import { looksLikeAdverb } from '../morph/adverbs.js';
import { deadlinePhraseStart } from '../extract/deadline/index.js';
import type { Case } from '../morph/declension.js';
import { lowerCase } from '../text/normalize.js';
import { isSpaceCode } from '../text/chars.js';
import { mapPacked } from '../text/packed.js';
import { endTrimmer } from '../text/trim.js';

export interface AddresseePart {
  /** as written, without lead words and the trailing colon */
  text: string;
  /** lowercase nominative */
  normalized: string;
}

export interface AddresseeReading {
  parts: AddresseePart[];
  /** people named in parentheses: "(Иванов А.П.)" */
  persons: string[];
}

const MAX_HEADER_WORDS = 30;
const ORG_FORM = /^[А-ЯЁ]{2,6}(?:\s+[А-ЯЁ]{2,6})*\s*(?:[«"“„]|[А-ЯЁ][а-яё]|№|$)/u; // "ГАУ ДПОС «…»", "МБОУ СОШ № 3"
const PERSON_IN_PARENS = /\(\s*([А-ЯЁ][а-яё]+(?:-[А-ЯЁ][а-яё]+)?\s+[А-ЯЁ]\.\s?[А-ЯЁ]\.|[А-ЯЁ]\.\s?[А-ЯЁ]\.\s?[А-ЯЁ][а-яё]+)\s*\)/gu;
const LEVEL_HEAD = /^[Зз]адачи\s+/;

/** Words of the text with their offsets (letters, digits, hyphens, quotes glued to words). */
function words(text: string, limit = 64): { word: string; start: number; end: number }[] {
  const out: { word: string; start: number; end: number }[] = [];
  for (let i = nextWordStart(text, 0); out.length < limit && i < text.length; ) {
    const end = wordEnd(text, i);
    out.push({ word: text.slice(i, end), start: i, end });
    i = nextWordStart(text, end);
  }
  return out;
}

/** The words of the text only, as words() reads them: for the tests most texts fail at their first words. */
function wordTexts(text: string, limit: number): string[] {
  const out: string[] = [];
  for (let i = nextWordStart(text, 0); out.length < limit && i < text.length; ) {
    const end = wordEnd(text, i);
    out.push(text.slice(i, end));
    i = nextWordStart(text, end);
  }
  return out;
}

// words are the runs between white space, read by character codes (no match object per word)
function nextWordStart(text: string, i: number): number {
  while (i < text.length && isSpaceCode(text.charCodeAt(i))) i++;
  return i;
}

function wordEnd(text: string, i: number): number {
  while (i < text.length && !isSpaceCode(text.charCodeAt(i))) i++;
  return i;
}

/** Quotes and brackets that open a word, and what closes it, stripped by bareWord. */
const OPENERS = new Set([...'«"“„(']);
const CLOSERS = new Set([...'»"”),.;:']);

/** The word without its quotes, brackets and punctuation; lower case, ё → е. */
function bareWord(w: string): string {
  let from = 0;
  while (from < w.length && OPENERS.has(w[from]!)) from++;
  let to = w.length;
  while (to > from && CLOSERS.has(w[to - 1]!)) to--;
  const lower = lowerCase(from > 0 || to < w.length ? w.slice(from, to) : w);
  return lower.includes('ё') ? lower.replace(/ё/g, 'е') : lower;
}

/** Does an addressee phrase of this case start here: adjectives, then a noun that names people or bodies? */
function startsAddressee(tokens: string[], c: Case): boolean {
  let i = 0;
  while (i < tokens.length && i < 4) {
    const w = bareWord(tokens[i]!);
    if (w === 'всем' || w === 'всех') {
      i++;
      continue;
    }
    const known = lookupNoun(w.split('-')[0]!, c);
    if (known && (known.person || known.org || known.adjectival) && !(known.adjectival && i + 1 < tokens.length && readNoun(bareWord(tokens[i + 1]!), c)?.known)) return true;
    if (/^[А-ЯЁ]{2,}/.test(tokens[i]!.replace(/^[«"]/, ''))) return i > 0; // "всем ОО", "муниципальным ОО"
    if (!isAdjectiveIn(w.slice(w.lastIndexOf('-') + 1), c)) {
      // an unknown noun: only a plural ending is a safe sign of the case ("логопедам")
      return i > 0 || (c === 'dat' ? /(?:ам|ям)$/.test(w) : /(?:ов|ей)$/.test(w)) ? (readNoun(w, c) !== null && !isInfinitive(w)) : false;
    }
    i++;
  }
  return false;
}

/**
 * Split "управлению образования …, методическому отделу …" and "тьюторам и
 * кураторам" into addressees: a comma or "и" followed by a new head of the same case.
 */
function splitCoordinated(text: string, c: Case): string[] {
  const ws = words(text);
  const cuts: number[] = [];
  let depth = 0;
  for (let i = 0; i < ws.length; i++) {
    const w = ws[i]!.word;
    depth += (w.match(/[«(]/g)?.length ?? 0) - (w.match(/[»)]/g)?.length ?? 0);
    if (depth > 0 || i + 1 >= ws.length) continue;
    const rest = mapPacked(ws.slice(i + 1, i + 5), (x) => x.word);
    if (w.endsWith(',') && startsAddressee(rest, c)) cuts.push(ws[i + 1]!.start);
    else if (w === 'и' && i > 0 && startsAddressee(rest, c)) cuts.push(ws[i]!.start);
  }
  const parts: string[] = [];
  let from = 0;
  for (const cut of cuts) {
    parts.push(text.slice(from, cut));
    from = cut;
  }
  parts.push(text.slice(from));
  return mapPacked(parts, (p) => trimListEnd(p.replace(/^и\s+/, '')).trim()).filter((p) => p !== '');
}

function persons(text: string): string[] {
  return [...text.matchAll(PERSON_IN_PARENS)].map((m) => m[1]!.replace(/\s+/g, ' '));
}

function reading(text: string, c: Case): AddresseeReading {
  const parts = mapPacked(splitCoordinated(text, c), (p) => ({ text: p, normalized: nominativePhrase(p, c).text }));
  return { parts, persons: persons(text) };
}

/**
 * A block that ends with ":" and names whom the following tasks are for.
 * Returns null for any other heading ("Участники вебинара рекомендуют:").
 */
const trimListEnd = endTrimmer('\\s,;:');
const trimCommaEnd = endTrimmer('\\s,');

/** `text.replace(/\s*:\s*$/, '')` in one backward scan. */
function withoutFinalColon(text: string): string {
  const t = text.trimEnd();
  return t.endsWith(':') ? t.slice(0, -1).trimEnd() : text;
}

export function readAddresseeHeader(blockText: string): AddresseeReading | null {
  const text = withoutFinalColon(blockText).trim();
  const ws = words(text);
  if (ws.length === 0 || ws.length > MAX_HEADER_WORDS) return null;
  const first = bareWord(ws[0]!.word);

  // "Задачи муниципального уровня", "Задачи уровня образовательной организации"
  if (LEVEL_HEAD.test(text) && ws.length >= 2 && ws.length <= 8) {
    const rest = text.slice(ws[1]!.start);
    const n = nominativePhrase(rest, 'gen');
    if (n.head && /^уров/.test(n.head.nominative)) return { parts: [{ text, normalized: n.text }], persons: [] };
  }
  if (first === 'для' && ws.length >= 2) {
    const rest = text.slice(ws[1]!.start);
    return startsAddressee(mapPacked(ws.slice(1), (w) => w.word), 'gen') ? reading(rest, 'gen') : null;
  }
  let from = 0;
  if (isLeadVerb(first)) {
    if (ws.length < 2) return null;
    from = ws[1]!.start;
  }
  const rest = text.slice(from);
  const restWords = mapPacked(words(rest), (w) => w.word);
  if (startsAddressee(restWords, 'dat') && !hasFiniteVerbOrInfinitive(restWords)) return reading(rest, 'dat');
  if (from === 0 && isOrganisationHeader(text, restWords)) return { parts: [{ text, normalized: text.toLowerCase() }], persons: persons(text) };
  return null;
}

/** "ГАУ ДПОС «Смоленский институт …»", "Управление образования администрации района". */
function isOrganisationHeader(text: string, ws: string[]): boolean {
  if (ORG_FORM.test(text)) return true;
  let i = 0;
  while (i < ws.length - 1 && i < 3 && isAdjectiveIn(bareWord(ws[i]!), 'nom') && !lookupNoun(bareWord(ws[i]!), 'nom')) i++;
  const noun = lookupNoun(bareWord(ws[i]!), 'nom');
  return noun !== null && noun.org && noun.number === 'sg' && !hasFiniteVerbOrInfinitive(ws);
}

function hasFiniteVerbOrInfinitive(ws: string[]): boolean {
  return ws.some((w) => isInfinitive(bareWord(w)) || /^(?:рекоменду|предлага|поруча|счита)/.test(bareWord(w)));
}

export interface InlineAddressee extends AddresseeReading {
  /** offset in the text where the addressee ends: what follows is the task's own ("постоянно информировать …") */
  end: number;
}

/** Words an inline addressee may span before its verb. */
const MAX_INLINE_WORDS = 14;
/** A lead verb and the five words startsAddressee reads. */
const ADDRESSEE_START_WORDS = 6;

/**
 * An inline addressee up to its verb, without what belongs to the task: a
 * deadline ("Руководителям ОО в срок до 1 сентября 2024 г. обеспечить …",
 * "Классным руководителям ежемесячно проводить …") and adverbs ("Руководителям
 * ШМО своевременно представлять …"). The task's text keeps them all.
 */
function withoutTaskWords(phrase: string): string {
  const deadline = deadlinePhraseStart(phrase);
  let end = deadline !== null && deadline > 0 ? deadline : phrase.length;
  for (;;) {
    const kept = trimCommaEnd(phrase.slice(0, end));
    const lastSpace = kept.lastIndexOf(' ');
    if (lastSpace < 0 || !looksLikeAdverb(bareWord(kept.slice(lastSpace + 1)))) return kept;
    end = lastSpace;
  }
}

/**
 * "Заместителям руководителей по УВР обеспечить …", "Рекомендовать
 * руководителям ОО обеспечить …", "Поручить отделу (Петрова А.А.) подготовить …".
 */
export function readInlineAddressee(text: string): InlineAddressee | null {
  // most texts open with no addressee: their first words decide, the rest are read only for one
  const lead = wordTexts(text, ADDRESSEE_START_WORDS);
  if (lead.length < 2) return null;
  let k = 0;
  if (isLeadVerb(bareWord(lead[0]!))) k = 1;
  if (!startsAddressee(lead.slice(k, k + 5), 'dat')) return null;
  const ws = words(text, MAX_INLINE_WORDS + 2);
  for (let j = k + 1; j < Math.min(ws.length, k + MAX_INLINE_WORDS); j++) {
    const w = bareWord(ws[j]!.word);
    if (!isInfinitive(w)) continue;
    const phrase = withoutTaskWords(text.slice(ws[k]!.start, ws[j]!.start));
    if (phrase === '') return null;
    return { ...reading(phrase, 'dat'), end: ws[k]!.start + phrase.length };
  }
  return null;
}
