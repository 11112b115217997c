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
 * Where a year left out is read from: the document's date, and the school year
 * a plan's title names ("План работы на 2025–2026 учебный год": 2025), or null.
 */
export interface Reference {
  date: DocumentMonth | null;
  schoolYear: number | null;
}

export function referenceOf(documentDate: string | null, schoolYear: number | null = null): Reference {
  return { date: documentMonth(documentDate), schoolYear: schoolYear !== null && isPlausibleYear(schoolYear) ? schoolYear : null };
}

/**
 * The year of a month written without one. In a plan for a school year
 * (schoolYearMonth) September–December are its first calendar year and
 * January–August its second: in a 2025–2026 plan "до 20 апреля" is 20 April
 * 2026 and "сентябрь" September 2025, whenever the plan was signed. Otherwise
 * deadlines look forward: the month's next occurrence counting the document's
 * own month, so in a document of 7 November 2023 "май" is May 2024 and
 * "декабрь" December 2023; in one of 11 January 2023 "до 1 сентября" is
 * 1 September 2023.
 */
export function yearOfMonth(month: number, ref: Reference): number | null {
  if (ref.schoolYear !== null) return yearInSchoolYear(month, ref.schoolYear);
  const doc = ref.date;
  if (!doc) return null;
  return month < doc.month ? doc.year + 1 : doc.year;
}

/**
 * The first calendar year of the school year a document speaks of ("в течение
 * учебного года"): the one a plan's title names, else the one its date falls in
 * (from August on, the one that starts that September).
 */
export function schoolYearOf(ref: Reference, offset: 'current' | 'next' | 'new'): number | null {
  const doc = ref.date;
  if (offset === 'new' && doc) return comingSchoolYear(doc);
  const current = ref.schoolYear ?? (doc ? (doc.month >= PLANNING_MONTH ? doc.year : doc.year - 1) : null);
  if (current === null) return null;
  return offset === 'next' ? current + 1 : current;
}

/** "новый учебный год", "к началу учебного года": the next one to begin; in August and before, the coming September's. */
export const comingSchoolYear = (doc: DocumentMonth): number => (doc.month >= SCHOOL_YEAR_START ? doc.year + 1 : doc.year);

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
 * other way); when none has a year, the last takes its year from the document's date
 * or school year (yearOfMonth).
 */
export function fillYears(points: Point[], ref: Reference): void {
  const last = points[points.length - 1];
  if (!last) return;
  if (points.every((p) => p.year === null)) last.year = yearOfMonth(last.month, ref);
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

/**
 * Points written in school-year order (a term, "II–III четверть", "I и III четверти") given
 * the year the last of them falls in: each earlier point is in that year, or in the one
 * before once the school year crosses a new year going back ("II триместр 2026 г.":
 * December 2025 – February 2026). Without a year they stay without one.
 */
export function endingIn(points: Point[], year: number | null): Point[] {
  if (year === null) return points;
  const out = points.map((p) => ({ ...p }));
  let y = year;
  for (let i = out.length - 1; i >= 0; i--) {
    if (i < out.length - 1 && out[i]!.month > out[i + 1]!.month) y--;
    out[i]!.year = y;
  }
  return out;
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
