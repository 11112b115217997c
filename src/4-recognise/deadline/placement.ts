// Inside a task's text, which times are its deadline? A phrase counts when its
// marker says so wherever it stands ("до …", "не позднее …", "в течение …",
// "ежегодно", "в течение всего периода"), or when it stands where deadlines are
// written: in its own parentheses ("(ноябрь 2024 года)", "(срок – до 01.10.2023)"),
// after a "Срок:" label, at the start of the task, at its end after a comma or
// dash, or right after the infinitive it times ("провести в декабре 2023 года").
// Never: a date after "от"/"за"/"после" or before "№" (a document's reference),
// a period after "на" (what a plan covers: "задачи на 2024-2025 учебный год"),
// a bare number ("Форум – 2022", "до 80 %"), and "до 2025 года" after a plan's
// name ("программу развития … до 2025 года": the plan's horizon).
import type { Atom, TimeAtom } from './atoms.js';
import type { Reference } from './calendar.js';
import { EMPHASIS, type CompiledGrammar } from './grammar.js';
import { isInfinitive } from '../../shared/morph/infinitive.js';
import { wordsBefore } from './words-before.js';
import { A_LETTER, A_LETTER_OR_DIGIT, DIGIT, PUNCTUATION } from '../../shared/text/chars.js';
import { endTrimmer } from '../../shared/text/trim.js';
import { execAll } from '../../shared/text/matches.js';

const trimValueEnd = endTrimmer('\\s,:-');

const PUNCTUATION_OR_DIGITS = new RegExp(`^[\\s${PUNCTUATION}${DIGIT}]*$`, 'u');
/** what may close a task after a deadline at its end: punctuation, after the emphasis that closes the deadline */
const END_TAIL = new RegExp(`^(${EMPHASIS})?[\\s.;,!)]*$`, 'u');

/**
 * emphasisAroundDeadline: the task ends with the phrase, in the emphasis that
 * opened it ("— '''ноябрь 2024'''", "– **до 1 марта**"); a closing quote alone
 * ends a quoted title ("конференция «Образование в 2030 году»"), not a deadline.
 */
function endsWithPhrase(before: string, after: string): boolean {
  const tail = END_TAIL.exec(after);
  if (!tail) return false;
  return tail[1] === undefined || before.trimEnd().endsWith(tail[1]);
}

/** How much text around a phrase the placement rules look at. */
const WINDOW = 60;
/** How far back the clause of a "до 2025 года" is searched for a plan's name. */
const CLAUSE_WINDOW = 200;

export type PlaceKind = 'parenthesis' | 'label' | 'start' | 'end-separated' | 'end' | 'inline';

export interface Placement {
  kind: PlaceKind;
  /** after a "Срок:" label: whatever is written there is the deadline, even a bare "2025" */
  labelled: boolean;
  /** the phrase with what a caller cuts out along with it: "(срок – … )", ", …" at the end */
  outerStart: number;
  outerEnd: number;
}

export function placementOf(folded: string, start: number, end: number, g: CompiledGrammar): Placement {
  const beforeFrom = Math.max(0, start - WINDOW);
  const before = folded.slice(beforeFrom, start);
  const after = folded.slice(end, end + WINDOW);

  const paren = g.re.parenBefore.exec(before);
  const close = paren && g.re.parenAfter.exec(after);
  if (paren && close)
    return { kind: 'parenthesis', labelled: paren[1] !== undefined, outerStart: beforeFrom + paren.index, outerEnd: end + close[0].length };

  const label = g.re.labelBefore.exec(before);
  if (label) return { kind: 'label', labelled: true, outerStart: beforeFrom + label.index + label[0].search(A_LETTER), outerEnd: end };

  const plain = (kind: PlaceKind, outerStart = start): Placement => ({ kind, labelled: false, outerStart, outerEnd: end });
  // only digits and punctuation before: the task's own number at most ("2) До 31.03.2022 …")
  if (start <= WINDOW && PUNCTUATION_OR_DIGITS.test(before)) return plain('start');

  if (folded.length - end <= WINDOW && endsWithPhrase(before, folded.slice(end))) {
    const sep = g.re.separatorBefore.exec(before);
    return sep ? plain('end-separated', beforeFrom + sep.index) : plain('end');
  }
  return plain('inline');
}

/**
 * Where the atom stands if it is a deadline of the task, or null when it is not one.
 * (Its deadline fields are known to exist.) The placement is worked out only when a rule needs it.
 */
export function placeAsTaskDeadline(atom: Atom, phraseStart: number, folded: string, g: CompiledGrammar, ref: Reference): Placement | null {
  let place: Placement | null = null;
  const at = (): Placement => (place ??= placementOf(folded, phraseStart, atom.end, g));
  return isTaskDeadline(atom, phraseStart, at, folded, g, ref) ? at() : null;
}

function isTaskDeadline(atom: Atom, phraseStart: number, at: () => Placement, folded: string, g: CompiledGrammar, ref: Reference): boolean {
  if (atom.type === 'day-of-month') return false;
  if (g.re.referenceAfter.test(folded.slice(atom.end, atom.end + 12))) return false;
  // conditionalDeadline: "по мере необходимости" is a deadline wherever it stands, one not understood
  if (atom.type === 'recurring' || atom.type === 'conditional') return true;
  if (atom.type === 'ongoing') return atom.marked || at().kind !== 'inline';
  const marker = atom.marker;
  if (marker?.role === 'horizon' || marker?.role === 'reference') return false;
  const { kind, labelled } = at();
  if (labelled) return true;
  if (!atom.dated) return false;
  if (kind === 'parenthesis' || kind === 'label') return true;
  if (marker?.marked) {
    const wholeYears = atom.grain === 'year' || atom.grain === 'school-year';
    return !(marker.role === 'by' && wholeYears && planNameBefore(folded, phraseStart, g));
  }
  // no marker, or a weak one ("в", "по", "к", "с … по"): only where deadlines are written
  if (kind === 'start' || kind === 'end-separated') return true;
  if (kind === 'end' && marker) return true;
  return infinitiveBefore(folded, phraseStart) || infinitiveClause(atom, folded, phraseStart, ref);
}

/** How many words back the infinitive a time belongs to may stand ("провести следующую межрегиональную конференцию в …"). */
const CLAUSE_WORDS = 4;

/**
 * infinitiveClause: a month, quarter or day with its year written, after "в" in the
 * clause an infinitive opens a few words before, with no punctuation between
 * ("Провести следующую конференцию в апреле 2026 года на базе …"), and not
 * already past at the document's date ("результаты, полученные в апреле 2023 года").
 */
function infinitiveClause(atom: TimeAtom, folded: string, phraseStart: number, ref: Reference): boolean {
  if (atom.marker?.role !== 'within' || atom.grain === 'year' || atom.grain === 'school-year') return false;
  if (atom.points.some((p) => p.year === null)) return false;
  const last = atom.points[atom.points.length - 1]!;
  if (ref.date && (last.year! < ref.date.year || (last.year === ref.date.year && last.month < ref.date.month))) return false;
  const clause = folded.slice(Math.max(0, phraseStart - WINDOW), phraseStart).split(CLAUSE_BREAK).pop()!;
  return clause.split(/\s+/u).filter(Boolean).slice(-CLAUSE_WORDS).some(isInfinitive);
}

/** what ends a clause before a time: punctuation, a spaced dash */
const CLAUSE_BREAK = /[,;:()!?"]|\s-\s|\.\s/u;

/** A plan, programme or strategy named earlier in the same clause. */
function planNameBefore(folded: string, at: number, g: CompiledGrammar): boolean {
  const from = Math.max(0, at - CLAUSE_WINDOW);
  const window = folded.slice(from, at);
  let clauseStart = 0;
  for (const stop of ['.', ';', ':', '(', ')', '\n']) clauseStart = Math.max(clauseStart, window.lastIndexOf(stop) + 1);
  return g.re.horizonNoun.test(window.slice(clauseStart));
}

/** "провести в декабре 2023 года": the word before the phrase is an infinitive (the one test the structure uses too). */
function infinitiveBefore(folded: string, at: number): boolean {
  const [before] = wordsBefore(folded, at, 1);
  return before !== undefined && isInfinitive(before.word);
}

export interface LabelledValue {
  /** the value after the label */
  start: number;
  end: number;
  /** with the label, and the parentheses around both when they hold nothing else */
  outerStart: number;
  outerEnd: number;
}

/** What follows every label of labelValue. */
const LABEL_MARK = /[:-]/;

/**
 * What is written after a "Срок:" label that opens a sentence or a parenthesis
 * ("(срок – по мере необходимости)"): a deadline, understood or not.
 */
export function labelledValues(folded: string, g: CompiledGrammar): LabelledValue[] {
  const out: LabelledValue[] = [];
  if (!LABEL_MARK.test(folded)) return out; // a label is followed by ":" or "-"; most texts have neither
  for (const m of execAll(g.re.labelValue, folded)) {
    const value = trimValueEnd(m[2]!);
    if (!A_LETTER_OR_DIGIT.test(value)) continue;
    const end = m.index + m[0].length - m[2]!.length + value.length;
    const labelStart = m.index + m[0].lastIndexOf(m[1]!, m[0].length - m[2]!.length);
    const from = Math.max(0, labelStart - 4);
    const open = /\(\s{0,3}$/u.exec(folded.slice(from, labelStart));
    const close = open && g.re.parenAfter.exec(folded.slice(end, end + WINDOW));
    out.push({
      start: end - value.length,
      end,
      outerStart: open && close ? from + open.index : labelStart,
      outerEnd: open && close ? end + close[0].length : end,
    });
  }
  return out;
}
