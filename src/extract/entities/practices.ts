// Practices: titles of experience presented or recommended, with their authors
// and organisations. Two shapes are read:
//   - a list announced as practices ("… рекомендовать … следующие практики:"),
//     each item a quoted title followed by its authors;
//   - "презентация опыта …" followed by a quoted title and the authors.
// A session that carries a title and a speaker (a round table, a quiz, a lecture)
// is not a practice. The same practice listed twice (a resolution and its report)
// is one entry with both lines.
import { fold, squeeze } from '../../text/normalize.js';
import type { Practice } from '../../schema/output.js';
import { entityGrammar } from './grammar.js';
import type { OrgMention } from './org-mentions.js';
import type { PersonMention } from './people.js';
import type { Quote } from './quotes.js';
import { firstStartingAt, lineAt, type BlockView } from './view.js';
import { LETTER } from '../../text/chars.js';
import { mapPacked } from '../../text/packed.js';
import { endTrimmer } from '../../text/trim.js';

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
    if (!announcesPractices(view)) return;
    for (let j = i + 1; j < input.views.length && input.views[j]!.block.kind === 'item'; j++) {
      const item = input.views[j]!;
      if (announcesPractices(item)) break;
      listed.add(j);
      const d = fromListItem(input, item);
      if (d) drafts.push(d);
    }
  });
  input.views.forEach((view, i) => {
    if (!listed.has(i)) drafts.push(...fromPresentations(input, view));
  });
  return merge(drafts);
}

/** "… следующие практики:", "Лучшие управленческие практики … рекомендованы …:" */
function announcesPractices(view: BlockView): boolean {
  if (!view.block.endsWithColon) return false;
  const text = fold(view.block.text);
  return entityGrammar().listIntro.some((stem) => text.includes(stem));
}

function fromListItem(input: PracticeInput, view: BlockView): Draft | null {
  const g = entityGrammar();
  // the block's column is where its text starts after the label, on its first line
  const textStart = skipNoise(view.text, view.block.column - 1);
  if (g.session.at(view.folded, textStart)) return null;
  const quote = input.quotes[view.index]!.find((q) => q.depth === 0 && q.start === textStart);
  if (quote) {
    const title = titleFromQuote(input, view, quote);
    return collect(input, view, title.text, quote.start, title.authorsFrom);
  }
  // an unquoted title runs up to its first author
  const firstPerson = input.peopleByView[view.index]![0];
  if (!firstPerson) return null;
  const title = trimUnquotedTitleEnd(squeeze(view.text.slice(textStart, firstPerson.start)));
  if (title.split(' ').length < 3) return null;
  return collect(input, view, title, textStart, firstPerson.start);
}

function fromPresentations(input: PracticeInput, view: BlockView): Draft[] {
  const g = entityGrammar();
  const out: Draft[] = [];
  const quotes = input.quotes[view.index]!.filter((q) => q.depth === 0);
  for (const m of g.presentation.all(view.folded, view.words)) {
    const quote = quotes[firstStartingAt(quotes, m.index + m.text.length)];
    if (!quote) continue;
    const between = view.text.slice(m.index + m.text.length, quote.start);
    const cut = titleFromQuote(input, view, quote);
    // "Презентация опыта участия в форуме. «Форум …»": the quote is the title;
    // "презентация опыта работы по … ценности «Крепкая семья …»": the whole phrase is
    if (/[.!?]\s|^[\s:–—-]*$/.test(between)) out.push(collect(input, view, cut.text, quote.start, cut.authorsFrom));
    else {
      const phrase = squeeze(view.text.slice(m.index, cut.end));
      out.push(collect(input, view, phrase.charAt(0).toUpperCase() + phrase.slice(1), m.index, cut.authorsFrom));
    }
  }
  return out;
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
  for (let i = view.text.indexOf('(', inner); i >= 0 && i < close; i = view.text.indexOf('(', i + 1)) {
    if (people.some((p) => p.start > i && p.start < close && view.text.slice(i + 1, p.start).trim() === '')) {
      end = i;
      break;
    }
  }
  const text = trimTitleEnd(squeeze(view.text.slice(inner, end)));
  return { text, end: end === close ? q.end : end, authorsFrom: end === close ? q.end : end };
}

/** Authors and organisations written after the title (from `from`) in the same block; `at` is where the title starts. */
function collect(input: PracticeInput, view: BlockView, title: string, at: number, from: number): Draft {
  // the authors end where the next title starts
  const quotes = input.quotes[view.index]!;
  const to = quotes[firstStartingAt(quotes, from)]?.start ?? Infinity;
  const all = input.peopleByView[view.index]!;
  const people: PersonMention[] = [];
  for (let i = firstStartingAt(all, from); i < all.length && all[i]!.start < to; i++) people.push(all[i]!);
  const authorIds = unique(mapPacked(people, (p) => input.personId(p)));
  const orgMentions = input.orgsByView[view.index]!;
  const orgsAfter: OrgMention[] = [];
  for (let i = firstStartingAt(orgMentions, from); i < orgMentions.length && orgMentions[i]!.start < to; i++) orgsAfter.push(orgMentions[i]!);
  const orgs = [
    ...mapPacked(orgsAfter, (o) => input.orgId(o)),
    ...mapPacked(people, (p) => (p.org ? input.orgId(p.org) : null)),
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
