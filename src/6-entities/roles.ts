// The position written next to a name, in the nominative with abbreviations
// spelled out: "зам. директора по УВР" → "заместитель директора по УВР",
// "ст. воспитатель" → "старший воспитатель", "доклад начальника управления
// образованием Руденко Е.В." → "начальник управления образованием".
// A role after a name follows a comma ("Чулков И.П., директор …"); a role before a
// name runs up to it ("заместитель главы … район Дяденко О.В."). The head of the
// phrase is a position word of grammars/positions.json; what follows it (its
// complement, "директора по УВР") is kept as written and ends at a comma, a quote,
// an organisation, another name or the end of the sentence.
import { squeeze } from '../shared/text/normalize.js';
import type { Case } from '../shared/morph/categories.js';
import { entityGrammar, type Lexeme } from './grammar.js';
import type { OrgMention } from './org-mentions.js';
import { firstStartingAt, spansWithin, type BlockView, type Span } from './view.js';
import { endTrimmer, lastWord, wordBeforeTrailingSpace, trimDots } from '../shared/text/trim.js';
import { execAll } from '../shared/text/matches.js';

export interface Role extends Span {
  text: string;
  /** the case the head is written in: the name beside it is in the same case */
  case: Case | null;
  /** a role in the meeting only ("Председатель – …"): a position elsewhere wins */
  weak: boolean;
  /** a role before a name that contains the organisation ("директор МБОУ СОШ № 5 Иванов И.И.") */
  org: OrgMention | null;
}

const AFTER_NAME = /[ \t\n]*,?[ \t\n]*(?:[–—-][ \t\n]*)?/y;
const TOKEN = /[^\s,;:()«»"“”„|]+/y;
const DASH = /^[–—-]+$/;
const trimCommas = endTrimmer(',;');
/** Short words that end in a dot without ending a sentence. */
const ABBREVIATION = /^(?:[а-яёa-z]{1,3}|[А-ЯЁ]|[а-яё]\.[а-яё])$/iu;
/** Lowercase words that read as verbs (past tense, infinitive, gerund): a role never contains one. */
const VERB_LIKE = /^[а-яё]+(?:ть|ться|чь|ла|ли|ло|лся|лась|вши|вшись|[аеиоуыя]л)$/;
const MAX_COMPLEMENT_WORDS = 14;
const MAX_BEFORE_WINDOW = 200;
const SENTENCE_END = /[.!?](?=\s+[А-ЯЁ])/g;

interface Head {
  start: number;
  end: number;
  lexeme: Lexeme;
  modifiers: Lexeme[];
}

/** The role right after a name (after a comma or a dash), or null. */
/** `stops`: where organisations and names start, sorted: a complement ends before them. */
export function roleAfter(view: BlockView, nameEnd: number, stops: Span[]): Role | null {
  AFTER_NAME.lastIndex = nameEnd;
  AFTER_NAME.exec(view.text);
  const head = headAt(view, AFTER_NAME.lastIndex);
  if (!head) return null;
  const end = complementEnd(view, head.end, stops);
  return makeRole(view, head, end, null);
}

/** A role that opens a block, e.g. "специалист МКУ РМЦ г. Канска" above a signature. */
export function roleAtStart(view: BlockView, stops: Span[]): Role | null {
  return roleAfter(view, 0, stops);
}

function headAt(view: BlockView, p: number): Head | null {
  const g = entityGrammar();
  const modifiers: Lexeme[] = [];
  let q = p;
  for (let i = 0; i < 3; i++) {
    const h = g.head.at(view.folded, q);
    if (h) return { start: p, end: q + h.length, lexeme: g.heads.get(h.replace(/\s+/g, ' '))!, modifiers };
    const m = g.modifier.at(view.folded, q);
    if (!m) return null;
    modifiers.push(g.modifiers.get(m)!);
    q = skipSpaces(view.text, q + m.length);
  }
  return null;
}

/** Where a head's complement ends: before a stop, a punctuation mark, a dash, or the sentence's end. */
function complementEnd(view: BlockView, from: number, stops: Span[]): number {
  const text = view.text;
  let end = from;
  let q = from;
  for (let words = 0; words < MAX_COMPLEMENT_WORDS; words++) {
    q = skipSpaces(text, q);
    const stop = stops[firstStartingAt(stops, q)]?.start ?? Infinity;
    if (stop === q) break;
    TOKEN.lastIndex = q;
    const t = TOKEN.exec(text);
    if (!t) break;
    const token = t[0];
    if (DASH.test(token)) break;
    // a stop inside the token: "НМРМБУ" where an organisation starts at "МБУ"
    if (stop < q + token.length) {
      end = stop;
      break;
    }
    if (token.endsWith('.')) {
      const base = trimDots(token);
      const next = text.slice(q + token.length).trimStart();
      if (!ABBREVIATION.test(base) && !/[А-ЯЁ]\.[А-ЯЁ]?$/.test(base) && (next === '' || /^[А-ЯЁ\n]/.test(next))) {
        end = q + base.length;
        break;
      }
    }
    end = q + token.length;
    q = end;
  }
  return end;
}

function makeRole(view: BlockView, head: Head, end: number, org: OrgMention | null): Role {
  const g = entityGrammar();
  let complement = trimCommas(squeeze(view.text.slice(head.end, Math.max(head.end, end))));
  // "директор директор МАОУ …": a doubled head word is a slip of the pen
  const first = /^\S+/.exec(complement)?.[0];
  if (first && g.heads.get(first.toLowerCase())?.lemma === head.lexeme.lemma) complement = complement.slice(first.length).trim();
  const words = [...head.modifiers.map((m) => m.lemma), head.lexeme.lemma];
  const text = [words.join(' '), complement].filter(Boolean).join(' ');
  const kase = head.lexeme.case ?? head.modifiers.find((m) => m.case)?.case ?? null;
  return {
    start: head.start,
    end: Math.max(head.end, end),
    text,
    case: kase,
    weak: !complement && !head.modifiers.length && g.meetingRoles.has(head.lexeme.lemma),
    org,
  };
}

/**
 * The role written before a name, reading back from it within its clause. Of the
 * position words there, a genitive one is the complement of the one before it
 * ("заместитель главы …"), so the head is the first of the chain.
 */
/** `orgs`: the block's organisation mentions, sorted. */
export function roleBefore(view: BlockView, nameStart: number, floor: number, orgs: OrgMention[]): Role | null {
  const { text, folded } = view;
  let we = nameStart;
  while (we > floor && /\s/.test(text[we - 1]!)) we--;
  if (we > floor && /[–—:-]/.test(text[we - 1]!)) {
    we--;
    while (we > floor && /\s/.test(text[we - 1]!)) we--;
  }
  let ws = Math.max(floor, nameStart - MAX_BEFORE_WINDOW);
  for (let i = we - 1; i >= ws; i--) {
    if (/[,;:()«»"“”„]/.test(text[i]!)) {
      // the quotes and brackets of an organisation's name do not end the role before it:
      // "директор МБОУ «Центр образования № 5» Петров П.П."
      const org = orgs.find((o) => o.start <= i && i < o.end);
      if (org) {
        i = org.start;
        continue;
      }
      ws = i + 1;
      break;
    }
  }
  // the original text, up to the name's first letter: a sentence end is told by the capital
  // letter after it, which folding loses ("Доклад сделал методист. Петрова А.А. рассказала …")
  const windowText = text.slice(ws, nameStart + 1);
  for (const m of execAll(SENTENCE_END, windowText)) {
    const before = lastWord(windowText.slice(0, m.index));
    if (!ABBREVIATION.test(before) && !/[а-яё]\.[а-яё]?$/i.test(before)) ws = ws + m.index + 1;
  }
  if (ws >= we) return null;

  const g = entityGrammar();
  const heads: Head[] = [];
  const slice = folded.slice(ws, we);
  for (const m of g.head.all(slice)) {
    heads.push({ start: ws + m.index, end: ws + m.index + m.text.length, lexeme: g.heads.get(m.text.replace(/\s+/g, ' '))!, modifiers: [] });
  }
  if (!heads.length) return null;
  let k = heads.length - 1;
  while (k > 0 && heads[k]!.lexeme.case === 'gen') k--;
  const head = heads[k]!;
  // modifiers just before the head: "ведущего специалиста"
  let start = head.start;
  for (let i = 0; i < 3; i++) {
    const m = wordBeforeTrailingSpace(folded.slice(ws, start));
    const mod = m ? g.modifiers.get(m.word) : undefined;
    if (!m || !mod) break;
    head.modifiers.unshift(mod);
    start -= m.length;
  }
  head.start = start;

  const org = spansWithin(orgs, head.end, we)[0] ?? null;
  const complementTo = org ? org.start : we;
  if (org && text.slice(org.end, we).trim() !== '') return null;
  const between = text.slice(head.end, complementTo).trim();
  const words = between ? between.split(/\s+/) : [];
  if (words.length > 12 || words.some((w) => VERB_LIKE.test(w))) return null;
  return makeRole(view, head, complementTo, org);
}

function skipSpaces(text: string, p: number): number {
  while (p < text.length && /\s/.test(text[p]!)) p++;
  return p;
}
