// The date of the document (of the meeting, of adoption), as the preamble
// writes it: "11 января 2023 года", "28.08.2024 г.", "От 07.11.23",
// "«31» августа 2022 года", "Февраль, 2022" (→ the first of the month),
// "с 17 по 28 августа 2023 года" (→ the first day, and the period).
// Matched on fold(text); every pattern is anchored to digits or month names
// with bounded gaps, so it is linear on any line.
import { fold } from '../text/normalize.js';

export interface DocumentDate {
  date: string;
  period: { start: string; end: string } | null;
  /** offsets of the phrase in the text */
  start: number;
  end: number;
}

const MONTHS = ['январ', 'феврал', 'март', 'апрел', 'ма[йяе]', 'июн', 'июл', 'август', 'сентябр', 'октябр', 'ноябр', 'декабр'];
const MONTH = `(${MONTHS.map((m) => `${m}[а-я]{0,3}`).join('|')})`;
const YEAR = '(\\d{4})\\s*(?:г\\.|года|год|гг\\.)?';
const RANGE_ONE_MONTH = new RegExp(`(?:^|[^а-я0-9])с\\s+(\\d{1,2})\\s+по\\s+(\\d{1,2})\\s+${MONTH}\\s+${YEAR}`, 'gu');
const RANGE_TWO_MONTHS = new RegExp(`(?:^|[^а-я0-9])с\\s+(\\d{1,2})\\s+${MONTH}\\s+по\\s+(\\d{1,2})\\s+${MONTH}\\s+${YEAR}`, 'gu');
const DAY_MONTH_YEAR = new RegExp(`(?:^|[^0-9])"?(\\d{1,2})"?\\s+${MONTH}\\s+${YEAR}`, 'gu');
const NUMERIC = /(?:^|[^0-9.])(\d{1,2})\s?\.\s?(\d{1,2})\s?\.\s?(\d{4}|\d{2})(?![0-9])/gu;
const MONTH_YEAR = new RegExp(`^${MONTH},?\\s+(\\d{4})\\s*(?:г\\.|года?)?\\s*$`, 'u');
// "приказ от 16 августа 2023 года № 606": a date that names another document
const CITED = /(?:приказ|постановлени|распоряжени|письм|решени|протокол|закон|указ)[а-я]*\s+(?:[а-я]+\s+){0,4}от\s*$/u;

const APPROVED = /утвержд[а-я]*\s+(?:[а-я]+\s+){0,5}от\s*$/u;

function monthIndex(word: string): number {
  const i = MONTHS.findIndex((m) => new RegExp(`^${m}`, 'u').test(word));
  return i + 1;
}

function iso(y: number, m: number, d: number): string | null {
  if (m < 1 || m > 12 || d < 1) return null;
  const last = new Date(Date.UTC(y, m, 0)).getUTCDate();
  if (d > last) return null;
  return `${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}

function year(text: string): number {
  const y = Number(text);
  return text.length === 2 ? 2000 + y : y;
}

/** The first date phrase of a block of the preamble, skipping dates of cited documents. */
export function readDocumentDate(text: string): DocumentDate | null {
  const f = fold(text);
  const monthYear = MONTH_YEAR.exec(f.trim());
  if (monthYear) {
    const d = iso(Number(monthYear[2]), monthIndex(monthYear[1]!), 1);
    return d ? { date: d, period: null, start: 0, end: text.length } : null;
  }
  const candidates: DocumentDate[] = [];
  const push = (m: RegExpMatchArray, date: string | null, end: string | null = null) => {
    if (date) candidates.push({ date, period: end ? { start: date, end } : null, start: m.index!, end: m.index! + m[0].length });
  };
  for (const m of f.matchAll(RANGE_TWO_MONTHS)) {
    const y = Number(m[5]);
    const b = iso(y, monthIndex(m[4]!), Number(m[3]));
    if (b) push(m, iso(y, monthIndex(m[2]!), Number(m[1])), b);
  }
  for (const m of f.matchAll(RANGE_ONE_MONTH)) {
    const y = Number(m[4]);
    const mo = monthIndex(m[3]!);
    const b = iso(y, mo, Number(m[2]));
    if (b) push(m, iso(y, mo, Number(m[1])), b);
  }
  for (const m of f.matchAll(DAY_MONTH_YEAR)) push(m, iso(Number(m[3]), monthIndex(m[2]!), Number(m[1])));
  for (const m of f.matchAll(NUMERIC)) push(m, iso(year(m[3]!), Number(m[2]), Number(m[1])));
  candidates.sort((a, b) => a.start - b.start || (b.period ? 1 : 0) - (a.period ? 1 : 0));
  return candidates.find((c) => {
    const before = f.slice(Math.max(0, c.start - 80), c.start + 1);
    // "Утвержден приказом … от …" is the document's own approval, not a citation
    return !CITED.test(before) || APPROVED.test(before);
  }) ?? null;
}
