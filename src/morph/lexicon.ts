// The lexicon of addressee head nouns (grammars/addressee-heads.json), expanded
// once into a map from every case form to its analyses.
import { loadGrammar } from '../grammar/load.js';
import { declineNoun, genderOf, type Case, type Gender, type GrammaticalNumber } from './declension.js';
import { adjectiveForms } from './adjectives.js';
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
    for (const f of declineNoun(sg, pl, n.stem)) {
      add(f.form, {
        lemma: sg,
        nominative: f.number === 'sg' ? sg : pl,
        case: f.case,
        number: f.number,
        gender,
        person: n.person ?? false,
        org: n.org ?? false,
        adjectival: false,
      });
    }
  }
  const stressed = new Set(g.stressedAdjectives.map((s) => s.toLowerCase()));
  for (const a of g.adjectival) {
    const sg = a.toLowerCase();
    for (const f of adjectiveForms(sg)) {
      add(f.form, { lemma: sg, nominative: f.nominative, case: f.case, number: f.number, gender: 'm', person: true, org: false, adjectival: true });
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
