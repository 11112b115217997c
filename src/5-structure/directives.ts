// Is an item a task? A task says what someone must do: in Russian official
// writing that is an infinitive ("обеспечить", "продолжить работу", "признать"),
// first in the item or right after the addressee. Lists that are not tasks —
// topics discussed, tracks, practice titles, attendees, narrative statements
// ("1. Форум был организован …"), statistics, votes — open with nouns, names or
// finite verbs, and are often announced by a heading with a cue word
// ("обсуждены следующие вопросы:", "Основные треки Форума:").
import { fold } from '../shared/text/normalize.js';
import { isBasicLetterCode, isCapitalCode, isSpaceCode } from '../shared/text/chars.js';
import { chargePattern, isInfinitive, isLeadVerb, selfExecutingTails } from '../shared/morph/infinitive.js';
import { readInlineAddressee } from './addressees.js';
import type { Task } from '../shared/schema/output.js';
import { announcesTasks, cues } from './cues.js';
import { endTrimmer } from '../shared/text/trim.js';

export { announcesNonTasks, announcesTasks } from './cues.js';

/** Words from the start of an item that may come before its infinitive in an addressee block. */
const EARLY_WORDS = 12;

/** A character of the words firstWords reads: a Latin or Russian letter or a hyphen. */
const isWordCode = (code: number): boolean => code === 0x2d || isBasicLetterCode(code);

/** The first `n` runs of Latin or Russian letters and hyphens, by character codes (no match object per word). */
function firstWords(text: string, n: number): string[] {
  const out: string[] = [];
  const end = text.length;
  let i = 0;
  while (out.length < n) {
    while (i < end && !isWordCode(text.charCodeAt(i))) i++;
    if (i >= end) break;
    const start = i++;
    while (i < end && isWordCode(text.charCodeAt(i))) i++;
    out.push(text.slice(start, i));
  }
  return out;
}

// "До 31.03.2022 внести …", "В срок до 1 июня провести …", "Ежегодно проводить …":
// a time adverbial may stand before the verb
const LEADING_TIME = /^(?:(?:в\s+срок\s+)?до|не\s+позднее|в\s+течение|в\s+срок|с|к|ежегодно|ежеквартально|ежемесячно|еженедельно|постоянно|систематически|регулярно)\s/;
const TIME_WORD = /\d|январ|феврал|март|апрел|ма[йя]|июн|июл|август|сентябр|октябр|ноябр|декабр|год|квартал|полугоди|месяц|недел/;
const TIME_SPAN = 6;
const TIME_FIRST = /^(?:[Дд]о|[Нн]е|[Вв]|[Сс]|[Кк]|[Ее]же\S*|[Пп]остоянно|[Сс]истематически|[Рр]егулярно)$/;

/** How a directive opens: the reason ids of `resolve parse --explain` (5-structure/decisions.ts). */
export type DirectiveOpening = 'task.infinitive' | 'task.lead-verb' | 'task.time-then-verb' | 'task.inline-addressee' | 'task.charge';

/**
 * Opens with an infinitive, a lead verb, an inline addressee and its verb, or a time adverbial and its verb.
 * `inlineAddressee` reads the inline addressee (BlockReadings passes its remembered reading).
 */
export function opensWithDirective(text: string, inlineAddressee: (text: string) => unknown = readInlineAddressee): boolean {
  return directiveOpening(text, inlineAddressee) !== null;
}

/** Which of opensWithDirective's shapes the text opens with, or null. */
export function directiveOpening(text: string, inlineAddressee: (text: string) => unknown = readInlineAddressee): DirectiveOpening | null {
  // the first word decides most texts: the words after it are read for a time adverbial only
  const first = firstWords(text, 1)[0];
  if (!first) return null;
  if (isInfinitive(first)) return 'task.infinitive';
  if (isLeadVerb(first) && leadGivesTask(text, inlineAddressee)) return 'task.lead-verb';
  const f = TIME_FIRST.test(first) ? fold(text.slice(0, 80)) : '';
  if (f !== '' && LEADING_TIME.test(f)) {
    const words = firstWords(text, TIME_SPAN + 1);
    const verb = words.findIndex((w) => isInfinitive(w));
    if (verb > 0 && (TIME_WORD.test(fold(text.slice(0, text.indexOf(words[verb]!)))) || !/^(?:до|с|к|в)\s/.test(f))) return 'task.time-then-verb';
  }
  if (inlineAddressee(text) !== null) return 'task.inline-addressee';
  return chargesSomeone(text) ? 'task.charge' : null;
}

/** Words after an impersonal lead ("Рекомендуется …") within which its infinitive comes. */
const LEAD_SPAN = 4;

/**
 * A lead that is not an infinitive — "Рекомендуется", "Поручается",
 * "Рекомендации", "Предложения" — gives tasks when an addressee or an infinitive
 * follows it, or when it heads a list ("Рекомендации участников:"). Alone it names a
 * part of the document: "III. РЕКОМЕНДАЦИИ СЪЕЗДА".
 */
function leadGivesTask(text: string, inlineAddressee: (text: string) => unknown): boolean {
  if (text.trimEnd().endsWith(':')) return true;
  if (firstWords(text, LEAD_SPAN + 1).slice(1).some((w) => isInfinitive(w))) return true;
  return inlineAddressee(text) !== null;
}

/**
 * A list item written as a part of the sentence whose colon announced it: it
 * opens with a small letter ("а) разбор типичных ошибок …;") or ends with ";"
 * or "," ("ЕГЭ по математике;"), as the items of one enumerated sentence do.
 * An item that opens with a capital and ends a sentence of its own is an entry.
 */
export function continuesSentence(text: string): boolean {
  const last = text.trimEnd().slice(-1);
  if (last === ';' || last === ',') return true;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (isBasicLetterCode(c)) return !isCapitalCode(c) && !(c >= 65 && c <= 90);
  }
  return false;
}

/** How far into its first sentence a block may charge someone ("Контроль за … возложить на …"). */
const CHARGE_SPAN = 240;

/**
 * "Контроль за исполнением решения возложить на заместителя …": a sentence that
 * charges someone (grammars/directive-verbs.json "charges") is a directive
 * whatever word opens it.
 */
function chargesSomeone(text: string): boolean {
  const head = text.slice(0, CHARGE_SPAN);
  const m = chargePattern().exec(head);
  return m !== null && m.index < firstSentence(head).length;
}

/**
 * Within an addressee block the verb may come later: "в мониторинг … внести
 * оценку", "через использование … обеспечить воспитание". Before the first
 * sentence end only, so a narrative statement with a later infinitive is not taken.
 */
export function hasEarlyInfinitive(text: string): boolean {
  return firstWords(firstSentence(text), EARLY_WORDS).some((w) => isInfinitive(w));
}

/**
 * The text up to its first sentence end — ".", "!" or "?" before white space and
 * a capital — or all of it: what /^.*?(?:[.!?](?=\s+[А-ЯЁ])|$)/su matched, in a
 * loop. That lazy expression kept a backtracking entry per character and
 * overflowed V8's stack on a 77 M-character text; this walks the text once.
 */
export function firstSentence(text: string): string {
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c !== 0x2e && c !== 0x21 && c !== 0x3f) continue;
    let next = i + 1;
    while (next < text.length && isSpaceCode(text.charCodeAt(next))) next++;
    if (next > i + 1 && isCapitalCode(text.charCodeAt(next))) return text.slice(0, i + 1);
    i = next - 1; // no sentence end can start inside the white space just read
  }
  return text;
}

/** How many words after its verb a self-executing phrase may take to be completed ("принять информацию о … к сведению"). */
const TAIL_SPAN = 16;

/**
 * A decision the meeting carries out by adopting the document: "Информацию …
 * принять к сведению", "Признать работу … удовлетворительной", "Утвердить
 * план …". Its first infinitive (in the first sentence, within the first
 * words) opens one of the phrases of grammars/directive-verbs.json
 * "selfExecuting", the phrase's other words following it in that sentence
 * ("Принять информацию к сведению"). "Принять меры …" is work, not such a decision.
 */
export function isSelfExecutingDecision(text: string): boolean {
  const words = firstWords(firstSentence(text), EARLY_WORDS + TAIL_SPAN);
  const at = words.slice(0, EARLY_WORDS).findIndex((w) => isInfinitive(w));
  const tails = at < 0 ? undefined : selfExecutingTails(words[at]!);
  if (!tails) return false;
  const after = words.slice(at + 1, at + 1 + TAIL_SPAN).map(fold);
  return tails.some((tail) => tail.length === 0 || after.some((_, i) => tail.every((w, k) => after[i + k] === w)));
}

/**
 * A task nobody has work to do for: a self-executing decision addressed to nobody, with
 * no one responsible and no date. An item addressed to someone, with someone responsible
 * or a date is their work, whatever its verb ("Руководителям ОО: утвердить программы
 * наставничества до 01.03.2024").
 */
export function isSelfExecutingTask(task: Pick<Task, 'text' | 'addresseeIds' | 'responsible' | 'deadline'>): boolean {
  return task.addresseeIds.length === 0 && task.responsible.length === 0 && task.deadline === null && isSelfExecutingDecision(task.text);
}

/** A topic header is a short phrase: "По первому вопросу:", "по вопросам качества образования:". */
const TOPIC_MAX_WORDS = 6;
let topicRe: RegExp | null = null;

/**
 * "По первому вопросу:", "по кадровым вопросам:", "в части воспитания:" — a
 * header that only groups the items below by topic. It neither announces tasks
 * nor topics of its own ("вопрос" here is no agenda): the items keep the
 * meaning of the list around it. A header that announces decisions ("По итогам
 * обсуждения РЕШИЛИ:") is no topic.
 */
export function isTopicHeader(text: string): boolean {
  if (!text.endsWith(':')) return false;
  const words = firstWords(text, TOPIC_MAX_WORDS + 1);
  if (words.length > TOPIC_MAX_WORDS || words.some((w) => isInfinitive(w)) || announcesTasks(text)) return false;
  topicRe ??= new RegExp(`^(?:${cues().topicHeads.map((h) => fold(h).replace(/ /g, '\\s+')).join('|')})\\s`, 'u');
  return topicRe.test(fold(text));
}

const PART_MAX_LENGTH = 40;
/** "Решение консилиума:", "Решение педагогического совета:": a decisions part named with its body. */
const NAMED_PART_MAX_WORDS = 4;

export type ProtocolPart = { part: string; decisions: boolean };

/** The grammar's protocol parts by their folded form (the first part listed wins), folded once. */
let partsByFolded: Map<string, ProtocolPart> | null = null;

function protocolParts(): Map<string, ProtocolPart> {
  if (partsByFolded) return partsByFolded;
  const g = cues();
  const taskParts = new Set(g.taskParts.map(fold));
  partsByFolded = new Map();
  for (const part of g.protocolParts) {
    const key = fold(part);
    if (!partsByFolded.has(key)) partsByFolded.set(key, { part, decisions: taskParts.has(key) });
  }
  return partsByFolded;
}

const trimPartEnd = endTrimmer('\\s:.');

/** "Повестка дня:", "РЕШИЛИ:", "Ход заседания" — a block that is only a standing part of a protocol. */
export function protocolPart(text: string): ProtocolPart | null {
  if (text.length > PART_MAX_LENGTH) return null;
  const t = trimPartEnd(fold(text)).replace(/\s+/g, ' ').trim();
  const found = protocolParts().get(t) ?? (text.trimEnd().endsWith(':') ? namedDecisionsPart(t) : undefined);
  return found ? { part: found.part, decisions: found.decisions } : null;
}

/**
 * "ВЫСТУПИЛИ: Мурадян А.С. предложила …", "3. СЛУШАЛИ: Лобанову Т.И. …": a block
 * opened by a part of the protocol's record, its colon and text on the same line.
 * Returns the part, or null when the block opens otherwise.
 */
export function leadingProtocolPart(text: string): ProtocolPart | null {
  const colon = text.indexOf(':');
  if (colon <= 0 || colon > PART_MAX_LENGTH || colon === text.trimEnd().length - 1) return null;
  return protocolPart(text.slice(0, colon + 1));
}

/** "решение консилиума" → the decisions part "решение", named by whose decision it is (a colon after it). */
function namedDecisionsPart(folded: string): ProtocolPart | undefined {
  const words = folded.split(' ');
  if (words.length < 2 || words.length > NAMED_PART_MAX_WORDS) return undefined;
  const part = protocolParts().get(words[0]!);
  return part?.decisions ? part : undefined;
}
