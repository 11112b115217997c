// Nouns: every case form in both numbers from the nominative singular, by the
// ending of the nominative (the school declension classes). A vocabulary lists
// "служба" or "детский сад" once and "службе", "служб", "детского сада" are
// recognised without being listed. Only regular paradigms are generated; what
// spelling cannot tell is the caller's to give: a plural that is no regular one
// ("учитель" → "учителя"), a fleeting vowel ("управленец" → "управленц-"), the
// gender of a noun in -ь ("часть").
import { lowerCase } from '../text/normalize.js';
import { HUSHING, HUSHING_OR_C, VELAR, type Gender } from './categories.js';
import { paradigm, type Paradigm } from './paradigm.js';

export interface NounOptions {
  /** the nominative plural when it is no regular one ("учителя", "директора") */
  plural?: string;
  /** the oblique stem of a noun with a fleeting vowel ("управленец" → "управленц") */
  stem?: string;
  /** for a noun in -ь: masculine ("учитель") or feminine ("часть") */
  gender?: Gender;
}

/** Nouns in -ь that spelling shows are feminine: "-ость", "-есть", a hushing consonant before -ь ("помощь"). */
const FEMININE_SOFT_SIGN = /(?:ость|есть|[жшчщ]ь)$/;

/** The gender a noun's nominative singular shows (a noun in -ь is masculine unless FEMININE_SOFT_SIGN says otherwise). */
export function genderOf(noun: string): Gender {
  if (/[ая]$/.test(noun) || FEMININE_SOFT_SIGN.test(noun)) return 'female';
  if (/[оеё]$/.test(noun)) return 'neuter';
  return 'male';
}

/** "ы" or "и" after this stem, as spelling wants it ("книги", "школы"). */
const yOrI = (stem: string): string => (VELAR.test(stem) || HUSHING.test(stem) ? 'и' : 'ы');

/**
 * The forms of a noun, lower case. Endings are written in case order (nom, gen,
 * dat, acc, ins, prep); "a|b" are spelling variants, the usual first; "=" is the
 * word itself, "@" its nominative plural.
 */
export function nounParadigm(word: string, options: NounOptions = {}): Paradigm {
  const w = lowerCase(word);
  const plural = options.plural === undefined ? undefined : lowerCase(options.plural);
  const make = (stem: string, sg: string[], pl: string[], regularPlural: string) => paradigm(w, stem, sg, pl, plural ?? stem + regularPlural);
  if (w.endsWith('ия')) return make(w.slice(0, -2), ['=', 'ии', 'ии', 'ию', 'ией', 'ии'], ['@', 'ий', 'иям', '@', 'иями', 'иях'], 'ии');
  if (w.endsWith('ие')) return make(w.slice(0, -2), ['=', 'ия', 'ию', '=', 'ием', 'ии'], ['@', 'ий', 'иям', '@', 'иями', 'иях'], 'ия');
  const last = w.slice(-1);
  const stem = options.stem ?? w.slice(0, -1);
  switch (last) {
    case 'а':
      return make(stem, ['=', yOrI(stem), 'е', 'у', HUSHING_OR_C.test(stem) ? 'ей|ой' : 'ой', 'е'], ['@', '', 'ам', '@|', 'ами', 'ах'], yOrI(stem));
    case 'я':
      return make(stem, ['=', 'и', 'е', 'ю', 'ей', 'е'], ['@', 'ь|ей', 'ям', '@|ей', 'ями', 'ях'], 'и');
    case 'ь':
      if ((options.gender ?? genderOf(w)) === 'female') return make(stem, ['=', 'и', 'и', '=', 'ью', 'и'], ['@', 'ей', 'ям', '@', 'ями', 'ях'], 'и');
      return make(stem, ['=', 'я', 'ю', '=|я', 'ем', 'е'], ['@', 'ей', 'ям', '@|ей', 'ями', 'ях'], 'и');
    case 'й':
      // "санаторий": the prepositional of a stem in -и is "-ии"
      return make(stem, ['=', 'я', 'ю', '=|я', 'ем', stem.endsWith('и') ? 'и' : 'е'], ['@', 'ев', 'ям', '@|ев', 'ями', 'ях'], 'и');
    case 'о':
      return make(stem, ['=', 'а', 'у', '=', 'ом', 'е'], ['@', '', 'ам', '@', 'ами', 'ах'], 'а');
    case 'е':
      // "училище" keeps the hard endings after a hushing consonant or ц; "поле" takes the soft ones
      if (HUSHING_OR_C.test(stem)) return make(stem, ['=', 'а', 'у', '=', 'ем', 'е'], ['@', '', 'ам', '@', 'ами', 'ах'], 'а');
      return make(stem, ['=', 'я', 'ю', '=', 'ем', 'е'], ['@', 'ей', 'ям', '@', 'ями', 'ях'], 'я');
    default: {
      const s = options.stem ?? w;
      const ins = HUSHING_OR_C.test(s) ? 'ем|ом' : 'ом';
      // "-цев" where the ending is unstressed ("управленцев"), "-цов" where it is ("образцов")
      const genPl = HUSHING.test(s) ? 'ей' : s.endsWith('ц') ? 'ев|ов' : 'ов';
      return make(s, ['=', 'а', 'у', '=|а', ins, 'е'], ['@', genPl, 'ам', `@|${genPl}`, 'ами', 'ах'], yOrI(s));
    }
  }
}
