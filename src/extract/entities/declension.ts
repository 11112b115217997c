// Regular Russian declension, enough to recognise the vocabulary of official
// writing in any case: a grammar lists "директор", "детский сад", "проект" in the
// nominative and the matchers accept "директора", "детского сада", "проектов".
// Only regular paradigms are generated; an irregular word is listed in the
// grammar with its forms written out. All forms are lower case (match on fold()).
import { lowerCase } from '../../text/normalize.js';

/** Grammatical case; singular and plural forms share the case name. */
export type Case = 'nom' | 'gen' | 'dat' | 'acc' | 'ins' | 'prep';
export const CASES: readonly Case[] = ['nom', 'gen', 'dat', 'acc', 'ins', 'prep'];

export interface WordForm {
  form: string;
  case: Case;
  plural: boolean;
}

const VELAR = /[гкх]$/;
const SIBILANT = /[жшчщ]$/;
const HUSHING_OR_C = /[жшчщц]$/;

/** "ый/ий/ой/ая/яя/ое/ее" at the end of a word of four or more letters. */
export function isAdjective(word: string): boolean {
  return word.length >= 4 && /(?:ый|ий|ой|ая|яя|ое|ее)$/.test(word);
}

type Paradigm = [sg: string[], pl: string[]];

/** Endings in case order nom, gen, dat, acc, ins, prep; several per case where spelling varies. */
function adjectiveParadigm(word: string): { stem: string; endings: Paradigm } | null {
  const w = lowerCase(word);
  const stem = w.slice(0, -2);
  const end = w.slice(-2);
  const velar = VELAR.test(stem);
  const soft = SIBILANT.test(stem) || (end === 'ий' && !velar) || end === 'яя' || end === 'ее';
  const i = velar || soft ? 'и' : 'ы';
  const o = soft ? 'е' : 'о';
  const pl = [`${i}е`, `${i}х`, `${i}м`, `${i}е|${i}х`, `${i}ми`, `${i}х`];
  if (end === 'ый' || end === 'ий' || end === 'ой') {
    return { stem, endings: [[end, `${o}го`, `${o}му`, `${end}|${o}го`, `${i}м`, `${o}м`], pl] };
  }
  if (end === 'ая' || end === 'яя') {
    const oi = `${o}й`;
    return { stem, endings: [[end, oi, oi, soft ? 'юю' : 'ую', oi, oi], pl] };
  }
  if (end === 'ое' || end === 'ее') {
    return { stem, endings: [[end, `${o}го`, `${o}му`, end, `${i}м`, `${o}м`], pl] };
  }
  return null;
}

function nounParadigm(word: string): { stem: string; endings: Paradigm } {
  const w = lowerCase(word);
  const last = w.slice(-1);
  if (w.endsWith('ия')) return { stem: w.slice(0, -2), endings: [['ия', 'ии', 'ии', 'ию', 'ией', 'ии'], ['ии', 'ий', 'иям', 'ии', 'иями', 'иях']] };
  if (w.endsWith('ие')) return { stem: w.slice(0, -2), endings: [['ие', 'ия', 'ию', 'ие', 'ием', 'ии'], ['ия', 'ий', 'иям', 'ия', 'иями', 'иях']] };
  const stem = w.slice(0, -1);
  const i = VELAR.test(stem) || SIBILANT.test(stem) ? 'и' : 'ы';
  switch (last) {
    case 'а':
      return { stem, endings: [['а', i, 'е', 'у', HUSHING_OR_C.test(stem) ? 'ей|ой' : 'ой', 'е'], [i, '', 'ам', `${i}|`, 'ами', 'ах']] };
    case 'я':
      return { stem, endings: [['я', 'и', 'е', 'ю', 'ей', 'е'], ['и', 'ь|ей', 'ям', 'и|ей', 'ями', 'ях']] };
    case 'ь':
      return { stem, endings: [['ь', 'я', 'ю', 'ь|я', 'ем', 'е'], ['и', 'ей', 'ям', 'и|ей', 'ями', 'ях']] };
    case 'й':
      return { stem, endings: [['й', 'я', 'ю', 'й|я', 'ем', 'е'], ['и', 'ев', 'ям', 'и|ев', 'ями', 'ях']] };
    case 'о':
    case 'е':
      return { stem, endings: [[last, 'а', 'у', last, 'ом', 'е'], ['а', '', 'ам', 'а', 'ами', 'ах']] };
    default: {
      const ins = HUSHING_OR_C.test(w) ? 'ем|ом' : 'ом';
      const genPl = SIBILANT.test(w) ? 'ей' : 'ов';
      const plI = VELAR.test(w) || SIBILANT.test(w) ? 'и' : 'ы';
      return { stem: w, endings: [['', 'а', 'у', '|а', ins, 'е'], [plI, genPl, 'ам', `${plI}|${genPl}`, 'ами', 'ах']] };
    }
  }
}

function expand(stem: string, endings: Paradigm): WordForm[][] {
  return [false, true].map((plural) =>
    CASES.map((c, k) => (plural ? endings[1] : endings[0])[k]!.split('|').map((e) => ({ form: stem + e, case: c, plural }))).flat(),
  ) as WordForm[][];
}

/** All regular forms of one word (hyphenated parts decline together: "учитель-логопед"). */
export function declineWord(word: string): WordForm[] {
  const parts = lowerCase(word).split('-');
  if (parts.length > 1) {
    const each = parts.map((p) => declineWord(p));
    const out: WordForm[] = [];
    for (const f of each[0]!) {
      const rest = each.slice(1).map((forms) => forms.find((g) => g.case === f.case && g.plural === f.plural)?.form ?? '');
      out.push({ ...f, form: [f.form, ...rest].join('-') });
    }
    return out;
  }
  const w = parts[0]!;
  const p = isAdjective(w) ? adjectiveParadigm(w) : null;
  const { stem, endings } = p ?? nounParadigm(w);
  return expand(stem, endings).flat();
}

/**
 * Forms of a phrase: the leading adjectives and the first noun decline and agree
 * ("средняя общеобразовательная школа" → "средней общеобразовательной школы");
 * words after the head noun are its complement and stay ("центр дополнительного
 * образования" → "центра дополнительного образования"). `head: "first"` declines
 * the first word only ("исполняющий обязанности").
 */
export function declinePhrase(phrase: string, head: 'phrase' | 'first' = 'phrase'): WordForm[] {
  const words = phrase.toLowerCase().trim().split(/\s+/);
  let n = 0;
  if (head === 'first') n = 1;
  else {
    while (n < words.length && isAdjective(words[n]!)) n++;
    n = Math.min(words.length, n + 1);
  }
  const declined = words.slice(0, n).map(declineWord);
  const tail = words.slice(n).join(' ');
  const out: WordForm[] = [];
  const seen = new Set<string>();
  for (const plural of [false, true]) {
    for (const c of CASES) {
      // spelling variants pair up by position ("детский сад" | "детского сада" in the accusative)
      const perWord = declined.map((forms) => forms.filter((f) => f.case === c && f.plural === plural).map((f) => f.form));
      const width = Math.max(...perWord.map((v) => v.length));
      const combos: string[] = [];
      for (let k = 0; k < width; k++) combos.push(perWord.map((v) => v[Math.min(k, v.length - 1)]!).join(' '));
      for (const combo of combos) {
        const form = tail ? `${combo} ${tail}` : combo;
        const key = `${form}|${c}|${plural}`;
        if (seen.has(key)) continue;
        seen.add(key);
        out.push({ form, case: c, plural });
      }
    }
  }
  return out;
}

export type Gender = 'male' | 'female' | 'neuter';

/**
 * An adjective in any case back to its nominative singular of a given gender:
 * "Хазанской" (СОШ, feminine) → "Хазанская", "Кимильтейского" (сад) → "Кимильтейский".
 * Stressed "-ой" (Динской) cannot be told from "-ий" by spelling; "-ий" is chosen.
 */
export function adjectiveNominative(word: string, gender: Gender): string {
  const m = /^(.*?)(ый|ий|ой|ая|яя|ое|ее|ого|его|ому|ему|ым|им|ом|ем|ую|юю|ей|ые|ие|ых|их)$/.exec(word);
  if (!m) return word;
  const stem = m[1]!;
  const end = m[2]!;
  if (gender === 'male' && (end === 'ый' || end === 'ий' || end === 'ой')) return word;
  if (gender === 'female' && (end === 'ая' || end === 'яя')) return word;
  if (gender === 'neuter' && (end === 'ое' || end === 'ее')) return word;
  const lower = lowerCase(stem);
  const sibilant = SIBILANT.test(lower);
  const softSeries = !sibilant && /^(?:его|ему|ем|юю|ее|яя|ей)$/.test(end);
  if (gender === 'female') return stem + (softSeries ? 'яя' : 'ая');
  if (gender === 'neuter') return stem + (softSeries || sibilant ? 'ее' : 'ое');
  return stem + (VELAR.test(lower) || sibilant || softSeries ? 'ий' : 'ый');
}
