def edit(p, pairs):
    s=open(p).read()
    for a,b in pairs:
        assert a in s, (p, a[:80])
        s=s.replace(a,b)
    open(p,'w').write(s)
p='src/extract/entities/grammar.ts'
s=open(p).read()
a=s.index("/**\n * A long list of phrases, found without trying")
b=s.index("let compiled: EntityGrammar | null = null;")
s=s[:a]+'''const WORDS = /[0-9A-Za-zА-Яа-яЁё]+/g;

export interface WordSpan {
  start: number;
  end: number;
  word: string;
}

/** The words of a text with their offsets, to scan it once. */
export function wordSpans(text: string): WordSpan[] {
  const out: WordSpan[] = [];
  for (const m of text.matchAll(WORDS)) out.push({ start: m.index, end: m.index + m[0].length, word: m[0] });
  return out;
}

'''+s[b:]
open(p,'w').write(s)
edit(p, [
("import { declinePhrase, type Case, type Gender } from './declension.js';", "import { declinePhrase, type Case, type Gender } from './declension.js';\nimport { PhraseIndex } from './phrases.js';"),
("""  /** sticky, written: the same without the word boundary before, for a form glued to a caps word ("НМРМБУ ДО") */
  formAbbrGlued: RegExp;
""", ""),
("""  /** sticky, folded: a locality marker ("г.", "города") */
  localityMarker: RegExp;""", """  /** folded: a locality marker ("г.", "города") */
  localityMarker: PhraseIndex;"""),
("""  /** sticky, folded: a district word in any case ("района", "городского округа") */
  district: RegExp;""", """  /** folded: a district word in any case ("района", "городского округа") */
  district: PhraseIndex;"""),
("""  /** sticky, folded: "МО", "муниципального образования" */
  municipality: RegExp;""", """  /** folded: "мо", "муниципального образования" */
  municipality: PhraseIndex;"""),
("""  session: RegExp;""", """  /** folded: "круглый стол", "квиза" … */
  session: PhraseIndex;"""),
("""  const written = (items: Iterable<string>) => new RegExp(`(?:${alternation(items)})(?![\\\\p{L}\\\\d])`, 'uy');
  const folded = (items: Iterable<string>) => new RegExp(`(?:${phrasePattern(items)})`, 'uy');
  return {
    formAbbr: phraseIndex(formAbbrs, written(formAbbrs)),
    formAbbrGlued: written(formAbbrs),
    formWords: formAbbrs.filter((f) => /^[А-ЯЁ]+$/.test(f)),
    formByAbbr,
    formPhrase: phraseIndex(formByPhrase.keys(), folded(formByPhrase.keys())),
    formByPhrase,
    typeAbbr: phraseIndex(typeAbbrs, written(typeAbbrs)),
    typePhrase: phraseIndex(typePhrases, folded(typePhrases)),""", """  return {
    formAbbr: new PhraseIndex(formAbbrs),
    formWords: formAbbrs.filter((f) => /^[А-ЯЁ]+$/.test(f)),
    formByAbbr,
    formPhrase: new PhraseIndex(formByPhrase.keys()),
    formByPhrase,
    typeAbbr: new PhraseIndex(typeAbbrs),
    typePhrase: new PhraseIndex(typePhrases),"""),
("""    modifier: phraseIndex(modifiers.keys(), folded(modifiers.keys())),
    head: phraseIndex(heads.keys(), folded(heads.keys())),""", """    modifier: new PhraseIndex(modifiers.keys()),
    head: new PhraseIndex(heads.keys()),"""),
("""    presentation: phraseIndex(presentations, folded(presentations)),""", """    presentation: new PhraseIndex(presentations),"""),
("""    projectHead: phraseIndex(projectHeads, folded(projectHeads)),""", """    projectHead: new PhraseIndex(projectHeads),"""),
])
s=open(p).read()
import re
# locality / district / municipality / session
s=re.sub(r"    // a digit may touch the marker: \"№ 5г\. Канска\"\n    localityMarker: new RegExp\(.*?\),\n", "    localityMarker: new PhraseIndex(markerWords),\n", s)
s=re.sub(r"    district: new RegExp\(.*?\),\n", "    district: new PhraseIndex(districtByForm.keys()),\n", s)
s=re.sub(r"    municipality: new RegExp\(.*?\),\n", "    municipality: new PhraseIndex(localities.municipality.map(fold)),\n", s)
s=re.sub(r"    session: new RegExp\(.*?\),\n", "    session: new PhraseIndex(practices.sessions.flatMap((x) => declinePhrase(x).map((w) => w.form))),\n", s)
open(p,'w').write(s)

edit('src/extract/entities/org-mentions.ts', [
("import { entityGrammar, phraseAt, wordSpans, type OrgForm, type OrgType } from './grammar.js';", "import { entityGrammar, wordSpans, type OrgForm, type OrgType } from './grammar.js';"),
("""    if (g.formAbbr.firstWords.has(w.word) || g.typeAbbr.firstWords.has(w.word) || g.formPhrase.firstWords.has(f) || g.typePhrase.firstWords.has(f)) {""",
 """    if (g.formAbbr.at(text, w.start) || g.typeAbbr.at(text, w.start) || g.formPhrase.at(folded, w.start) || g.typePhrase.at(folded, w.start)) {"""),
("""    const f = folded.slice(w.start, w.end);
""", ""),
("""    if (next && ADJECTIVE_WORD.test(w.word) && g.typeAbbr.firstWords.has(next.word) && """, """    if (next && ADJECTIVE_WORD.test(w.word) && g.typeAbbr.at(text, next.start) && """),
("""        const at = w.end - form.length;
        g.formAbbrGlued.lastIndex = at;
        const m = g.formAbbrGlued.exec(text);
        if (m) anchors.push({ at, glued: { form: g.formByAbbr.get(m[0])!, end: g.formAbbrGlued.lastIndex } });""", """        const at = w.end - form.length;
        const m = g.formAbbr.at(text, at, false);
        if (m) anchors.push({ at, glued: { form: g.formByAbbr.get(m)!, end: at + m.length } });"""),
("""  const abbr = phraseAt(text, p, g.formAbbr);""", """  const abbr = g.formAbbr.at(text, p);"""),
("""  const phrase = phraseAt(folded, p, g.formPhrase);""", """  const phrase = g.formPhrase.at(folded, p);"""),
("""  const abbr = phraseAt(text, p, g.typeAbbr);""", """  const abbr = g.typeAbbr.at(text, p);"""),
("""  const phrase = phraseAt(folded, p, g.typePhrase);""", """  const phrase = g.typePhrase.at(folded, p);"""),
])
edit('src/extract/entities/roles.ts', [
("import { entityGrammar, findPhrases, phraseAt, type Lexeme } from './grammar.js';", "import { entityGrammar, type Lexeme } from './grammar.js';"),
("""    const h = phraseAt(view.folded, q, g.head);""", """    const h = g.head.at(view.folded, q);"""),
("""    const m = phraseAt(view.folded, q, g.modifier);""", """    const m = g.modifier.at(view.folded, q);"""),
("""  for (const m of findPhrases(slice, g.head)) {""", """  for (const m of g.head.all(slice)) {"""),
])
edit('src/extract/entities/projects.ts', [
("import { entityGrammar, findPhrases } from './grammar.js';", "import { entityGrammar } from './grammar.js';"),
("""  for (const m of findPhrases(before, entityGrammar().projectHead)) last = m;""", """  for (const m of entityGrammar().projectHead.all(before)) last = m;"""),
])
edit('src/extract/entities/practices.ts', [
("import { entityGrammar, findPhrases } from './grammar.js';", "import { entityGrammar } from './grammar.js';"),
("""  for (const m of findPhrases(view.folded, g.presentation)) {""", """  for (const m of g.presentation.all(view.folded)) {"""),
("""  if (g.session.test(view.folded.slice(textStart))) return null;""", """  if (g.session.at(view.folded, textStart)) return null;"""),
])
