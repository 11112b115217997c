// Where people's names are written in a block, in the forms of official Russian:
//   "Чулков И.П.", "Чулков И. П.", "И.П. Чулков", "Э.В.Боровского" (no space),
//   "Чулков Иван Петрович", "Ивана Петровича Чулкова".
// The patterns are anchored on capitals and dots with bounded repetition, so a
// block is scanned in linear time. Which names are real people (not "имени …",
// not inside a title) is decided by the caller.
import { fold, lowerCase } from '../shared/text/normalize.js';
import { matchesWhere } from '../shared/text/matches.js';
import { entityGrammar } from './grammar.js';
import type { Span } from './view.js';
import { LETTER } from '../shared/text/chars.js';
import { PATRONYMIC_ENDING, SURNAME_PATTERN } from '../shared/morph/surnames.js';

export interface NameMention extends Span {
  /** the surname as written (any case) */
  surname: string;
  /** "И.П." or "И." — normalised, no spaces */
  initials: string;
  /** for a name written in full: first name and patronymic as written */
  given: string | null;
  patronymic: string | null;
}

const SURNAME = SURNAME_PATTERN;
const INITIAL = '[А-ЯЁ]\\.';
const WORD = '[А-ЯЁ][а-яё]{1,30}';
/**
 * Not inside a word; a dash glued to the name is a bullet ("-Венцене Т.Л."), not
 * a double surname. Checked in code on the characters before a match (see
 * nameMayStart) instead of by a lookbehind, which keeps V8 from scanning quickly
 * for the pattern's first character.
 */
const WORD_OR_DOT = new RegExp(`[${LETTER}\\d.]`, 'u');
const WORD_CHAR = new RegExp(`[${LETTER}\\d]`, 'u');
const PATRONYMIC = `[А-ЯЁ][а-яё]{2,30}${PATRONYMIC_ENDING}`;
/**
 * "Чулков И.П." / "Чулков И. П." / "Иванова А.," (one initial only before a comma or the end);
 * in a list the last dot may be dropped before the comma: "Зайцев П.Н, Орехова Г.П."
 */
const SURNAME_FIRST = new RegExp(`(${SURNAME})[ \\t]{1,3}(${INITIAL})(?:\\s?(${INITIAL}|[А-ЯЁ](?=[,;])))?(?![${LETTER}])`, 'gu');
/** "И.П. Чулков" / "Э.В.Боровского" / "И. П. Чулков" */
const INITIALS_FIRST = new RegExp(`(${INITIAL})\\s?(${INITIAL})\\s?(${SURNAME})(?![${LETTER}])`, 'gu');
/** "Чулков Иван Петрович" and "Иван Петрович Чулков" (a patronymic is the evidence) */
const FULL_SURNAME_FIRST = new RegExp(`(${SURNAME})\\s{1,3}(${WORD})\\s{1,3}(${PATRONYMIC})(?![${LETTER}])`, 'gu');
const FULL_SURNAME_LAST = new RegExp(`(${WORD})\\s{1,3}(${PATRONYMIC})\\s{1,3}(${SURNAME})(?![${LETTER}])`, 'gu');
const AFTER_SINGLE_INITIAL = /^\s*(?:[,;)]|$|\n|\s[-–—]\s)/;
/** The usual endings of Russian surnames in any case: evidence when two readings compete. */
const SURNAME_LIKE = /(?:ов|ев|ёв|ин|ын|ск|цк|ко|ук|юк|ич|их|ых)(?:а|у|ым|ой|е|ого|ому|им|ом|ий|ая|ую)?$/;

/** Cheap tests first: most blocks have neither initials nor a patronymic. */
const HAS_INITIAL = /[А-ЯЁ]\./;
const HAS_PATRONYMIC = new RegExp(`${PATRONYMIC_ENDING}(?![а-яё])`);

export function findNames(text: string): NameMention[] {
  const candidates: NameMention[] = [];
  const initials = HAS_INITIAL.test(text);
  const patronymic = HAS_PATRONYMIC.test(text);
  if (!initials && !patronymic) return [];

  for (const m of patronymic ? matchesWhere(FULL_SURNAME_LAST, text, nameMayStart) : []) {
    if (isNotSurname(m[3]!)) continue;
    candidates.push(full(m.index, m[0].length, m[3]!, m[1]!, m[2]!));
  }
  for (const m of patronymic ? matchesWhere(FULL_SURNAME_FIRST, text, nameMayStart) : []) {
    if (isNotSurname(m[1]!)) continue;
    candidates.push(full(m.index, m[0].length, m[1]!, m[2]!, m[3]!));
  }
  const initialsFirst: NameMention[] = [];
  for (const m of initials ? matchesWhere(INITIALS_FIRST, text, nameMayStart) : []) {
    if (isNotSurname(m[3]!)) continue;
    initialsFirst.push({ start: m.index, end: m.index + m[0].length, surname: m[3]!, initials: m[1]! + m[2]!, given: null, patronymic: null });
  }
  const surnameFirst: NameMention[] = [];
  for (const m of initials ? matchesWhere(SURNAME_FIRST, text, nameMayStart) : []) {
    if (isNotSurname(m[1]!)) continue;
    const end = m.index + m[0].length;
    if (!m[3] && (!AFTER_SINGLE_INITIAL.test(text.slice(end, end + 4)) || isFirstName(m[1]!))) continue;
    if (afterLocalityMarker(text, m.index)) continue;
    const second = m[3] ? (m[3].endsWith('.') ? m[3] : `${m[3]}.`) : '';
    surnameFirst.push({ start: m.index, end, surname: m[1]!, initials: m[2]! + second, given: null, patronymic: null });
  }
  // "Первых И.И. Иванова": both readings share the initials; keep the likelier surname
  for (const a of surnameFirst) {
    const b = initialsFirst.find((x) => x.start < a.end && a.start < x.end);
    if (b && (preferInitialsFirst(a, b) || initialsFirstChain(a, initialsFirst))) continue;
    if (b) initialsFirst.splice(initialsFirst.indexOf(b), 1);
    candidates.push(a);
  }
  candidates.push(...initialsFirst);

  // full names first, then by position; a shorter reading inside a longer one goes
  candidates.sort((x, y) => x.start - y.start || y.end - y.start - (x.end - x.start));
  const out: NameMention[] = [];
  for (const c of candidates) {
    const last = out[out.length - 1];
    if (last && c.start < last.end) continue;
    out.push(c);
  }
  return out;
}

/** A name starts here: not inside a word, not after a dash glued to a word. */
function nameMayStart(text: string, i: number): boolean {
  return i === 0 || !(WORD_OR_DOT.test(text[i - 1]!) || (text[i - 1] === '-' && i > 1 && WORD_CHAR.test(text[i - 2]!)));
}

function full(start: number, length: number, surname: string, given: string, patronymic: string): NameMention {
  return { start, end: start + length, surname, initials: `${given[0]}.${patronymic[0]}.`, given, patronymic };
}

function preferInitialsFirst(a: NameMention, b: NameMention): boolean {
  const aLike = SURNAME_LIKE.test(lowerCase(a.surname));
  const bLike = SURNAME_LIKE.test(lowerCase(b.surname));
  if (aLike !== bLike) return bLike;
  return false;
}

/**
 * "Ф.Р. Галиуллина С.И. Векшина": a surname with initials both before and after it,
 * the ones after opening the next name, is read initials-first like its neighbours.
 */
function initialsFirstChain(a: NameMention, initialsFirst: NameMention[]): boolean {
  const before = initialsFirst.some((x) => x.start < a.start && x.end === a.start + a.surname.length);
  const after = initialsFirst.some((x) => x.start > a.start && x.start < a.end && x.end > a.end);
  return before && after;
}

/** "г. Приреченска Г. И. Мельничук": a capitalised word after a lower-case place marker is a place. */
function afterLocalityMarker(text: string, start: number): boolean {
  let end = start;
  while (end > 0 && (text[end - 1] === ' ' || text[end - 1] === '\t')) end--;
  let begin = end;
  while (begin > 0 && end - begin < 12 && /[а-яё.-]/.test(text[begin - 1]!)) begin--;
  if (begin === end || (begin > 0 && WORD_CHAR.test(text[begin - 1]!))) return false;
  return entityGrammar().localityMarkerWords.has(text.slice(begin, end));
}

/** "Матвей К., 5 лет": a child named by a first name and the surname's initial. */
function isFirstName(word: string): boolean {
  return entityGrammar().firstNames.has(fold(word));
}

/** Capitalised words that stand before initials but are not surnames: positions, "Приложение" … */
function isNotSurname(word: string): boolean {
  const g = entityGrammar();
  const f = fold(word);
  return g.notSurnames.has(f) || g.heads.has(f) || g.modifiers.has(f) || g.meetingRoles.has(f);
}
