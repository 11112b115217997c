// The small parsers of the deadline grammar, in the manner of chrono-node: each
// finds one shape of time expression in the folded text ("01.10.2023",
// "1 октября 2023 г.", "декабрь 2023 г.", "I квартал", "2023/24 учебный год",
// "постоянно", "2 раза в год" …) and returns atoms with their offsets. The
// refiners (refine.ts) then join neighbours and attach the words before them.
import type { Recurrence } from '../../schema/output.js';
import {
  fullYear,
  isPlausibleYear,
  schoolYearOf,
  schoolYearPoints,
  type DocumentMonth,
  type Point,
} from './calendar.js';
import { lookup, type CompiledGrammar, type MarkerRole, type RelativeInfo } from './grammar.js';

export type Grain = 'day' | 'month' | 'quarter' | 'half' | 'year' | 'school-year';
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

export type Atom = TimeAtom | DayOfMonthAtom | OngoingAtom | RecurringAtom;

type Parser = (folded: string, g: CompiledGrammar, doc: DocumentMonth | null) => Atom[];

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

const numericDate: Parser = (folded, g) =>
  [...folded.matchAll(g.re.numericDate)].map((m) => day(m, fullYear(m[4]!), Number(m[3]), Number(m[1])));

/** "25.12" — only a possible day and month; anything else is a number, not an invalid date */
const shortDate: Parser = (folded, g) =>
  [...folded.matchAll(g.re.shortDate)].flatMap((m) => {
    const [d, month] = [Number(m[1]), Number(m[2])];
    return d >= 1 && d <= 31 && month >= 1 && month <= 12 ? [day(m, null, month, d)] : [];
  });

const isoDate: Parser = (folded, g) =>
  [...folded.matchAll(g.re.isoDate)].map((m) => day(m, Number(m[1]), Number(m[2]), Number(m[3])));

const wordDate: Parser = (folded, g) =>
  [...folded.matchAll(g.re.wordDate)].map((m) => day(m, tailYear(m[3]), monthOf(g, m[2]!), Number(m[1])));

/** "с 17 по 28 августа 2023 года", "1–15 сентября", "5 и 20 октября" */
const dayRange: Parser = (folded, g) =>
  [...folded.matchAll(g.re.dayRange)].map((m) => {
    const [d1, d2, month, year] = [Number(m[1]), Number(m[3]), monthOf(g, m[4]!), tailYear(m[5])];
    const list = g.listConnectors.has(m[2]!);
    return time(m, 'day', [{ year, month, day: d1 }, { year, month, day: d2 }], {
      shape: list ? 'list' : 'range',
      invalid: d1 < 1 || d2 < 1 || (!list && d2 < d1),
    });
  });

const month: Parser = (folded, g) =>
  [...folded.matchAll(g.re.month)].map((m) => time(m, 'month', [{ year: tailYear(m[2]), month: monthOf(g, m[1]!), day: null }]));

/** "I квартал 2024 г.", "в 1 полугодии", "первое полугодие" */
const part: Parser = (folded, g) => {
  const out: Atom[] = [];
  for (const m of folded.matchAll(g.re.part)) {
    const n = m[2] ? Number(m[2]) : (lookup(g.ordinalOf, m[1] ?? m[3]!) ?? 0);
    const unit = lookup(g.partOf, m[4]!)!;
    const size = unit === 'quarter' ? 3 : 6;
    if (n < 1 || n > 12 / size) continue; // "5 квартал" is no quarter
    const year = tailYear(m[5]);
    out.push(
      time(m, unit, [
        { year, month: (n - 1) * size + 1, day: null },
        { year, month: n * size, day: null },
      ]),
    );
  }
  return out;
};

/** "2023-2024 учебный год", "2023/24 учебном году", "2023–2025 гг." */
const yearRange: Parser = (folded, g) =>
  [...folded.matchAll(g.re.yearRange)].map((m) => {
    const first = Number(m[1]);
    const second = m[3]!.length === 2 ? Math.floor(first / 100) * 100 + Number(m[3]) : Number(m[3]);
    const school = m[4] !== undefined || (m[2] === '/' && m[5] === undefined);
    if (school) return time(m, 'school-year', schoolYearPoints(first), { invalid: second !== first + 1 });
    return time(m, 'year', [{ year: first, month: 1, day: null }, { year: second, month: 12, day: null }], {
      shape: 'range',
      invalid: second <= first,
      dated: m[5] !== undefined,
    });
  });

const year: Parser = (folded, g) =>
  [...folded.matchAll(g.re.year)].map((m) => {
    const y = Number(m[1]);
    return time(m, 'year', [{ year: y, month: 1, day: null }, { year: y, month: 12, day: null }], { dated: m[2] !== undefined });
  });

/** "в течение года", "текущего учебного года": the year comes from the document's date */
const relative: Parser = (folded, g, doc) =>
  [...folded.matchAll(g.re.relative)].map((m) => {
    const info = lookup(g.relativeOf, m[1]!)!;
    if (info.span === 'school-year') return time(m, 'school-year', schoolYearPoints(schoolYearOf(doc, info.offset)), { relative: info });
    const y = doc ? doc.year + (info.offset === 'current' ? 0 : 1) : null;
    return time(m, 'year', [{ year: y, month: 1, day: null }, { year: y, month: 12, day: null }], { relative: info });
  });

const dayOfMonth: Parser = (folded, g) =>
  [...folded.matchAll(g.re.dayOfMonth)].map((m) => ({
    type: 'day-of-month',
    start: m.index,
    end: m.index + m[0].length,
    day: Number(m[1]),
    marker: null,
  }));

const ongoing: Parser = (folded, g) =>
  [...folded.matchAll(g.re.ongoing)].map((m) => ({
    type: 'ongoing',
    start: m.index,
    end: m.index + m[0].length,
    marked: lookup(g.ongoingOf, m[1]!) ?? false,
  }));

const recurring: Parser = (folded, g) =>
  [...folded.matchAll(g.re.recurring)].map((m) => ({
    type: 'recurring',
    start: m.index,
    end: m.index + m[0].length,
    frequency: lookup(g.recurringOf, m[1]!)!,
    recurrence: null,
  }));

/** "2 раза в год" → "2/year", "раз в квартал" → "quarter", "раз в полугодие" → "2/year" */
const timesPer: Parser = (folded, g) =>
  [...folded.matchAll(g.re.timesPer)].map((m) => {
    const count = m[1] ? Number(m[1]) : m[2] ? (lookup(g.countOf, m[2]) ?? 1) : 1;
    const unit = lookup(g.unitOf, m[3]!)!;
    const frequency = unit === 'half-year' ? `${2 * count}/year` : count === 1 ? unit : `${count}/${unit}`;
    return { type: 'recurring', start: m.index, end: m.index + m[0].length, frequency, recurrence: null };
  });

const PARSERS: Parser[] = [
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
  timesPer,
];

/** Every atom of the folded text; where two overlap, the one that starts first, then the longer, wins. */
export function findAtoms(folded: string, g: CompiledGrammar, doc: DocumentMonth | null): Atom[] {
  const all = PARSERS.flatMap((parse) => parse(folded, g, doc));
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
