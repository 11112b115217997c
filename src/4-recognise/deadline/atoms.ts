// The small parsers of the deadline grammar, in the manner of chrono-node: each
// finds one shape of time expression in the folded text ("01.10.2023",
// "1 октября 2023 г.", "декабрь 2023 г.", "I квартал", "2023/24 учебный год",
// "постоянно", "2 раза в год" …) and returns atoms with their offsets. The
// refiners (refine.ts) then join neighbours and attach the words before them.
import type { Recurrence } from '../../shared/schema/output.js';
import {
  endingIn,
  fullYear,
  isPlausibleYear,
  schoolYearOf,
  schoolYearPoints,
  type Reference,
  type Point,
} from './calendar.js';
import { isSchoolPart, lookup, type CompiledGrammar, type MarkerRole, type PartUnit, type RelativeInfo } from './grammar.js';
import { matchAt, type AtomPatternName } from './scan.js';

export type Grain = 'day' | 'month' | PartUnit | 'year' | 'school-year';
export type Shape = 'single' | 'range' | 'list';

export interface Marker {
  start: number;
  role: MarkerRole;
  marked: boolean;
}

interface Span {
  start: number;
  end: number;
}

export interface TimeAtom extends Span {
  type: 'time';
  grain: Grain;
  shape: Shape;
  /** in written order; a single day or month is one point, a quarter its first and last month */
  points: Point[];
  /** written as an impossible date ("01.13.2024", "2023/25 учебный год") */
  invalid: boolean;
  /** written as a date or with "г."/"год"/"учебный год"; a bare "2022" is a number, not a time */
  dated: boolean;
  relative: RelativeInfo | null;
  marker: Marker | null;
}

export interface DayOfMonthAtom extends Span {
  type: 'day-of-month';
  day: number;
  marker: Marker | null;
}

export interface OngoingAtom extends Span {
  type: 'ongoing';
  marked: boolean;
}

export interface RecurringAtom extends Span {
  type: 'recurring';
  frequency: string;
  recurrence: Recurrence | null;
}

/** "по мере необходимости": a deadline that depends on events */
export interface ConditionalAtom extends Span {
  type: 'conditional';
}

export type Atom = TimeAtom | DayOfMonthAtom | OngoingAtom | RecurringAtom | ConditionalAtom;

/** A parser turns a match of its pattern into an atom, or rejects it (null). */
type Parser = (m: RegExpExecArray, g: CompiledGrammar, ref: Reference) => Atom | null;

function time(m: RegExpExecArray, grain: Grain, points: Point[], extra: Partial<TimeAtom> = {}): TimeAtom {
  return {
    type: 'time',
    start: m.index,
    end: m.index + m[0].length,
    grain,
    shape: 'single',
    points,
    invalid: false,
    dated: true,
    relative: null,
    marker: null,
    ...extra,
  };
}

/** A year written after a day, month or part ("декабрь 2023 г."), or null; a two-digit one is not read there. */
const tailYear = (digits: string | undefined): number | null => (digits ? Number(digits) : null);

const monthOf = (g: CompiledGrammar, written: string): number => lookup(g.monthOf, written.replace(/\.$/, '')) ?? 0;

/** A written day; an impossible month, a day 0 or a year out of range stays a date, an invalid one. */
const day = (m: RegExpExecArray, year: number | null, month: number, d: number): TimeAtom =>
  time(m, 'day', [{ year, month, day: d }], {
    invalid: month < 1 || month > 12 || d < 1 || (year !== null && !isPlausibleYear(year)),
  });

const numericDate: Parser = (m) => day(m, fullYear(m[4]!), Number(m[3]), Number(m[1]));

/** "25.12" — only a possible day and month; anything else is a number, not an invalid date */
const shortDate: Parser = (m) => {
  const [d, month] = [Number(m[1]), Number(m[2])];
  return d >= 1 && d <= 31 && month >= 1 && month <= 12 ? day(m, null, month, d) : null;
};

const isoDate: Parser = (m) => day(m, Number(m[1]), Number(m[2]), Number(m[3]));

const wordDate: Parser = (m, g) => day(m, tailYear(m[3]), monthOf(g, m[2]!), Number(m[1]));

/** "с 17 по 28 августа 2023 года", "1–15 сентября", "5 и 20 октября" */
const dayRange: Parser = (m, g) => {
  const [d1, d2, month, year] = [Number(m[1]), Number(m[3]), monthOf(g, m[4]!), tailYear(m[5])];
  const list = g.listConnectors.has(m[2]!);
  return time(m, 'day', [{ year, month, day: d1 }, { year, month, day: d2 }], {
    shape: list ? 'list' : 'range',
    invalid: d1 < 1 || d2 < 1 || (!list && d2 < d1),
  });
};

const month: Parser = (m, g) => time(m, 'month', [{ year: tailYear(m[2]), month: monthOf(g, m[1]!), day: null }]);

/**
 * "I квартал 2024 г.", "в 1 полугодии", "первое полугодие", "III–IV квартал", "I и III кварталы",
 * "в IV четверти 2026 г.", "2-й триместр". A school term with a year is the one that ends in that
 * year (endingIn): "II триместр 2026 г." runs from December 2025.
 */
const part: Parser = (m, g) => {
  const ordinal = (i: number) => (m[i + 1] ? Number(m[i + 1]) : (lookup(g.ordinalOf, m[i] ?? m[i + 2]!) ?? 0));
  const first = ordinal(1);
  const last = m[5] || m[6] || m[7] ? ordinal(5) : first;
  const listed = m[4] !== undefined && m[4] !== '-';
  const unit = lookup(g.partOf, m[8]!)!;
  const months = g.partMonths[unit];
  if (first < 1 || first > months.length || last < 1 || last > months.length) return null; // "5 квартал" is no quarter
  const year = tailYear(m[9]);
  const from = (n: number): Point => ({ year, month: months[n - 1]!.from, day: null });
  const to = (n: number): Point => ({ year, month: months[n - 1]!.to, day: null });
  const points = listed ? [from(first), to(first), from(last), to(last)] : [from(first), to(last)];
  const dated = isSchoolPart(unit) ? endingIn(points, year) : points;
  return time(m, unit, dated, listed ? { shape: 'list', invalid: last <= first } : { invalid: last < first });
};

/** "2023-2024 учебный год", "2023/24 учебном году", "2023–2025 гг." */
const yearRange: Parser = (m) => {
  const first = Number(m[1]);
  const second = m[3]!.length === 2 ? Math.floor(first / 100) * 100 + Number(m[3]) : Number(m[3]);
  const school = m[4] !== undefined || (m[2] === '/' && m[5] === undefined);
  if (school) return time(m, 'school-year', schoolYearPoints(first), { invalid: second !== first + 1 });
  return time(m, 'year', [{ year: first, month: 1, day: null }, { year: second, month: 12, day: null }], {
    shape: 'range',
    invalid: second <= first,
    dated: m[5] !== undefined,
  });
};

const year: Parser = (m) => {
  const y = Number(m[1]);
  return time(m, 'year', [{ year: y, month: 1, day: null }, { year: y, month: 12, day: null }], { dated: m[2] !== undefined });
};

/** "в течение года", "текущего учебного года": the year comes from the document's date or school year */
const relative: Parser = (m, g, ref) => {
  const info = lookup(g.relativeOf, m[1]!)!;
  if (info.span === 'school-year') return time(m, 'school-year', schoolYearPoints(schoolYearOf(ref, info.offset)), { relative: info });
  const y = ref.date ? ref.date.year + (info.offset === 'current' ? 0 : 1) : null;
  return time(m, 'year', [{ year: y, month: 1, day: null }, { year: y, month: 12, day: null }], { relative: info });
};

const span = (m: RegExpExecArray) => ({ start: m.index, end: m.index + m[0].length });

const conditional: Parser = (m) => ({ type: 'conditional', ...span(m) });

const dayOfMonth: Parser = (m) => ({ type: 'day-of-month', ...span(m), day: Number(m[1]), marker: null });

const ongoing: Parser = (m, g) => ({ type: 'ongoing', ...span(m), marked: lookup(g.ongoingOf, m[1]!) ?? false });

const recurring: Parser = (m, g) => ({ type: 'recurring', ...span(m), frequency: lookup(g.recurringOf, m[1]!)!, recurrence: null });

/** "2 раза в год" → "2/year", "дважды в год" → "2/year", "раз в квартал" → "quarter", "раз в полугодие" → "2/year", "раз в три года" → "1/3years" */
const timesPer: Parser = (m, g) => {
  const countOf = (digits: string | undefined, word: string | undefined) => (digits ? Number(digits) : word ? (lookup(g.countOf, word) ?? 1) : 1);
  const count = m[3] ? countOf(undefined, m[3]) : countOf(m[1], m[2]);
  if (!m[4]) return { type: 'recurring', ...span(m), frequency: `${count}/${countOf(m[5], m[6])}years`, recurrence: null };
  const unit = lookup(g.unitOf, m[4])!;
  const frequency = unit === 'half-year' ? `${2 * count}/year` : count === 1 ? unit : `${count}/${unit}`;
  return { type: 'recurring', ...span(m), frequency, recurrence: null };
};

const PARSERS: Record<AtomPatternName, Parser> = {
  numericDate,
  shortDate,
  isoDate,
  wordDate,
  dayRange,
  month,
  part,
  yearRange,
  year,
  relative,
  dayOfMonth,
  ongoing,
  recurring,
  conditional,
  timesPer,
};

/**
 * Every atom of the folded text; where two overlap, the one that starts first, then the longer, wins.
 * The text is read once for the starts of words and numbers, and only the patterns that can
 * open with that word (or with a number, or a quote) are tried there.
 */
export function findAtoms(folded: string, g: CompiledGrammar, ref: Reference): Atom[] {
  const all: Atom[] = [];
  for (const { at, names } of g.candidates(folded)) {
    for (const name of names) {
      const m = matchAt(g.atom[name], folded, at);
      const atom = m && PARSERS[name](m, g, ref);
      if (atom) all.push(atom);
    }
  }
  all.sort((a, b) => a.start - b.start || b.end - a.end);
  const kept: Atom[] = [];
  let reached = 0;
  for (const atom of all) {
    if (atom.start < reached) continue;
    kept.push(atom);
    reached = atom.end;
  }
  return kept;
}
