// Is an item a task? A task says what someone must do: in Russian official
// writing that is an infinitive ("обеспечить", "продолжить работу", "признать"),
// first in the item or right after the addressee. Lists that are not tasks —
// topics discussed, tracks, practice titles, attendees, narrative statements
// ("1. Форум был организован …"), statistics, votes — open with nouns, names or
// finite verbs, and are often announced by a heading with a cue word
// ("обсуждены следующие вопросы:", "Основные треки Форума:").
import { z } from 'zod';
import { loadGrammar } from '../grammar/load.js';
import { fold } from '../text/normalize.js';
import { isBasicLetterCode } from '../text/chars.js';
import { isInfinitive, isLeadVerb, selfExecutingTails } from '../morph/infinitive.js';
import { readInlineAddressee } from './addressees.js';
import type { Task } from '../schema/output.js';
import { endTrimmer } from '../text/trim.js';

const CuesGrammar = z.object({
  cues: z.array(z.string().min(1)),
  protocolParts: z.array(z.string().min(1)),
  taskParts: z.array(z.string().min(1)),
  taskCues: z.array(z.string().min(1)),
});

let cueRe: RegExp | null = null;
let taskCueRe: RegExp | null = null;

function cuePattern(words: string[]): RegExp {
  return new RegExp(`(?:^|[^а-яa-z])(?:${words.map((c) => fold(c).replace(/[^а-яa-z ]/g, '').replace(/ /g, '[а-я]*\\s+')).join('|')})`, 'u');
}

function cues() {
  return loadGrammar('non-task-cues', CuesGrammar);
}

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

/**
 * Opens with an infinitive, a lead verb, an inline addressee and its verb, or a time adverbial and its verb.
 * `inlineAddressee` reads the inline addressee (BlockReadings passes its remembered reading).
 */
export function opensWithDirective(text: string, inlineAddressee: (text: string) => unknown = readInlineAddressee): boolean {
  // the first word decides most texts: the words after it are read for a time adverbial only
  const first = firstWords(text, 1)[0];
  if (!first) return false;
  if (isInfinitive(first) || isLeadVerb(first)) return true;
  const f = TIME_FIRST.test(first) ? fold(text.slice(0, 80)) : '';
  if (f !== '' && LEADING_TIME.test(f)) {
    const words = firstWords(text, TIME_SPAN + 1);
    const verb = words.findIndex((w) => isInfinitive(w));
    if (verb > 0 && (TIME_WORD.test(fold(text.slice(0, text.indexOf(words[verb]!)))) || !/^(?:до|с|к|в)\s/.test(f))) return true;
  }
  return inlineAddressee(text) !== null;
}

/**
 * Within an addressee block the verb may come later: "в мониторинг … внести
 * оценку", "через использование … обеспечить воспитание". Before the first
 * sentence end only, so a narrative statement with a later infinitive is not taken.
 */
export function hasEarlyInfinitive(text: string): boolean {
  return firstWords(firstSentence(text), EARLY_WORDS).some((w) => isInfinitive(w));
}

const firstSentence = (text: string): string => /^.*?(?:[.!?](?=\s+[А-ЯЁ])|$)/su.exec(text)![0];

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

/** A heading that announces a list which is not a list of tasks. */
export function announcesNonTasks(heading: string): boolean {
  cueRe ??= cuePattern(cues().cues);
  return cueRe.test(fold(heading));
}

/** A heading that announces decisions: "Совещание РЕШИЛО:", "Участники рекомендуют:". */
export function announcesTasks(heading: string): boolean {
  taskCueRe ??= cuePattern(cues().taskCues);
  return taskCueRe.test(fold(heading));
}

const PART_MAX_LENGTH = 40;

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

/** "Повестка дня:", "РЕШИЛИ:", "Ход заседания" — a block that is only a standing part of a protocol. */
const trimPartEnd = endTrimmer('\\s:.');

export function protocolPart(text: string): ProtocolPart | null {
  if (text.length > PART_MAX_LENGTH) return null;
  const t = trimPartEnd(fold(text)).replace(/\s+/g, ' ').trim();
  const found = protocolParts().get(t);
  return found ? { part: found.part, decisions: found.decisions } : null;
}
