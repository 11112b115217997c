// Tasks → the organisations they name, and a key that names one organisation the
// same way in every document. Runs after entity extraction, on its result: an
// organisation is linked to a task when one of its mentions is on a line of the
// task (line..endLine) or on the line of one of the task's addressees
// ("Руководителям МБОУ СОШ № 18: …" written above a list gives the school to every
// item of the list). Lines are the unit because the entities keep lines, not
// offsets; a line holding two tasks gives its schools to both.
import type { Addressee, Organization, Task } from '../../shared/schema/output.js';

export function linkTaskOrganizations(tasks: Task[], addressees: Addressee[], organizations: Organization[]): void {
  const byLine = new Map<number, string[]>();
  for (const o of organizations) {
    o.key = organizationKey(o);
    for (const line of o.lines) {
      const ids = byLine.get(line) ?? [];
      ids.push(o.id);
      byLine.set(line, ids);
    }
  }
  if (byLine.size === 0) return;
  const addresseeLine = new Map(addressees.map((a) => [a.id, a.line]));
  for (const t of tasks) {
    const found = new Set<string>();
    const take = (line: number | undefined) => {
      if (line !== undefined) for (const id of byLine.get(line) ?? []) found.add(id);
    };
    for (let line = t.line; line <= t.endLine; line++) take(line);
    for (const id of t.addresseeIds) take(addresseeLine.get(id));
    // in the order the organisations are listed (their first mention)
    t.organizationIds = organizations.filter((o) => found.has(o.id)).map((o) => o.id);
  }
}

/**
 * "СОШ 18 | Канск", "гимназия 1", "СОШ Хазанская", "детский сад Елочка": the type (or
 * the form when no type is known), the numbers, the proper name, and after " | " the
 * locality. Spelling that varies between documents is evened out: ё as е, quote
 * marks dropped, white space squeezed, initials written together ("Г.К. Жукова" →
 * "Г.К.Жукова"). A school named with its locality in one document and without it in
 * another gets two keys: nothing in the second says which town it is in.
 */
export function organizationKey(o: Pick<Organization, 'form' | 'type' | 'numbers' | 'name' | 'locality'>): string {
  const head = [o.type ?? o.form, o.numbers.join(', '), o.name].filter((p): p is string => !!p).map(even).join(' ');
  return o.locality ? `${head} | ${even(o.locality)}` : head;
}

function even(text: string): string {
  return text
    .replace(/[«»“”„"]/g, '')
    .replace(/ё/g, 'е')
    .replace(/Ё/g, 'Е')
    .replace(/\s+/g, ' ')
    .replace(/(?<=(?:^|[^А-Яа-яA-Za-z])[А-ЯA-Z]\.) (?=[А-Я])/g, '')
    .trim();
}
