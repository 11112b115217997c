import re
def edit(p, pairs):
    s=open(p).read()
    for a,b in pairs:
        assert a in s, (p, a[:70])
        s=s.replace(a,b)
    open(p,'w').write(s)

edit('src/extract/entities/org-mentions.ts', [
("import { entityGrammar, findPhrases, type OrgForm, type OrgType } from './grammar.js';",
 "import { entityGrammar, phraseAt, wordSpans, type OrgForm, type OrgType } from './grammar.js';"),
("import { findQuotes, type Quote } from './quotes.js';", "import type { Quote } from './quotes.js';"),
("""export function findOrgMentions(view: BlockView): OrgMention[] {
  const g = entityGrammar();
  const anchors: { at: number; glued?: OrgForm; gluedEnd?: number }[] = [];
  for (const m of view.text.matchAll(g.orgAnchorWritten)) anchors.push({ at: m.index });
  for (const m of findPhrases(view.folded, g.orgAnchorFolded)) anchors.push({ at: m.index });
  for (const m of view.text.matchAll(g.gluedForm)) anchors.push({ at: m.index, glued: g.formByAbbr.get(m[0])!, gluedEnd: m.index + m[0].length });
  anchors.sort((a, b) => a.at - b.at);

  const quotes = new Map(findQuotes(view.text).map((q) => [q.start, q]));""",
"""interface Anchor {
  at: number;
  glued?: { form: OrgForm; end: number };
}

/** `quotes`: the block's quotes (findQuotes). */
export function findOrgMentions(view: BlockView, blockQuotes: Quote[]): OrgMention[] {
  const anchors = findAnchors(view);
  const quotes = new Map(blockQuotes.map((q) => [q.start, q]));"""),
("""    const found = readMention(view, quotes, a.at, a.glued ? { form: a.glued, end: a.gluedEnd! } : null);""",
 """    const found = readMention(view, quotes, a.at, a.glued ?? null);"""),
("""interface Draft {""", """/**
 * Where a mention may start, from one scan of the block's words: a form or type
 * abbreviation, the first word of a spelled-out form or type, a capitalised
 * adjective before a type abbreviation ("Хазанская СОШ"), a form glued to the
 * caps word before it ("НМРМБУ"), "№№".
 */
function findAnchors(view: BlockView): Anchor[] {
  const g = entityGrammar();
  const { text, folded } = view;
  const anchors: Anchor[] = [];
  const words = wordSpans(text);
  for (let i = 0; i < words.length; i++) {
    const w = words[i]!;
    const f = folded.slice(w.start, w.end);
    if (g.formAbbr.firstWords.has(w.word) || g.typeAbbr.firstWords.has(w.word) || g.formPhrase.firstWords.has(f) || g.typePhrase.firstWords.has(f)) {
      anchors.push({ at: w.start });
      continue;
    }
    const next = words[i + 1];
    if (next && ADJECTIVE_WORD.test(w.word) && g.typeAbbr.firstWords.has(next.word) && /^\\s+$/.test(text.slice(w.end, next.start))) {
      // "Б-Воронежская", "Верх-Окинская": the name starts at its first part
      let at = w.start;
      for (let k = i; k > 0 && text[words[k]!.start - 1] === '-' && words[k - 1]!.end === words[k]!.start - 1; k--) at = words[k - 1]!.start;
      anchors.push({ at });
      continue;
    }
    if (CAPS_WORD.test(w.word)) {
      for (const form of g.formWords) {
        if (w.word.length < form.length + 2 || !w.word.endsWith(form)) continue;
        const at = w.end - form.length;
        g.formAbbrGlued.lastIndex = at;
        const m = g.formAbbrGlued.exec(text);
        if (m) anchors.push({ at, glued: { form: g.formByAbbr.get(m[0])!, end: g.formAbbrGlued.lastIndex } });
        break;
      }
    }
  }
  for (let i = text.indexOf('№№'); i >= 0; i = text.indexOf('№№', i + 2)) anchors.push({ at: i });
  return anchors.sort((a, b) => a.at - b.at);
}

interface Draft {"""),
("""const ADJECTIVE_NAME =""", """const ADJECTIVE_WORD = /^[А-ЯЁ][а-яё]*(?:ая|ий|ый|ой|ое|ей|ую|ого|ому|ом|ым)$/;
const CAPS_WORD = /^[А-ЯЁ]{4,}$/;
const ADJECTIVE_NAME ="""),
("""function matchForm(text: string, folded: string, p: number): { form: OrgForm; end: number } | null {
  const g = entityGrammar();
  g.formAbbr.lastIndex = p;
  const abbr = g.formAbbr.exec(text);
  if (abbr) return { form: g.formByAbbr.get(abbr[0])!, end: g.formAbbr.lastIndex };
  if (!g.formPhrase) return null;
  g.formPhrase.lastIndex = p;
  const phrase = g.formPhrase.exec(folded);
  if (phrase) return { form: g.formByPhrase.get(phrase[0].replace(/\\s+/g, ' '))!, end: g.formPhrase.lastIndex };
  return null;
}""", """function matchForm(text: string, folded: string, p: number): { form: OrgForm; end: number } | null {
  const g = entityGrammar();
  const abbr = phraseAt(text, p, g.formAbbr);
  if (abbr) return { form: g.formByAbbr.get(abbr)!, end: p + abbr.length };
  const phrase = phraseAt(folded, p, g.formPhrase);
  if (phrase) return { form: g.formByPhrase.get(phrase.replace(/\\s+/g, ' '))!, end: p + phrase.length };
  return null;
}"""),
("""  const g = entityGrammar();
  g.typeAbbr.lastIndex = p;
  const abbr = g.typeAbbr.exec(text);
  if (abbr) return { type: g.typeByForm.get(abbr[0])!, end: g.typeAbbr.lastIndex, abbreviation: true };
  g.typePhrase.lastIndex = p;
  const phrase = g.typePhrase.exec(folded);
  if (phrase) return { type: g.typeByForm.get(phrase[0].replace(/\\s+/g, ' '))!, end: g.typePhrase.lastIndex, abbreviation: false };
  return null;""", """  const g = entityGrammar();
  const abbr = phraseAt(text, p, g.typeAbbr);
  if (abbr) return { type: g.typeByForm.get(abbr)!, end: p + abbr.length, abbreviation: true };
  const phrase = phraseAt(folded, p, g.typePhrase);
  if (phrase) return { type: g.typeByForm.get(phrase.replace(/\\s+/g, ' '))!, end: p + phrase.length, abbreviation: false };
  return null;"""),
])

edit('src/extract/entities/roles.ts', [
("import { entityGrammar, type Lexeme } from './grammar.js';", "import { entityGrammar, findPhrases, phraseAt, type Lexeme } from './grammar.js';"),
("""    g.headAt.lastIndex = q;
    const h = g.headAt.exec(view.folded);
    if (h) return { start: p, end: g.headAt.lastIndex, lexeme: g.heads.get(h[0].replace(/\\s+/g, ' '))!, modifiers };
    g.modifierAt.lastIndex = q;
    const m = g.modifierAt.exec(view.folded);
    if (!m) return null;
    modifiers.push(g.modifiers.get(m[0])!);
    q = skipSpaces(view.text, g.modifierAt.lastIndex);""", """    const h = phraseAt(view.folded, q, g.head);
    if (h) return { start: p, end: q + h.length, lexeme: g.heads.get(h.replace(/\\s+/g, ' '))!, modifiers };
    const m = phraseAt(view.folded, q, g.modifier);
    if (!m) return null;
    modifiers.push(g.modifiers.get(m)!);
    q = skipSpaces(view.text, q + m.length);"""),
("""  for (const m of slice.matchAll(g.roleHead)) {
    heads.push({ start: ws + m.index, end: ws + m.index + m[0].length, lexeme: g.heads.get(m[0].replace(/\\s+/g, ' '))!, modifiers: [] });""", """  for (const m of findPhrases(slice, g.head)) {
    heads.push({ start: ws + m.index, end: ws + m.index + m.text.length, lexeme: g.heads.get(m.text.replace(/\\s+/g, ' '))!, modifiers: [] });"""),
])

edit('src/extract/entities/projects.ts', [
("import { entityGrammar } from './grammar.js';", "import { entityGrammar, findPhrases } from './grammar.js';"),
("""  let last: RegExpExecArray | null = null;
  const re = entityGrammar().projectHead;
  re.lastIndex = 0;
  for (let m = re.exec(before); m; m = re.exec(before)) last = m;
  if (!last) return false;
  const between = before.slice(last.index + last[0].length);""", """  let last: { index: number; text: string } | null = null;
  for (const m of findPhrases(before, entityGrammar().projectHead)) last = m;
  if (!last) return false;
  const between = before.slice(last.index + last.text.length);"""),
])

edit('src/extract/entities/index.ts', [
("""      const joined = makeView({ ...v.block, endLine: next.block.endLine }, i, lines);
      out[i] = findOrgMentions(joined).filter((m) => m.start === 0);
      out[i + 1] = findOrgMentions(next).filter((m) => !out[i]!.length || m.start > next.text.indexOf('»'));""", """      const joined = makeView({ ...v.block, endLine: next.block.endLine }, i, lines);
      out[i] = findOrgMentions(joined, findQuotes(joined.text)).filter((m) => m.start === 0);
      out[i + 1] = findOrgMentions(next, quotes[i + 1]!).filter((m) => !out[i]!.length || m.start > next.text.indexOf('»'));"""),
("""    out[i] = findOrgMentions(v);""", """    out[i] = findOrgMentions(v, quotes[i]!);"""),
("function findAllOrgMentions(views: BlockView[], lines: string[]): OrgMention[][] {", "function findAllOrgMentions(views: BlockView[], quotes: Quote[][], lines: string[]): OrgMention[][] {"),
("  const orgsByView = findAllOrgMentions(views, input.lines);", "  const orgsByView = findAllOrgMentions(views, quotes, input.lines);"),
("import { findQuotes } from './quotes.js';", "import { findQuotes, type Quote } from './quotes.js';"),
])
