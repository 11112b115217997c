// Deadlines: "до 30 августа 2023 г.", "постоянно", "в течение 2022 года" → kind + ISO dates.
// parsers (atoms.ts) → refiners (refine.ts) → fields (build.ts); findDeadlines adds
// the placement rules (placement.ts) that tell a task's deadline from other dates.
// The vocabulary is data: grammars/deadlines.json and grammars/months.json.
import type { Deadline } from '../../schema/output.js';
import { fold, squeeze } from '../../text/normalize.js';
import { findAtoms, type Atom } from './atoms.js';
import { deadlineOf, phraseStart, unparsed, type DeadlineFields } from './build.js';
import { documentMonth, type DocumentMonth } from './calendar.js';
import { deadlineGrammar, type CompiledGrammar } from './grammar.js';
import { labelledValues, placeAsTaskDeadline } from './placement.js';
import { refine } from './refine.js';
import { LETTER } from '../../text/chars.js';
import { endTrimmer, trimDots } from '../../text/trim.js';

export interface DeadlineContext {
  /** the document's date (ISO), used for a year left out: "до 1 сентября" */
  documentDate: string | null;
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
function understand(folded: string, g: CompiledGrammar, doc: DocumentMonth | null): Understood[] {
  const out: Understood[] = [];
  for (const atom of refine(findAtoms(folded, g, doc), folded, g)) {
    const fields = deadlineOf(atom, doc);
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
  const found = understand(folded, g, documentMonth(ctx.documentDate));
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
 * Where the first deadline phrase of a text starts ("в срок до 1 сентября",
 * "ежемесячно", "постоянно"), wherever it stands and whatever it is part of, or
 * null: for cutting a deadline off a phrase that is not the task itself (an
 * inline addressee, "Руководителям ОО в срок до 1 сентября обеспечить …").
 */
export function deadlinePhraseStart(text: string): number | null {
  return understand(fold(text), deadlineGrammar(), null)[0]?.start ?? null;
}

/** Find deadline phrases inside a task's text ("(в течение 2022 года)", "До 31.03.2022 внести …"). */
export function findDeadlines(text: string, ctx: DeadlineContext): DeadlineMatch[] {
  const g = deadlineGrammar();
  const folded = fold(text);
  const matches: DeadlineMatch[] = [];
  for (const { atom, start, fields } of understand(folded, g, documentMonth(ctx.documentDate))) {
    const place = placeAsTaskDeadline(atom, start, folded, g);
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
