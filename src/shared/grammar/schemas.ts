// The shape of every grammar file (grammars/NAME.json), in one place: load.ts
// validates the built-in files and a user's overlay (overlay.ts) with these,
// and `npm run schemas` turns them into grammars/schemas/NAME.json, the
// JSON Schema an editor completes and checks a grammar file with.
//
// Every list of words is a `wordList(match)`: the same entry, a non-empty
// string, with the way the code matches it stated where the list is declared:
//   prefix — the start of a word ("педагогическ" finds "педагогического");
//            a phrase matches each of its words' starts
//   forms  — written once in the nominative; every case and number form is
//            generated (src/6-entities/declension.ts, src/shared/morph/declension.ts)
//   exact  — matched as written (case-insensitively, ё as е, unless the list says
//            otherwise): every form a document uses is listed
// The mode is a property of the list, not of the entry: the code that reads a
// list implements one way of matching it. The JSON Schema carries it as
// "x-match" and in the description an editor shows.
//
// Each schema is built by a function: zod's objects cost milliseconds to
// construct, and a built-in file the build validated is not validated again.
import { z } from 'zod';

export type MatchMode = 'prefix' | 'forms' | 'exact';

const MATCH_NOTE: Record<MatchMode, string> = {
  prefix: 'match: prefix — each entry is the start of a word (a phrase: the start of each of its words)',
  forms: 'match: forms — each entry in the nominative; every case and number form is recognised',
  exact: 'match: exact — each entry matched as written (ignoring case and ё/е unless said otherwise); list every form',
};

/** A list of words or phrases matched the way `match` says. */
export const wordList = (match: MatchMode, description: string, min = 0) =>
  z
    .array(z.string().trim().min(1))
    .min(min)
    .meta({ description: `${description} (${MATCH_NOTE[match]})`, 'x-match': match });

const month = () => z.number().int().min(1).max(12);
/** the months a part of the school year runs over ("from": 12, "to": 2 crosses the new year) */
const monthSpan = () => z.object({ from: month(), to: month() });
const GENDER = ['male', 'female', 'neuter'] as const;
const MARKER_ROLES = ['by', 'by-end', 'by-start', 'within', 'from', 'horizon', 'reference'] as const;
const REPEAT_UNITS = ['year', 'half-year', 'quarter', 'month', 'week', 'day'] as const;
/** parts of a year an ordinal names: quarters and halves of the calendar year, the school year's terms (четверти) and trimesters */
const PART_UNITS = ['quarter', 'half', 'term', 'trimester'] as const;
export type MarkerRole = (typeof MARKER_ROLES)[number];
export type PartUnit = (typeof PART_UNITS)[number];
export type RepeatUnit = (typeof REPEAT_UNITS)[number];

const addresseeHeads = () =>
  z.object({
    nouns: z.array(
      z.object({
        sg: z.string().min(1).meta({ description: 'nominative singular; every case is generated from its ending (match: forms)' }),
        pl: z.string().min(1).meta({ description: 'nominative plural' }),
        stem: z.string().min(1).optional(),
        person: z.boolean().optional().meta({ description: 'the noun names people' }),
        org: z.boolean().optional().meta({ description: 'an organisation noun that may head a nominative header' }),
      }),
    ),
    adjectival: wordList('forms', 'substantivised adjectives that head an addressee ("заведующий")'),
    stressedAdjectives: wordList('forms', 'adjectives with a stressed -ой ending ("областной")'),
    bodies: wordList('exact', 'abbreviations naming a body of people ("ШМО"), case-sensitive, never declined'),
    levelHeads: wordList('exact', 'words that open a header naming the level tasks are set for ("Задачи муниципального уровня")'),
  });

const months = () =>
  z.object({
    months: z
      .array(
        z.object({
          number: month(),
          forms: wordList('exact', 'the month name in every case form', 1),
          abbreviations: wordList('exact', 'short forms, matched only before a dot'),
        }),
      )
      .length(12, 'twelve months'),
  });

const phrases = (description: string) => wordList('exact', description, 1);

const deadlines = () =>
  z.object({
    yearWords: phrases('"г.", "года" after a year'),
    schoolYearWords: phrases('"учебного года" after a school year'),
    markers: z.array(z.object({ role: z.enum(MARKER_ROLES), marked: z.boolean(), words: phrases('words before a date') })).min(1),
    rangeConnectors: phrases('words between the two ends of a range'),
    listConnectors: phrases('words between dates of a list'),
    labels: phrases('labels before a deadline ("Срок:")'),
    listScopes: z.object({ words: phrases('words that make a deadline apply to a whole list') }),
    itemReferences: z.object({ before: phrases('words before an item reference'), words: phrases('nouns of an item reference') }),
    deadlineSentences: z.object({ determiners: phrases('determiners of a deadline sentence'), nouns: phrases('nouns of a deadline sentence') }),
    fillers: phrases('words that may stand inside a deadline'),
    parts: z.array(z.object({ unit: z.enum(PART_UNITS), words: phrases('words naming the part') })).min(1),
    ordinals: z.array(z.object({ number: z.number().int().min(1).max(4), roman: z.string().regex(/^[IVX]+$/), words: phrases('ordinal words') })),
    ordinalSuffixes: phrases('suffixes after an ordinal number'),
    schoolYear: z.object({
      halves: z.tuple([monthSpan(), monthSpan()]),
      terms: z.tuple([monthSpan(), monthSpan(), monthSpan(), monthSpan()]).meta({ description: 'the months of the four четверти, in order' }),
      trimesters: z.tuple([monthSpan(), monthSpan(), monthSpan()]).meta({ description: 'the months of the three триместры, in order' }),
    }),
    relativePeriods: z.array(
      z.object({
        span: z.enum(['year', 'school-year']),
        offset: z.enum(['current', 'next', 'new']),
        needsMarker: z.boolean(),
        words: phrases('words naming the period'),
      }),
    ),
    ongoing: z.array(z.object({ phrase: z.string().min(1), marked: z.boolean() })).min(1),
    conditional: z.object({ words: phrases('words of a conditional deadline') }),
    recurring: z.array(z.object({ phrase: z.string().min(1), frequency: z.enum(['year', 'quarter', 'month', 'week', 'day']) })).min(1),
    timesPer: z.object({
      counts: z.record(z.string().min(1), z.number().int().min(1).max(99)),
      multiplicatives: z.record(z.string().min(1), z.number().int().min(1).max(99)),
      yearsWords: phrases('"лет", "года" after a count'),
      timesWords: phrases('"раз", "раза"'),
      units: z.array(z.object({ unit: z.enum(REPEAT_UNITS), words: phrases('words naming the unit') })).min(1),
    }),
    dayOfMonthWords: phrases('words of a day of the month'),
    numberUnits: phrases('units after a number'),
    horizonNouns: phrases('nouns of a horizon ("на период")'),
    referenceAfter: phrases('words after a reference date'),
  });

const directiveVerbs = () =>
  z.object({
    leads: wordList('exact', 'verbs and nouns that open a directive ("рекомендовать", "поручить")'),
    notInfinitives: wordList('exact', 'words ending like an infinitive that are not one ("часть")'),
    selfExecuting: wordList('exact', 'decisions the meeting carries out by adopting the document ("принять к сведению")'),
    charges: wordList('exact', 'phrases naming who is charged after them ("возложить на")'),
  });

const documentDates = () =>
  z.object({
    publicationStamps: wordList('exact', 'a stamp before a date that is not the document\'s ("опубликовано")', 1),
    approvalStamps: wordList('exact', 'words of an approval stamp ("утверждаю")', 1),
    heldVerbs: wordList('exact', 'verbs telling when the event took place ("состоялся")', 1),
    frontMatterKeys: wordList('exact', 'front matter keys holding the date', 1),
    citedDocuments: wordList('prefix', 'documents a date may name instead of this one ("приказ от …")', 1),
  });

const documentKinds = () =>
  z.object({
    kinds: z.array(
      z.object({
        kind: z.enum(['resolution', 'protocol', 'decision', 'report', 'other']),
        words: wordList('exact', 'words that open the title of such a document', 1),
      }),
    ),
  });

const eventTypes = () =>
  z.object({
    events: z.array(z.object({ type: z.string().min(1), stems: wordList('prefix', 'word starts in the title naming the event', 1) })),
  });

const localities = () =>
  z.object({
    markers: z.array(z.object({ words: wordList('exact', 'words introducing a locality ("г.")', 1), kind: z.string().trim().min(1) })),
    names: z.array(z.object({ name: z.string().trim().min(1), forms: wordList('exact', 'the forms the name is written in', 1) })),
    districts: wordList('forms', 'words ending a municipal district ("район")'),
    municipality: wordList('exact', 'words naming a municipality'),
  });

const nonTaskCues = () =>
  z.object({
    cues: wordList('prefix', 'a heading announcing a list that is not tasks ("вопрос")'),
    protocolParts: wordList('prefix', 'standing parts of a protocol ("повестка")'),
    taskParts: wordList('prefix', 'protocol parts that introduce decisions ("решили")'),
    taskCues: wordList('prefix', 'heading words announcing decisions ("рекоменду")'),
    topicHeads: wordList('prefix', 'words opening a topic header ("по вопросу")'),
    speakerNotes: wordList('prefix', 'words opening the line naming an agenda question\'s speaker ("докладчик")'),
  });

const orgForms = () =>
  z.object({
    forms: z
      .array(
        z.object({
          form: z.string().trim().min(1).meta({ description: 'the abbreviation, matched with its exact capitals (match: exact)' }),
          phrase: z.string().trim().min(1).optional().meta({ description: 'the form spelled out in the nominative (match: forms)' }),
          impliesType: z.string().trim().min(1).optional(),
        }),
      )
      .min(1),
  });

const orgTypes = () =>
  z.object({
    types: z
      .array(
        z.object({
          type: z.string().trim().min(1),
          abbreviations: wordList('exact', 'abbreviations with their exact capitals ("СОШ")').optional(),
          phrases: wordList('forms', 'the type spelled out in the nominative singular').optional(),
          forms: wordList('exact', 'extra spellings of an irregular word').optional(),
          gender: z.enum(GENDER).optional(),
        }),
      )
      .min(1),
  });

const participants = () =>
  z.object({
    persons: wordList('prefix', 'nouns that count people ("человек", "педагог")', 1),
    leads: wordList('prefix', 'words of a participation sentence ("присутствовал")', 1),
    approximations: wordList('prefix', 'words between a lead and its number ("более")'),
    absences: wordList('prefix', 'words that make a count the absent ("отсутствовал")'),
  });

const personNames = () =>
  z.object({
    firstNames: wordList('exact', 'first names in the nominative'),
    notSurnames: wordList('exact', 'capitalised words that are never surnames'),
    namesakeMarkers: wordList('exact', 'words opening a namesake ("имени")', 1),
    genderVerbs: wordList('exact', 'past-tense verbs in the masculine ("выступил")'),
    genitiveWords: wordList('exact', 'nouns governing a name in the genitive ("доклад")'),
    femaleRoles: wordList('exact', 'positions said of a woman only ("заведующая", "вожатая"): a role with one tells the person\'s gender'),
    givenNames: z.array(z.object({ name: z.string().trim().min(1), forms: wordList('exact', 'the irregular oblique forms', 1) })),
  });

const planHeads = (description: string) => z.object({ atStart: z.boolean(), words: wordList('prefix', description) });
const planColumns = () =>
  z.object({
    number: planHeads('heads of the number column'),
    deadline: planHeads('heads of the deadline column'),
    responsible: planHeads('heads of the responsible column'),
    text: planHeads('heads of the measure column'),
    report: planHeads('heads of a report column'),
    periodStart: wordList('prefix', 'the head of the start cell under a deadline'),
    periodEnd: wordList('prefix', 'the head of the end cell under a deadline'),
  });

const positions = () =>
  z
    .object({
      heads: z.array(z.object({ name: z.string().trim().min(1), decline: z.enum(['phrase', 'first']).optional() })).min(1),
      modifiers: wordList('forms', 'adjectives before a head ("старший")'),
      abbreviations: z.array(z.object({ short: z.string().trim().min(1), full: z.string().trim().min(1) })),
      meetingRoles: wordList('exact', 'roles held only in the meeting ("председатель")'),
    })
    .superRefine((g, ctx) => {
      g.abbreviations.forEach((a, i) => {
        const full = a.full.toLowerCase();
        if (!g.heads.some((h) => h.name === full) && !g.modifiers.includes(full)) {
          ctx.addIssue({ code: 'custom', path: ['abbreviations', i, 'full'], message: `${a.short} expands to ${a.full}, which is neither a head nor a modifier` });
        }
      });
    });

const practices = () =>
  z.object({
    presentations: wordList('forms', 'phrases presenting experience, any case of the first word'),
    listIntro: wordList('prefix', 'stems announcing a list of practices'),
    namedBy: wordList('forms', 'nouns naming the quoted title after them, any case of the first word'),
    titleColumnHeads: wordList('prefix', 'stems of the title column head'),
    sessions: wordList('forms', 'kinds of event that are never a practice'),
  });

const projects = () =>
  z.object({
    heads: wordList('forms', 'nouns heading a project name ("проект")'),
    abbreviations: wordList('exact', 'heads written in capitals ("РДДМ")'),
    names: wordList('exact', 'well-known projects'),
  });

const repeatedWord = () =>
  z.object({
    allowed: wordList('exact', 'words allowed twice in a row'),
    allowedBefore: z.record(z.string().min(1), wordList('exact', 'next words that allow the doubling')),
  });

const orgMentions = () =>
  z.object({
    schoolContext: z.object({
      stems: wordList('prefix', 'word starts before a list of numbers that make it a list of schools ("школ", "директор")', 1),
      words: wordList('exact', 'whole words that do the same ("ОО")'),
    }),
  });

/** Every grammar file: name (grammars/NAME.json) → its schema. */
export const GRAMMARS = {
  'addressee-heads': addresseeHeads,
  deadlines,
  'directive-verbs': directiveVerbs,
  'document-dates': documentDates,
  'document-kinds': documentKinds,
  'event-types': eventTypes,
  localities,
  months,
  'non-task-cues': nonTaskCues,
  'org-forms': orgForms,
  'org-mentions': orgMentions,
  'org-types': orgTypes,
  participants,
  'person-names': personNames,
  'plan-columns': planColumns,
  positions,
  practices,
  projects,
  'repeated-word': repeatedWord,
} as const;

export type GrammarName = keyof typeof GRAMMARS;
export type Grammar<N extends GrammarName> = z.infer<ReturnType<(typeof GRAMMARS)[N]>>;

export const isGrammarName = (name: string): name is GrammarName => Object.hasOwn(GRAMMARS, name);
