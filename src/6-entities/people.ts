// People mentioned in each block: the name in the nominative, the gender, the
// role and the organisation the context gives them.
//   "Чулков И.П., директор, Лузгина Е.В., зам. директора по УВР МБОУ ООШ № 9" —
//   a list of people followed by an organisation gives it to all of them;
//   "Справку составила: / специалист МКУ РМЦ г. Канска / З.А.Легенченко" — a name
//   alone under a role line takes that role.
// Namesakes are not people: a name inside an organisation's name ("имени …") or
// inside a quoted title.
import { fold, squeeze } from '../shared/text/normalize.js';
import type { Case } from '../shared/morph/categories.js';
import { entityGrammar } from './grammar.js';
import { findNames, type NameMention } from './names.js';
import type { OrgMention } from './org-mentions.js';
import { topLevel, type Quote } from './quotes.js';
import { roleAfter, roleAtStart, roleBefore, type Role } from './roles.js';
import { analyzeSurname, givenNominative, patronymicCase, patronymicGender, patronymicNominative, type PersonGender, type SurnameReading } from '../shared/morph/surnames.js';
import { anyOverlap, lineAt, spanStartingAt, type BlockView, type Span } from './view.js';
import { LETTER, isLetterCode, isLetterOrDigitCode } from '../shared/text/chars.js';

export interface PersonMention extends Span {
  view: number;
  line: number;
  /** nominative */
  surname: string;
  initials: string;
  fullName: string | null;
  gender: PersonGender | null;
  /** other nominative readings of an ambiguous written form ("Чулкова" → Чулков) */
  alternatives: SurnameReading[];
  /** the surname is read as written: a nominative reading, not one restored from a case form */
  asWritten: boolean;
  role: Role | null;
  org: OrgMention | null;
}

const LIST_GAP = /[\s,–—-]*/y;
const WORDS = new RegExp(`[${LETTER}]+`, 'gu');

export function findPeople(views: BlockView[], orgsByView: OrgMention[][], quotesByView: Quote[][]): PersonMention[][] {
  const out = views.map((v, i) => peopleInView(v, orgsByView[i]!, quotesByView[i]!));
  out.forEach((mentions, i) => {
    if (mentions.length === 1 && !mentions[0]!.role && i > 0) signature(views, orgsByView, i, mentions[0]!);
  });
  return out;
}

function peopleInView(view: BlockView, orgs: OrgMention[], quotes: Quote[]): PersonMention[] {
  const found = findNames(view.text);
  // most blocks name nobody: nothing else is built for them
  if (found.length === 0) return [];
  const g = entityGrammar();
  const titles = topLevel(quotes).filter((q) => q.closed && !q.inner.includes('('));
  const names = found.filter(
    (n) => !anyOverlap(orgs, n) && !g.namesakeMarker.test(view.folded.slice(Math.max(0, n.start - 12), n.start)) && !anyOverlap(titles, n),
  );
  const stops: Span[] = [...orgs, ...names].sort((a, b) => a.start - b.start);
  const out: PersonMention[] = [];
  let pending: PersonMention[] = [];
  let floor = 0;
  names.forEach((n, i) => {
    let role = roleAfter(view, n.end, stops);
    // "… Дяденко О.В., председатель Совета … С.И. Чмулева": a role running into the next name is that name's
    if (role && names[i + 1] && skipSpaces(view.text, role.end) === names[i + 1]!.start) role = null;
    role ??= roleBefore(view, n.start, floor, orgs);
    const mention = readMention(view, n, role, floor);
    out.push(mention);

    LIST_GAP.lastIndex = role && role.end > n.end ? role.end : n.end;
    LIST_GAP.exec(view.text);
    const cursor = LIST_GAP.lastIndex;
    const org = spanStartingAt(orgs, cursor);
    if (role?.org) mention.org = role.org;
    if (org) {
      for (const p of [...pending, mention]) p.org ??= org;
      pending = [];
    } else if (names[i + 1]?.start === cursor) pending.push(mention);
    else pending = [];
    floor = Math.max(n.end, role && role.end > n.end ? role.end : n.end);
  });
  return out;
}

function readMention(view: BlockView, n: NameMention, role: Role | null, floor: number): PersonMention {
  const g = entityGrammar();
  // "доклад Э.В. Боровского": a word that governs the genitive, before the name or its role
  const anchor = role && role.end <= n.start ? role.start : n.start;
  const before = lastWord(view.folded, Math.max(floor, anchor - 40), anchor);
  let kase: Case | null = n.patronymic ? patronymicCase(n.patronymic) : null;
  kase ??= role?.case ?? (before && g.genitiveWords.has(before) ? 'gen' : null);
  const analysis = analyzeSurname(n.surname, kase);
  const patronymic = n.patronymic ? patronymicGender(n.patronymic) : null;
  const gender = analysis.gender ?? patronymic ?? roleGender(role) ?? verbGender(view.folded.slice(floor, n.start));
  const fullName =
    n.given && n.patronymic
      ? `${analysis.surname} ${givenNominative(n.given, gender, kase, g.givenNames)} ${patronymicNominative(n.patronymic)}`
      : null;
  return {
    start: n.start,
    end: n.end,
    view: view.index,
    line: lineAt(view, n.start),
    surname: analysis.surname,
    initials: n.initials,
    fullName,
    gender,
    alternatives: analysis.alternatives,
    asWritten: analysis.surname === n.surname,
    role,
    org: null,
  };
}

/** "заведующая" is a woman; "заведующий" is said of both (grammar person-names, femaleRoles). */
function roleGender(role: Role | null): PersonGender | null {
  if (!role) return null;
  const female = entityGrammar().femaleRoles;
  return fold(role.text).split(' ').some((w) => female.has(leadingLetters(w))) ? 'female' : null;
}

/** The letters a word starts with ("заведующая," → "заведующая"). */
function leadingLetters(word: string): string {
  let end = 0;
  while (end < word.length && isLetterCode(word.charCodeAt(end))) end++;
  return word.slice(0, end);
}

/** "выступила …", "составила:": the last past-tense verb of the grammar before the name. */
function verbGender(folded: string): PersonGender | null {
  const verbs = entityGrammar().genderVerbs;
  const words = folded.match(WORDS) ?? [];
  for (let i = words.length - 1; i >= 0 && i >= words.length - 25; i--) {
    const gender = verbs.get(words[i]!);
    if (gender) return gender;
  }
  return null;
}

/** A name alone in its block, under a line that opens with a role: a signature. */
function signature(views: BlockView[], orgsByView: OrgMention[][], i: number, mention: PersonMention): void {
  const view = views[i]!;
  const rest = squeeze(view.text.slice(0, mention.start) + view.text.slice(mention.end)).replace(/[.,;:\s]/g, '');
  if (rest) return;
  const prev = views[i - 1]!;
  const prevOrgs = orgsByView[i - 1]!;
  const role = roleAtStart(prev, prevOrgs);
  if (!role) return;
  mention.role = role;
  LIST_GAP.lastIndex = role.end;
  LIST_GAP.exec(prev.text);
  mention.org ??= spanStartingAt(prevOrgs, LIST_GAP.lastIndex) ?? null;
  if (!mention.gender) {
    const above = views.slice(Math.max(0, i - 3), i).map((v) => v.folded).join(' ');
    mention.gender = verbGender(above);
  }
}

/** The key a person is known by in one document: nominative surname and initials. */
export function personKey(surname: string, initials: string): string {
  return `${fold(surname)}|${fold(initials).replace(/[.\s]/g, '')}`;
}

/** The last word in text[from, to). */
function lastWord(text: string, from: number, to: number): string | null {
  let end = to;
  while (end > from && !isLetterOrDigitCode(text.charCodeAt(end - 1))) end--;
  let start = end;
  while (start > from && isLetterOrDigitCode(text.charCodeAt(start - 1))) start--;
  return start < end ? text.slice(start, end) : null;
}

function skipSpaces(text: string, p: number): number {
  while (p < text.length && /\s/.test(text[p]!)) p++;
  return p;
}
