export interface EntityGrammar {
  /** written, case-sensitive: form abbreviations ("МБОУ", "МБУ ДО") */
  formAbbr: PhraseIndex;
  /** sticky, written: the same without the word boundary before, for a form glued to a caps word ("НМРМБУ ДО") */
  formAbbrGlued: RegExp;
  /** one-word form abbreviations, for finding glued ones */
  formWords: string[];
  formByAbbr: Map<string, OrgForm>;
  /** folded: a spelled-out form in any case */
  formPhrase: PhraseIndex;
  formByPhrase: Map<string, OrgForm>;
  /** written, case-sensitive: a type abbreviation ("СОШ", "ЦДиК") */
  typeAbbr: PhraseIndex;
  /** folded: a type phrase in any case ("гимназии", "детского сада") */
  typePhrase: PhraseIndex;
  typeByForm: Map<string, OrgType>;
  /** sticky, folded: a locality marker ("г.", "города") */
  localityMarker: RegExp;
  localityNames: Map<string, string>;
  /** sticky, folded: a district word in any case ("района", "городского округа") */
  district: RegExp;
  districtByForm: Map<string, string>;
  /** sticky, folded: "МО", "муниципального образования" */
  municipality: RegExp;
  /** folded: one position modifier ("старшего", "ст.") */
  modifier: PhraseIndex;
  /** folded: one position head ("директора", "зам.") */
  head: PhraseIndex;
  heads: Map<string, Lexeme>;
  modifiers: Map<string, Lexeme>;
  meetingRoles: Set<string>;
  notSurnames: Set<string>;
  namesakeMarker: RegExp;
  genderVerbs: Map<string, 'male' | 'female'>;
  genitiveWords: Set<string>;
  givenNames: Map<string, string>;
  /** folded: "презентация опыта" … */
  presentation: PhraseIndex;
  listIntro: string[];
  session: RegExp;
  /** folded: "проекта", "программ", "рддм" … */
  projectHead: PhraseIndex;
  projectNames: Set<string>;
}

/**
 * A long list of phrases, found without trying every alternative at every
 * position: the sticky pattern is tried only where a word starts that some
 * phrase starts with. Indexes of abbreviations match the text as written
 * (capitals count: "ДО" is not "до"); the others match folded text.
 */
export interface PhraseIndex {
  firstWords: Set<string>;
  /** sticky */
  at: RegExp;
}

const WORD_CHARS = '0-9A-Za-zА-Яа-яЁё';
const WORD_AT = new RegExp(`[${WORD_CHARS}]+`, 'y');
const WORDS = new RegExp(`[${WORD_CHARS}]+`, 'g');
const FIRST_WORD = new RegExp(`^[${WORD_CHARS}]+`);
const IS_WORD_CHAR = new RegExp(`[${WORD_CHARS}]`);

function phraseIndex(phrases: Iterable<string>, at: RegExp): PhraseIndex {
  const firstWords = new Set<string>();
  for (const p of phrases) firstWords.add(FIRST_WORD.exec(p)?.[0] ?? p);
  return { firstWords, at };
}

/** The phrase of the index that starts at `p` (a word start) in `text`, or null. */
export function phraseAt(text: string, p: number, index: PhraseIndex): string | null {
  if (p > 0 && IS_WORD_CHAR.test(text[p - 1]!)) return null;
  WORD_AT.lastIndex = p;
  const w = WORD_AT.exec(text);
  if (!w || !index.firstWords.has(w[0])) return null;
  index.at.lastIndex = p;
  return index.at.exec(text)?.[0] ?? null;
}

/** Every phrase of the index in `text`, in order. */
export function* findPhrases(text: string, index: PhraseIndex): Generator<{ index: number; text: string }> {
  for (const w of text.matchAll(WORDS)) {
    if (!index.firstWords.has(w[0])) continue;
    index.at.lastIndex = w.index;
    const m = index.at.exec(text);
    if (m) yield { index: w.index, text: m[0] };
  }
}

export interface WordSpan {
  start: number;
  end: number;
  word: string;
}

/** The words of a text with their offsets, to scan it once. */
export function wordSpans(text: string): WordSpan[] {
  const out: WordSpan[] = [];
  for (const m of text.matchAll(WORDS)) out.push({ start: m.index, end: m.index + m[0].length, word: m[0] });
  return out;
}

