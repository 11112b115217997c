// Organisation mentions in one block, as written: "МБОУ ООШ № 9 г. Канска",
// "МАОУ МО Динской район СОШ № 29 имени Броварца В.Т.", "МОУ Хазанская СОШ",
// "МАОУ «Гимназия №1 г. Канска»", "СОШ (№№1,2,4,29,30,35)", "гимназии № 1 и № 4".
// A mention is read left to right from an anchor (a form, a type, "№№"):
//   [form] [МО district] [adjective name] [type | unknown abbreviation after a form]
//   [«quoted name»] [№ / №№ numbers] [locality] [имени …] [locality]
// Every step is a sticky match at one position, so a block is read once.
import { squeeze } from '../shared/text/normalize.js';
import { entityGrammar, type OrgForm, type OrgType } from './grammar.js';
import { adjectiveNominative } from '../shared/morph/adjectives.js';
import { parseLocality } from './localities.js';
import { isNameSized, withoutQuoteMarks, type Quote } from './quotes.js';
import { lineAt, type BlockView, type Span } from './view.js';
import { A_LETTER, LETTER } from '../shared/text/chars.js';
import { trimDots } from '../shared/text/trim.js';
import { readNumbers } from './org-numbers.js';

export interface OrgMention extends Span {
  /** the mention as written, white space squeezed */
  text: string;
  form: string | null;
  type: string | null;
  /** the type comes only from the form (МБДОУ → ДОУ) */
  typeImplied: boolean;
  numbers: number[];
  /** proper name: «quoted», adjective ("Хазанская") and/or "имени …" */
  name: string | null;
  /** the adjective name alone, kept to tell "Хазанский «Ёлочка»" from "Ухтуйский «Ёлочка»" */
  adjective: string | null;
  locality: string | null;
  /** only a type abbreviation ("ЦДиК"): names an organisation mentioned elsewhere, never one on its own */
  bare: boolean;
  /** block index and source line of the mention's start */
  view: number;
  line: number;
}

const ADJECTIVE_WORD = /^[А-ЯЁ][а-яё]*(?:ая|ий|ый|ой|ое|ей|ую|ого|ому|ом|ым)$/;
const CAPS_WORD = /^[А-ЯЁ]{4,}$/;
/** The first parts of a hyphenated name: "Б-", "Верх-". */
const HYPHENATED_BEFORE = /(?:[А-ЯЁ][а-яё]*-)+$/;
const ADJECTIVE_NAME = /([А-ЯЁ][а-яё]*(?:-[А-ЯЁа-яё][а-яё]*)*(?:ая|ий|ый|ой|ое|ей|ую|ого|ому|ом|ым))\s+/y;
const UNKNOWN_ABBR = new RegExp(`[А-ЯЁ]{2,}(?:[а-яё]{1,2}[А-ЯЁ]+)*(?![${LETTER}\\d])`, 'uy');
const CONTINUATION = /\s*(?:,|\sи)\s*(?=№\s*\d)/y;
const NAMESAKE_START = /\s*(?:имени|им\.)\s*/y;
const NAMESAKE_TOKEN = /[^\s,;()«»"“”„]+/y;
const INITIALS = /^(?:[А-ЯЁ]\.\s?){1,2}$/;
const GLUED_NAME = /^(?:[А-ЯЁ]\.){1,2}[А-ЯЁ][а-яё]+/;

interface Anchor {
  at: number;
  /** a form glued to the caps word before it ("НМРМБУ"); null on every other anchor (one shape for all) */
  glued: { form: OrgForm; end: number } | null;
}

/** `quotes`: the block's quotes (findQuotes). */
export function findOrgMentions(view: BlockView, blockQuotes: Quote[]): OrgMention[] {
  const anchors = findAnchors(view);
  // most blocks name no organisation: no map of their quotes then
  if (anchors.length === 0) return [];
  const quotes = new Map(blockQuotes.map((q) => [q.start, q]));
  const out: OrgMention[] = [];
  let consumed = 0;
  for (const a of anchors) {
    if (a.at < consumed) continue;
    const found = readMention(view, quotes, a.at, a.glued);
    if (!found.length) continue;
    out.push(...found);
    consumed = found[found.length - 1]!.end;
  }
  return out;
}

/**
 * Where a mention may start, from one scan of the block's words: a form or type
 * abbreviation, the first word of a spelled-out form or type, a capitalised
 * adjective before a type abbreviation ("Хазанская СОШ"), a form glued to the
 * caps word before it ("НМРМБУ"), "№№".
 */
function findAnchors(view: BlockView): Anchor[] {
  const g = entityGrammar();
  // read once per block: the grammar record changes shape as its fields are built on first use
  // (grammar.ts lazyRecord), so a read in the loop would be a generic lookup at every word
  const { anyAbbr, anyPhrase, typeAbbr } = g;
  const { text, folded } = view;
  const anchors: Anchor[] = [];
  const words = view.words;
  for (let k = 0; k < words.length; k += 2) {
    const start = words[k]!;
    const end = words[k + 1]!;
    const written = anyAbbr.at(text, start);
    if (written || anyPhrase.at(folded, start)) {
      // "Хазанская СОШ", "Б-Воронежская ООШ": the name before the type starts the mention
      if (written && k >= 2 && typeAbbr.at(text, start)) {
        const before = text.slice(words[k - 2]!, words[k - 1]!);
        if (ADJECTIVE_WORD.test(before) && /^\s+$/.test(text.slice(words[k - 1]!, start))) {
          const hyphenated = HYPHENATED_BEFORE.exec(text.slice(Math.max(0, words[k - 2]! - 40), words[k - 2]!));
          anchors.push({ at: words[k - 2]! - (hyphenated?.[0].length ?? 0), glued: null });
        }
      }
      anchors.push({ at: start, glued: null });
      continue;
    }
    const c = text.charCodeAt(start);
    if (end - start < 6 || c < 0x410 || c > 0x42f) continue;
    const word = text.slice(start, end);
    if (CAPS_WORD.test(word)) {
      for (const form of g.formWords) {
        if (word.length < form.length + 2 || !word.endsWith(form)) continue;
        const at = end - form.length;
        const fa = g.formAbbr.at(text, at, false);
        if (fa) anchors.push({ at, glued: { form: g.formByAbbr.get(fa)!, end: at + fa.length } });
        break;
      }
    }
  }
  for (let i = text.indexOf('№№'); i >= 0; i = text.indexOf('№№', i + 2)) anchors.push({ at: i, glued: null });
  return anchors.sort((a, b) => a.at - b.at);
}

interface Draft {
  start: number;
  end: number;
  form: OrgForm | null;
  type: OrgType | null;
  numbers: number[];
  listed: boolean;
  quoted: string | null;
  adjective: string | null;
  namesake: string | null;
  locality: string | null;
}

function readMention(view: BlockView, quotes: Map<number, Quote>, at: number, glued: { form: OrgForm; end: number } | null): OrgMention[] {
  const g = entityGrammar();
  const { text, folded } = view;
  const d: Draft = { start: at, end: at, form: null, type: null, numbers: [], listed: false, quoted: null, adjective: null, namesake: null, locality: null };
  let p = at;

  const form = glued ?? matchForm(text, folded, p);
  if (form) {
    d.form = form.form;
    p = form.end;
    d.end = p;
    const mo = parseMunicipality(text, folded, p);
    if (mo) {
      d.locality = mo.locality;
      p = d.end = mo.end;
    }
  }
  ADJECTIVE_NAME.lastIndex = skipSpaces(text, p);
  const adj = ADJECTIVE_NAME.exec(text);
  const typeAfterAdj = adj ? matchType(text, folded, ADJECTIVE_NAME.lastIndex) : null;
  // an adjective names an institution before an abbreviated type ("Хазанская СОШ"),
  // or before any type after a form ("МДОУ Хазанский детский сад"); never alone
  // ("Современная школа" is a project)
  if (adj && typeAfterAdj && (d.form || typeAfterAdj.abbreviation)) {
    d.type = typeAfterAdj.type;
    d.adjective = adjectiveNominative(adj[1]!, typeAfterAdj.type.gender);
    p = d.end = typeAfterAdj.end;
  } else {
    const type = matchType(text, folded, skipSpaces(text, p));
    if (type) {
      d.type = type.type;
      p = d.end = type.end;
    } else if (d.form) {
      UNKNOWN_ABBR.lastIndex = skipSpaces(text, p);
      const abbr = UNKNOWN_ABBR.exec(text);
      if (abbr && !g.formByAbbr.has(abbr[0])) {
        d.type = { type: abbr[0], gender: 'male' };
        p = d.end = UNKNOWN_ABBR.lastIndex;
      }
    }
  }
  if (d.form || d.type) {
    const q = quotes.get(skipSpaces(text, p));
    if (q) {
      readQuotedName(view, q, d);
      p = d.end = q.end;
    }
  }
  const nums = readNumbers(text, p);
  if (nums && (d.form || d.type || (nums.listed && entityGrammar().schoolContext.test(folded.slice(Math.max(0, at - 60), at))))) {
    d.numbers = nums.numbers;
    d.listed = nums.listed;
    p = d.end = nums.end;
  }
  if (!d.form && !d.type && !d.numbers.length) return [];
  // "МАДОУ детский сад № 15 «Солнышко»": the name after the number
  const after = (d.form || d.type) && !d.quoted ? quotes.get(skipSpaces(text, p)) : undefined;
  if (after && isNameSized(after)) {
    d.quoted = squeeze(after.inner);
    p = d.end = after.end;
  }
  for (let round = 0; round < 2; round++) {
    const loc = d.locality ? null : parseLocality(text, folded, p);
    if (loc) {
      d.locality = loc.locality;
      p = d.end = loc.end;
    }
    const namesake = round === 0 ? readNamesake(text, folded, p) : null;
    if (!namesake) break;
    d.namesake = namesake.name;
    p = d.end = namesake.end;
  }
  const first = finish(view, d);
  if (!first) return [];
  const out = [first];
  // "гимназии № 1 и № 4": each "№" is an organisation of the same kind
  let last = d;
  while (d.numbers.length && !d.listed) {
    CONTINUATION.lastIndex = last.end;
    if (!CONTINUATION.exec(text)) break;
    const next = readNumbers(text, CONTINUATION.lastIndex);
    if (!next) break;
    const sibling: Draft = { ...d, start: CONTINUATION.lastIndex, end: next.end, numbers: next.numbers, listed: next.listed, quoted: null, adjective: null, namesake: null };
    const loc = parseLocality(text, folded, next.end);
    if (loc) {
      sibling.locality = loc.locality;
      sibling.end = loc.end;
    }
    const m = finish(view, sibling);
    if (!m) break;
    out.push(m);
    last = sibling;
  }
  return out;
}

function finish(view: BlockView, d: Draft): OrgMention | null {
  const name = [d.quoted ?? d.adjective, d.namesake].filter((x): x is string => !!x).join(' ') || null;
  if (d.form && !d.type && !d.numbers.length && !name && !d.locality) return null; // "МБОУ" alone names no one
  const bare = !d.form && !d.numbers.length && !name && !d.locality;
  if (bare && (!d.type || !/[А-ЯЁ]{2}/.test(d.type.type))) return null; // "в школах района"
  return {
    start: d.start,
    end: d.end,
    text: squeeze(view.text.slice(d.start, d.end)),
    form: d.form?.form ?? null,
    type: d.type?.type ?? d.form?.impliesType ?? null,
    typeImplied: !d.type && !!d.form?.impliesType,
    numbers: d.numbers,
    name,
    adjective: d.adjective,
    locality: d.locality,
    bare,
    view: view.index,
    line: lineAt(view, d.start),
  };
}

function matchForm(text: string, folded: string, p: number): { form: OrgForm; end: number } | null {
  const g = entityGrammar();
  const abbr = g.formAbbr.at(text, p);
  if (abbr) return { form: g.formByAbbr.get(abbr)!, end: p + abbr.length };
  const phrase = g.formPhrase.at(folded, p);
  if (phrase) return { form: g.formByPhrase.get(phrase.replace(/\s+/g, ' '))!, end: p + phrase.length };
  return null;
}

function matchType(text: string, folded: string, p: number): { type: OrgType; end: number; abbreviation: boolean } | null {
  const g = entityGrammar();
  const abbr = g.typeAbbr.at(text, p);
  if (abbr) return { type: g.typeByForm.get(abbr)!, end: p + abbr.length, abbreviation: true };
  const phrase = g.typePhrase.at(folded, p);
  if (phrase) return { type: g.typeByForm.get(phrase.replace(/\s+/g, ' '))!, end: p + phrase.length, abbreviation: false };
  return null;
}

/** "МО Динской район" right after a form. */
function parseMunicipality(text: string, folded: string, p: number): { locality: string; end: number } | null {
  const g = entityGrammar();
  const at = skipSpaces(text, p);
  if (!g.municipality.at(folded, at)) return null;
  return parseLocality(text, folded, at);
}

/** «Гимназия №1 г. Канска» is a type, a number and a locality; «Ресурсно-методический центр» is a name. */
function readQuotedName(view: BlockView, q: Quote, d: Draft): void {
  const { text, folded } = view;
  const innerStart = q.start + 1;
  const innerEnd = q.closed ? q.end - 1 : q.end;
  let p = skipSpaces(text, innerStart);
  const named = quotedAdjectiveType(text, folded, p, innerEnd);
  if (named) {
    d.adjective ??= adjectiveNominative(named.adjective, named.type.type.gender);
    p = named.type.start;
  }
  const type = matchType(text, folded, p);
  if (type && !d.type) d.type = type.type;
  if (type) p = type.end;
  const nums = readNumbers(text, p);
  if (nums && nums.end <= innerEnd) {
    d.numbers = nums.numbers;
    d.listed = nums.listed;
    p = nums.end;
  }
  // a locality at the end of the quoted name: "… центр города Канска»"
  let beforeLocality = innerEnd;
  for (let i = innerEnd - 1; i > p && i > innerEnd - 60; i--) {
    if (text[i - 1] !== ' ') continue;
    const loc = parseLocality(text, folded, i);
    if (loc && loc.end === innerEnd) {
      d.locality ??= loc.locality;
      beforeLocality = i;
      break;
    }
  }
  const rest = text.slice(p, innerEnd);
  if (type && (!A_LETTER.test(rest) || parseLocality(text, folded, p)?.end === innerEnd)) return;
  if (!isNameSized(q)) return;
  // «Детский сад № 15 «Радуга»»: a full name that opens with the type (and number) is
  // those and a proper name, the one after them, as in "детский сад № 15 «Радуга»"
  d.quoted = type ? squeeze(withoutQuoteMarks(text.slice(p, beforeLocality))) || null : squeeze(text.slice(innerStart, innerEnd));
}

/**
 * «Дубровская СОШ № 2», «Берёзовская ООШ»: an adjective name before an abbreviated
 * type inside the quotes is the name, the type the type (as "Хазанская СОШ" unquoted).
 */
function quotedAdjectiveType(text: string, folded: string, p: number, innerEnd: number): { adjective: string; type: { type: OrgType; start: number } } | null {
  ADJECTIVE_NAME.lastIndex = p;
  const adj = ADJECTIVE_NAME.exec(text);
  if (!adj || ADJECTIVE_NAME.lastIndex >= innerEnd) return null;
  const start = ADJECTIVE_NAME.lastIndex;
  const type = matchType(text, folded, start);
  return type?.abbreviation && type.end <= innerEnd ? { adjective: adj[1]!, type: { type: type.type, start } } : null;
}

/**
 * "имени Броварца В.Т.", "им. А.С. Пушкина", "имени Героя Советского Союза И.И. Иванова":
 * the marker, then words up to the person's name, which ends the phrase.
 */
function readNamesake(text: string, folded: string, p: number): { name: string; end: number } | null {
  NAMESAKE_START.lastIndex = p;
  if (!NAMESAKE_START.exec(folded)) return null;
  let q = NAMESAKE_START.lastIndex;
  let end = -1;
  let prev: 'initials' | 'word' | null = null;
  for (let i = 0; i < 8; i++) {
    NAMESAKE_TOKEN.lastIndex = q;
    const t = NAMESAKE_TOKEN.exec(text);
    if (!t) break;
    const token = t[0];
    const tokenEnd = NAMESAKE_TOKEN.lastIndex;
    const next = peekToken(text, tokenEnd);
    if (INITIALS.test(token)) {
      end = tokenEnd;
      if (prev === 'word' && !/^[А-ЯЁ][а-яё]/.test(next)) break;
      prev = 'initials';
    } else if (GLUED_NAME.test(token)) {
      end = q + GLUED_NAME.exec(token)![0].length;
      break;
    } else if (/^[А-ЯЁ\d]/.test(token) || (i === 0 && /^[а-яё]/.test(token))) {
      // a word's last dot ends the sentence, not the name
      end = q + trimDots(token).length;
      if (prev === 'initials') break;
      prev = 'word';
      if (!INITIALS.test(next) && !/^[А-ЯЁ]/.test(next)) break;
    } else break;
    q = skipSpaces(text, tokenEnd);
  }
  if (end < 0) return null;
  return { name: squeeze(text.slice(p, end)), end };
}

function peekToken(text: string, p: number): string {
  NAMESAKE_TOKEN.lastIndex = skipSpaces(text, p);
  return NAMESAKE_TOKEN.exec(text)?.[0] ?? '';
}

function skipSpaces(text: string, p: number): number {
  while (p < text.length && (text[p] === ' ' || text[p] === '\n')) p++;
  return p;
}
