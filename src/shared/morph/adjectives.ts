// Adjectives (and participles): every form from the nominative, and any form
// back to the nominative of a given gender. Full adjectives decline regularly,
// so endings suffice; the one thing endings cannot tell is a stressed masculine
// -ой ("городской" / "городскому"), which the caller lists.
import { lowerCase } from '../text/normalize.js';
import { HUSHING, VELAR, VELAR_OR_HUSHING, type Case, type Gender, type GrammaticalNumber } from './categories.js';
import { paradigm, withSuffix, type Paradigm } from './paradigm.js';

const NOMINATIVE_ENDING = /(?:ый|ий|ой|ая|яя|ое|ее)$/;

/** An adjective in the nominative singular: "ый/ий/ой/ая/яя/ое/ее" (a participle may add "-ся") closing a word of four or more letters. */
export function isAdjective(word: string): boolean {
  if (word.length < 4) return false;
  return NOMINATIVE_ENDING.test(word) || (word.endsWith('ся') && word.length >= 6 && NOMINATIVE_ENDING.test(word.slice(0, -2)));
}

const ENDINGS_OF: Record<Case, RegExp> = {
  nom: /(?:ый|ий|ой|ая|яя|ое|ее|ые|ие)$/,
  gen: /(?:ых|их|ого|его|ой|ей)$/,
  dat: /(?:ым|им|ому|ему|ой|ей)$/,
  acc: /(?:ый|ий|ой|ую|юю|ое|ее|ые|ие|ого|его|ых|их)$/,
  ins: /(?:ым|им|ой|ей|ою|ею|ыми|ими)$/,
  prep: /(?:ом|ем|ой|ей|ых|их)$/,
};

/** Does the word carry an adjective ending of this case? (number and gender still open; "всем", "всех" count) */
export function isAdjectiveIn(word: string, c: Case): boolean {
  if (word.length < 4) return word === 'всем' || word === 'всех';
  return ENDINGS_OF[c].test(word);
}

/** "Зиминского", "Динскому", "Ухтуйском": a masculine or neuter adjective in an oblique case. */
export function isMasculineOblique(word: string): boolean {
  return /(?:ого|его|ому|ему|ым|им|ом|ем)$/.test(word);
}

/** "заведующую", "старшую": an adjective in the feminine accusative singular. */
export function isFeminineAccusative(word: string): boolean {
  return /(?:ую|юю)$/.test(word);
}

/** The forms of an adjective given in its nominative singular (any gender); null for a word that is none. */
export function adjectiveParadigm(word: string): Paradigm | null {
  const w = lowerCase(word);
  if (w.endsWith('ся') && isAdjective(w)) {
    const base = adjectiveParadigm(w.slice(0, -2));
    return base && withSuffix(base, 'ся');
  }
  const stem = w.slice(0, -2);
  const end = w.slice(-2);
  const velar = VELAR.test(stem);
  const hushing = HUSHING.test(stem);
  const soft = hushing || (end === 'ий' && !velar) || end === 'яя' || end === 'ее';
  const i = velar || soft ? 'и' : 'ы';
  const o = soft ? 'е' : 'о';
  const pl = [`${i}е`, `${i}х`, `${i}м`, `${i}е|${i}х`, `${i}ми`, `${i}х`];
  const make = (sg: string[]) => paradigm(w, stem, sg, pl, `${stem}${i}е`);
  if (end === 'ый' || end === 'ий' || end === 'ой') return make([end, `${o}го`, `${o}му`, `${end}|${o}го`, `${i}м`, `${o}м`]);
  if (end === 'ая' || end === 'яя') return make([end, `${o}й`, `${o}й`, soft && !hushing ? 'юю' : 'ую', `${o}й`, `${o}й`]);
  if (end === 'ое' || end === 'ее') return make([end, `${o}го`, `${o}му`, end, `${i}м`, `${o}м`]);
  return null;
}

const ANY_FORM = /^(.*?)(ый|ий|ой|ая|яя|ое|ее|ого|его|ому|ему|ым|им|ом|ем|ую|юю|ей|ые|ие|ых|их)$/;
/** The endings of the soft series: after a soft consonant, "-его" where a hard one has "-ого". */
const SOFT_SERIES = /^(?:его|ему|ем|юю|ее|яя|ей)$/;

/**
 * An adjective in any case back to its nominative singular of a given gender:
 * "Хазанской" (СОШ, feminine) → "Хазанская", "Кимильтейского" (сад) →
 * "Кимильтейский", "заведующую" → "заведующая". A stressed "-ой" (Динской)
 * cannot be told from "-ий" by spelling: "-ий" is chosen (agreeingNominative
 * takes the caller's list of them).
 */
export function adjectiveNominative(word: string, gender: Gender): string {
  const m = ANY_FORM.exec(word);
  if (!m) return word;
  const stem = m[1]!;
  const end = m[2]!;
  if (gender === 'male' && (end === 'ый' || end === 'ий' || end === 'ой')) return word;
  if (gender === 'female' && (end === 'ая' || end === 'яя')) return word;
  if (gender === 'neuter' && (end === 'ое' || end === 'ее')) return word;
  const lower = lowerCase(stem);
  const hushing = HUSHING.test(lower);
  const softSeries = !hushing && SOFT_SERIES.test(end);
  if (gender === 'female') return stem + (softSeries ? 'яя' : 'ая');
  if (gender === 'neuter') return stem + (softSeries || hushing ? 'ее' : 'ое');
  return stem + (VELAR_OR_HUSHING.test(lower) || softSeries ? 'ий' : 'ый');
}

const AGREEING: Partial<Record<Case, { singular: RegExp; feminine: RegExp; plural: RegExp }>> = {
  dat: { singular: /^(.+)(о|е)му$/, feminine: /^(.+)(о|е)й$/, plural: /^(.+)([ыи])м$/ },
  gen: { singular: /^(.+)(о|е)го$/, feminine: /^(.+)(о|е)й$/, plural: /^(.+)([ыи])х$/ },
};

/**
 * An adjective in the genitive or dative (lower case) back to the nominative
 * that agrees with its head noun: "методическому" + (dat, sg, male) →
 * "методический"; "муниципальной" + (dat, sg, female) → "муниципальная";
 * "образовательным" + (dat, pl) → "образовательные"; `stressed` lists the
 * masculines in stressed "-ой" ("областной"). Null when the ending does not fit
 * the requested form.
 */
export function agreeingNominative(word: string, c: Case, number: GrammaticalNumber, gender: Gender, stressed: ReadonlySet<string>): string | null {
  if (c === 'nom') return word;
  if (word === 'всем' || word === 'всех') return number === 'pl' ? 'все' : null;
  const endings = AGREEING[c];
  if (!endings) return null;
  if (number === 'pl') {
    const m = endings.plural.exec(word);
    return m ? `${m[1]}${m[2]}е` : null;
  }
  const m = (gender === 'female' ? endings.feminine : endings.singular).exec(word);
  if (!m) return null;
  const stem = m[1]!;
  // the vowel of the ending tells the series: "большому" → "большое", "общему" → "общее"
  if (gender === 'neuter') return stem + (m[2] === 'о' ? 'ое' : 'ее');
  if (gender === 'male' && stressed.has(`${stem}ой`)) return `${stem}ой`;
  return adjectiveNominative(word, gender);
}
