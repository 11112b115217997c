// A refined atom → the fields of a Deadline (docs/OUTPUT.md, "Deadline kinds"):
// by: start null, end the day; period: first..last day; date: start = end;
// ongoing, recurring, unparsed: null/null.
import type { Deadline } from '../../shared/schema/output.js';
import { comingSchoolYear, fillYears, firstDay, isValidPoint, lastDay, schoolYearPoints, type Point, type Reference } from './calendar.js';
import type { Atom, Marker, TimeAtom } from './atoms.js';

export type DeadlineFields = Omit<Deadline, 'line' | 'text'>;

const fields = (kind: Deadline['kind'], start: string | null, end: string | null): DeadlineFields => ({
  kind,
  start,
  end,
  frequency: null,
  problem: null,
  recurrence: null,
});

export const unparsed = (problem: NonNullable<Deadline['problem']>): DeadlineFields => ({ ...fields('unparsed', null, null), problem });

/** The phrase starts at the atom's marker ("до", "в течение", "с"), if it has one. */
export const phraseStart = (atom: Atom): number => ('marker' in atom && atom.marker ? atom.marker.start : atom.start);

/**
 * The deadline an atom states, or null when it states none: a date after "от"/"за"/"после"
 * ("приказ от 16 августа 2023 года"), "с 1 сентября" with no end, "года" without "в течение",
 * a day of the month with no month.
 */
export function deadlineOf(atom: Atom, ref: Reference): DeadlineFields | null {
  switch (atom.type) {
    case 'ongoing':
      return fields('ongoing', null, null);
    case 'recurring':
      return { ...fields('recurring', null, null), frequency: atom.frequency, recurrence: atom.recurrence };
    case 'day-of-month':
      return null;
    case 'conditional':
      return unparsed('conditional');
    case 'time':
      return timeDeadline(atom, ref);
  }
}

/** "года", "учебного года" stand for a period only after "в течение", "до конца", "к началу" … */
const qualifiesRelative = (m: Marker | null): boolean =>
  m !== null && ((m.role === 'within' && m.marked) || m.role === 'by-end' || m.role === 'by-start');

function timeDeadline(atom: TimeAtom, ref: Reference): DeadlineFields | null {
  const role = atom.marker?.role;
  if (role === 'reference' || (role === 'from' && atom.shape !== 'range')) return null;
  if (atom.relative?.needsMarker && !qualifiesRelative(atom.marker)) return null;
  if (atom.invalid) return unparsed('invalid-date');

  const points = spanOf(atom, ref).map((p) => ({ ...p }));
  fillYears(points, ref);
  if (points.some((p) => p.year === null)) return unparsed('year-unknown');
  if (!points.every(isValidPoint)) return unparsed('invalid-date');
  const starts = points.map(firstDay);
  const ends = points.map(lastDay);
  if (atom.shape === 'range' && starts.some((s, i) => i > 0 && s < starts[i - 1]!)) return unparsed('invalid-date');
  const start = starts.reduce((a, b) => (b < a ? b : a));
  const end = ends.reduce((a, b) => (b > a ? b : a));

  // "до начала …", and "к 2024–2025 учебному году": a school year is prepared for, so by its first day
  if (role === 'by-start' || (role === 'by' && atom.grain === 'school-year' && atom.shape === 'single')) return fields('by', null, start);
  // "до 1 сентября" → that day; "до декабря 2023", "до 2025 года", "до конца 2023 года" → the last day
  if (role === 'by' || role === 'by-end') return fields('by', null, end);
  if (atom.shape === 'single' && atom.grain === 'day') return fields('date', start, start);
  return fields('period', start, end);
}

/** The points of a phrase, where its marker makes a relative phrase mean another span than the one read. */
function spanOf(atom: TimeAtom, ref: Reference): Point[] {
  const rel = atom.relative;
  const role = atom.marker?.role;
  if (!rel?.needsMarker) return atom.points;
  if (rel.span === 'year' && role === 'within' && ref.schoolYear !== null) return schoolYearOfPlan(ref.schoolYear);
  if (rel.span === 'school-year' && rel.offset === 'current' && role === 'by-start' && ref.date) return comingSchoolYearStart(ref);
  return atom.points;
}

/** "в течение года" in a plan for a school year: that school year. */
const schoolYearOfPlan = (startYear: number): Point[] => schoolYearPoints(startYear);

/** "к началу учебного года": the next school year to begin after the document's date, never one under way. */
const comingSchoolYearStart = (ref: Reference): Point[] => schoolYearPoints(comingSchoolYear(ref.date!));
