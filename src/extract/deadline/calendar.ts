// Calendar arithmetic for deadlines: points that may lack a year, the year a
// document's date supplies, the school year, ISO output.

/** A day (`day` set) or a whole month (`day` null); `year` null until known. */
export interface Point {
  year: number | null;
  month: number;
  day: number | null;
}

export interface DocumentMonth {
  year: number;
  month: number;
}

/** The school year runs from September; a document from August on plans the one that starts that September. */
const SCHOOL_YEAR_START = 9;
const PLANNING_MONTH = 8;

export function isLeap(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

export function daysInMonth(year: number, month: number): number {
  return month === 2 ? (isLeap(year) ? 29 : 28) : [4, 6, 9, 11].includes(month) ? 30 : 31;
}

/** Years a deadline may name; anything else is a typo ("20233") or not a year. */
export const isPlausibleYear = (y: number): boolean => y >= 1900 && y <= 2099;

/** A two-digit year is 20YY ("1.10.23" → 2023). */
export const fullYear = (digits: string): number => (digits.length === 2 ? 2000 + Number(digits) : Number(digits));

export function documentMonth(documentDate: string | null): DocumentMonth | null {
  const m = documentDate ? /^(\d{4})-(\d{2})-\d{2}$/.exec(documentDate) : null;
  const [year, month] = m ? [Number(m[1]), Number(m[2])] : [0, 0];
  return isPlausibleYear(year) && month >= 1 && month <= 12 ? { year, month } : null;
}

/**
 * The year of a month written without one. Deadlines look forward: the month's
 * next occurrence counting the document's own month, so in a document of
 * 7 November 2023 "май" is May 2024 and "декабрь" December 2023; in one of
 * 11 January 2023 "до 1 сентября" is 1 September 2023.
 */
export function yearOfMonth(month: number, doc: DocumentMonth | null): number | null {
  if (!doc) return null;
  return month < doc.month ? doc.year + 1 : doc.year;
}

/** The first calendar year of the school year a document speaks of ("в течение учебного года"). */
export function schoolYearOf(doc: DocumentMonth | null, offset: 'current' | 'next' | 'new'): number | null {
  if (!doc) return null;
  const current = doc.month >= PLANNING_MONTH ? doc.year : doc.year - 1;
  if (offset === 'current') return current;
  if (offset === 'next') return current + 1;
  // "новый учебный год": the next one to begin; in August and before, the coming September's
  return doc.month >= SCHOOL_YEAR_START ? doc.year + 1 : doc.year;
}

/** The calendar year of a month within the school year starting in `startYear`. */
export const yearInSchoolYear = (month: number, startYear: number): number =>
  month >= SCHOOL_YEAR_START ? startYear : startYear + 1;

export function schoolYearPoints(startYear: number | null): [Point, Point] {
  return [
    { year: startYear, month: SCHOOL_YEAR_START, day: null },
    { year: startYear === null ? null : startYear + 1, month: SCHOOL_YEAR_START - 1, day: null },
  ];
}

/**
 * Fill in missing years along points written in order ("сентябрь – октябрь 2023 г.",
 * "декабрь – январь 2025 г.", "октябрь и апрель"): a point without a year takes its
 * neighbour's, one less when it comes after it in the calendar (and one more the
 * other way); when none has a year, the last takes its year from the document.
 */
export function fillYears(points: Point[], doc: DocumentMonth | null): void {
  const last = points[points.length - 1];
  if (!last) return;
  if (points.every((p) => p.year === null)) last.year = yearOfMonth(last.month, doc);
  for (let i = points.length - 2; i >= 0; i--) {
    const p = points[i]!;
    const next = points[i + 1]!;
    if (p.year === null && next.year !== null) p.year = next.year - (p.month > next.month ? 1 : 0);
  }
  for (let i = 1; i < points.length; i++) {
    const p = points[i]!;
    const prev = points[i - 1]!;
    if (p.year === null && prev.year !== null) p.year = prev.year + (p.month < prev.month ? 1 : 0);
  }
}

export function isValidPoint(p: Point): boolean {
  if (p.year === null || !isPlausibleYear(p.year) || p.month < 1 || p.month > 12) return false;
  return p.day === null || (p.day >= 1 && p.day <= daysInMonth(p.year, p.month));
}

const pad = (n: number): string => String(n).padStart(2, '0');
const iso = (y: number, m: number, d: number): string => `${y}-${pad(m)}-${pad(d)}`;

/** The first day a (valid, dated) point covers. */
export const firstDay = (p: Point): string => iso(p.year!, p.month, p.day ?? 1);
/** The last day a (valid, dated) point covers. */
export const lastDay = (p: Point): string => iso(p.year!, p.month, p.day ?? daysInMonth(p.year!, p.month));

/** A point without its year as an XML Schema partial date: "--09-01" or "--10". */
export const partialDate = (p: Point): string => (p.day === null ? `--${pad(p.month)}` : `--${pad(p.month)}-${pad(p.day)}`);
export const partialDay = (day: number): string => `---${pad(day)}`;
