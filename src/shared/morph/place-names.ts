// A place name written after a marker ("г. Канска", "с. Горячего Ключа"), in
// whatever case the sentence gave it, back to the nominative. Town names decline
// by their suffix (-ск, -ов, -ин, -град like nouns of the second declension);
// names that do not follow it are the caller's to list.
import { fold } from '../text/normalize.js';
import { adjectiveNominative } from './adjectives.js';

/**
 * `words`: one or two words as written; `known`: names listed by the caller,
 * folded form → nominative ("орла" → "Орёл").
 */
export function placeNominative(words: string[], known: ReadonlyMap<string, string>): string {
  const listed = known.get(fold(words.join(' ')));
  if (listed) return listed;
  if (words.length === 2) {
    // "Горячего Ключа" → "Горячий Ключ": an adjective in the genitive shows the noun is in it too
    const [adjective, noun] = words as [string, string];
    if (/(?:ого|его)$/.test(adjective)) return `${adjectiveNominative(adjective, 'male')} ${noun.replace(/([^аеёиоуыэюя])а$/, '$1').replace(/я$/, 'ь')}`;
    if (/(?:ой|ей)$/.test(adjective) && /[ыи]$/.test(noun)) return `${adjectiveNominative(adjective, 'female')} ${placeNominative([noun], known)}`;
    return `${adjective} ${placeNominative([noun], known)}`;
  }
  const w = words[0]!;
  // masculine town names in -ск, -ов, -ин, -град …: genitive "-а", prepositional "-е"
  if (/(?:ск|цк|ов|ев|ёв|ин|ын|град|город)[ае]$/.test(w)) return w.slice(0, -1);
  if (/ии$/.test(w)) return `${w.slice(0, -2)}ия`;
  if (/[^аеёиоуыэюя]ы$/.test(w)) return `${w.slice(0, -1)}а`;
  if (/[гкхжшчщ]и$/.test(w)) return `${w.slice(0, -1)}а`;
  if (/[^аеёиоуыэюя]и$/.test(w)) return `${w.slice(0, -1)}ь`;
  return w;
}
