// Practices: titles of experience presented or recommended, with their authors
// and organisations. Two shapes are read:
//   - a list announced as practices ("… рекомендовать … следующие практики:"),
//     each item a quoted title followed by its authors;
//   - "презентация опыта …" followed by a quoted title and the authors.
// A session that carries a title and a speaker (a round table, a quiz, a lecture)
// is not a practice. The same practice listed twice (a resolution and its report)
// is one entry with both lines.
import { fold, squeeze } from '../shared/text/normalize.js';
import type { Practice } from '../shared/schema/output.js';
import { entityGrammar } from './grammar.js';
import type { OrgMention } from './org-mentions.js';
import type { PersonMention } from './people.js';
import type { Quote } from './quotes.js';
import { firstStartingAt, lineAt, type BlockView } from './view.js';
import { LETTER } from '../shared/text/chars.js';
import { endTrimmer } from '../shared/text/trim.js';

const trimUnquotedTitleEnd = endTrimmer('\\s.,;:(–—-');
const trimTitleEnd = endTrimmer('\\s.,;:');

const WORDS = new RegExp(`[${LETTER}\\d]+`, 'gu');

export interface PracticeInput {
  views: BlockView[];
  quotes: Quote[][];
  orgsByView: OrgMention[][];
  peopleByView: PersonMention[][];
  orgId(m: OrgMention): string | null;
  personId(m: PersonMention): string | null;
}

interface Draft {
  title: string;
  authorIds: string[];
  organizationIds: string[];
  lines: number[];
}

/** Titles this similar (shared words) with a shared author are one practice retold. */
const SAME_TITLE_OVERLAP = 0.6;

export function findPractices(input: PracticeInput): Practice[] {
  const drafts: Draft[] = [];
  const listed = new Set<number>();
  input.views.forEach((view, i) => {
    const intro = practiceListIntro(view);
    if (!intro) return;
    let column = -1;
    for (let j = i + 1; j < input.views.length; j++) {
      const item = input.views[j]!;
      if (!inPracticeList(input, item) || practiceListIntro(item)) break;
      listed.add(j);
      if (firstRowOfTable(input.views, j)) column = titleColumn(item);
      const d = fromListItem(input, item, intro === 'heading') ?? fromTitleCell(input, item, column);
      if (d) drafts.push(d);
    }
  });
  input.views.forEach((view, i) => {
    if (listed.has(i)) return;
    // appended one by one: a spread of a long line's thousands of titles would overflow the stack
    for (const d of fromPresentations(input, view)) drafts.push(d);
    for (const d of fromNamingNouns(input, view)) drafts.push(d);
  });
  return merge(drafts);
}

/**
 * What announces a list of practices: a line ending with ":" ("… следующие практики:",
 * "Лучшие управленческие практики … рекомендованы …:") or a heading ("Представленные
 * практики"). Under a heading only quoted titles count: its list may be of anything.
 */
function practiceListIntro(view: BlockView): 'colon' | 'heading' | null {
  const g = entityGrammar();
  if (view.block.endsWithColon) {
    const text = fold(view.block.text);
    return g.listIntro.some((stem) => text.includes(stem)) ? 'colon' : null;
  }
  // a heading names practices with the noun itself: not "Практикум …", "Опытно-экспериментальная работа"
  if (view.block.kind !== 'heading') return null;
  return g.practiceNoun.all(view.folded, view.words).length > 0 ? 'heading' : null;
}

/**
 * A member of an announced list: an item, a table row, or a paragraph that opens
 * with a quoted title (a hard-wrapped list written without markers: «…» (authors);).
 */
function inPracticeList(input: PracticeInput, view: BlockView): boolean {
  const kind = view.block.kind;
  if (kind === 'item' || kind === 'table-row') return true;
  if (kind !== 'paragraph') return false;
  const textStart = skipNoise(view.text, 0);
  return input.quotes[view.index]!.some((q) => q.depth === 0 && q.start === textStart);
}

function fromListItem(input: PracticeInput, view: BlockView, quotedOnly: boolean): Draft | null {
  const g = entityGrammar();
  const textStart = titleStart(input, view);
  if (textStart < 0 || g.session.at(view.folded, textStart)) return null;
  const quote = input.quotes[view.index]!.find((q) => q.depth === 0 && q.start === textStart);
  if (quote) {
    const title = titleFromQuote(input, view, quote);
    return collect(input, view, title.text, quote.start, title.authorsFrom);
  }
  if (quotedOnly) return null;
  // an unquoted title runs up to its first author
  const firstPerson = input.peopleByView[view.index]![0];
  if (!firstPerson) return null;
  const title = trimUnquotedTitleEnd(squeeze(view.text.slice(textStart, firstPerson.start)));
  if (title.split(' ').length < 3) return null;
  return collect(input, view, title, textStart, firstPerson.start);
}

function firstRowOfTable(views: BlockView[], j: number): boolean {
  const b = views[j]!.block;
  return b.kind === 'table-row' && (j === 0 || views[j - 1]!.block.table !== b.table);
}

/** "| № | Название практики | Автор |": the column a header row gives the titles, -1 when none. */
function titleColumn(header: BlockView): number {
  const heads = entityGrammar().titleColumnHeads;
  return header.block.cells?.findIndex((cell) => heads.some((h) => fold(cell).includes(h))) ?? -1;
}

const trimCellEnd = endTrimmer('\\s.,;:');

/** An unquoted title in the title column of a practices table; its authors are written after it. */
function fromTitleCell(input: PracticeInput, view: BlockView, column: number): Draft | null {
  const cell = column >= 0 && view.block.kind === 'table-row' ? squeeze(view.block.cells?.[column] ?? '') : '';
  if (cell.split(' ').length < 3) return null;
  const at = view.text.indexOf(cell);
  return at < 0 ? null : collect(input, view, trimCellEnd(cell), at, at + cell.length);
}

/**
 * Where an item's title starts: after the label (the block's column is where its text
 * starts on its first line); in a table row, at the first cell that opens with a quote
 * (the number and the header cells come before it), -1 when none does.
 */
function titleStart(input: PracticeInput, view: BlockView): number {
  if (view.block.kind !== 'table-row') return skipNoise(view.text, view.block.column - 1);
  const q = input.quotes[view.index]!.find((x) => x.depth === 0 && afterSpaces(view.text, x.start, ','));
  return q ? q.start : -1;
}

/** Only white space lies between `pos` and the text's start or the `mark` before it. */
function afterSpaces(text: string, pos: number, mark: string): boolean {
  let p = pos - 1;
  while (p >= 0 && /\s/.test(text[p]!)) p--;
  return p < 0 || text[p] === mark;
}

function fromPresentations(input: PracticeInput, view: BlockView): Draft[] {
  const g = entityGrammar();
  const out: Draft[] = [];
  const quotes = input.quotes[view.index]!.filter((q) => q.depth === 0);
  const presentations = g.presentation.all(view.folded, view.words);
  presentations.forEach((m, n) => {
    const k = firstStartingAt(quotes, m.index + m.text.length);
    const quote = quotes[k];
    if (!quote) return;
    const between = view.text.slice(m.index + m.text.length, quote.start);
    const cut = titleFromQuote(input, view, quote);
    // "Презентация опыта участия в форуме. «Форум …»": the quote is the title;
    // "презентация опыта работы по … ценности «Крепкая семья …»": the whole phrase is
    if (/[.!?]\s|^[\s:–—-]*$/.test(between)) out.push(collect(input, view, cut.text, quote.start, cut.authorsFrom));
    else {
      const phrase = squeeze(view.text.slice(m.index, cut.end));
      out.push(collect(input, view, phrase.charAt(0).toUpperCase() + phrase.slice(1), m.index, cut.authorsFrom));
    }
    const next = presentations[n + 1]?.index ?? Infinity;
    if (/^\s*:\s*$/.test(between)) titlesAfterSemicolons(input, view, quotes, k, next, out);
  });
  return out;
}

/**
 * "Из опыта работы: «…» (authors); «…» (authors)": after a colon, each quote that
 * opens a part after ";" is one more title of the same presentation (up to the next one).
 */
function titlesAfterSemicolons(input: PracticeInput, view: BlockView, quotes: Quote[], first: number, until: number, out: Draft[]): void {
  for (let k = first + 1; k < quotes.length && quotes[k]!.start < until; k++) {
    const q = quotes[k]!;
    if (!afterSpaces(view.text, q.start, ';')) continue;
    const cut = titleFromQuote(input, view, q);
    out.push(collect(input, view, cut.text, q.start, cut.authorsFrom));
  }
}

/**
 * "представила практику «…»", "познакомил коллег с опытом «…»": a practice noun
 * right before a quote names it. Its authors are the people after the title up to
 * the next ";" (the next speaker of a list of talks starts after it).
 */
function fromNamingNouns(input: PracticeInput, view: BlockView): Draft[] {
  const out: Draft[] = [];
  // most blocks have no practice noun: no pass over their words then
  if (!entityGrammar().namedByStems.some((stem) => view.folded.includes(stem))) return out;
  const quotes = input.quotes[view.index]!.filter((q) => q.depth === 0);
  // the next ";" moves only forward, as the titles do: one pass over the text
  let semicolon = -1;
  for (const m of entityGrammar().namedBy.all(view.folded, view.words)) {
    const end = m.index + m.text.length;
    const quote = quotes[firstStartingAt(quotes, end)];
    if (!quote || view.text.slice(end, quote.start).trim() !== '' || namesSomethingElse(input, view, quote)) continue;
    const cut = titleFromQuote(input, view, quote);
    if (semicolon !== Infinity && semicolon < cut.authorsFrom) {
      const next = view.text.indexOf(';', cut.authorsFrom);
      semicolon = next < 0 ? Infinity : next;
    }
    const draft = collect(input, view, cut.text, quote.start, cut.authorsFrom, semicolon);
    const speaker = draft.authorIds.length ? null : speakerBefore(input, view, m.index);
    if (speaker) out.push({ ...draft, ...collect(input, view, cut.text, quote.start, speaker.start, speaker.end), lines: draft.lines });
    else out.push(draft);
  }
  return out;
}

/**
 * "Учитель физики МБОУ СОШ № 12 Ордынцев П.В. познакомил коллег с практикой «…»":
 * the speaker named before the noun in the same clause (no ";" and no sentence end between;
 * an abbreviation "г." or "П.В." does not end one).
 */
/** "изучить опыт «Точка роста»", "опыт «Лицея № 2»": a known project or an organisation's name, not a title. */
function namesSomethingElse(input: PracticeInput, view: BlockView, quote: Quote): boolean {
  const orgs = input.orgsByView[view.index]!;
  // mentions do not overlap: the last one starting before the quote ends is the only one that may reach into it
  const org = orgs[firstStartingAt(orgs, quote.end) - 1];
  if (org && org.end > quote.start) return true;
  return entityGrammar().projectNames.has(fold(squeeze(quote.inner)));
}

/** A clause naming a speaker, a role and an organisation before the noun is shorter than this. */
const SPEAKER_REACH = 300;

function speakerBefore(input: PracticeInput, view: BlockView, at: number): PersonMention | null {
  const people = input.peopleByView[view.index]!;
  const p = people[firstStartingAt(people, at) - 1];
  if (!p || p.end > at || at - p.end > SPEAKER_REACH) return null;
  const between = view.text.slice(p.end, at);
  return /;|[а-яё]{3}[.!?]\s+[А-ЯЁ]/.test(between) ? null : p;
}

interface Title {
  text: string;
  /** where the title ends in the view */
  end: number;
  /** where its authors may start: after the quote, or at "(" inside a quote that swallowed them */
  authorsFrom: number;
}

/** The quoted title; authors written inside a quote left open ("… связей (Чернова Л.В., …»)") are cut off. */
function titleFromQuote(input: PracticeInput, view: BlockView, q: Quote): Title {
  const people = input.peopleByView[view.index]!;
  const inner = q.start + 1;
  const close = q.closed ? q.end - 1 : q.end;
  let end = close;
  // searched within the quote: a search of the whole text for a "(" would cost its length per title
  const inside = view.text.slice(inner, close);
  for (let i = inside.indexOf('('); i >= 0; i = inside.indexOf('(', i + 1)) {
    const at = inner + i;
    const p = people[firstStartingAt(people, at + 1)];
    if (p && p.start < close && view.text.slice(at + 1, p.start).trim() === '') {
      end = at;
      break;
    }
  }
  const text = trimTitleEnd(squeeze(view.text.slice(inner, end)));
  return { text, end: end === close ? q.end : end, authorsFrom: end === close ? q.end : end };
}

/** Authors and organisations written after the title (from `from`) in the same block; `at` is where the title starts. */
function collect(input: PracticeInput, view: BlockView, title: string, at: number, from: number, until = Infinity): Draft {
  // the authors end where the next title starts
  const quotes = input.quotes[view.index]!;
  const to = Math.min(until, quotes[firstStartingAt(quotes, from)]?.start ?? Infinity);
  const all = input.peopleByView[view.index]!;
  const people: PersonMention[] = [];
  for (let i = firstStartingAt(all, from); i < all.length && all[i]!.start < to; i++) people.push(all[i]!);
  const authorIds = unique(people.map((p) => input.personId(p)));
  const orgMentions = input.orgsByView[view.index]!;
  const orgsAfter: OrgMention[] = [];
  for (let i = firstStartingAt(orgMentions, from); i < orgMentions.length && orgMentions[i]!.start < to; i++) orgsAfter.push(orgMentions[i]!);
  const orgs = [
    ...orgsAfter.map((o) => input.orgId(o)),
    ...people.map((p) => (p.org ? input.orgId(p.org) : null)),
  ];
  return { title, authorIds, organizationIds: unique(orgs), lines: [lineAt(view, at)] };
}

function merge(drafts: Draft[]): Practice[] {
  const out: Draft[] = [];
  const byTitle = new Map<string, Draft>();
  const byAuthor = new Map<string, Draft[]>();
  for (const d of drafts) {
    const key = [...words(d.title)].join(' ');
    const same = byTitle.get(key) ?? d.authorIds.flatMap((a) => byAuthor.get(a) ?? []).find((o) => similarTitles(o, d));
    if (!same) {
      const entry = { ...d, lines: [...d.lines] };
      out.push(entry);
      byTitle.set(key, entry);
      for (const a of d.authorIds) byAuthor.set(a, [...(byAuthor.get(a) ?? []), entry]);
      continue;
    }
    same.lines.push(...d.lines);
    same.authorIds = unique([...same.authorIds, ...d.authorIds]);
    same.organizationIds = unique([...same.organizationIds, ...d.organizationIds]);
  }
  return out.map((d, i) => {
    const lines = [...new Set(d.lines)].sort((a, b) => a - b);
    return { id: `p${i + 1}`, title: d.title, authorIds: d.authorIds, organizationIds: d.organizationIds, line: lines[0]!, lines };
  });
}

function words(title: string): Set<string> {
  return new Set(fold(title).match(WORDS) ?? []);
}

/** A retold title: mostly the same words ("по рисковому профилю" / "по рисковому профилям"). */
function similarTitles(a: Draft, b: Draft): boolean {
  const wa = words(a.title);
  const wb = words(b.title);
  const shared = [...wa].filter((w) => wb.has(w)).length;
  return shared / new Set([...wa, ...wb]).size >= SAME_TITLE_OVERLAP;
}

function unique(ids: (string | null)[]): string[] {
  return [...new Set(ids.filter((x): x is string => x !== null))];
}

/** Past the list marker and emphasis to where the item's text starts. */
function skipNoise(text: string, from: number): number {
  let p = from;
  while (p < text.length && /[\s*_]/.test(text[p]!)) p++;
  return p;
}
