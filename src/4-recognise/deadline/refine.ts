// Refiners: they take the atoms the parsers found and make phrases of them —
// the marker before a time ("до", "в течение", "с"), ranges ("сентябрь – октябрь",
// "с сентября по декабрь"), lists ("октябрь и апрель"), a year written once for
// a day or part before it ("1 сентября текущего года", "I полугодие 2024-2025
// учебного года"), and a recurrence with its days ("ежегодно до 1 сентября").
import type { Recurrence } from '../../shared/schema/output.js';
import { daysInMonth, endingIn, partialDate, partialDay, yearInSchoolYear, type Point } from './calendar.js';
import type { Atom, DayOfMonthAtom, Marker, RecurringAtom, TimeAtom } from './atoms.js';
import { isSchoolPart, type CompiledGrammar } from './grammar.js';
import { wordsBefore } from './words-before.js';

/** Punctuation that may stand between a recurrence and its days: "2 раза в год – октябрь и апрель", "ежегодно (в марте)". */
const RECURRENCE_GAP = /^[\s,:;(-]{0,6}$/;
const SPACE_GAP = /^\s{1,3}$/;
/** The most days a list may name ("5, 12, 19 и 26 октября"); also keeps joining linear on hostile input. */
const MAX_LIST = 31;

export function refine(atoms: Atom[], folded: string, g: CompiledGrammar): Atom[] {
  for (const atom of atoms) if (atom.type === 'time' || atom.type === 'day-of-month') atom.marker = markerBefore(folded, atom.start, g);
  let out = joinPairs(atoms, folded, g, joinRange);
  out = joinPairs(out, folded, g, joinList);
  out = joinPairs(out, folded, g, joinYearAfter);
  out = joinRecurrences(out, folded);
  return out;
}

/** The longest marker that ends right before `at` ("в срок до" rather than "до"). */
function markerBefore(folded: string, at: number, g: CompiledGrammar): Marker | null {
  const words = wordsBefore(folded, at, g.markerWords);
  for (let k = 0; k < words.length; k++) {
    const info = g.markerOf.get((words.slice(k)).map((w) => w.word).join(' '));
    if (info) return { start: words[k]!.start, role: info.role, marked: info.marked };
  }
  return null;
}

type Join = (a: Atom, b: Atom, folded: string, g: CompiledGrammar) => Atom | null;

/** Join neighbours left to right while `join` says they make one phrase. */
function joinPairs(atoms: Atom[], folded: string, g: CompiledGrammar, join: Join): Atom[] {
  const out: Atom[] = [];
  for (const atom of atoms) {
    const prev = out[out.length - 1];
    const joined = prev ? join(prev, atom, folded, g) : null;
    if (joined) out[out.length - 1] = joined;
    else out.push(atom);
  }
  return out;
}

/** The text between two atoms (the second one's marker included). */
const between = (a: Atom, b: Atom, folded: string): string => folded.slice(a.end, b.start);

/** "сентябрь – октябрь 2023 г.", "с сентября по декабрь", "с 01.09.2024 до 31.05.2025" */
const joinRange: Join = (a, b, folded, g) => {
  if (a.type !== 'time' || b.type !== 'time' || a.shape !== 'single' || b.shape !== 'single') return null;
  const gap = between(a, b, folded);
  if (!g.re.rangeGap.test(gap)) return null;
  if (gap.trim() !== '-' && a.marker?.role !== 'from') return null;
  return { ...a, end: b.end, shape: 'range', points: [...a.points, ...b.points], invalid: a.invalid || b.invalid, relative: null };
};

/** grains a list may join: days, months, and parts of years ("III квартал 2024 г., I квартал 2025 г.", "I и II четверть") */
const LIST_GRAINS = new Set(['day', 'month', 'quarter', 'half', 'term', 'trimester']);

/** "октябрь и апрель", "в сентябре и в декабре 2024 г.", "5, 20 октября", "IV квартал 2024 г. и I квартал 2025 г." */
const joinList: Join = (a, b, folded, g) => {
  if (a.type !== 'time' || b.type !== 'time' || a.grain !== b.grain || !LIST_GRAINS.has(a.grain)) return null;
  if (a.shape === 'range' || b.shape === 'range' || a.points.length + b.points.length > MAX_LIST) return null;
  if (!g.re.listGap.test(between(a, b, folded))) return null;
  return { ...a, end: b.end, shape: 'list', points: [...a.points, ...b.points], invalid: a.invalid || b.invalid };
};

/**
 * A year written once after a day, month or half-year that has none:
 * "1 сентября текущего года", "декабрь текущего года", "I полугодие 2024–2025 учебного года",
 * "сентябрь 2024/25 учебного года", "IV четверть 2025–2026 учебного года", "в IV четверти текущего года".
 */
const joinYearAfter: Join = (a, b, folded, g) => {
  if (a.type !== 'time' || b.type !== 'time' || b.marker || !SPACE_GAP.test(between(a, b, folded))) return null;
  if (a.points.some((p) => p.year !== null) || b.invalid || b.relative?.needsMarker) return null;
  const startYear = b.points[0]!.year;
  let points: Point[];
  if (b.grain === 'school-year') {
    const [from, to] = a.points;
    if (a.grain === 'half' && a.points.length === 2 && to!.month - from!.month === 5) {
      const half = g.schoolHalves[from!.month === 1 ? 0 : 1];
      const y = startYear === null ? null : yearInSchoolYear(half.from, startYear);
      points = [
        { year: y, month: half.from, day: null },
        { year: y, month: half.to, day: null },
      ];
    } else if (a.grain === 'day' || a.grain === 'month' || isSchoolPart(a.grain)) {
      points = a.points.map((p) => ({ ...p, year: startYear === null ? null : yearInSchoolYear(p.month, startYear) }));
    } else return null;
  } else if (b.grain === 'year' && b.shape === 'single' && b.dated && a.grain !== 'year' && a.grain !== 'school-year') {
    points = isSchoolPart(a.grain) ? endingIn(a.points, startYear) : a.points.map((p) => ({ ...p, year: startYear }));
  } else return null;
  return { ...a, end: b.end, points, relative: b.relative };
};

/**
 * A recurrence takes the days, months or day of the month written next to it
 * ("ежегодно до 1 сентября", "2 раза в год – октябрь и апрель", "до 5 числа каждого
 * месяца") and other recurrence words ("еженедельно по четвергам").
 */
function joinRecurrences(atoms: Atom[], folded: string): Atom[] {
  const out: Atom[] = [];
  // a recurrence takes one time: in "ежегодно до 1 сентября, до 1 декабря 2024 г." the second is a deadline of its own
  const timed = new WeakSet<Atom>();
  for (const atom of atoms) {
    const prev = out[out.length - 1];
    if (prev) {
      const gapEnd = 'marker' in atom && atom.marker ? atom.marker.start : atom.start;
      const gapOk = RECURRENCE_GAP.test(folded.slice(prev.end, gapEnd));
      if (gapOk && prev.type === 'recurring' && atom.type === 'recurring') {
        const joined: RecurringAtom = { ...prev, end: atom.end };
        if (timed.has(prev)) timed.add(joined);
        out[out.length - 1] = joined;
        continue;
      }
      if (gapOk && prev.type === 'recurring' && !timed.has(prev) && (atom.type === 'time' || atom.type === 'day-of-month')) {
        const joined: RecurringAtom = { ...prev, end: atom.end, recurrence: recurrenceOf(atom) };
        timed.add(joined);
        out[out.length - 1] = joined;
        continue;
      }
      if (gapOk && atom.type === 'recurring' && (prev.type === 'time' || prev.type === 'day-of-month') && !rhythmWithin(prev, atom)) {
        const joined: RecurringAtom = { ...atom, start: prev.marker ? prev.marker.start : prev.start, recurrence: recurrenceOf(prev) };
        timed.add(joined);
        out[out.length - 1] = joined;
        continue;
      }
    }
    out.push(atom);
  }
  return out;
}

/** rhythms shorter than any span of months or days */
const SHORT_RHYTHMS = new Set(['week', 'day']);

/**
 * rhythmWithin: a weekly or daily rhythm written after a span of months or days
 * ("ноябрь – апрель (по субботам)", "1–20 марта, ежедневно", "октябрь (по пятницам)") happens within that
 * span: the span is the deadline, not a recurrence ("с сентября по май ежегодно"
 * repeats the span itself and stays a recurrence).
 */
function rhythmWithin(time: Atom, rhythm: RecurringAtom): boolean {
  const span = time.type === 'time' && (time.shape === 'range' || (time.shape === 'single' && time.grain !== 'day'));
  return span && SHORT_RHYTHMS.has(rhythm.frequency);
}

function recurrenceOf(atom: TimeAtom | DayOfMonthAtom): Recurrence | null {
  const role = atom.marker?.role;
  const by = role === 'by' || role === 'by-end' || role === 'by-start';
  if (atom.type === 'day-of-month') return { kind: by ? 'by' : 'date', at: [partialDay(atom.day)] };
  if (atom.invalid || (atom.grain !== 'day' && atom.grain !== 'month')) return null;
  if (role === 'by-end' && atom.grain === 'month' && atom.shape === 'single') {
    // "ежегодно до конца февраля": a year-less February ends on the 28th
    const m = atom.points[0]!.month;
    return { kind: 'by', at: [partialDate({ year: null, month: m, day: daysInMonth(2001, m) })] };
  }
  const single = atom.shape === 'single' && atom.grain === 'day';
  // a range is one occasion, written as an ISO 8601 interval: "с сентября по май" → "--09/--05"
  const at =
    atom.shape === 'range' ? [`${partialDate(atom.points[0]!)}/${partialDate(atom.points[atom.points.length - 1]!)}`] : atom.points.map(partialDate);
  return { kind: by ? 'by' : single ? 'date' : 'period', at };
}
