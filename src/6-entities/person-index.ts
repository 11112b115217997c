// Person mentions → one entry per person across the document.
// A person is known by the nominative surname and the initials. A written form
// that could be read two ways ("Чулкова И.П.": Чулкова, or Чулков in the genitive)
// joins the other reading when the document has it, and "Иванов И." joins the one
// "Иванов И.П." there is.
import type { Person } from '../shared/schema/output.js';
import type { OrgMention } from './org-mentions.js';
import { personKey, type PersonMention } from './people.js';

export interface PersonIndex {
  people: Person[];
  idOf(mention: PersonMention): string | null;
}

export function mergePeople(mentions: PersonMention[], orgId: (m: OrgMention) => string | null): PersonIndex {
  const groups = new Map<string, PersonMention[]>();
  for (const m of mentions) {
    const key = personKey(m.surname, m.initials);
    const list = groups.get(key);
    if (list) list.push(m);
    else groups.set(key, [m]);
  }
  reconcile(groups);

  const ordered = [...groups.values()].sort((a, b) => a[0]!.view - b[0]!.view || a[0]!.start - b[0]!.start);
  const ids = new Map<PersonMention, string>();
  const people = ordered.map((group, i): Person => {
    const id = `pe${i + 1}`;
    for (const m of group) ids.set(m, id);
    const first = group.find((m) => m.initials.length >= 4) ?? group[0]!;
    const strong = group.find((m) => m.role && !m.role.weak)?.role ?? group.find((m) => m.role)?.role ?? null;
    const org = group.map((m) => (m.org ? orgId(m.org) : null)).find((x) => x) ?? null;
    return {
      id,
      name: `${first.surname} ${first.initials}`,
      surname: first.surname,
      initials: first.initials,
      fullName: group.find((m) => m.fullName)?.fullName ?? null,
      gender: group.find((m) => m.gender)?.gender ?? null,
      role: strong?.text ?? null,
      organizationId: org,
      lines: [...new Set(group.map((m) => m.line))].sort((a, b) => a - b),
    };
  });
  return { people, idOf: (m) => ids.get(m) ?? null };
}

function reconcile(groups: Map<string, PersonMention[]>): void {
  // "иванов|и" → the keys with more initials, to find the one "иванов|ип"
  const fuller = new Map<string, string[]>();
  for (const key of groups.keys()) {
    const [surname, initials] = key.split('|') as [string, string];
    if (initials.length < 2) continue;
    const short = `${surname}|${initials[0]}`;
    fuller.set(short, [...(fuller.get(short) ?? []), key]);
  }
  for (const [key, group] of [...groups]) {
    const written = group.some((m) => m.asWritten);
    const alternative = [...new Set(group.flatMap((m) => m.alternatives.map((a) => personKey(a.surname, m.initials))))].find(
      (k) => k !== key && groups.has(k) && confirmsReading(groups.get(k)!, written),
    );
    const target = alternative ?? only(fuller.get(key) ?? []);
    if (!target || !groups.has(target)) continue;
    groups.get(target)!.push(...group);
    groups.delete(key);
  }
}

/**
 * The other reading is the person's when the document writes it unambiguously, or
 * writes it as is (a nominative) while this reading was only restored from a case
 * form: "Мамонтова Г.А." (her, or him in the genitive) and "Мамонтову Г.А." (her
 * in the accusative, or him in the dative) are one person, named in the nominative
 * only by the first.
 */
function confirmsReading(other: PersonMention[], thisWritten: boolean): boolean {
  return other.some((m) => !m.alternatives.length) || (!thisWritten && other.some((m) => m.asWritten));
}

function only<T>(items: T[]): T | undefined {
  return items.length === 1 ? items[0] : undefined;
}
