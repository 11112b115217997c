// The head count of the event: "Присутствовали: 29 человек", "(350 человек)",
// "приняли участие 64 педагога", "участников — 120". In Russian official
// writing a head count is a number right before a noun that counts people, or
// a number right after a word of participation; when one sentence enumerates
// several groups ("28 директоров МО Динской район, 4 директора г. Горячий
// ключ") the head count is their sum. A protocol states its quorum against the
// membership ("Списочный состав – 49 человек, присутствовали – 46 человек",
// "Присутствовало 46 из 49 членов"): the count a word of participation
// introduces is the head count, and a number after "из" is the whole, not those
// present. The nouns and words are data (grammars/participants.json). A number
// before any other word ("2023 года", "18 общеобразовательных организаций",
// "№ 5") counts nobody.
import { loadGrammar } from '../shared/grammar/load.js';
import { fold } from '../shared/text/normalize.js';
import { escapeRegExp, execAll, matchesWhere } from '../shared/text/matches.js';
import type { Block } from '../3-segment/segmenter.js';

interface Patterns {
  /** "64 педагога", "12 молодых специалистов": the number is group 1 */
  count: RegExp;
  /** "участников — 120", "присутствовали: 46.", "присутствовало 46 из 49": the number is group 1, at the end of the match */
  leadNumber: RegExp;
  /** a word of participation right before a count: "присутствовали – " in "присутствовали – 46 человек" */
  leadBefore: RegExp;
  /** a word of participation anywhere in a sentence */
  lead: RegExp;
  /** a word that makes a count the absent ("отсутствовали", "не явились") */
  absence: RegExp;
}

let patterns: Patterns | null = null;

/** The rest of a word after its start, bounded: an unbounded run would rescan a long word at every start inside it. */
const WORD_REST = '[а-я]{0,24}';

/** Grammar entries as alternatives: each word matched at its start ("принял участие" → "приняли участие"). */
function alternatives(entries: string[]): string {
  return entries.map((e) => fold(e).trim().split(/\s+/).map(escapeRegExp).join(`${WORD_REST}\\s+`)).join('|');
}

// a number as written: "64", "1 200"; at most five digits, so a long digit run is never read
const NUMBER = '(\\d{1,3}(?: \\d{3})?(?!\\d)|\\d{4,5}(?!\\d))';

function compile(): Patterns {
  const g = loadGrammar('participants');
  const approx = g.approximations.length ? `(?:(?:${alternatives(g.approximations)})\\s+)?` : '';
  return {
    // up to two adjectives in the genitive plural between: "64 педагогических работника", "12 молодых специалистов"
    count: new RegExp(`${NUMBER}\\s+(?:[а-я-]{1,30}(?:ых|их)\\s+){0,2}(?:${alternatives(g.persons)})${WORD_REST}`, 'gu'),
    // only punctuation, the end or "из N" after the number: "участников 5 классов" is no head count
    leadNumber: new RegExp(`(?:${alternatives(g.leads)})${WORD_REST}[\\s:-]{0,8}${approx}${NUMBER}(?=\\s*(?:[.,;:)!?]|$|из\\s+\\d))`, 'gu'),
    leadBefore: new RegExp(`(?:^|[^а-яa-z])(?:${alternatives(g.leads)})${WORD_REST}[\\s:-]{0,8}${approx}$`, 'u'),
    lead: new RegExp(`(?:^|[^а-яa-z])(?:${alternatives(g.leads)})`, 'u'),
    absence: g.absences.length ? new RegExp(`(?:^|[^а-яa-z])(?:${alternatives(g.absences)})`, 'u') : /(?!)/,
  };
}

/** A count's number stands alone: not inside a word, a date, a decimal, a range or after "№". */
function numberStartsHere(text: string, at: number): boolean {
  if (at === 0) return true;
  const before = text[at - 1]!;
  if (/[\d.,/№а-яa-z-]/.test(before)) return false;
  return !(before === ' ' && text[at - 2] === '№');
}

/** A lead opens a word. */
const wordStartsHere = (text: string, at: number): boolean => at === 0 || !/[а-яa-z]/.test(text[at - 1]!);

interface Count {
  start: number;
  end: number;
  value: number;
  /** introduced by a word of participation: "присутствовали – 46 человек" */
  afterLead: boolean;
}

/** How far before a count its word of participation may start: the word, a dash, "более". */
const LEAD_REACH = 48;
/** "из 49 членов": the whole the count of those present is taken from */
const WHOLE_BEFORE = /(?:^|[^а-яa-z])из\s+$/u;

function countsIn(sentence: string, p: Patterns): Count[] {
  const counts: Count[] = [];
  const starts = new Set<number>();
  const add = (start: number, end: number, number: string) => {
    // "присутствовали 46 человек" is found by both patterns: once is enough
    if (starts.has(start)) return;
    starts.add(start);
    const before = sentence.slice(Math.max(0, start - LEAD_REACH), start);
    if (WHOLE_BEFORE.test(before)) return;
    counts.push({ start, end, value: Number(number.replace(' ', '')), afterLead: p.leadBefore.test(before) });
  };
  for (const m of matchesWhere(p.count, sentence, numberStartsHere)) add(m.index, m.index + m[0].length, m[1]!);
  for (const m of matchesWhere(p.leadNumber, sentence, wordStartsHere)) {
    const end = m.index + m[0].length;
    const start = end - m[1]!.length;
    if (numberStartsHere(sentence, start)) add(start, end, m[1]!);
  }
  return counts.sort((a, b) => a.start - b.start);
}

/** Groups enumerated one after another: "28 директоров …, 4 директора", "64 педагога и 12 руководителей". */
const JOINER_END = /(?:[,;]|\sи|\sа\s+также)\s*$/u;
/** Longer than this between two counts, the second is not the next group of the first. */
const GAP_MAX = 80;
/** What follows a count up to the end of its clause: "3 человека не явились". */
const CLAUSE_TAIL = /^[^,;()]{0,80}/u;

function isAbsent(sentence: string, from: number, c: Count, p: Patterns): boolean {
  return p.absence.test(sentence.slice(from, c.start)) || p.absence.test(CLAUSE_TAIL.exec(sentence.slice(c.end, c.end + 80))![0]);
}

/**
 * The head count a folded sentence states: the first count that is not of the
 * absent, plus the groups enumerated right after it. A count after a bracket or
 * "из них", "в том числе" explains the one before it and is not added: the gap
 * then does not end with a joiner.
 */
function sentenceHeadCount(sentence: string, p: Patterns): number | null {
  const counts = countsIn(sentence, p);
  // a count a word of participation introduces goes before the membership named earlier
  const introduced = counts.findIndex((c, k) => c.afterLead && !isAbsent(sentence, k === 0 ? 0 : counts[k - 1]!.end, c, p));
  let i = Math.max(0, introduced);
  while (i < counts.length) {
    if (isAbsent(sentence, i === 0 ? 0 : counts[i - 1]!.end, counts[i]!, p)) {
      i++;
      continue;
    }
    let total = counts[i]!.value;
    let j = i + 1;
    for (; j < counts.length && isNextGroup(sentence, counts[j - 1]!, counts[j]!, p); j++) total += counts[j]!.value;
    if (total > 0) return total;
    i = j; // each count is read once: a sentence of a million zeros stays linear
  }
  return null;
}

function isNextGroup(sentence: string, prev: Count, next: Count, p: Patterns): boolean {
  return next.start - prev.end <= GAP_MAX && JOINER_END.test(sentence.slice(prev.end, next.start)) && !isAbsent(sentence, prev.end, next, p);
}

// ". " before a capital ends a sentence, unless the dot closes an abbreviation or an initial ("г. Канска", "Э.В. Боровского")
const SENTENCE_END = /[.!?]\s+(?=[А-ЯЁA-Z«"])/gu;
const ABBREVIATION_BEFORE = /(?:^|[^а-яёa-z])[а-яёa-z]{1,3}$/iu;

/** The sentences of a text as [start, end) offsets. */
function sentences(text: string): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  let start = 0;
  for (const m of execAll(SENTENCE_END, text)) {
    if (text[m.index] === '.' && ABBREVIATION_BEFORE.test(text.slice(Math.max(start, m.index - 4), m.index))) continue;
    out.push([start, m.index + 1]);
    start = m.index + m[0].length;
  }
  out.push([start, text.length]);
  return out;
}

/**
 * The head count stated in a text, or null. With `leadRequired`, only a
 * sentence that holds a word of participation is read ("В форуме приняли
 * участие …"), for texts past the preamble where numbers of people mean other
 * things ("провести обучение 20 педагогов").
 */
export function readHeadCount(text: string, leadRequired: boolean): number | null {
  if (!/\d/.test(text)) return null;
  const p = (patterns ??= compile());
  const folded = fold(text);
  for (const [s, e] of sentences(text)) {
    const sentence = folded.slice(s, e);
    if (!/\d/.test(sentence) || (leadRequired && !p.lead.test(sentence))) continue;
    const n = sentenceHeadCount(sentence, p);
    if (n !== null) return n;
  }
  return null;
}

/** How many blocks past the preamble may tell the head count at most: a report further down counts other things. */
const NARRATIVE_LIMIT = 30;

/**
 * The head count told in the narrative between the preamble and the first
 * task ("1. Форум был организован … 2. … В форуме приняли участие 28
 * директоров …"): only in a sentence of participation.
 */
export function narrativeHeadCount(blocks: readonly Block[], from: number, firstTaskLine: number): number | null {
  const to = Math.min(blocks.length, from + NARRATIVE_LIMIT);
  for (let i = from; i < to && blocks[i]!.line < firstTaskLine; i++) {
    const n = readHeadCount(blocks[i]!.text, true);
    if (n !== null) return n;
  }
  return null;
}
