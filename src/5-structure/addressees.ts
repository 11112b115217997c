// Who a task is given to. Official documents name addressees in a few shapes:
//   a dative header            "Руководителям образовательных организаций:"
//   a lead verb or noun first  "Рекомендовать руководителям ОО:", "Рекомендация всем ОО:"
//   "Для" + genitive           "Для специалистов муниципальной методической службы:"
//   a level of tasks           "Задачи муниципального уровня:"
//   a nominative organisation  "ГАУ ДПОС «…»:", "Управление образования:"
//   inline before the verb     "Заместителям директоров по УВР обеспечить …"
// A person in parentheses ("Начальнику управления (Иванов А.П.):") is kept
// apart: the tasks of the block are that person's responsibility.
import { nominativePhrase, readNoun } from '../shared/morph/nominative.js';
import { adjectiveNominative, isAdjectiveIn, isFeminineAccusative } from '../shared/morph/adjectives.js';
import { chargePattern, isInfinitive, isLeadVerb } from '../shared/morph/infinitive.js';
import { isBodyAbbreviation, lookupNoun, opensWithLevelHead } from '../shared/morph/lexicon.js';
import { looksLikeAdverb } from '../shared/morph/adverbs.js';
import { deadlinePhraseStart } from '../4-recognise/deadline/index.js';
import { announcesTasks } from './cues.js';
import { withoutNamedPersons } from './named-person.js';
import type { Case } from '../shared/morph/categories.js';
import { lowerCase } from '../shared/text/normalize.js';
import { endTrimmer } from '../shared/text/trim.js';
import { execAll } from '../shared/text/matches.js';
import { bareWord, wordTexts, words } from './header-words.js';

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
/** "Зайцев П. Р." or "П. Р. Зайцев" */
const NAME_WITH_INITIALS = '[А-ЯЁ][а-яё]+(?:-[А-ЯЁ][а-яё]+)?\\s+[А-ЯЁ]\\.\\s?[А-ЯЁ]\\.|[А-ЯЁ]\\.\\s?[А-ЯЁ]\\.\\s?[А-ЯЁ][а-яё]+';
/** people named in parentheses after an addressee: "(Орлова Т. В.)", "(Орлова Т. В., Зайцев П. Р.)" */
const PERSON_IN_PARENS = new RegExp(`\\(\\s*((?:${NAME_WITH_INITIALS})(?:\\s*,\\s*(?:${NAME_WITH_INITIALS}))*)\\s*\\)`, 'gu');
const ONE_NAME = new RegExp(NAME_WITH_INITIALS, 'gu');

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
    const rest = (ws.slice(i + 1, i + 5)).map((x) => x.word);
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
  return parts.map((p) => trimListEnd(p.replace(/^и\s+/, '')).trim()).filter((p) => p !== '');
}

function persons(text: string): string[] {
  return [...execAll(PERSON_IN_PARENS, text)].flatMap((m) => m[1]!.match(ONE_NAME)!.map((name) => name.replace(/\s+/g, ' ')));
}

function reading(text: string, c: Case): AddresseeReading {
  const named: string[] = [];
  const parts = splitCoordinated(text, c).map((p) => {
    const { rest, persons: people } = withoutNamedPersons(p, c);
    named.push(...people);
    return { text: rest, normalized: nominativePhrase(rest, c).text };
  });
  return { parts, persons: [...persons(text), ...named] };
}

const trimListEnd = endTrimmer('\\s,;:');
const trimCommaEnd = endTrimmer('\\s,');
const trimPunctuationEnd = endTrimmer('.,;:');
const trimNameEnd = endTrimmer('»",.:;)');

/** `text.replace(/\s*:\s*$/, '')` in one backward scan. */
function withoutFinalColon(text: string): string {
  const t = text.trimEnd();
  return t.endsWith(':') ? t.slice(0, -1).trimEnd() : text;
}

/**
 * A block that ends with ":" and names whom the following tasks are for.
 * Returns null for any other heading ("Участники вебинара рекомендуют:").
 */
export function readAddresseeHeader(blockText: string): AddresseeReading | null {
  const written = withoutTrailingLead(withoutFinalColon(blockText).trim());
  const spoken = unshouted(written);
  const found = readHeaderWords(spoken);
  if (!found || spoken === written) return found;
  // read in lower case, reported as written: the same offsets in both
  let at = 0;
  const parts = found.parts.map((p) => {
    const start = spoken.indexOf(p.text, at);
    at = start + p.text.length;
    return { ...p, text: start < 0 ? p.text : written.slice(start, at) };
  });
  return { parts, persons: persons(written) };
}

/**
 * "РУКОВОДИТЕЛЯМ ОБРАЗОВАТЕЛЬНЫХ ОРГАНИЗАЦИЙ рекомендовать" — the verb that
 * gives the header's tasks may stand after the addressee as well as before it
 * ("Рекомендовать руководителям …"): either way it is no part of the addressee.
 */
function withoutTrailingLead(text: string): string {
  const lastSpace = text.lastIndexOf(' ');
  return lastSpace > 0 && isLeadVerb(bareWord(text.slice(lastSpace + 1))) ? text.slice(0, lastSpace).trimEnd() : text;
}

/** A word in capitals long enough to be no abbreviation ("ОРГАНИЗАЦИЙ", not "МБОУ", "ДПО"). */
const SHOUTED_WORD = /^[«"„(]*[А-ЯЁ]{6,}/u;
const CAPITALS_RUN = /[А-ЯЁ][А-ЯЁ-]*[А-ЯЁ]/gu;

/**
 * Headers are often written in capitals ("II. МУНИЦИПАЛЬНЫМ ОРГАНАМ УПРАВЛЕНИЯ
 * ОБРАЗОВАНИЕМ:"). Morphology reads words, not shouting: in a header with a
 * word of six capitals or more, each word in capitals is lowered when it is that
 * long or is a word the lexicon knows ("ШКОЛ", "ФОРУМА"); shorter unknown ones
 * stay abbreviations ("ГАУ ДПО", "МБОУ"). Lowering keeps every offset.
 */
function unshouted(text: string): string {
  if (!words(text, MAX_HEADER_WORDS + 1).some((w) => SHOUTED_WORD.test(w.word))) return text;
  return text.replace(CAPITALS_RUN, (w) => {
    const lower = w.toLowerCase();
    return w.length >= 6 || isKnownWord(lower) ? lower : w;
  });
}

function isKnownWord(lower: string): boolean {
  return (['nom', 'gen', 'dat'] as const).some((c) => lookupNoun(lower, c) !== null || isAdjectiveIn(lower, c));
}

function readHeaderWords(text: string): AddresseeReading | null {
  const ws = words(text);
  if (ws.length === 0 || ws.length > MAX_HEADER_WORDS) return null;
  const first = bareWord(ws[0]!.word);

  // "Задачи муниципального уровня", "Задачи уровня образовательной организации"
  if (opensWithLevelHead(text) && ws.length >= 2 && ws.length <= 8) {
    const rest = text.slice(ws[1]!.start);
    const n = nominativePhrase(rest, 'gen');
    if (n.head && /^уров/.test(n.head.nominative)) return { parts: [{ text, normalized: n.text }], persons: [] };
  }
  if (first === 'для' && ws.length >= 2) {
    const rest = text.slice(ws[1]!.start);
    return startsAddressee((ws.slice(1)).map((w) => w.word), 'gen') ? reading(rest, 'gen') : null;
  }
  let from = 0;
  if (isLeadVerb(first)) {
    if (ws.length < 2) return null;
    from = ws[1]!.start;
  }
  const rest = text.slice(from);
  const restWords = (words(rest)).map((w) => w.word);
  if (startsAddressee(restWords, 'dat') && !hasFiniteVerbOrInfinitive(restWords)) return reading(rest, 'dat');
  if (from === 0 && isOrganisationHeader(text, restWords)) return { parts: [{ text, normalized: text.toLowerCase() }], persons: persons(text) };
  return null;
}

/**
 * A heading that names an addressee: with its colon, any header shape
 * (readAddresseeHeader); without it ("### Педагогам гимназии"), only a dative
 * addressee, since a name in the nominative may be the subject of a sentence
 * ("МБОУ «Лицей № 1» — победитель конкурса").
 */
export function readAddresseeHeading(text: string): AddresseeReading | null {
  if (withoutFinalColon(text) !== text) return readAddresseeHeader(text);
  const ws = (words(text, MAX_HEADER_WORDS + 1)).map((w) => w.word);
  if (ws.length > MAX_HEADER_WORDS || !startsAddressee(ws, 'dat') || hasFiniteVerbOrInfinitive(ws)) return null;
  return readAddresseeHeader(text);
}

/** "ГАУ ДПОС «Смоленский институт …»", "Управление образования администрации района". */
function isOrganisationHeader(text: string, ws: string[]): boolean {
  if (ORG_FORM.test(text) || opensWithBody(ws)) return true;
  let i = 0;
  while (i < ws.length - 1 && i < 3 && isAdjectiveIn(bareWord(ws[i]!), 'nom') && !lookupNoun(bareWord(ws[i]!), 'nom')) i++;
  const noun = lookupNoun(bareWord(ws[i]!), 'nom');
  return noun !== null && noun.org && noun.number === 'sg' && !hasFiniteVerbOrInfinitive(ws);
}

/**
 * A header with a verb of its own is a sentence, not an addressee: an infinitive,
 * or a word that announces decisions (grammars/non-task-cues.json "taskCues":
 * "Педагогический совет РЕШИЛ:", "Участники рекомендуют:").
 */
function hasFiniteVerbOrInfinitive(ws: string[]): boolean {
  return ws.some((w) => isInfinitive(bareWord(w))) || announcesTasks(ws.join(' '));
}

export interface InlineAddressee extends AddresseeReading {
  /** offset in the text where the addressee ends: what follows is the task's own ("постоянно информировать …") */
  end: number;
}

/** Words an inline addressee may span before its verb. */
const MAX_INLINE_WORDS = 14;
/**
 * Names of organisations ("МБОУ СОШ № 3, МКОУ ООШ № 17 и МБОУ «Каменская СОШ»")
 * and people in parentheses make an addressee long without making it a
 * sentence: they do not count against MAX_INLINE_WORDS, up to this many words in all.
 */
const MAX_INLINE_TOKENS = 40;

/** A word of a name, not of the sentence: an abbreviation, a number, "№", a quoted or capitalised name, initials. */
const NAME_TOKEN = /^(?:[«"„(]*[А-ЯЁA-Z]|№|\d)/u;
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
  if (!startsAddressee(lead.slice(k, k + 5), 'dat')) return inlineNominativeBody(text, lead, k);
  const ws = words(text, MAX_INLINE_TOKENS);
  let sentenceWords = 1;
  for (let j = k + 1; j < ws.length && sentenceWords < MAX_INLINE_WORDS; j++) {
    if (!NAME_TOKEN.test(ws[j]!.word)) sentenceWords++;
    const w = bareWord(ws[j]!.word);
    if (!isInfinitive(w)) continue;
    const phrase = withoutTaskWords(text.slice(ws[k]!.start, ws[j]!.start));
    if (phrase === '') return null;
    return { ...reading(phrase, 'dat'), end: ws[k]!.start + phrase.length };
  }
  return null;
}

/** How far into a task the charge may stand, and how many words name whom it charges. */
const CHARGE_WINDOW = 400;
const MAX_CHARGED_WORDS = 10;
/** A person's name after the charged position: "Сидоренко В.А." or "В.А. Сидоренко". */
const NAME_START = /^(?:[А-ЯЁ][а-яё]+(?:-[А-ЯЁ][а-яё]+)?\s+[А-ЯЁ]\.|[А-ЯЁ]\.\s?[А-ЯЁ]\.)/u;

/**
 * "Контроль за исполнением решения возложить на заместителя директора по УВР
 * Сидоренко В.А." — the charge names who must do it after "возложить на"
 * (grammars/directive-verbs.json "charges"), in the accusative, which for the
 * people charged (animate nouns) is the genitive's form. The phrase ends
 * before a name, a comma or the sentence's end.
 */
export function readChargedAddressee(text: string): AddresseeReading | null {
  const m = chargePattern().exec(text.slice(0, CHARGE_WINDOW));
  if (!m) return null;
  const after = m.index + m[0].length - 1; // the white space after the phrase
  const kept: string[] = [];
  for (const w of words(text.slice(after), MAX_CHARGED_WORDS)) {
    if (NAME_START.test(text.slice(after + w.start, after + w.start + 40))) break;
    const bare = trimPunctuationEnd(w.word);
    kept.push(bare);
    if (bare !== w.word) break;
  }
  if (kept.length === 0) return null;
  const phraseText = kept.join(' ');
  if (startsAddressee(kept, 'gen')) return { parts: [{ text: phraseText, normalized: nominativePhrase(phraseText, 'gen').text }], persons: [] };
  const feminine = feminineAccusative(kept);
  return feminine ? { parts: [{ text: phraseText, normalized: feminine }], persons: [] } : null;
}

/**
 * A woman charged is in the accusative, which differs from the genitive only in
 * the adjectival words: "заведующую библиотекой", "старшую вожатую" →
 * "заведующая библиотекой", "старшая вожатая". The leading -ую/-юю words are
 * put back into the nominative; the words after them keep their case.
 */
function feminineAccusative(kept: string[]): string | null {
  const out = kept.map((w) => lowerCase(w));
  let i = 0;
  while (i < out.length && isFeminineAccusative(out[i]!)) {
    out[i] = adjectiveNominative(out[i]!, 'female');
    i++;
  }
  if (i === 0) return null;
  const head = out[i - 1]!;
  return lookupNoun(head, 'nom') !== null || isAdjectiveIn(head, 'nom') ? out.join(' ') : null;
}

/** Two capitals open the word: an abbreviation ("МБОУ", "ШМО", "ППк") may start here. */
const ABBREVIATION_START = /^[«"(]*[А-ЯЁ]{2}/u;

/** "ШМО учителей …", "ППк": the first word is an abbreviation that names a body of people. */
function opensWithBody(ws: string[]): boolean {
  return ws.length > 0 && isBodyAbbreviation(trimNameEnd(ws[0]!.replace(/^[«"(]+/, '')));
}

/**
 * "ШМО учителей истории провести семинары …", "МКУ «Информационно-методический
 * центр» (Петрова А.А.) обобщить опыт …", "Рекомендовать МБОУ «СОШ № 3» завершить
 * …": a body or an organisation named in the nominative (after a lead verb, `k` = 1) — an abbreviation of a body, or an organisation's form with its
 * name — before the task's verb. Such names do not decline: the addressee is the
 * phrase as written, lower-cased, the person in parentheses kept apart.
 */
function inlineNominativeBody(text: string, lead: string[], k: number): InlineAddressee | null {
  // most blocks open with a word in lower case or capitalised: no abbreviation, no body
  if (k >= lead.length || !ABBREVIATION_START.test(lead[k]!)) return null;
  const ws = words(text, MAX_INLINE_TOKENS);
  const from = ws[k]?.start ?? 0;
  if (!opensWithBody(lead.slice(k)) && !ORG_FORM.test(text.slice(from, from + 80))) return null;
  let depth = 0;
  for (let j = k + 1; j < Math.min(ws.length, k + MAX_INLINE_WORDS); j++) {
    const w = ws[j]!.word;
    depth += (w.match(/[«(]/g)?.length ?? 0) - (w.match(/[»)]/g)?.length ?? 0);
    if (depth > 0 || !isInfinitive(bareWord(w))) continue;
    const phrase = withoutTaskWords(text.slice(from, ws[j]!.start));
    // the person in parentheses goes to `persons`, not into the addressee's own name
    const name = trimCommaEnd(phrase.replace(PERSON_IN_PARENS, ' ').replace(/\s+/g, ' ')).trim();
    if (name === '') return null;
    return { parts: [{ text: name, normalized: lowerCase(name) }], persons: persons(phrase), end: from + phrase.length };
  }
  return null;
}
