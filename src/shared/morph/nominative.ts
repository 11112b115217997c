// An addressee phrase in the dative ("методическому отделу МКУ ЦПО") or the
// genitive ("Для специалистов муниципальной методической службы") → the
// lowercase nominative ("методический отдел мку цпо", "специалисты муниципальной
// методической службы"). Only the head noun, the adjectives before it and a
// participle that agrees with it after a comma change case; the genitive and
// prepositional dependents stay as written — a word-by-word lemmatiser would
// break them ("руководитель образовательный организация").
import { agreeingNominative, isAdjectiveIn } from './adjectives.js';
import { VELAR_OR_HUSHING, type Case, type Gender, type GrammaticalNumber } from './categories.js';
import { getLexicon, lookupNoun } from './lexicon.js';
import { lowerCase } from '../text/normalize.js';
import { endTrimmer } from '../text/trim.js';

export interface NounReading {
  nominative: string;
  number: GrammaticalNumber;
  gender: Gender;
  /** found in the lexicon (not guessed from the ending) */
  known: boolean;
  person: boolean;
  org: boolean;
  adjectival: boolean;
}

const ABBREVIATION = /^[А-ЯЁA-Z]{2,}[а-яё]{0,2}$/; // "ОО", "МКУ", "ГМО", "ЦДиК"
const PARENTHETICAL = /\([^()]{0,200}\)/g;
const OPENING_PUNCTUATION = /^[«"“„(]+/;
const trimClosingPunctuation = endTrimmer('»"”),.;:');
const trimPhraseEnd = endTrimmer('\\s:;.,');

/** Analyse one word as a noun of the given case: lexicon first, then endings. */
export function readNoun(word: string, c: Case): NounReading | null {
  const w = lowerCase(word);
  const known = lookupNoun(w, c);
  if (known) return { nominative: known.nominative, number: known.number, gender: known.gender, known: true, person: known.person, org: known.org, adjectival: known.adjectival };
  const guess = c === 'dat' ? guessDative(w) : c === 'gen' ? guessGenitive(w) : null;
  return guess ? { ...guess, known: false, person: false, org: false, adjectival: false } : null;
}

type Guess = { nominative: string; number: GrammaticalNumber; gender: Gender };

function plural(stem: string): string {
  return VELAR_OR_HUSHING.test(stem) ? `${stem}и` : `${stem}ы`;
}

function guessDative(w: string): Guess | null {
  let m: RegExpExecArray | null;
  if ((m = /^(.{2,}н)иям$/.exec(w))) return { nominative: `${m[1]}ия`, number: 'pl', gender: 'neuter' };
  if ((m = /^(.{2,})иям$/.exec(w))) return { nominative: `${m[1]}ии`, number: 'pl', gender: 'female' };
  if ((m = /^(.{2,})ям$/.exec(w))) return { nominative: `${m[1]}и`, number: 'pl', gender: 'male' };
  if ((m = /^(.{2,})ам$/.exec(w))) return { nominative: plural(m[1]!), number: 'pl', gender: 'male' };
  if ((m = /^(.{2,})ию$/.exec(w))) return { nominative: `${m[1]}ие`, number: 'sg', gender: 'neuter' };
  if ((m = /^(.{2,})ии$/.exec(w))) return { nominative: `${m[1]}ия`, number: 'sg', gender: 'female' };
  if ((m = /^(.{2,}[бвгдзклмнпрстфхцжшщч])у$/.exec(w))) return { nominative: m[1]!, number: 'sg', gender: 'male' };
  if ((m = /^(.{2,}[лнрт])ю$/.exec(w))) return { nominative: `${m[1]}ь`, number: 'sg', gender: 'male' };
  if ((m = /^(.{2,}[бвгдзклмнпрстфхцжшщч])е$/.exec(w))) return { nominative: `${m[1]}а`, number: 'sg', gender: 'female' };
  return null;
}

function guessGenitive(w: string): Guess | null {
  let m: RegExpExecArray | null;
  if ((m = /^(.{2,})ов$/.exec(w))) return { nominative: plural(m[1]!), number: 'pl', gender: 'male' };
  if ((m = /^(.{2,}н)ий$/.exec(w))) return { nominative: `${m[1]}ия`, number: 'pl', gender: 'neuter' };
  if ((m = /^(.{2,})ий$/.exec(w))) return { nominative: `${m[1]}ии`, number: 'pl', gender: 'female' };
  if ((m = /^(.{2,})ей$/.exec(w))) return { nominative: `${m[1]}и`, number: 'pl', gender: 'male' };
  if ((m = /^(.{2,}[бвгдзклмнпрстфхцжшщч])$/.exec(w))) return { nominative: plural(m[1]!), number: 'pl', gender: 'female' };
  return null;
}

/** A hyphenated noun declines in every part that is itself a noun: "педагогам-психологам". */
function readCompoundNoun(token: string, c: Case): NounReading | null {
  if (!token.includes('-')) return readNoun(token, c);
  const parts = token.split('-');
  const readings = parts.map((p) => readNoun(p, c));
  const head = readings[0];
  if (!head) return null;
  const nominative = parts.map((p, i) => readings[i]?.nominative ?? lowerCase(p)).join('-');
  return { ...head, nominative };
}

function bare(token: string): string {
  return trimClosingPunctuation(token.replace(OPENING_PUNCTUATION, ''));
}

/** The adjective part that declines: "психолого-медико-педагогической" → its last part. */
function convertAdjective(token: string, c: Case, n: GrammaticalNumber, g: Gender): string | null {
  const stressed = getLexicon().stressed;
  const lower = lowerCase(bare(token));
  const dash = lower.lastIndexOf('-');
  const head = dash >= 0 ? lower.slice(0, dash + 1) : '';
  const converted = agreeingNominative(lower.slice(head.length), c, n, g, stressed);
  return converted === null ? null : head + converted + trailing(token);
}

function trailing(token: string): string {
  return /[,;]$/.test(token) ? token.slice(-1) : '';
}

export interface NominativeResult {
  /** lowercase nominative phrase */
  text: string;
  head: NounReading | null;
}

/** The head-noun phrase at the start of `phrase`, put into the nominative. */
export function nominativePhrase(phrase: string, c: Case): NominativeResult {
  const cleaned = trimPhraseEnd(phrase.replace(PARENTHETICAL, ' ')).replace(/\s+/g, ' ').trim();
  const tokens = cleaned.split(' ').filter((t) => t !== '');
  if (c === 'nom' || tokens.length === 0) return { text: cleaned.toLowerCase(), head: null };

  // adjectives, then the head noun
  let i = 0;
  while (i < tokens.length - 1 && isAdjectiveToken(tokens[i]!, tokens[i + 1]!, c)) i++;
  // a substantivised adjective heads the phrase when a conjunction follows it: "вожатым и …"
  if (i > 0 && (tokens[i] === 'и' || tokens[i - 1]!.endsWith(','))) i--;
  const headToken = tokens[i]!;
  let head: NounReading | null;
  if (isAdjectiveIn(lowerCase(bare(headToken)), c) && (tokens[i + 1] === 'и' || headToken.endsWith(','))) {
    const plural = /[ыи][мх]$/.test(lowerCase(bare(headToken)));
    head = { nominative: convertAdjective(bare(headToken), c, plural ? 'pl' : 'sg', 'male') ?? bare(headToken), number: plural ? 'pl' : 'sg', gender: 'male', known: false, person: true, org: false, adjectival: true };
  } else if (ABBREVIATION.test(bare(headToken))) {
    const first = lowerCase(bare(tokens[0]!));
    const plural = i > 0 && (/[ыи][мх]$/.test(first) || first === 'всем' || first === 'всех');
    head = { nominative: bare(headToken), number: plural ? 'pl' : 'sg', gender: 'female', known: false, person: false, org: true, adjectival: false };
  } else head = readCompoundNoun(bare(headToken), c);
  if (!head) return { text: cleaned.toLowerCase(), head: null };

  const out: string[] = [];
  for (let k = 0; k < i; k++) out.push(convertAdjective(tokens[k]!, c, head.number, head.gender) ?? tokens[k]!);
  out.push(head.nominative + trailing(headToken));
  // a participle after a comma agrees with the head: "органам …, осуществляющим …"
  for (let k = i + 1; k < tokens.length; k++) {
    const t = tokens[k]!;
    const prev = tokens[k - 1]!;
    if (prev.endsWith(',') && isAdjectiveIn(bare(t).toLowerCase(), c)) out.push(convertAdjective(t, c, head.number, head.gender) ?? t);
    else if (prev === 'и' && k === i + 2) out.push(coordinatedNoun(t, c) ?? t); // "тьюторам и кураторам"
    else out.push(t);
  }
  return { text: out.join(' ').toLowerCase(), head };
}

/** A second head joined by "и" changes case when it is a noun of this case (known, or a dative plural). */
function coordinatedNoun(token: string, c: Case): string | null {
  const w = lowerCase(bare(token));
  const noun = lookupNoun(w, c);
  if (noun && !noun.adjectival) return noun.nominative + trailing(token);
  // a dative plural cannot be a genitive dependent: "… и аниматорам"
  const guess = c === 'dat' && /(?:ам|ям)$/.test(w) ? readNoun(w, c) : null;
  return guess ? guess.nominative + trailing(token) : null;
}

function isAdjectiveToken(token: string, next: string, c: Case): boolean {
  const w = lowerCase(bare(token));
  const lastPart = w.slice(w.lastIndexOf('-') + 1);
  if (!isAdjectiveIn(lastPart, c) && w !== 'всем' && w !== 'всех') return false;
  const noun = lookupNoun(w, c);
  if (!noun) return true;
  // "заведующим" is a noun unless a noun of the same case follows ("уполномоченным органам")
  return noun.adjectival && readNoun(bare(next), c) !== null;
}
