// Case forms of a noun from its nominative singular and plural, by the ending
// of the nominative (the school declension classes). Used to build the lexicon
// of addressee heads: a methodist lists "служба"/"службы" in grammars/, and
// "службе", "службам", "служб" are recognised without being listed.

export type Case = 'nom' | 'gen' | 'dat';
export type GrammaticalNumber = 'sg' | 'pl';
export type Gender = 'm' | 'f' | 'n';

export interface CaseForm {
  form: string;
  case: Case;
  number: GrammaticalNumber;
}

const HUSHING = /[жшчщ]$/;
const VELAR_OR_HUSHING = /[кгхжшчщ]$/;

export function genderOf(sg: string): Gender {
  if (/[ая]$/.test(sg)) return 'f';
  if (/[оеё]$/.test(sg)) return 'n';
  return 'm';
}

/**
 * Nominative, genitive and dative forms in both numbers. `stem` overrides the
 * oblique stem for nouns with a fleeting vowel ("управленец" → "управленц").
 */
export function declineNoun(sg: string, pl: string, stem?: string): CaseForm[] {
  const forms: CaseForm[] = [
    { form: sg, case: 'nom', number: 'sg' },
    { form: pl, case: 'nom', number: 'pl' },
  ];
  const add = (c: Case, n: GrammaticalNumber, form: string) => forms.push({ form, case: c, number: n });
  if (sg.endsWith('ие')) {
    const s = sg.slice(0, -1); // "управлени"
    add('gen', 'sg', `${s}я`), add('dat', 'sg', `${s}ю`), add('gen', 'pl', `${s.slice(0, -1)}ий`), add('dat', 'pl', `${s}ям`);
  } else if (sg.endsWith('ия')) {
    const s = sg.slice(0, -1); // "организаци"
    add('gen', 'sg', `${s}и`), add('dat', 'sg', `${s}и`), add('gen', 'pl', `${s.slice(0, -1)}ий`), add('dat', 'pl', `${s}ям`);
  } else if (sg.endsWith('а')) {
    const s = sg.slice(0, -1);
    add('gen', 'sg', VELAR_OR_HUSHING.test(s) ? `${s}и` : `${s}ы`), add('dat', 'sg', `${s}е`), add('gen', 'pl', s), add('dat', 'pl', `${s}ам`);
  } else if (sg.endsWith('я')) {
    const s = sg.slice(0, -1);
    add('gen', 'sg', `${s}и`), add('dat', 'sg', `${s}е`), add('gen', 'pl', `${s}ь`), add('dat', 'pl', `${s}ям`);
  } else if (sg.endsWith('о')) {
    const s = sg.slice(0, -1);
    add('gen', 'sg', `${s}а`), add('dat', 'sg', `${s}у`), add('gen', 'pl', s), add('dat', 'pl', `${s}ам`);
  } else if (sg.endsWith('ь')) {
    const s = stem ?? sg.slice(0, -1);
    add('gen', 'sg', `${s}я`), add('dat', 'sg', `${s}ю`), add('gen', 'pl', `${s}ей`), add('dat', 'pl', `${s}ям`);
  } else if (sg.endsWith('й')) {
    const s = sg.slice(0, -1);
    add('gen', 'sg', `${s}я`), add('dat', 'sg', `${s}ю`), add('gen', 'pl', `${s}ев`), add('dat', 'pl', `${s}ям`);
  } else {
    const s = stem ?? sg;
    const soft = s.endsWith('ц') ? 'е' : 'о';
    add('gen', 'sg', `${s}а`), add('dat', 'sg', `${s}у`), add('gen', 'pl', HUSHING.test(s) ? `${s}ей` : `${s}${soft}в`), add('dat', 'pl', `${s}ам`);
  }
  return forms;
}
