// The locality of an organisation, back in the nominative: "г. Канска" → "Канск",
// "МО Динской район" → "Динской район", "Зиминского района" → "Зиминский район".
import { entityGrammar } from './grammar.js';
import { adjectiveNominative, isAdjective, isMasculineOblique } from '../shared/morph/adjectives.js';
import { placeNominative as nominativeOfPlace } from '../shared/morph/place-names.js';
import { A_LETTER } from '../shared/text/chars.js';

export interface LocalityMatch {
  locality: string;
  end: number;
}

const LETTER_BEFORE = A_LETTER;
const NAME = /\s*([А-ЯЁ][а-яё]+(?:-[а-яё]{1,3}-[А-ЯЁ][а-яё]+|-[А-ЯЁа-яё][а-яё]+){0,2})/y;
const SECOND_WORD = /\s+([А-ЯЁа-яё][а-яё]+)/y;
const DISTRICT_ADJ = /([А-ЯЁ][а-яё]+(?:-[А-ЯЁа-яё][а-яё]+)?(?:ий|ый|ой|ого|его|ом|ем|ому))\s+/y;

/** A locality starting at `pos` (spaces allowed before it), or null. */
export function parseLocality(text: string, folded: string, pos: number): LocalityMatch | null {
  const g = entityGrammar();
  let p = skipSpaces(text, pos);
  const mo = g.municipality.at(folded, p);
  if (mo) {
    const district = parseDistrict(text, folded, skipSpaces(text, p + mo.length));
    if (district) return district;
  }
  // a digit may touch the marker: "№ 5г. Канска"
  const marker = LETTER_BEFORE.test(folded[p - 1] ?? ' ') ? null : g.localityMarker.at(folded, p, false);
  if (marker) {
    NAME.lastIndex = p + marker.length;
    const m = NAME.exec(text);
    if (!m) return null;
    let end = NAME.lastIndex;
    let words = [m[1]!];
    if (isAdjective(m[1]!.toLowerCase()) || isMasculineOblique(m[1]!)) {
      SECOND_WORD.lastIndex = end;
      const second = SECOND_WORD.exec(text);
      if (second) {
        words.push(second[1]!);
        end = SECOND_WORD.lastIndex;
      }
    }
    return { locality: placeNominative(words), end };
  }
  return parseDistrict(text, folded, p);
}

/** "Динской район", "Зиминского района", "Темрюкский муниципальный округ". */
function parseDistrict(text: string, folded: string, pos: number): LocalityMatch | null {
  DISTRICT_ADJ.lastIndex = pos;
  const adj = DISTRICT_ADJ.exec(text);
  if (!adj) return null;
  const after = DISTRICT_ADJ.lastIndex;
  const g = entityGrammar();
  const m = g.district.at(folded, after);
  if (!m) return null;
  const district = g.districtByForm.get(m.replace(/\s+/g, ' '))!;
  const nominative = isMasculineOblique(adj[1]!) ? adjectiveNominative(adj[1]!, 'male') : adj[1]!;
  return { locality: `${nominative} ${district}`, end: after + m.length };
  return null;
}

function skipSpaces(text: string, pos: number): number {
  while (pos < text.length && (text[pos] === ' ' || text[pos] === '\n')) pos++;
  return pos;
}

/** A place name written after a marker, in whatever case the sentence gave it, to the nominative (the grammar's irregular names first). */
export function placeNominative(words: string[]): string {
  return nominativeOfPlace(words, entityGrammar().localityNames);
}
