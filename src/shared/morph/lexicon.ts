// The lexicon of addressee head nouns (grammars/addressee-heads.json), expanded
// once into a map from every case form to its analyses.
import { loadGrammar } from '../grammar/load.js';
import type { Case, Gender, GrammaticalNumber } from './categories.js';
import { genderOf, nounParadigm } from './nouns.js';
import { adjectiveParadigm } from './adjectives.js';
import { formsOf } from './paradigm.js';

import { escapeRegExp } from '../text/matches.js';

export interface NounAnalysis {
  /** nominative singular */
  lemma: string;
  /** the nominative in the number of the analysed form */
  nominative: string;
  case: Case;
  number: GrammaticalNumber;
  gender: Gender;
  person: boolean;
  org: boolean;
  /** a substantivised adjective ("заведующим") */
  adjectival: boolean;
}

export interface Lexicon {
  forms: Map<string, NounAnalysis[]>;
  stressed: Set<string>;
  /** abbreviations naming a body of people ("ШМО", "ППк"), as written */
  bodies: Set<string>;
  /** a header opening with a level word and a space ("Задачи муниципального уровня") */
  levelHead: RegExp;
}

let lexicon: Lexicon | null = null;

/** The cases addressees are read in. */
const READ_CASES = new Set<Case>(['nom', 'gen', 'dat']);

export function getLexicon(): Lexicon {
  if (lexicon) return lexicon;
  const g = loadGrammar('addressee-heads');
  const forms = new Map<string, NounAnalysis[]>();
  const add = (form: string, a: NounAnalysis) => {
    const list = forms.get(form);
    if (list) list.push(a);
    else forms.set(form, [a]);
  };
  for (const n of g.nouns) {
    const sg = n.sg.toLowerCase();
    const pl = n.pl.toLowerCase();
    const gender = genderOf(sg);
    const analysis = { lemma: sg, gender, person: n.person ?? false, org: n.org ?? false, adjectival: false };
    for (const f of formsOf(nounParadigm(sg, { plural: pl, stem: n.stem }))) {
      if (READ_CASES.has(f.case)) add(f.form, { ...analysis, nominative: f.plural ? pl : sg, case: f.case, number: f.plural ? 'pl' : 'sg' });
    }
  }
  const stressed = new Set(g.stressedAdjectives.map((s) => s.toLowerCase()));
  for (const a of g.adjectival) {
    const sg = a.toLowerCase();
    const p = adjectiveParadigm(sg);
    if (!p) continue;
    const plural = p.pl[0]![0]!;
    const analysis = { lemma: sg, gender: 'male' as const, person: true, org: false, adjectival: true };
    // the oblique forms only: in the nominative a substantivised adjective reads as an adjective
    for (const f of formsOf(p)) {
      if (f.case === 'gen' || f.case === 'dat') add(f.form, { ...analysis, nominative: f.plural ? plural : sg, case: f.case, number: f.plural ? 'pl' : 'sg' });
    }
  }
  lexicon = { forms, stressed, bodies: new Set(g.bodies), levelHead: levelHeadPattern(g.levelHeads) };
  return lexicon;
}

/** "задачи" → /^(?:[Зз]адачи)\s+/: the word as written, its first letter in either case. */
function levelHeadPattern(words: string[]): RegExp {
  const alternatives = words.map((w) => {
    const first = w[0]!;
    return `[${escapeRegExp(first.toUpperCase())}${escapeRegExp(first.toLowerCase())}]${escapeRegExp(w.slice(1))}`;
  });
  return new RegExp(`^(?:${alternatives.join('|')})\\s+`, 'u');
}

/** "Задачи муниципального уровня": a header that names the level tasks are set for (grammars/addressee-heads.json "levelHeads"). */
export function opensWithLevelHead(text: string): boolean {
  return getLexicon().levelHead.test(text);
}

export function lookupNoun(word: string, c: Case): NounAnalysis | null {
  const list = getLexicon().forms.get(word);
  if (!list) return null;
  // prefer the plural: "заместителям руководителей" — and for a form shared by
  // both numbers of one lemma (gen sg = nom pl "управления") the case decides
  return list.find((a) => a.case === c && a.number === 'pl') ?? list.find((a) => a.case === c) ?? null;
}

/** "ШМО", "ГМО", "ППк": an abbreviation that names a body of people (grammars/addressee-heads.json "bodies"). */
export function isBodyAbbreviation(word: string): boolean {
  return getLexicon().bodies.has(word);
}
