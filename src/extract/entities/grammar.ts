// The entity vocabularies in grammars/*.json, validated at load and compiled once
// per process into lookups and anchored regexes. Grammars list nominatives; the
// case forms come from declension.ts, so a methodist adds one word, not six.
import { z } from 'zod';
import { loadGrammar } from '../../grammar/load.js';
import { usageError } from '../../errors.js';
import { fold } from '../../text/normalize.js';
import { declinePhrase, type Case, type Gender } from './declension.js';
import { PhraseIndex } from './phrases.js';

const word = z.string().trim().min(1);
const GenderSchema = z.enum(['male', 'female', 'neuter']);

const OrgFormsGrammar = z.object({
  forms: z.array(z.object({ form: word, phrase: word.optional(), impliesType: word.optional() })).min(1),
});
const OrgTypesGrammar = z.object({
  types: z
    .array(
      z.object({
        type: word,
        abbreviations: z.array(word).optional(),
        phrases: z.array(word).optional(),
        forms: z.array(word).optional(),
        gender: GenderSchema.optional(),
      }),
    )
    .min(1),
});
const PositionsGrammar = z.object({
  heads: z.array(z.object({ name: word, decline: z.enum(['phrase', 'first']).optional() })).min(1),
  modifiers: z.array(word),
  abbreviations: z.array(z.object({ short: word, full: word })),
  meetingRoles: z.array(word),
});
const LocalitiesGrammar = z.object({
  markers: z.array(z.object({ words: z.array(word).min(1), kind: word })),
  names: z.array(z.object({ name: word, forms: z.array(word).min(1) })),
  districts: z.array(word),
  municipality: z.array(word),
});
const PersonNamesGrammar = z.object({
  notSurnames: z.array(word),
  namesakeMarkers: z.array(word).min(1),
  genderVerbs: z.array(word),
  genitiveWords: z.array(word),
  givenNames: z.array(z.object({ name: word, forms: z.array(word).min(1) })),
});
const PracticesGrammar = z.object({
  presentations: z.array(word),
  listIntro: z.array(word),
  sessions: z.array(word),
});
const ProjectsGrammar = z.object({
  heads: z.array(word),
  abbreviations: z.array(word),
  names: z.array(word),
});

/** A folded word form and what it is. */
export interface Lexeme {
  lemma: string;
  case: Case | null;
}

export interface OrgForm {
  form: string;
  impliesType: string | null;
}

export interface OrgType {
  type: string;
  gender: Gender;
}

export interface EntityGrammar {
  /** written, case-sensitive: form abbreviations ("МБОУ", "МБУ ДО") */
  formAbbr: PhraseIndex;
  /** one-word form abbreviations, for finding glued ones */
  formWords: string[];
  formByAbbr: Map<string, OrgForm>;
  /** folded: a spelled-out form in any case */
  formPhrase: PhraseIndex;
  formByPhrase: Map<string, OrgForm>;
  /** written: any form or type abbreviation, to find where a mention may start */
  anyAbbr: PhraseIndex;
  /** folded: any spelled-out form or type phrase, to find where a mention may start */
  anyPhrase: PhraseIndex;
  /** written, case-sensitive: a type abbreviation ("СОШ", "ЦДиК") */
  typeAbbr: PhraseIndex;
  /** folded: a type phrase in any case ("гимназии", "детского сада") */
  typePhrase: PhraseIndex;
  typeByForm: Map<string, OrgType>;
  /** folded: a locality marker ("г.", "города") */
  localityMarker: PhraseIndex;
  localityNames: Map<string, string>;
  /** folded: a district word in any case ("района", "городского округа") */
  district: PhraseIndex;
  districtByForm: Map<string, string>;
  /** folded: "мо", "муниципального образования" */
  municipality: PhraseIndex;
  /** folded: one position modifier ("старшего", "ст.") */
  modifier: PhraseIndex;
  /** folded: one position head ("директора", "зам.") */
  head: PhraseIndex;
  heads: Map<string, Lexeme>;
  modifiers: Map<string, Lexeme>;
  meetingRoles: Set<string>;
  notSurnames: Set<string>;
  namesakeMarker: RegExp;
  genderVerbs: Map<string, 'male' | 'female'>;
  genitiveWords: Set<string>;
  givenNames: Map<string, string>;
  /** folded: "презентация опыта" … */
  presentation: PhraseIndex;
  listIntro: string[];
  /** folded: "круглый стол", "квиза" … */
  session: PhraseIndex;
  /** folded: "проекта", "программ", "рддм" … */
  projectHead: PhraseIndex;
  projectNames: Set<string>;
}

let compiled: EntityGrammar | null = null;

export function entityGrammar(): EntityGrammar {
  return (compiled ??= compile());
}

function escape(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** Spaces in a phrase match any run of white space; a form ending in "." may touch the next word. */
function phrasePattern(items: Iterable<string>, boundary = true): string {
  const parts = [...new Set(items)]
    .sort((a, b) => b.length - a.length || a.localeCompare(b))
    .map((s) => escape(s).replace(/ /g, '\\s+') + (boundary && !s.endsWith('.') ? '(?![\\p{L}\\d])' : ''));
  return parts.join('|');
}

const LB = '(?<![\\p{L}\\d])';

function genderOfPhrase(phrase: string): Gender {
  const words = phrase.toLowerCase().split(/\s+/);
  const head = words.find((w) => !/(?:ый|ий|ой|ая|яя|ое|ее)$/.test(w)) ?? words[0]!;
  if (/(?:а|я)$/.test(head) || /(?:ия)$/.test(head)) return 'female';
  if (/(?:о|е)$/.test(head)) return 'neuter';
  return 'male';
}

function compile(): EntityGrammar {
  const forms = loadGrammar('org-forms', OrgFormsGrammar);
  const types = loadGrammar('org-types', OrgTypesGrammar);
  const positions = loadGrammar('positions', PositionsGrammar);
  const localities = loadGrammar('localities', LocalitiesGrammar);
  const names = loadGrammar('person-names', PersonNamesGrammar);
  const practices = loadGrammar('practices', PracticesGrammar);
  const projects = loadGrammar('projects', ProjectsGrammar);

  const formByAbbr = new Map<string, OrgForm>();
  const formByPhrase = new Map<string, OrgForm>();
  for (const f of forms.forms) {
    const entry = { form: f.form, impliesType: f.impliesType ?? null };
    formByAbbr.set(f.form, entry);
    if (f.phrase) for (const w of declinePhrase(f.phrase)) if (!w.plural) formByPhrase.set(w.form, entry);
  }
  const typeByForm = new Map<string, OrgType>();
  const typeAbbrs: string[] = [];
  for (const t of types.types) {
    const gender = t.gender ?? (t.phrases?.[0] ? genderOfPhrase(t.phrases[0]) : 'male');
    const entry = { type: t.type, gender };
    for (const a of t.abbreviations ?? []) {
      typeByForm.set(a, entry);
      typeAbbrs.push(a);
    }
    for (const p of t.phrases ?? []) for (const w of declinePhrase(p)) if (!typeByForm.has(w.form)) typeByForm.set(w.form, entry);
    for (const f of t.forms ?? []) typeByForm.set(fold(f), entry);
  }
  const typePhrases = [...typeByForm.keys()].filter((k) => !typeAbbrs.includes(k));
  const formAbbrs = [...formByAbbr.keys()];

  const heads = new Map<string, Lexeme>();
  for (const h of positions.heads) {
    for (const w of declinePhrase(h.name, h.decline ?? 'phrase')) {
      if (w.plural) continue; // "руководители учреждений" is a group, not one person's role
      if (!heads.has(w.form) || w.case === 'nom') heads.set(w.form, { lemma: h.name, case: w.case });
    }
  }
  const modifiers = new Map<string, Lexeme>();
  for (const m of positions.modifiers) {
    for (const w of declinePhrase(m)) if (!w.plural && !modifiers.has(w.form)) modifiers.set(w.form, { lemma: m, case: w.case });
  }
  for (const a of positions.abbreviations) {
    const short = fold(a.short);
    const full = a.full.toLowerCase();
    if (positions.heads.some((h) => h.name === full)) heads.set(short, { lemma: full, case: null });
    else if (positions.modifiers.includes(full)) modifiers.set(short, { lemma: full, case: null });
    else throw usageError('grammar-invalid', `grammars/positions.json: abbreviations: ${a.short} expands to ${a.full}, which is neither a head nor a modifier`);
  }

  const markerWords = localities.markers.flatMap((m) => m.words.map(fold));
  const localityNames = new Map<string, string>();
  for (const n of localities.names) for (const f of n.forms) localityNames.set(fold(f), n.name);

  const districtByForm = new Map<string, string>();
  for (const d of localities.districts) for (const w of declinePhrase(d)) if (!w.plural) districtByForm.set(w.form, d);

  const genderVerbs = new Map<string, 'male' | 'female'>();
  for (const v of names.genderVerbs) {
    genderVerbs.set(fold(v), 'male');
    genderVerbs.set(fold(v) + 'а', 'female');
  }
  const givenNames = new Map<string, string>();
  for (const g of names.givenNames) for (const f of g.forms) givenNames.set(fold(f), g.name);

  const projectHeads = [...projects.heads.flatMap((h) => declinePhrase(h).map((w) => w.form)), ...projects.abbreviations.map(fold)];
  const presentations = practices.presentations.flatMap((p) => declinePhrase(p, 'first').map((w) => w.form));

  return {
    formAbbr: new PhraseIndex(formAbbrs),
    formWords: formAbbrs.filter((f) => /^[А-ЯЁ]+$/.test(f)),
    formByAbbr,
    formPhrase: new PhraseIndex(formByPhrase.keys()),
    formByPhrase,
    typeAbbr: new PhraseIndex(typeAbbrs),
    anyAbbr: new PhraseIndex([...formAbbrs, ...typeAbbrs]),
    anyPhrase: new PhraseIndex([...formByPhrase.keys(), ...typePhrases]),
    typePhrase: new PhraseIndex(typePhrases),
    typeByForm,
    localityMarker: new PhraseIndex(markerWords),
    localityNames,
    district: new PhraseIndex(districtByForm.keys()),
    districtByForm,
    municipality: new PhraseIndex(localities.municipality.map(fold)),
    modifier: new PhraseIndex(modifiers.keys()),
    head: new PhraseIndex(heads.keys()),
    heads,
    modifiers,
    meetingRoles: new Set(positions.meetingRoles.map(fold)),
    notSurnames: new Set(names.notSurnames.map(fold)),
    namesakeMarker: new RegExp(`${LB}(?:${phrasePattern(names.namesakeMarkers.map(fold))})\\s*$`, 'u'),
    genderVerbs,
    genitiveWords: new Set(names.genitiveWords.map(fold)),
    givenNames,
    presentation: new PhraseIndex(presentations),
    listIntro: practices.listIntro.map(fold),
    session: new PhraseIndex(practices.sessions.flatMap((x) => declinePhrase(x).map((w) => w.form))),
    projectHead: new PhraseIndex(projectHeads),
    projectNames: new Set(projects.names.map(fold)),
  };
}
