// Adverbs of manner and frequency that stand between an addressee and its verb
// ("Руководителям ШМО своевременно представлять …", "… систематически
// проводить …"). Such adverbs are formed with -о from adjectives in -ный / -нный
// ("своевременный" → "своевременно", "совместно", "регулярно", "оперативно") or
// with -и from adjectives in -ский ("систематически", "методически"); nouns that
// end so are few, short or indeclinable loanwords ("окно", "кино", "пианино"),
// and none of them closes an addressee's dative phrase. Lower case only: "ОНО"
// is an abbreviation.
const ADVERB = /^[а-яё]{4,}(?:но|ски)$/u;
/** the few longer nouns in -но that official text may hold */
const NOUNS_IN_NO = new Set(['полотно', 'волокно', 'толокно', 'пианино', 'домино']);

/** `word`: one word, lower case, without punctuation. */
export function looksLikeAdverb(word: string): boolean {
  return ADVERB.test(word) && !NOUNS_IN_NO.has(word);
}
