p='src/extract/entities/grammar.ts'
s=open(p).read()
start=s.index("export interface EntityGrammar {")
end=s.index("let compiled: EntityGrammar | null = null;")
iface=open('.scratch/iface.ts').read()
s=s[:start]+iface+s[end:]
ra=s.index("  return {\n    formAbbr:")
rb=s.index("    localityMarker:")
s=s[:ra]+'''  const written = (items: Iterable<string>) => new RegExp(`(?:${alternation(items)})(?![\\\\p{L}\\\\d])`, 'uy');
  const folded = (items: Iterable<string>) => new RegExp(`(?:${phrasePattern(items)})`, 'uy');
  return {
    formAbbr: phraseIndex(formAbbrs, written(formAbbrs)),
    formAbbrGlued: written(formAbbrs),
    formWords: formAbbrs.filter((f) => /^[А-ЯЁ]+$/.test(f)),
    formByAbbr,
    formPhrase: phraseIndex(formByPhrase.keys(), folded(formByPhrase.keys())),
    formByPhrase,
    typeAbbr: phraseIndex(typeAbbrs, written(typeAbbrs)),
    typePhrase: phraseIndex(typePhrases, folded(typePhrases)),
    typeByForm,
'''+s[rb:]
def rep(a,b):
    global s
    assert a in s, a[:60]
    s=s.replace(a,b)
rep("""    modifierAt: new RegExp(`(?:${modAlt})`, 'uy'),
    headAt: new RegExp(`(?:${headAlt})`, 'uy'),
    roleHead: new RegExp(`${LB}(?:${headAlt})`, 'gu'),""","""    modifier: phraseIndex(modifiers.keys(), folded(modifiers.keys())),
    head: phraseIndex(heads.keys(), folded(heads.keys())),""")
rep("""    presentation: phraseIndex([...practices.presentations.flatMap((p) => declinePhrase(p, 'first').map((w) => w.form))]),""" if "phraseIndex([..." in s else """    presentation: phraseIndex(practices.presentations.flatMap((p) => declinePhrase(p, 'first').map((w) => w.form))),""","""    presentation: phraseIndex(presentations, folded(presentations)),""")
rep("""    projectHead: new RegExp(`${LB}(?:${phrasePattern([...projectHeads, ...projects.abbreviations.map(fold)])})`, 'gu'),""","""    projectHead: phraseIndex(projectHeads, folded(projectHeads)),""")
rep("""  const projectHeads = projects.heads.flatMap((h) => declinePhrase(h).map((w) => w.form));""","""  const projectHeads = [...projects.heads.flatMap((h) => declinePhrase(h).map((w) => w.form)), ...projects.abbreviations.map(fold)];
  const presentations = practices.presentations.flatMap((p) => declinePhrase(p, 'first').map((w) => w.form));""")
rep("""  const headAlt = phrasePattern(heads.keys());
  const modAlt = phrasePattern(modifiers.keys());
""","")
open(p,'w').write(s)
