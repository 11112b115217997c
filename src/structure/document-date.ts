// The date of the document (of the meeting, of adoption), as the preamble
// writes it: "11 января 2023 года", "28.08.2024 г.", "От 07.11.23",
// "«31» августа 2022 года", "Февраль, 2022" (→ the first of the month),
// "с 17 по 28 августа 2023 года" (→ the first day, and the period).
// This module only finds date-shaped phrases (bounded patterns on fold(text));
// what they mean — month names, valid days, two-digit years — is the deadline
// grammar's (parseDeadline), so the calendar is written once.
import { fold } from '../text/normalize.js';
import { parseDeadline } from '../extract/deadline/index.js';
import { matchesWhere, notAfter } from '../text/matches.js';

export interface DocumentDate {
  date: string;
  period: { start: string; end: string } | null;
  /** offsets of the phrase in the text */
  start: number;
  end: number;
}

const WORD = '[а-я]{3,9}';
const YEAR = '\\d{4}(?:\\s{0,3}(?:г\\.|года|год))?';
// "с 17 по 28 августа 2023 года", "с 30 августа по 2 сентября 2023 г."
const RANGE = new RegExp(`с\\s{1,3}\\d{1,2}(?:\\s{1,3}${WORD})?\\s{1,3}по\\s{1,3}\\d{1,2}\\s{1,3}${WORD}\\s{1,3}${YEAR}`, 'gu');
// "11 января 2023 года", "«31» августа 2022 года" (quotes are folded to ")
const DAY_MONTH_YEAR = new RegExp(`"?\\d{1,2}"?\\s{1,3}${WORD}\\s{1,3}${YEAR}`, 'gu');
// "28.08.2024 г.", "07.11.23", "25. 02 .2022"
const NUMERIC = /\d{1,2}\s?\.\s?\d{1,2}\s?\.\s?(?:\d{4}|\d{2})(?![0-9])/gu;
// "Февраль, 2022" — a month and a year make the whole line
const MONTH_YEAR = new RegExp(`^${WORD},?\\s{1,3}${YEAR}\\s*$`, 'u');
// "приказ от 16 августа 2023 года № 606": a date that names another document
const CITED = /(?:приказ|постановлени|распоряжени|письм|решени|протокол|закон|указ)[а-я]*\s+(?:[а-я]+\s+){0,4}от\s*$/u;
// "Утвержден приказом … от …": the document's own approval
const APPROVED = /утвержд[а-я]*\s+(?:[а-я]+\s+){0,5}от\s*$/u;

/** Where each pattern may start (see matchesWhere): not inside a word or a number. */
const PATTERNS: [RegExp, (text: string, at: number) => boolean][] = [
  [RANGE, notAfter(/[а-я0-9]/)],
  [DAY_MONTH_YEAR, notAfter(/[0-9]/)],
  [NUMERIC, notAfter(/[0-9.]/)],
];

interface Candidate {
  start: number;
  end: number;
  range: boolean;
}

/** The first date phrase of a block of the preamble, skipping dates of cited documents. */
export function readDocumentDate(text: string): DocumentDate | null {
  const f = fold(text);
  const candidates: Candidate[] = [];
  const whole = f.trim();
  if (MONTH_YEAR.test(whole)) candidates.push({ start: f.indexOf(whole), end: f.indexOf(whole) + whole.length, range: false });
  for (const [re, startsHere] of PATTERNS) {
    for (const m of matchesWhere(re, f, startsHere)) candidates.push({ start: m.index, end: m.index + m[0].length, range: re === RANGE });
  }
  candidates.sort((a, b) => a.start - b.start || Number(b.range) - Number(a.range));
  for (const c of candidates) {
    const before = f.slice(Math.max(0, c.start - 80), c.start);
    if (CITED.test(before) && !APPROVED.test(before)) continue;
    const parsed = parseDeadline(f.slice(c.start, c.end).replace(/"/g, ''), { documentDate: null });
    if (!parsed?.start || (parsed.kind !== 'date' && parsed.kind !== 'period')) continue;
    const period = c.range && parsed.end ? { start: parsed.start, end: parsed.end } : null;
    return { date: parsed.start, period, start: c.start, end: c.end };
  }
  return null;
}
