// The date of the document (of the meeting, of adoption), as the preamble
// writes it: "11 января 2023 года", "28.08.2024 г.", "От 07.11.23",
// "«31» августа 2022 года", "Февраль, 2022" (→ the first of the month),
// "с 17 по 28 августа 2023 года", "24–25 апреля 2025 года" (→ the first day,
// and the period); dates after a web page's publication stamp are not the
// document's ("Опубликовано: 29.08.2025").
// This module only finds date-shaped phrases (bounded patterns on fold(text));
// what they mean — month names, valid days, two-digit years — is the deadline
// grammar's (parseDeadline), so the calendar is written once.
import { fold } from '../shared/text/normalize.js';
import { parseDeadline } from '../4-recognise/deadline/index.js';
import { escapeRegExp, matchesWhere, notAfter } from '../shared/text/matches.js';
import { loadGrammar } from '../shared/grammar/load.js';

export interface DocumentDate {
  date: string;
  period: { start: string; end: string } | null;
  /** written as a month and a year only ("Февраль, 2022"): the date is the first of the month */
  monthOnly: boolean;
  /** offsets of the phrase in the text */
  start: number;
  end: number;
}

const WORD = '[а-я]{3,9}';
const YEAR = '\\d{4}(?:\\s*(?:г\\.|года|год))?';
// "с 17 по 28 августа 2023 года", "с 30 августа по 2 сентября 2023 г."
const RANGE = new RegExp(`с\\s+\\d{1,2}(?:\\s+${WORD})?\\s+по\\s+\\d{1,2}\\s+${WORD}\\s+${YEAR}`, 'gu');
// a range of days: "24–25 апреля 2025 года", "27 и 28 августа 2025 г.", "30 апреля – 2 мая 2025 г." (dashes are folded to -)
const DAY_RANGE = new RegExp(`\\d{1,2}(?:\\s+${WORD})?(?:\\s*-\\s*|\\s+и\\s+)\\d{1,2}\\s+${WORD}\\s+${YEAR}`, 'gu');
// "11 января 2023 года", "«31» августа 2022 года" (quotes are folded to ")
const DAY_MONTH_YEAR = new RegExp(`"?\\d{1,2}"?\\s+${WORD}\\s+${YEAR}`, 'gu');
// "28.08.2024 г.", "07.11.23", "25. 02 .2022"
const NUMERIC = /\d{1,2}\s?\.\s?\d{1,2}\s?\.\s?(?:\d{4}|\d{2})(?![0-9])/gu;
// "Февраль, 2022" — a month and a year make the whole line
const MONTH_YEAR = new RegExp(`^${WORD},?\\s{1,3}${YEAR}\\s*$`, 'u');
// "Утвержден приказом … от …": the document's own approval
const APPROVED = /утвержд[а-я]*\s+(?:[а-я]+\s+){0,5}от\s*$/u;

/** Where each pattern may start (see matchesWhere): not inside a word or a number. */
const PATTERNS: [RegExp, (text: string, at: number) => boolean][] = [
  [RANGE, notAfter(/[а-я0-9]/)],
  [DAY_RANGE, notAfter(/[0-9.]/)],
  [DAY_MONTH_YEAR, notAfter(/[0-9]/)],
  [NUMERIC, notAfter(/[0-9.]/)],
];


interface DateWords {
  /** "Опубликовано:" right before a date */
  publication: RegExp;
  /** "УТВЕРЖДАЮ", "СОГЛАСОВАНО" anywhere in a block */
  approval: RegExp;
  /** a held verb within three words after a date: "… 2022 г. в Канске состоялся" */
  held: RegExp;
  /** "date: 2025-11-20" in a front matter */
  frontMatter: RegExp;
  /** "приказ от 16 августа 2023 года № 606": a date that names another document */
  cited: RegExp;
}

let dateWords: DateWords | null = null;

function words(): DateWords {
  if (dateWords) return dateWords;
  const g = loadGrammar('document-dates');
  const any = (list: string[]) => list.map((w) => fold(w).split(/\s+/).map(escapeRegExp).join('\\s+')).join('|');
  return (dateWords = {
    publication: new RegExp(`(?:^|[^а-я])(?:${any(g.publicationStamps)})\\s{0,3}:?\\s{0,3}$`, 'u'),
    approval: new RegExp(`(?:^|[^а-я])(?:${any(g.approvalStamps)})(?![а-я])`, 'u'),
    frontMatter: new RegExp(`^\\s{0,8}(?:${any(g.frontMatterKeys)})\\s{0,3}:\\s{0,3}["']?([^"']{1,60})["']?\\s*$`, 'u'),
    // polynomial in the length of what it is tested on, which is the 80 characters before a date
    cited: new RegExp(`(?:^|[^а-я])(?:${any(g.citedDocuments)})[а-я]*\\s+(?:[а-я]+\\s+){0,4}от\\s*$`, 'u'),
    held: new RegExp(`^[\\s,.]{0,3}(?:[^\\s]{1,40}\\s{1,3}){0,3}?(?:${any(g.heldVerbs)})(?![а-я])`, 'u'),
  });
}

interface Candidate {
  start: number;
  end: number;
  range: boolean;
  monthOnly: boolean;
}

/** A date right after a publication stamp ("Опубликовано: 29.08.2025") dates the page, not the document. */
function publicationStamp(before: string): boolean {
  return words().publication.test(before);
}

/** A stamp of approval ("УТВЕРЖДАЮ", "СОГЛАСОВАНО") in the text: its date is the approval's. */
export function isApprovalStamp(text: string): boolean {
  return words().approval.test(fold(text));
}

/**
 * The first date phrase of a block of the preamble, skipping dates of cited
 * documents — unless `cited` (an approval stamp's "приказом от …" is the approval).
 */
export function readDocumentDate(text: string, { cited = false } = {}): DocumentDate | null {
  const f = fold(text);
  const candidates: Candidate[] = [];
  const whole = f.trim();
  if (MONTH_YEAR.test(whole)) candidates.push({ start: f.indexOf(whole), end: f.indexOf(whole) + whole.length, range: false, monthOnly: true });
  for (const [re, startsHere] of PATTERNS) {
    const range = re === RANGE || re === DAY_RANGE;
    for (const m of matchesWhere(re, f, startsHere)) candidates.push({ start: m.index, end: m.index + m[0].length, range, monthOnly: false });
  }
  candidates.sort((a, b) => a.start - b.start || Number(b.range) - Number(a.range));
  for (const c of candidates) {
    const before = f.slice(Math.max(0, c.start - 80), c.start);
    if (!cited && words().cited.test(before) && !APPROVED.test(before)) continue;
    if (publicationStamp(before)) continue;
    const parsed = parseDeadline(f.slice(c.start, c.end).replace(/"/g, ''), { documentDate: null });
    if (!parsed?.start || (parsed.kind !== 'date' && parsed.kind !== 'period')) continue;
    const period = c.range && parsed.end ? { start: parsed.start, end: parsed.end } : null;
    return { date: parsed.start, period, monthOnly: c.monthOnly, start: c.start, end: c.end };
  }
  return null;
}

/** What may stand before the date that opens a line: nothing, "от", "№ 12 от" ("от 15.03.2024 № 12" under a title). */
const DATE_LEAD = /^\s*(?:(?:№|n)\s*[\p{L}\d./-]{1,12}\s+)?(?:от\s*)?$/u;

/** The date that opens the text ("15 марта 2024 г. …", "от 15.03.2024 № 12", "№ 5 от 02.09.2024"), or null. */
export function leadingDate(text: string): DocumentDate | null {
  const date = readDocumentDate(text);
  return date && DATE_LEAD.test(fold(text.slice(0, date.start))) ? date : null;
}

/**
 * The date of a sentence that tells when the event took place: it opens with
 * the date and a held verb follows ("17 февраля 2022 г. состоялся городской
 * форум", "5 марта в Лицее № 2 прошла конференция" needs a year, so does not count).
 */
export function readHeldDate(text: string): DocumentDate | null {
  const date = leadingDate(text);
  if (!date || date.monthOnly) return null;
  return words().held.test(fold(text).slice(date.end)) ? date : null;
}

/** How far a front matter may run (lines). */
const FRONT_MATTER_LIMIT = 60;

/**
 * `frontMatterDate`: a Markdown export opens with a front matter, "---" lines
 * around "key: value" lines; its "date:" ("дата:") is the document's date,
 * ISO ("2025-11-20") or as Russian writes it.
 */
export function frontMatterDate(lines: string[]): DocumentDate | null {
  if (lines[0]?.trim() !== '---') return null;
  for (let i = 1; i < Math.min(lines.length, FRONT_MATTER_LIMIT); i++) {
    const line = fold(lines[i]!);
    if (line.trim() === '---') return null;
    const value = words().frontMatter.exec(line)?.[1];
    if (!value) continue;
    const parsed = parseDeadline(value.trim(), { documentDate: null });
    if (parsed?.start && (parsed.kind === 'date' || parsed.kind === 'period')) return { date: parsed.start, period: null, monthOnly: false, start: 0, end: 0 };
  }
  return null;
}
