// Words and phrases in every case: a vocabulary lists "директор", "детский
// сад", "проект" in the nominative and the matchers accept "директора",
// "детского сада", "проектов". Only regular paradigms are generated; an
// irregular word is listed by the caller with its forms written out. All forms
// are lower case (match on fold()).
import { lowerCase } from '../text/normalize.js';
import { CASES, type Gender, type WordForm } from './categories.js';
import { adjectiveParadigm, isAdjective } from './adjectives.js';
import { genderOf, nounParadigm, type NounOptions } from './nouns.js';
import { formsOf } from './paradigm.js';

/** All regular forms of one word (hyphenated parts decline together: "учитель-логопед"). */
export function declineWord(word: string, options: NounOptions = {}): WordForm[] {
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
  return formsOf((isAdjective(w) ? adjectiveParadigm(w) : null) ?? nounParadigm(w, options));
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
  const declined = words.slice(0, n).map((w) => declineWord(w));
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

/**
 * The gender of a phrase's head noun: the first word that is no adjective
 * ("средняя общеобразовательная школа" → female, "детский сад" → male).
 */
export function phraseGender(phrase: string): Gender {
  const words = phrase.toLowerCase().split(/\s+/);
  return genderOf(words.find((w) => !isAdjective(w)) ?? words[0]!);
}
