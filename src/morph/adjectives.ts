// Adjective (and participle) endings: an oblique form back to the nominative
// that agrees with its head noun. Full adjectives decline regularly, so endings
// suffice; the one thing endings cannot tell is a stressed masculine -ой
// ("городской"), which grammars/addressee-heads.json lists.
import type { Case, Gender, GrammaticalNumber } from './declension.js';

const VELAR_OR_HUSHING = /[кгхжшчщ]$/;
const HUSHING = /[жшчщ]$/;

export interface AdjectiveForm {
  form: string;
  case: Case;
  number: GrammaticalNumber;
  nominative: string;
}

/** Oblique forms of a masculine adjective in -ый/-ий ("заведующий"). */
export function adjectiveForms(masc: string): AdjectiveForm[] {
  const stem = masc.slice(0, -2);
  const soft = masc.endsWith('ий');
  const o = soft ? 'е' : 'о';
  const y = soft ? 'и' : 'ы';
  const plural = `${stem}${y}е`;
  return [
    { form: `${stem}${o}му`, case: 'dat', number: 'sg', nominative: masc },
    { form: `${stem}${o}го`, case: 'gen', number: 'sg', nominative: masc },
    { form: `${stem}${y}м`, case: 'dat', number: 'pl', nominative: plural },
    { form: `${stem}${y}х`, case: 'gen', number: 'pl', nominative: plural },
  ];
}

/** Does the word carry an adjective ending of this case? (number/gender still open) */
export function isAdjectiveIn(word: string, c: Case): boolean {
  if (word.length < 4) return word === 'всем' || word === 'всех';
  if (c === 'dat') return /(?:ым|им|ому|ему|ой|ей)$/.test(word);
  if (c === 'gen') return /(?:ых|их|ого|его|ой|ей)$/.test(word);
  return /(?:ый|ий|ой|ая|яя|ое|ее|ые|ие)$/.test(word);
}

/**
 * "методическому" + (dat, sg, m) → "методический"; "муниципальной" + (dat, sg, f)
 * → "муниципальная"; "образовательным" + (dat, pl) → "образовательные".
 * Returns null when the ending does not fit the requested form.
 */
export function adjectiveNominative(word: string, c: Case, number: GrammaticalNumber, gender: Gender, stressed: Set<string>): string | null {
  if (c === 'nom') return word;
  if (word === 'всем' || word === 'всех') return number === 'pl' ? 'все' : null;
  if (number === 'pl') {
    const m = (c === 'dat' ? /^(.+)([ыи])м$/ : /^(.+)([ыи])х$/).exec(word);
    return m ? `${m[1]}${m[2]}е` : null;
  }
  if (gender === 'f') {
    const m = /^(.+)(о|е)й$/.exec(word);
    if (!m) return null;
    const stem = m[1]!;
    return m[2] === 'о' || HUSHING.test(stem) ? `${stem}ая` : `${stem}яя`;
  }
  const m = (c === 'dat' ? /^(.+)(о|е)му$/ : /^(.+)(о|е)го$/).exec(word);
  if (!m) return null;
  const stem = m[1]!;
  const hard = m[2] === 'о';
  if (gender === 'n') return hard ? `${stem}ое` : `${stem}ее`;
  if (stressed.has(`${stem}ой`)) return `${stem}ой`;
  return hard && !VELAR_OR_HUSHING.test(stem) ? `${stem}ый` : `${stem}ий`;
}
