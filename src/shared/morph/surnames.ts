// A surname as written, in whatever case the sentence gave it, back to the
// nominative with the gender its ending tells. Russian surnames decline by their
// suffix (-ов/-ев/-ин/-ын like short adjectives, -ский/-цкий/-ая like adjectives;
// -ко, -их/-ых and vowel endings not at all), so a suffix table is exact where a
// dictionary would only guess: most surnames are in no dictionary.
// Some written forms are ambiguous without the sentence: "Чулкова" is a woman in
// the nominative or Чулков in the genitive. The case of the words next to the
// name (its role, "доклад …") decides; otherwise the nominative is taken and the
// other reading is kept as an alternative, so "Чулкова И.П." still joins "Чулков
// И.П." when the document has him.
import type { Case, Gender } from './categories.js';
import { adjectiveNominative } from './adjectives.js';
import { lowerCase } from '../text/normalize.js';

export type PersonGender = Exclude<Gender, 'neuter'>;

export interface SurnameReading {
  surname: string;
  gender: PersonGender | null;
}

export interface SurnameAnalysis extends SurnameReading {
  /** other readings of the same written form */
  alternatives: SurnameReading[];
}

/** A surname as written, for a pattern's source: a capital, then lower case; a double one with a hyphen. */
export const SURNAME_PATTERN = '[А-ЯЁ][а-яё]{1,30}(?:-[А-ЯЁ][а-яё]{1,30})?';
/** The suffix of a patronymic and its case ending ("-ович", "-овны", "-ичем"), for a pattern's source. */
export const PATRONYMIC_ENDING = '(?:вич|ьич|ич|вн|чн|шн)(?:а|у|ем|е|ы|ой)?';

const POSSESSIVE = '(?:ов|ев|ёв|ин|ын)';
const RE = {
  skyMaleOblique: /(ск|цк)(?:ого|ому|им|ом)$/,
  skyFemOblique: /(ск|цк)(?:ой|ую)$/,
  skyMale: /(?:ск|цк)ий$/,
  skyFem: /(?:ск|цк)ая$/,
  possFemOblique: new RegExp(`${POSSESSIVE}ой$`),
  possMaleIns: new RegExp(`${POSSESSIVE}ым$`),
  possMalePrep: new RegExp(`${POSSESSIVE}е$`),
  possU: new RegExp(`${POSSESSIVE}у$`),
  possA: new RegExp(`${POSSESSIVE}а$`),
  possMale: new RegExp(`${POSSESSIVE}$`),
  /** -ко, -енко, -их/-ых, -аго and vowel endings: never declined */
  indeclinable: /(?:ко|их|ых|аго|яго|[еиоуюэ])$/,
  adjFem: /(?:ая|яя)$/,
  adjMale: /(?:ый|ий|ой)$/,
  adjMaleOblique: /(?:ого|его)$/,
  consonant: /[бвгджзклмнпрстфхцчшщ]$/,
  consonantU: /[бвгджзклмнпрстфхцчшщ]у$/,
  consonantA: /[бвгджзклмнпрстфхцчшщ]а$/,
  consonantYI: /[бвгджзклмнпрстфхцчшщ][ыи]$/,
};

const OBLIQUE = new Set<Case>(['gen', 'dat', 'acc', 'ins', 'prep']);

export function analyzeSurname(written: string, kase: Case | null): SurnameAnalysis {
  const parts = written.split('-');
  if (parts.length > 1) {
    // "Петрова-Водкина": each part declines on its own
    const each = parts.map((p) => analyzeOne(p, kase));
    return {
      surname: each.map((a) => a.surname).join('-'),
      gender: each.find((a) => a.gender)?.gender ?? null,
      alternatives: [],
    };
  }
  return analyzeOne(written, kase);
}

function analyzeOne(w: string, kase: Case | null): SurnameAnalysis {
  const l = lowerCase(w);
  const one = (surname: string, gender: PersonGender | null, alternatives: SurnameReading[] = []) => ({ surname, gender, alternatives });
  if (RE.skyMaleOblique.test(l)) return one(w.replace(/(?:ого|ому|им|ом)$/, 'ий'), 'male');
  if (RE.skyFemOblique.test(l)) {
    // "Боровской" in the nominative is a man's surname (Трубецкой); in a genitive slot a woman's
    if (l.endsWith('ой') && kase === 'nom') return one(w, 'male');
    return one(w.replace(/(?:ой|ую)$/, 'ая'), 'female');
  }
  if (RE.skyMale.test(l)) return one(w, 'male');
  if (RE.skyFem.test(l)) return one(w, 'female');
  if (RE.possFemOblique.test(l)) {
    // "Лозовой Д.А., учитель физики": in the nominative, -овой/-иной is a man's surname (Луговой);
    // elsewhere a woman's "-ова" in an oblique case, the man's reading kept
    if (kase === 'nom') return one(w, 'male');
    return one(w.replace(/ой$/, 'а'), 'female', kase ? [] : [{ surname: w, gender: 'male' }]);
  }
  if (RE.possMaleIns.test(l)) return one(w.slice(0, -2), 'male');
  if (RE.possMalePrep.test(l)) return one(w.slice(0, -1), 'male');
  if (RE.possU.test(l)) {
    const male = { surname: w.slice(0, -1), gender: 'male' as const };
    const female = { surname: `${w.slice(0, -1)}а`, gender: 'female' as const };
    // -ову is never a genitive: when the role next to it is in the genitive-accusative
    // form ("СЛУШАЛИ: Громову Т.Н., директора школы"), the slot is the accusative
    return kase === 'acc' || kase === 'gen' ? { ...female, alternatives: [male] } : { ...male, alternatives: [female] };
  }
  if (RE.possA.test(l)) {
    const female = { surname: w, gender: 'female' as const };
    const male = { surname: w.slice(0, -1), gender: 'male' as const };
    return kase === 'gen' || kase === 'acc' ? { ...male, alternatives: [female] } : { ...female, alternatives: [male] };
  }
  if (RE.possMale.test(l)) return one(w, 'male');
  if (RE.adjFem.test(l)) return one(w, 'female');
  if (RE.adjMale.test(l) && l.length > 4) return one(w, 'male');
  if (RE.adjMaleOblique.test(l) && l.length > 5) return one(adjectiveNominative(w, 'male'), 'male');
  if (RE.consonantU.test(l)) {
    // "Мурадяну", "Тарасюку": a man's consonant-ending surname in the dative;
    // without the case, the written form stands and the man's reading is kept
    const male = { surname: w.slice(0, -1), gender: 'male' as const };
    return kase === 'dat' ? one(male.surname, 'male', [{ surname: w, gender: null }]) : one(w, null, [male]);
  }
  if (RE.indeclinable.test(l)) return one(w, null);
  if (RE.consonant.test(l)) {
    // a man's surname ending in a consonant declines; written unchanged in an oblique slot it is a woman's
    return one(w, kase && OBLIQUE.has(kase) ? 'female' : null);
  }
  if (RE.consonantA.test(l)) {
    // "Гросса" (genitive of Гросс) or "Сорока" (nominative)
    const asWritten = { surname: w, gender: null };
    const male = { surname: w.slice(0, -1), gender: 'male' as const };
    return kase === 'gen' || kase === 'acc' ? { ...male, alternatives: [asWritten] } : { ...asWritten, alternatives: [male] };
  }
  if (RE.consonantYI.test(l) && kase === 'gen') return one(`${w.slice(0, -1)}а`, null);
  return one(w, null);
}

/** Gender from a patronymic in any case: "Петрович(а)", "Петровна/Петровны". */
export function patronymicGender(patronymic: string): PersonGender | null {
  const l = lowerCase(patronymic);
  if (/(?:вич|ьич|ич)(?:а|у|ем|е)?$/.test(l)) return 'male';
  if (/(?:вн|чн|шн)(?:а|ы|е|у|ой)$/.test(l)) return 'female';
  return null;
}

/** The case a patronymic is written in. */
export function patronymicCase(patronymic: string): Case | null {
  const l = lowerCase(patronymic);
  if (/ич$|(?:вн|чн|шн)а$/.test(l)) return 'nom';
  if (/ича$|(?:вн|чн|шн)ы$/.test(l)) return 'gen';
  if (/ичу$/.test(l)) return 'dat';
  if (/ичем$|(?:вн|чн|шн)ой$/.test(l)) return 'ins';
  if (/(?:вн|чн|шн)у$/.test(l)) return 'acc';
  if (/иче$/.test(l)) return 'prep';
  if (/(?:вн|чн|шн)е$/.test(l)) return 'dat';
  return null;
}

/** "Петровича" → "Петрович", "Петровной" → "Петровна". */
export function patronymicNominative(patronymic: string): string {
  return patronymic.replace(/(ич)(?:а|у|ем|е)$/, '$1').replace(/(вн|чн|шн)(?:ы|е|у|ой)$/, '$1а');
}

/**
 * A first name back to the nominative, given the gender and case the patronymic
 * showed. Regular endings only; irregular names come from the grammar.
 */
export function givenNominative(given: string, gender: PersonGender | null, kase: Case | null, irregular: Map<string, string>): string {
  const known = irregular.get(lowerCase(given).replace(/ё/g, 'е'));
  if (known) return known;
  if (!kase || kase === 'nom') return given;
  const l = lowerCase(given);
  if (gender === 'female') {
    if (/ии$/.test(l)) return `${given.slice(0, -2)}ия`;
    if (/ьи$/.test(l)) return `${given.slice(0, -2)}ья`;
    if (/[гкхжшчщ]и$/.test(l) || /ы$/.test(l)) return `${given.slice(0, -1)}а`;
    if (/ию$/.test(l)) return `${given.slice(0, -2)}ия`;
    if (/ой$/.test(l)) return `${given.slice(0, -2)}а`;
    if (/у$/.test(l)) return `${given.slice(0, -1)}а`;
    if (/ю$/.test(l) || /ей$/.test(l) || /и$/.test(l)) return `${given.replace(/(?:ю|ей|и)$/, '')}я`;
    if (/е$/.test(l)) return `${given.slice(0, -1)}а`;
    return given;
  }
  if (/е[яюе]$|ея$/.test(l) || /[аеиоуя][яюе]$/.test(l)) return `${given.slice(0, -1)}й`;
  if (/ем$/.test(l) && /[аеиоуя]ем$/.test(l)) return `${given.slice(0, -2)}й`;
  if (/(?:ом|ем)$/.test(l)) return given.slice(0, -2);
  if (/[ауе]$/.test(l)) return given.slice(0, -1);
  return given;
}
