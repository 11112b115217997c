// Deadlines: "до 30 августа 2023 г.", "постоянно", "в течение 2022 года" → kind + ISO dates.
// parsers (atoms.ts) → refiners (refine.ts) → fields (build.ts); findDeadlines adds
// the placement rules (placement.ts) that tell a task's deadline from other dates.
// The vocabulary is data: grammars/deadlines.json and grammars/months.json.
import type { Deadline } from '../../shared/schema/output.js';
import { fold, squeeze } from '../../shared/text/normalize.js';
import { findAtoms, type Atom } from './atoms.js';
import { deadlineOf, phraseStart, unparsed, type DeadlineFields } from './build.js';
import { referenceOf, type Reference } from './calendar.js';
import { deadlineGrammar, type CompiledGrammar } from './grammar.js';
import { labelledValues, placeAsTaskDeadline } from './placement.js';
import { refine } from './refine.js';
import { A_LETTER_OR_DIGIT, LETTER } from '../../shared/text/chars.js';
import { isInfinitive } from '../../shared/morph/infinitive.js';
import { endTrimmer, trimDots } from '../../shared/text/trim.js';

export { deadlinesByItem, listScopeLength, namesItem, type ItemDeadline } from './items.js';

export interface DeadlineContext {
  /** the document's date (ISO), used for a year left out: "до 1 сентября" */
  documentDate: string | null;
  /**
   * the first calendar year of the school year a plan is for, from its title
   * ("План работы на 2025–2026 учебный год": 2025; see planSchoolYear): in such
   * a plan a month without a year falls in that school year
   */
  schoolYear?: number | null;
}

/** A deadline without its position; the caller adds `line`. */
export type ParsedDeadline = Omit<Deadline, 'line'>;

export interface DeadlineMatch {
  /** offsets of the deadline phrase in the text given to findDeadlines */
  start: number;
  end: number;
  /**
   * offsets of the phrase with what belongs to it in the text: its parentheses and label
   * ("(срок – до 01.10.2023)"), or the comma or dash before it at the end ("…, декабрь 2023 г.");
   * a caller that removes the deadline from the task's text cuts these
   */
  outerStart: number;
  outerEnd: number;
  deadline: ParsedDeadline;
}

interface Understood {
  atom: Atom;
  start: number;
  fields: DeadlineFields;
}

/** The phrases of a text that state a deadline, in text order. */
function understand(folded: string, g: CompiledGrammar, ref: Reference): Understood[] {
  const out: Understood[] = [];
  for (const atom of refine(findAtoms(folded, g, ref), folded, g)) {
    const fields = deadlineOf(atom, ref);
    if (fields) out.push({ atom, start: phraseStart(atom), fields });
  }
  return out;
}

/** Understand a whole phrase that is known to be a deadline (the value of "Срок: …", a table's Срок cell). */
export function parseDeadline(phrase: string, ctx: DeadlineContext): ParsedDeadline | null {
  const written = squeeze(phrase);
  if (!written) return null;
  const text = writtenText(written);
  const g = deadlineGrammar();
  const folded = fold(written);
  const ref = referenceOf(ctx.documentDate, ctx.schoolYear ?? null);
  const found = understand(folded, g, ref);
  const first = found[0];
  if (!first) return { text, ...unparsed('not-understood') };

  // whatever is neither a deadline nor a label, filler or punctuation was not understood
  let rest = '';
  let at = 0;
  for (const f of found) {
    rest += folded.slice(at, f.start);
    at = f.atom.end;
  }
  rest += folded.slice(at);
  if (rest.replace(g.re.leftover, '') === '') return { text, ...first.fields };
  // "ежемесячно до 5 числа месяца, следующего за отчетным": how often is still understood
  if (first.fields.kind === 'recurring') return { text, ...first.fields, recurrence: null };
  return { text, ...unparsed('not-understood') };
}

/**
 * startEndCells: a deadline written as its start and its end apart, as a plan's
 * "Сроки" column split into "начало" and "окончание": "26.08.2024" and
 * "06.09.2024" → a period; no start ("—") and an end → by the end; the same
 * day twice → that date; one of them alone ("постоянно" and nothing) → that one.
 */
export function parseDeadlineSpan(start: string | null, end: string | null, ctx: DeadlineContext): ParsedDeadline | null {
  const written = (s: string | null) => (s !== null && A_LETTER_OR_DIGIT.test(s) ? s : null);
  const [from, to] = [written(start), written(end)];
  const s = from === null ? null : parseDeadline(from, ctx);
  const e = to === null ? null : parseDeadline(to, ctx);
  if (!s || !e) {
    const only = s ?? e;
    // an end alone is what must be done by
    if (only && only === e && only.end !== null && (only.kind === 'date' || only.kind === 'period')) return { ...only, kind: 'by', start: null };
    return only;
  }
  const text = `${s.text} – ${e.text}`;
  const first = s.start ?? s.end;
  if (first === null || e.end === null) return s;
  if (first > e.end) return { text, ...unparsed('invalid-date') };
  const oneDay = s.kind === 'date' && e.kind === 'date' && first === e.end;
  return { ...s, text, kind: oneDay ? 'date' : 'period', start: first, end: e.end };
}

/**
 * deadlineSentence: "Все мероприятия провести до 01 сентября 2025 года." after a task
 * states only when the work it asks for is due: the deadline phrase as written
 * ("до 01 сентября 2025 года"), or null for any other sentence or one whose rest is
 * not a deadline.
 */
export function deadlineSentenceValue(text: string): string | null {
  const m = deadlineGrammar().re.deadlineSentence.exec(fold(text));
  if (!m || !isInfinitive(m[1]!)) return null;
  const value = text.slice(m[0].length).trim();
  const d = parseDeadline(value, { documentDate: null });
  return d && d.problem !== 'not-understood' && d.problem !== 'invalid-date' ? value : null;
}

/**
 * Where the first deadline phrase of a text starts ("в срок до 1 сентября",
 * "ежемесячно", "постоянно"), wherever it stands and whatever it is part of, or
 * null: for cutting a deadline off a phrase that is not the task itself (an
 * inline addressee, "Руководителям ОО в срок до 1 сентября обеспечить …").
 */
export function deadlinePhraseStart(text: string): number | null {
  return understand(fold(text), deadlineGrammar(), referenceOf(null))[0]?.start ?? null;
}

/**
 * The first calendar year of the school year a title plans for ("План работы
 * МАОУ «СОШ № 21» на 2025–2026 учебный год" → 2025), or null: a school year
 * after "на" or standing alone, never one after "за" or "от" (a report's).
 */
export function planSchoolYear(title: string): number | null {
  const g = deadlineGrammar();
  const folded = fold(title);
  for (const atom of refine(findAtoms(folded, g, referenceOf(null)), folded, g)) {
    if (atom.type !== 'time' || atom.grain !== 'school-year' || atom.relative || atom.invalid) continue;
    const role = atom.marker?.role;
    if (role === undefined || role === 'horizon') return atom.points[0]!.year;
  }
  return null;
}

/** Find deadline phrases inside a task's text ("(в течение 2022 года)", "До 31.03.2022 внести …"). */
export function findDeadlines(text: string, ctx: DeadlineContext): DeadlineMatch[] {
  const g = deadlineGrammar();
  const folded = fold(text);
  const matches: DeadlineMatch[] = [];
  const ref = referenceOf(ctx.documentDate, ctx.schoolYear ?? null);
  const found = understand(folded, g, ref);
  // "по мере необходимости, но не реже раза в квартал": a deadline understood comes first
  const conditionalOnly = found.every((f) => f.atom.type === 'conditional');
  for (const { atom, start, fields } of found) {
    if (atom.type === 'conditional' && !conditionalOnly) continue;
    const place = placeAsTaskDeadline(atom, start, folded, g, ref);
    if (!place) continue;
    matches.push({
      start,
      end: atom.end,
      outerStart: Math.min(start, place.outerStart),
      outerEnd: Math.max(atom.end, place.outerEnd),
      deadline: { text: squeeze(text.slice(start, atom.end)), ...fields },
    });
  }
  return withLabelledValues(matches, text, folded, g);
}

/** "(срок – по мере необходимости)": a value after a "Срок:" label with no deadline found in it is one not understood. */
function withLabelledValues(matches: DeadlineMatch[], text: string, folded: string, g: CompiledGrammar): DeadlineMatch[] {
  const values = labelledValues(folded, g);
  if (values.length === 0) return matches;
  const out: DeadlineMatch[] = [];
  let i = 0;
  for (const v of values) {
    while (i < matches.length && matches[i]!.end <= v.start) out.push(matches[i++]!);
    const overlaps = i < matches.length && matches[i]!.start < v.end;
    if (!overlaps) out.push({ ...v, deadline: { text: squeeze(text.slice(v.start, v.end)), ...unparsed('not-understood') } });
  }
  return out.concat(matches.slice(i));
}

/** a phrase that ends with an abbreviation ("г.", "кв."), whose dot is part of it */
const ABBREVIATION_END = new RegExp(`(?:^|[^${LETTER}])[${LETTER}]{1,2}\\.$`, 'u');

/** The phrase as written, without the sentence's closing punctuation ("постоянно." → "постоянно"); "г." keeps its dot. */
const trimPhraseEnd = endTrimmer('\\s,;');

function writtenText(phrase: string): string {
  const t = trimPhraseEnd(phrase);
  return ABBREVIATION_END.test(t) ? t : trimDots(t);
}
