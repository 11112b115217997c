// A paradigm: the forms of one word in every case and both numbers, written
// out from a stem and a table of endings, and read back as a list of forms.
import { CASES, type Case, type WordForm } from './categories.js';

/** Forms per case in CASES order, each with its spelling variants (the usual first). */
export interface Paradigm {
  sg: string[][];
  pl: string[][];
}

/**
 * The paradigm of `word` from its stem and endings in case order; "a|b" are
 * variants, "=" is the word itself (a nominative whose stem differs: "уровень"
 * / "уровн-"), "@" is `nominativePlural`.
 */
export function paradigm(word: string, stem: string, sg: string[], pl: string[], nominativePlural: string): Paradigm {
  const spell = (ending: string) => (ending === '=' ? word : ending === '@' ? nominativePlural : stem + ending);
  const row = (endings: string[]) => endings.map((e) => [...new Set(e.split('|').map(spell))]);
  return { sg: row(sg), pl: row(pl) };
}

/** A paradigm whose every form ends in a particle that does not decline ("обучающийся" → "-ся"). */
export function withSuffix(p: Paradigm, suffix: string): Paradigm {
  const add = (rows: string[][]) => rows.map((variants) => variants.map((v) => v + suffix));
  return { sg: add(p.sg), pl: add(p.pl) };
}

/** The forms of a paradigm, singular first, in case order. */
export function formsOf(p: Paradigm): WordForm[] {
  const out: WordForm[] = [];
  for (const plural of [false, true]) {
    const rows = plural ? p.pl : p.sg;
    rows.forEach((variants, k) => {
      for (const form of variants) out.push({ form, case: CASES[k]!, plural });
    });
  }
  return out;
}

/** The usual form of one case and number. */
export function formOf(p: Paradigm, c: Case, plural: boolean): string {
  return (plural ? p.pl : p.sg)[CASES.indexOf(c)]![0]!;
}
