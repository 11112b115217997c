// Named projects and programmes: a quoted name governed by "проект", "программа",
// "движение" … ("региональных проектов «Современная школа», «Успех каждого
// ребенка»", "РДДМ «Движение Первых»"), the names listed after it, and the
// well-known names of grammars/projects.json. An event's or a practice's title is
// not a project: nothing of that kind governs it. One entry per name.
import { fold, squeeze } from '../shared/text/normalize.js';
import type { Project } from '../shared/schema/output.js';
import { entityGrammar } from './grammar.js';
import type { OrgMention } from './org-mentions.js';
import { isNameSized, type Quote } from './quotes.js';
import { lineAt, type BlockView } from './view.js';
import { LETTER } from '../shared/text/chars.js';
import { endTrimmer } from '../shared/text/trim.js';

const trimNameEnd = endTrimmer('\\s.,;:');

const WORD_OR_HYPHENATED = new RegExp(`[${LETTER}\\d-]+`, 'gu');

/** How far before a quote its head word may stand: "проектов Красноярского края «…»". */
const HEAD_WINDOW = 60;
const MAX_WORDS_BETWEEN = 3;
const NAME_START = /^[А-ЯЁA-Z\d]/u;
/** Between two names of one list: a comma, "и", or an unquoted name in capitals ("ЮНАРМИЯ"). */
const LIST_JOIN = /^\s*(?:,\s*(?:и\s+)?|и\s+|,\s*[А-ЯЁA-Z][А-ЯЁA-Z\s-]{1,30},\s*)$/u;

export function findProjects(views: BlockView[], quotes: Quote[][], orgsByView: OrgMention[][]): Project[] {
  const byName = new Map<string, Project>();
  views.forEach((view, i) => {
    let previous: Quote | null = null;
    for (const q of quotes[i]!) {
      if (!isNameSized(q)) {
        previous = null;
        continue;
      }
      const name = trimNameEnd(squeeze(q.inner));
      const inOrg = orgsByView[i]!.some((o) => o.start <= q.start && q.end <= o.end);
      const listed: boolean = previous !== null && LIST_JOIN.test(view.text.slice(previous.end, q.start));
      const isProject: boolean = !inOrg && NAME_START.test(name) && (listed || governed(view, q) || entityGrammar().projectNames.has(fold(name)));
      previous = isProject ? q : null;
      if (!isProject) continue;
      const key = fold(name);
      const line = lineAt(view, q.start);
      const known = byName.get(key);
      if (known) known.lines.push(line);
      else byName.set(key, { name, lines: [line] });
    }
  });
  return [...byName.values()].map((p) => ({ ...p, lines: [...new Set(p.lines)].sort((a, b) => a - b) }));
}

/** A project head word stands just before the quote, in the same clause. */
function governed(view: BlockView, q: Quote): boolean {
  const from = Math.max(0, q.start - HEAD_WINDOW);
  const before = view.folded.slice(from, q.start);
  let last: { index: number; text: string } | null = null;
  for (const m of entityGrammar().projectHead.all(before)) last = m;
  if (!last) return false;
  const between = before.slice(last.index + last.text.length);
  if (/[.;:()"!?]/.test(between)) return false;
  return (between.match(WORD_OR_HYPHENATED) ?? []).length <= MAX_WORDS_BETWEEN;
}
