// The entity vocabularies in grammars/*.json, validated at load and compiled once
// per process into lookups and anchored regexes. Grammars list nominatives; the
// case forms come from shared/morph/declension.ts, so a methodist adds one word, not six.
import { loadGrammar } from '../shared/grammar/load.js';
import { fold } from '../shared/text/normalize.js';
import { declinePhrase as declineNow, phraseGender } from '../shared/morph/declension.js';
import type { Case, Gender, WordForm } from '../shared/morph/categories.js';
import { PhraseIndex } from './phrases.js';
import { LETTER } from '../shared/text/chars.js';
import { escapeRegExp } from '../shared/text/matches.js';
import { storedFunction } from '../shared/grammar/build-files.js';

/**
 * The forms of a vocabulary phrase in every case and number. Declining every
 * phrase of the vocabularies is most of what building this grammar costs (~20
 * ms of a cold start), so the build's warm-up stores the forms it declined
 * (dist/declined.json, see shared/grammar/build-files.ts); a phrase it did not see —
 * one added to a grammar file since — is declined here as ever.
 */
const declineStored = storedFunction<WordForm[]>('declined.json', (key) => {
  const colon = key.indexOf(':');
  return declineNow(key.slice(colon + 1), key.slice(0, colon) === 'first' ? 'first' : 'phrase');
});
const declinePhrase = (phrase: string, head: 'phrase' | 'first' = 'phrase'): WordForm[] => declineStored(`${head}:${phrase}`);

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
  /** folded, whole: the same markers as a set ("г.", "с.", "города") */
  localityMarkerWords: Set<string>;
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
  /** folded: "матвей", "ульяна" */
  firstNames: Set<string>;
  notSurnames: Set<string>;
  namesakeMarker: RegExp;
  genderVerbs: Map<string, 'male' | 'female'>;
  /** folded: "заведующая", "вожатая" */
  femaleRoles: Set<string>;
  genitiveWords: Set<string>;
  givenNames: Map<string, string>;
  /** folded: "презентация опыта" … */
  presentation: PhraseIndex;
  listIntro: string[];
  /** folded singular forms, the first word declined: "практику", "опытом работы" … */
  namedBy: PhraseIndex;
  /** folded: every form of a namedBy noun, plural too ("практики", "опыт"): a heading announcing practices has one as a word */
  practiceNoun: PhraseIndex;
  /** folded: the stem every form of a namedBy noun shares ("практик", "опыт"): a block without one is skipped */
  namedByStems: string[];
  /** folded stems: "назван", "практик" */
  titleColumnHeads: string[];
  /** folded: "круглый стол", "квиза" … */
  session: PhraseIndex;
  /** folded: "проекта", "программ", "рддм" … */
  projectHead: PhraseIndex;
  projectNames: Set<string>;
  /** folded: a word of schools less than 30 characters before the end ("директорам школ №№ 1, 5"): group-less test */
  schoolContext: RegExp;
}

let compiled: EntityGrammar | null = null;

export function entityGrammar(): EntityGrammar {
  return (compiled ??= compile());
}

/** Spaces in a phrase match any run of white space; a form ending in "." may touch the next word. */
function phrasePattern(items: Iterable<string>, boundary = true): string {
  const parts = [...new Set(items)]
    .sort((a, b) => b.length - a.length || a.localeCompare(b))
    .map((s) => escapeRegExp(s).replace(/ /g, '\\s+') + (boundary && !s.endsWith('.') ? `(?![${LETTER}\\d])` : ''));
  return parts.join('|');
}

const LB = `(?<![${LETTER}\\d])`;

/**
 * A record whose fields are built on first read, then kept. Declining every
 * word of the vocabularies and building their tries costs tens of
 * milliseconds — most of a single `resolve parse` — and a document reads only
 * some of them (a list of people never asks for project heads).
 */
function lazyRecord<T extends object>(builders: { [K in keyof T]: () => T[K] }): T {
  const record = {} as T;
  for (const key of Object.keys(builders) as (keyof T & string)[]) {
    Object.defineProperty(record, key, {
      enumerable: true,
      configurable: true,
      get: () => {
        const value = builders[key]();
        Object.defineProperty(record, key, { value, enumerable: true });
        return value;
      },
    });
  }
  return record;
}

/** Build once, on first call. */
function once<T>(build: () => T): () => T {
  let value: T | undefined;
  let built = false;
  return () => {
    if (!built) {
      value = build();
      built = true;
    }
    return value as T;
  };
}

function compile(): EntityGrammar {
  // every grammar file is read and validated now, so a broken edit is reported at
  // once whatever the document; what is derived from them is built when first used
  const forms = loadGrammar('org-forms');
  const types = loadGrammar('org-types');
  const positions = loadGrammar('positions');
  const localities = loadGrammar('localities');
  const names = loadGrammar('person-names');
  const practices = loadGrammar('practices');
  const projects = loadGrammar('projects');
  const mentions = loadGrammar('org-mentions');

  const orgForms = once(() => {
    const byAbbr = new Map<string, OrgForm>();
    const byPhrase = new Map<string, OrgForm>();
    for (const f of forms.forms) {
      const entry = { form: f.form, impliesType: f.impliesType ?? null };
      byAbbr.set(f.form, entry);
      if (f.phrase) for (const w of declinePhrase(f.phrase)) if (!w.plural) byPhrase.set(w.form, entry);
    }
    return { byAbbr, byPhrase, abbrs: [...byAbbr.keys()] };
  });
  const orgTypes = once(() => {
    const byForm = new Map<string, OrgType>();
    const abbrs: string[] = [];
    for (const t of types.types) {
      const gender = t.gender ?? (t.phrases?.[0] ? phraseGender(t.phrases[0]) : 'male');
      const entry = { type: t.type, gender };
      for (const a of t.abbreviations ?? []) {
        byForm.set(a, entry);
        abbrs.push(a);
      }
      for (const p of t.phrases ?? []) for (const w of declinePhrase(p)) if (!byForm.has(w.form)) byForm.set(w.form, entry);
      for (const f of t.forms ?? []) byForm.set(fold(f), entry);
    }
    return { byForm, abbrs, phrases: [...byForm.keys()].filter((k) => !abbrs.includes(k)) };
  });

  const positionWords = once(() => {
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
      else modifiers.set(short, { lemma: full, case: null });
    }
    return { heads, modifiers };
  });

  const districts = once(() => {
    const byForm = new Map<string, string>();
    for (const d of localities.districts) for (const w of declinePhrase(d)) if (!w.plural) byForm.set(w.form, d);
    return byForm;
  });

  return lazyRecord<EntityGrammar>({
    formAbbr: () => new PhraseIndex(orgForms().abbrs),
    formWords: () => orgForms().abbrs.filter((f) => /^[А-ЯЁ]+$/.test(f)),
    formByAbbr: () => orgForms().byAbbr,
    formPhrase: () => new PhraseIndex(orgForms().byPhrase.keys()),
    formByPhrase: () => orgForms().byPhrase,
    typeAbbr: () => new PhraseIndex(orgTypes().abbrs),
    anyAbbr: () => new PhraseIndex([...orgForms().abbrs, ...orgTypes().abbrs]),
    anyPhrase: () => new PhraseIndex([...orgForms().byPhrase.keys(), ...orgTypes().phrases]),
    typePhrase: () => new PhraseIndex(orgTypes().phrases),
    typeByForm: () => orgTypes().byForm,
    localityMarker: () => new PhraseIndex(localities.markers.flatMap((m) => m.words.map(fold))),
    localityMarkerWords: () => new Set(localities.markers.flatMap((m) => m.words.map(fold))),
    localityNames: () => {
      const byForm = new Map<string, string>();
      for (const n of localities.names) for (const f of n.forms) byForm.set(fold(f), n.name);
      return byForm;
    },
    district: () => new PhraseIndex(districts().keys()),
    districtByForm: districts,
    municipality: () => new PhraseIndex(localities.municipality.map(fold)),
    modifier: () => new PhraseIndex(positionWords().modifiers.keys()),
    head: () => new PhraseIndex(positionWords().heads.keys()),
    heads: () => positionWords().heads,
    modifiers: () => positionWords().modifiers,
    meetingRoles: () => new Set(positions.meetingRoles.map(fold)),
    firstNames: () => new Set(names.firstNames.map(fold)),
    notSurnames: () => new Set(names.notSurnames.map(fold)),
    namesakeMarker: () => new RegExp(`${LB}(?:${phrasePattern(names.namesakeMarkers.map(fold))})\\s*$`, 'u'),
    genderVerbs: () => {
      const verbs = new Map<string, 'male' | 'female'>();
      for (const v of names.genderVerbs) {
        verbs.set(fold(v), 'male');
        verbs.set(fold(v) + 'а', 'female');
      }
      return verbs;
    },
    genitiveWords: () => new Set(names.genitiveWords.map(fold)),
    femaleRoles: () => new Set(names.femaleRoles.map(fold)),
    givenNames: () => {
      const given = new Map<string, string>();
      for (const g of names.givenNames) for (const f of g.forms) given.set(fold(f), g.name);
      return given;
    },
    presentation: () => new PhraseIndex(practices.presentations.flatMap((p) => declinePhrase(p, 'first').map((w) => w.form))),
    listIntro: () => practices.listIntro.map(fold),
    titleColumnHeads: () => practices.titleColumnHeads.map(fold),
    namedBy: () => new PhraseIndex(practices.namedBy.flatMap((x) => declinePhrase(x, 'first').filter((w) => !w.plural).map((w) => w.form))),
    practiceNoun: () => new PhraseIndex(practices.namedBy.flatMap((x) => declinePhrase(x, 'first').map((w) => w.form))),
    namedByStems: () => practices.namedBy.map((x) => commonPrefix(declinePhrase(x, 'first').map((w) => w.form))),
    session: () => new PhraseIndex(practices.sessions.flatMap((x) => declinePhrase(x).map((w) => w.form))),
    projectHead: () => new PhraseIndex([...projects.heads.flatMap((h) => declinePhrase(h).map((w) => w.form)), ...projects.abbreviations.map(fold)]),
    projectNames: () => new Set(projects.names.map(fold)),
    schoolContext: () => {
      const { stems, words } = mentions.schoolContext;
      const alternatives = [...stems.map((s) => `${escapeRegExp(fold(s))}[${LETTER}]*`), ...words.map((w) => `${escapeRegExp(fold(w))}(?![${LETTER}])`)];
      return new RegExp(`(?<![${LETTER}])(?:${alternatives.join('|')})[^.;:]{0,30}$`, 'u');
    },
  });
}

function commonPrefix(words: string[]): string {
  let prefix = words[0] ?? '';
  for (const w of words) while (!w.startsWith(prefix)) prefix = prefix.slice(0, -1);
  return prefix;
}
