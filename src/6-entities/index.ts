// People, organisations, practices and projects, read from the blocks.
// Organisations are read first: they end roles ("директор МБОУ …"), hide the
// namesakes in their names ("имени Броварца В.Т.") and are given to the people
// listed before them. Practices and projects then refer to both by id.
import type { Segmented } from '../3-segment/segmenter.js';
import type { Organization, Person, Practice, Project } from '../shared/schema/output.js';
import { entityGrammar } from './grammar.js';
import { findOrgMentions, type OrgMention } from './org-mentions.js';
import { mergeOrganizations } from './organizations.js';
import { findPeople } from './people.js';
import { mergePeople } from './person-index.js';
import { findPractices } from './practices.js';
import { findProjects } from './projects.js';
import { findQuotes, type Quote } from './quotes.js';
import { makeView, type BlockView } from './view.js';
import { endTrimmer } from '../shared/text/trim.js';

const trimFormEnd = endTrimmer('.:,\\s');

export interface EntityInput {
  segmented: Segmented;
  /** cleaned source lines; index 0 is line 1 */
  lines: string[];
}

export interface Entities {
  people: Person[];
  organizations: Organization[];
  practices: Practice[];
  projects: Project[];
}

export function extractEntities(input: EntityInput): Entities {
  const { blocks } = input.segmented;
  const views = blocks.map(makeView);
  const quotes = views.map((v) => findQuotes(v.text));
  const orgsByView = findAllOrgMentions(views, quotes, input.lines);
  const orgIndex = mergeOrganizations(orgsByView.flat());
  const peopleByView = findPeople(views, orgsByView, quotes);
  const personIndex = mergePeople(peopleByView.flat(), orgIndex.idOf);
  const practices = findPractices({ views, quotes, orgsByView, peopleByView, orgId: orgIndex.idOf, personId: personIndex.idOf });
  const projects = findProjects(views, quotes, orgsByView);
  return { people: personIndex.people, organizations: orgIndex.organizations, practices, projects };
}

/** A spelled-out form on a line of its own is short. */
const LETTERHEAD_FORM_MAX = 160;

/**
 * Organisation mentions per block. A letterhead writes the form on its own line
 * and the name below it ("Муниципальное казенное учреждение" / «Ресурсно-методический
 * центр города Канска»): the two blocks are read as one mention.
 */
function findAllOrgMentions(views: BlockView[], quotes: Quote[][], lines: string[]): OrgMention[][] {
  const g = entityGrammar();
  const out: OrgMention[][] = [];
  for (let i = 0; i < views.length; i++) {
    const v = views[i]!;
    const next = views[i + 1];
    const formOnly =
      v.text.length < LETTERHEAD_FORM_MAX &&
      g.formPhrase.at(v.folded, firstNonSpace(v.folded)) !== null &&
      g.formByPhrase.has(trimFormEnd(v.folded.trim()).replace(/\s+/g, ' '));
    if (formOnly && next && /^[«"“„]/.test(next.block.text)) {
      const joined = makeView({ ...v.block, endLine: next.block.endLine, raw: lines.slice(v.block.line - 1, next.block.endLine).join('\n') }, i);
      const form = findOrgMentions(joined, findQuotes(joined.text)).filter((m) => m.start === 0);
      out.push(form, findOrgMentions(next, quotes[i + 1]!).filter((m) => !form.length || m.start > next.text.indexOf('»')));
      i++;
      continue;
    }
    out.push(findOrgMentions(v, quotes[i]!));
  }
  return out;
}

function firstNonSpace(text: string): number {
  let i = 0;
  while (i < text.length && /\s/.test(text[i]!)) i++;
  return i;
}
