// The deadline grammar as data (grammars/deadlines.json, grammars/months.json),
// validated by zod and compiled once per process into the regular expressions
// the parsers run. Every phrase is folded like the text it is matched against
// (fold(): lower case, ё→е, one quote, one dash), and a space in a phrase
// matches one to three white-space characters. Every quantifier is bounded and
// no group repeats over a class it overlaps, so each pattern does a bounded
// amount of work per position of a line, whatever the line holds.
import { loadGrammar } from '../../shared/grammar/load.js';
import { fold } from '../../shared/text/normalize.js';
import { DIGIT, LETTER } from '../../shared/text/chars.js';
import { escapeRegExp } from '../../shared/text/matches.js';
import { candidateFinder, type AtomPatternName, type Candidate, type Pattern } from './scan.js';

import type { Grammar } from '../../shared/grammar/schemas.js';
export type { MarkerRole, PartUnit, RepeatUnit } from '../../shared/grammar/schemas.js';
import type { MarkerRole, PartUnit, RepeatUnit } from '../../shared/grammar/schemas.js';

export type DeadlinesGrammar = Grammar<'deadlines'>;
type MonthsGrammar = Grammar<'months'>;

export interface MarkerInfo {
  role: MarkerRole;
  /** a marker that makes a phrase a deadline wherever it stands in a task ("до", "в течение") */
  marked: boolean;
}

export interface MonthSpan {
  from: number;
  to: number;
}

/** The parts of the school year (grammars/deadlines.json, schoolYear): their months follow the school calendar. */
export const isSchoolPart = (unit: string): boolean => unit === 'term' || unit === 'trimester';

/** The calendar year cut into equal parts of `size` months: quarters (3), halves (6). */
const calendarParts = (size: number): MonthSpan[] =>
  Array.from({ length: 12 / size }, (_, i) => ({ from: i * size + 1, to: (i + 1) * size }));

export interface RelativeInfo {
  span: 'year' | 'school-year';
  offset: 'current' | 'next' | 'new';
  needsMarker: boolean;
}

export interface CompiledGrammar {
  /** the months of the first and second half of a school year */
  schoolHalves: DeadlinesGrammar['schoolYear']['halves'];
  /** the months of each part of a year an ordinal names: quarters, halves, the school year's terms (четверти) and trimesters, in order */
  partMonths: Record<PartUnit, readonly MonthSpan[]>;
  monthOf: Map<string, number>;
  ordinalOf: Map<string, number>;
  partOf: Map<string, PartUnit>;
  markerOf: Map<string, MarkerInfo>;
  relativeOf: Map<string, RelativeInfo>;
  ongoingOf: Map<string, boolean>;
  recurringOf: Map<string, string>;
  countOf: Map<string, number>;
  unitOf: Map<string, RepeatUnit>;
  /** the most words a marker has ("в срок не позднее": 4) */
  markerWords: number;
  listConnectors: Set<string>;
  /** the parsers' patterns (sticky), each with the characters that may not stand right before a match */
  atom: Record<AtomPatternName, Pattern>;
  /** where in a folded text a pattern may start, and which */
  candidates: (folded: string) => Candidate[];
  re: {
    rangeGap: RegExp;
    listGap: RegExp;
    /** a "Срок (исполнения) –" label ending where the window ends */
    labelBefore: RegExp;
    /** "(" and an optional label (group 1), ending where the window ends */
    parenBefore: RegExp;
    /** a label that opens a sentence or parenthesis (group 1) and its value (group 2): "(срок – по мере необходимости)" */
    labelValue: RegExp;
    parenAfter: RegExp;
    separatorBefore: RegExp;
    referenceAfter: RegExp;
    horizonNoun: RegExp;
    /** what may stay of a whole deadline phrase besides the deadline: labels, fillers, punctuation */
    leftover: RegExp;
    /** "всех поручений" opening a text */
    listScope: RegExp;
    /** "Все мероприятия провести " (group 1: the verb) opening a sentence */
    deadlineSentence: RegExp;
    /** "по п. 1–3 –", "по пп. 2, 3 –" (group 1: the numbers), where a text or a part of it starts */
    itemHead: RegExp;
  };
}

/** Lookup key of a matched phrase: folded, inner white space as one space. */
export const keyOf = (text: string): string => fold(text).replace(/\s+/g, ' ').trim();

/** The entry of a matched phrase: the text is folded already, only its inner white space may differ from the key's. */
export function lookup<T>(map: Map<string, T>, matched: string): T | undefined {
  return map.get(matched) ?? map.get(matched.replace(/\s+/g, ' '));
}

/** The first word or number of a phrase, as the scanner (scan.ts) cuts the text. */
const firstToken = (phrase: string): string => keyOf(phrase).match(/[а-яa-z]+|\d+/)?.[0] ?? '';

const startsWithDigit = (words: Iterable<string>): boolean => [...words].some((w) => /^\s*\d/.test(w));


/** A character trie of folded phrases; a space stands for a run of white space. */
interface Trie {
  next: Map<string, Trie>;
  /** a phrase ends here */
  end: boolean;
}

/**
 * A phrase list as one pattern: folded, a space matching any run of white
 * space, an empty list matching nothing. The phrases are merged into a
 * trie ("январ(?:ь|я|ю|е(?:м)?)" instead of every form spelt out), which V8
 * compiles in a fraction of the time of the flat alternation when a pattern
 * first runs. It matches what the flat list tried longest first would: the
 * phrases that match at one position are prefixes of one another, and at each
 * node the longer continuations are tried before the phrase that ends there.
 */
function alt(phrases: Iterable<string>): string {
  const root: Trie = { next: new Map(), end: false };
  let count = 0;
  for (const phrase of new Set([...phrases].map(keyOf))) {
    let node = root;
    for (const ch of phrase) {
      let child = node.next.get(ch);
      if (!child) node.next.set(ch, (child = { next: new Map(), end: false }));
      node = child;
    }
    node.end = true;
    count++;
  }
  return count ? trieSource(root) : '(?!)';
}

function trieSource(node: Trie): string {
  const branches = [...node.next].map(([ch, child]) => (ch === ' ' ? '\\s+' : escapeRegExp(ch)) + trieSource(child));
  if (branches.length === 0) return '';
  const body = branches.length === 1 ? branches[0]! : `(?:${branches.join('|')})`;
  // greedy: the longer phrases first, then the one ending here
  return node.end ? `(?:${body})?` : body;
}

/**
 * The patterns go without the u flag: V8 compiles a pattern without it about
 * 40% faster when it first runs (a cold start runs each once), and every class
 * and phrase here is within the Basic Multilingual Plane, where both modes
 * match alike. A phrase from the data with a character beyond it (a surrogate
 * pair) gets the flag back, so it still matches as one character.
 */
const pattern = (source: string, flags = ''): RegExp => new RegExp(source, /[\uD800-\uDFFF]/.test(source) ? `${flags}u` : flags);

const L = `(?<![${LETTER}${DIGIT}])`;
// what may not stand right before a parser's match
const oneOf = (body: string) => pattern(`[${body}]`);
const WORD = oneOf(LETTER + DIGIT);
const WORD_PUNCT = oneOf(`${LETTER}${DIGIT}.`);
const NUMBER = oneOf(DIGIT);
const NUMBER_DOT = oneOf(`${DIGIT}.`);
const NUMBER_DOT_SLASH = oneOf(`${DIGIT}./`);
const NUMBER_DOT_COMMA_SLASH = oneOf(`${DIGIT}.,/`);
const NUMBER_DOT_DASH = oneOf(`${DIGIT}.-`);
const R = `(?![${LETTER}${DIGIT}])`;
/** marks of emphasis or quotes around a phrase: wiki bold ('''), Markdown ** and __, quotes */
export const EMPHASIS = `["'*_]{1,3}`;
/** an item's number: "4", "2.1", "1.2.3" */
const ITEM_NUMBER = `\\d{1,2}(?:\\.\\d{1,2}){0,3}`;

let compiled: CompiledGrammar | null = null;

/** The deadline grammar, loaded and compiled on first use. */
export function deadlineGrammar(): CompiledGrammar {
  return (compiled ??= compile(
    loadGrammar('deadlines'),
    loadGrammar('months'),
  ));
}

function compile(g: DeadlinesGrammar, months: MonthsGrammar): CompiledGrammar {
  const monthOf = new Map<string, number>();
  const monthPhrases: string[] = [];
  for (const m of months.months) {
    for (const f of m.forms) monthOf.set(keyOf(f), m.number);
    for (const a of m.abbreviations) monthOf.set(keyOf(a), m.number);
    monthPhrases.push(...m.forms.map(keyOf));
  }
  // an abbreviation counts only with its dot: "сент." (and "мар" is no month)
  const abbreviations = `(?:${alt(months.months.flatMap((m) => m.abbreviations))})\\.`;
  const MONTH = `((?:${alt(monthPhrases)})${R}|${abbreviations})`;

  const ordinalOf = new Map<string, number>();
  for (const o of g.ordinals) {
    ordinalOf.set(keyOf(o.roman), o.number);
    for (const w of o.words) ordinalOf.set(keyOf(w), o.number);
  }
  const partOf = new Map<string, PartUnit>();
  for (const p of g.parts) for (const w of p.words) partOf.set(keyOf(w), p.unit);

  const markerOf = new Map<string, MarkerInfo>();
  for (const m of g.markers) for (const w of m.words) markerOf.set(keyOf(w), { role: m.role, marked: m.marked });

  const relativeOf = new Map<string, RelativeInfo>();
  for (const r of g.relativePeriods)
    for (const w of r.words) relativeOf.set(keyOf(w), { span: r.span, offset: r.offset, needsMarker: r.needsMarker });

  const ongoingOf = new Map(g.ongoing.map((o) => [keyOf(o.phrase), o.marked]));
  const recurringOf = new Map<string, string>(g.recurring.map((r) => [keyOf(r.phrase), r.frequency]));
  const countOf = new Map(Object.entries({ ...g.timesPer.counts, ...g.timesPer.multiplicatives }).map(([w, n]) => [keyOf(w), n]));
  const COUNT = `(?:(\\d{1,2})|(${alt(Object.keys(g.timesPer.counts))}))`;
  const unitOf = new Map<string, RepeatUnit>();
  for (const u of g.timesPer.units) for (const w of u.words) unitOf.set(keyOf(w), u.unit);

  // The gaps inside a phrase are \s* and \s+, not a bounded \s{0,3}: white space is one gap
  // however long, and V8 unrolls a repetition of at most three into nested choices, each of
  // which compiles what follows it again. With bounded gaps these patterns compiled three
  // times slower, the largest part of a cold parse's first date. They stay linear: each is
  // sticky, tried only where a word or number starts, and no two gaps stand side by side
  // (tests/fuzz/redos.test.ts).
  const YEAR = `((?:19|20)\\d{2})(?![${DIGIT}])`;
  const YEAR_WORD = `(\\s*(?:${alt(g.yearWords)})${R})?`;
  // not the first year of a range: "I полугодие 2024-2025 учебного года"
  const TAIL_YEAR = `(?:[\\s,]{1,3}${YEAR}(?!\\s*[-/]\\s*\\d)${YEAR_WORD})?`;
  const SCHOOL = `(?:${alt(g.schoolYearWords)})${R}`;
  const ROMAN = g.ordinals.map((o) => keyOf(o.roman)).sort((a, b) => b.length - a.length).join('|');
  const ORDINAL = `(?:(${ROMAN})|(\\d)(?:-?(?:${alt(g.ordinalSuffixes)}))?|(${alt(g.ordinals.flatMap((o) => o.words))}))`;
  const withinUnmarked = g.markers.filter((m) => m.role === 'within' && !m.marked).flatMap((m) => m.words);
  const labels = `(?:${alt(g.labels)})${R}`;
  const at = (notAfter: RegExp, source: string): Pattern => ({ re: pattern(source, 'y'), notAfter });
  const byWord = new Map<string, AtomPatternName[]>();
  const opens = (name: AtomPatternName, phrases: Iterable<string>) => {
    for (const p of phrases) {
      const first = firstToken(p);
      const names = byWord.get(first) ?? [];
      if (first && !names.includes(name)) byWord.set(first, [...names, name]);
    }
  };
  opens('month', monthOf.keys());
  opens('part', ordinalOf.keys());
  opens('relative', relativeOf.keys());
  opens('ongoing', ongoingOf.keys());
  opens('recurring', recurringOf.keys());
  opens('conditional', g.conditional.words);
  opens('timesPer', [...countOf.keys(), ...g.timesPer.timesWords]);

  return {
    schoolHalves: g.schoolYear.halves,
    partMonths: {
      quarter: calendarParts(3),
      half: calendarParts(6),
      term: g.schoolYear.terms,
      trimester: g.schoolYear.trimesters,
    },
    // the words the number patterns may read where a digit could otherwise continue the number
    candidates: candidateFinder(
      byWord,
      !startsWithDigit([...monthOf.keys(), ...ordinalOf.keys(), ...g.rangeConnectors, ...g.listConnectors, ...g.ordinalSuffixes, ...g.timesPer.timesWords]),
    ),
    monthOf,
    ordinalOf,
    partOf,
    markerOf,
    relativeOf,
    ongoingOf,
    recurringOf,
    countOf,
    unitOf,
    listConnectors: new Set(g.listConnectors.map(keyOf)),
    markerWords: Math.max(...[...markerOf.keys()].map((k) => k.split(' ').length)),
    atom: {
      // not a part of a longer number like a clause "2.3.12.1" or "12/12/12/12"
      numericDate: at(NUMBER_DOT_SLASH, `(\\d{1,2})\\s?([./])\\s?(\\d{1,2})\\s?\\2\\s?(\\d{4}|\\d{2})(?![${DIGIT}]|[./][${DIGIT}])${YEAR_WORD}`),
      // "до 25.12": a two-digit month and nothing after that makes it a number ("3.5", "10.00", "2.10.1", "3.10 млн")
      shortDate: at(NUMBER_DOT_COMMA_SLASH, `(\\d{1,2})\\.(\\d{2})(?![${DIGIT}]|[.,/][${DIGIT}]|\\s*(?:${alt(g.numberUnits)})(?![${LETTER}]))`),
      isoDate: at(NUMBER_DOT_DASH, `(\\d{4})-(\\d{2})-(\\d{2})(?![${DIGIT}-])`),
      wordDate: at(NUMBER, `(?:"\\s*)?(\\d{1,2})(?:\\s*")?(?:-?(?:го|е))?\\s*${MONTH}${TAIL_YEAR}`),
      dayRange: at(NUMBER_DOT, `(\\d{1,2})\\s*(${alt([...g.rangeConnectors, ...g.listConnectors])})\\s*(\\d{1,2})(?:-?го)?\\s*${MONTH}${TAIL_YEAR}`),
      month: at(WORD, `${MONTH}${TAIL_YEAR}`),
      // "I квартал 2024 г.", "1-й квартал", "первое полугодие", "III–IV квартал", "в IV четверти", "2-й триместр"
      // "III–IV квартал", and a list written with the part word once: "I и III кварталы"
      part: at(WORD, `${ORDINAL}(?:\\s*(-|${alt(g.listConnectors)})\\s*${ORDINAL})?\\s+(${alt(g.parts.flatMap((p) => p.words))})${R}${TAIL_YEAR}`),
      yearRange: at(WORD, `${YEAR}\\s*([-/])\\s*((?:19|20)?\\d{2})(?![${DIGIT}])(?:\\s*(${SCHOOL})|${YEAR_WORD})`),
      year: at(WORD_PUNCT, `${YEAR}${YEAR_WORD}`),
      relative: at(WORD, `(${alt(g.relativePeriods.flatMap((r) => r.words))})${R}`),
      ongoing: at(WORD, `(${alt(g.ongoing.map((o) => o.phrase))})${R}`),
      recurring: at(WORD, `(${alt(g.recurring.map((r) => r.phrase))})${R}`),
      conditional: at(WORD, `(?:${alt(g.conditional.words)})${R}`),
      // "2 раза в год", "дважды в год", "не реже одного раза в три года"
      timesPer: at(
        WORD,
        `(?:(?:${COUNT}\\s+)?(?:${alt(g.timesPer.timesWords)})|(${alt(Object.keys(g.timesPer.multiplicatives))}))\\s+в\\s+` +
          `(?:(${alt(unitOf.keys())})|${COUNT}\\s+(?:${alt(g.timesPer.yearsWords)}))${R}`,
      ),
      dayOfMonth: at(NUMBER, `(\\d{1,2})(?:-?го)?\\s+(?:${alt(g.dayOfMonthWords)})${R}`),
    },
    re: {
      rangeGap: pattern(`^\\s{0,3}(?:${alt(g.rangeConnectors)})\\s{0,3}$`),
      listGap: pattern(`^\\s{0,3}(?:${alt(g.listConnectors)})(?:\\s{1,3}(?:${alt(withinUnmarked)}))?\\s{0,3}$`),
      labelBefore: pattern(`(?:^|[^${LETTER}${DIGIT}])${labels}\\s{0,3}[:-]?\\s{0,3}$`),
      parenBefore: pattern(`\\(\\s{0,3}(${labels}\\s{0,3}[:-]?\\s{0,3})?$`),
      labelValue: pattern(`(?:^|[(.;\\n])\\s{0,3}(${labels})\\s{0,3}[:-]\\s{0,3}([^().;\\n]{1,80})`, 'g'),
      parenAfter: pattern(`^\\s{0,3}[.;,]?\\s{0,3}\\)`),
      // emphasisAroundDeadline: "— **до 15.11**", wiki bold, quotes
      separatorBefore: pattern(`[,;:-]\\s{0,3}(?:${EMPHASIS}\\s{0,3})?$`),
      referenceAfter: pattern(`^\\s{0,3}(?:${alt(g.referenceAfter)})(?:\\s|[${DIGIT}]|$)`),
      horizonNoun: pattern(`${L}(?:${alt(g.horizonNouns)})${R}`),
      leftover: pattern(`${L}(?:${alt([...g.labels, ...g.fillers])})${R}|[^${LETTER}${DIGIT}]`, 'g'),
      listScope: pattern(`^\\s{0,3}(?:${alt(g.listScopes.words)})${R}`),
      deadlineSentence: pattern(`^(?:${alt(g.deadlineSentences.determiners)})\\s{1,3}(?:${alt(g.deadlineSentences.nouns)})\\s{1,3}([${LETTER}]{2,30})\\s{1,3}`),
      itemHead: pattern(
        `(?:^|[;,]\\s*)(?:(?:${alt(g.itemReferences.before)})\\s+)?(?:${alt(g.itemReferences.words)})(?![${LETTER}])\\s*` +
          `(${ITEM_NUMBER}(?:\\s*(?:[-,]|и)\\s*${ITEM_NUMBER}){0,20})\\s*[-:]\\s*`,
        'g',
      ),
    },
  };
}
