// Is a word an infinitive? Russian infinitives end in -ть/-ться, -ти/-тись
// (after с/з/й: "провести", "внести", "найти") or -чь/-чься ("привлечь"). The
// nouns that share those endings are few and closed ("часть", "деятельность",
// "области"), so an ending rule with a list of exceptions is exact on official
// text (measured in docs/design.md, "Morphology") and costs nothing to load.
import { loadGrammar } from '../grammar/load.js';
import { lowerCase } from '../text/normalize.js';

let exceptions: Set<string> | null = null;
let leads: Set<string> | null = null;
let selfExecuting: Map<string, string[][]> | null = null;

function grammar() {
  const g = loadGrammar('directive-verbs');
  exceptions ??= new Set(g.notInfinitives.map((w) => w.toLowerCase()));
  leads ??= new Set(g.leads.map((w) => w.toLowerCase()));
  selfExecuting ??= tailsByVerb(g.selfExecuting);
  return { exceptions, leads, selfExecuting };
}

/** "принять к сведению", "принять во внимание", "утвердить" → принять: [[к, сведению], [во, внимание]], утвердить: [[]] */
function tailsByVerb(phrases: string[]): Map<string, string[][]> {
  const byVerb = new Map<string, string[][]>();
  for (const phrase of phrases) {
    const [first, ...rest] = lowerYo(phrase.trim()).split(/\s+/);
    const tails = byVerb.get(first!) ?? [];
    tails.push(rest);
    byVerb.set(first!, tails);
  }
  return byVerb;
}

const INFINITIVE = /(?:ть|ться|чь|чься|[сз]ти|[сз]тись|йти|йтись)$/;
// oblique forms of "-ость" nouns ("деятельности") and "власти", "части", "снасти"
const NOUN_STI = /(?:ости|асти|ясти)$/;
const VERB_ASTI = /(?:расти|спасти|красти)$/;

/** Every ending of INFINITIVE closes with one of these letters (either case): the other words are told at once. */
const LAST_LETTER = new Set([...'ьяиЬЯИ'].map((c) => c.charCodeAt(0)));

export function isInfinitive(word: string): boolean {
  if (!LAST_LETTER.has(word.charCodeAt(word.length - 1))) return false;
  const w = lowerYo(word);
  if (w.length < 4 || !INFINITIVE.test(w)) return false;
  if (w.endsWith('ость')) return false; // "деятельность", "готовность"
  if (NOUN_STI.test(w) && !VERB_ASTI.test(w)) return false;
  return !grammar().exceptions.has(w);
}

let chargeRe: RegExp | null = null;

/**
 * The phrases that charge someone named after them ("возложить на"), as one
 * pattern built once: a phrase of grammars/directive-verbs.json "charges" between
 * white space (or the text's start) and white space, any case, ё as е; group 1 is the phrase.
 */
export function chargePattern(): RegExp {
  if (chargeRe) return chargeRe;
  const phrases = loadGrammar('directive-verbs').charges.map(lowerYo).sort((a, b) => b.length - a.length);
  const alternatives = phrases.map((p) => p.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/е/g, '[её]').replace(/ /g, '\\s+'));
  chargeRe = new RegExp(`(?:^|\\s)(${alternatives.join('|')})\\s`, 'iu');
  return chargeRe;
}

/** Verbs that open a directive and take an addressee after them ("Рекомендовать руководителям …"). */
export function isLeadVerb(word: string): boolean {
  return grammar().leads.has(lowerYo(word));
}

/**
 * The decisions carried out by adopting the document whose phrase opens with
 * this infinitive, as the words that must follow it, lower case, ё as е
 * ("принять" → [["к", "сведению"], ["во", "внимание"]]; "утвердить" → [[]]);
 * undefined for any other verb.
 */
export function selfExecutingTails(verb: string): string[][] | undefined {
  return grammar().selfExecuting.get(lowerYo(verb));
}

/** Lower case, ё → е. */
function lowerYo(word: string): string {
  const w = lowerCase(word);
  return w.includes('ё') ? w.replace(/ё/g, 'е') : w;
}
