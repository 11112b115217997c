// Mentions → organisations: one entry per organisation across the document.
//
// What one organisation is: one school (kindergarten, centre …) named by a form,
// a type, a number, a name or a locality. A mention that lists numbers under one
// "№№" ("СОШ №№ 2, 18", "(№№ 9,25,26,39,53)") is one entry with all the numbers,
// as the writer grouped them; each "№" is its own organisation ("гимназии № 1 и
// № 4" are two). Mentions merge when nothing they say disagrees (same numbers; form,
// type, name, locality equal or unsaid) and, without numbers, when something
// identifies them (the same name, the same type abbreviation, or an abbreviation
// that spells the other's name: "МКУ РМЦ" = «Ресурсно-методический центр»).
import { fold } from '../shared/text/normalize.js';
import type { Organization } from '../shared/schema/output.js';
import type { OrgMention } from './org-mentions.js';

interface Entry {
  org: Organization;
  /** the type came only from a form (МБДОУ → ДОУ) and gives way to a written one */
  typeImplied: boolean;
  adjective: string | null;
  completeness: number;
}

export interface OrganizationIndex {
  organizations: Organization[];
  /** the organisation id of a mention, or null for a bare type that named nothing */
  idOf(mention: OrgMention): string | null;
}

export function mergeOrganizations(mentions: OrgMention[]): OrganizationIndex {
  const entries: Entry[] = [];
  // only organisations with the same numbers can be the same: compare within those
  const byNumbers = new Map<string, Entry[]>();
  const ids = new Map<OrgMention, Entry>();
  for (const m of mentions) {
    const key = m.numbers.join(',');
    const candidates = byNumbers.get(key) ?? [];
    byNumbers.set(key, candidates);
    const target = candidates.find((e) => sameOrganization(e, m));
    if (target) {
      absorb(target, m);
      ids.set(m, target);
    } else if (!m.bare) {
      const e: Entry = {
        org: {
          id: '',
          text: m.text,
          form: m.form,
          type: m.type,
          numbers: m.numbers,
          name: m.name,
          locality: m.locality,
          key: '', // filled in by src/6-entities/link once the mentions are merged
          lines: [m.line],
        },
        typeImplied: m.typeImplied,
        adjective: m.adjective,
        completeness: completeness(m),
      };
      entries.push(e);
      candidates.push(e);
      ids.set(m, e);
    }
  }
  entries.forEach((e, i) => {
    e.org.id = `o${i + 1}`;
    e.org.lines = [...new Set(e.org.lines)].sort((a, b) => a - b);
  });
  return { organizations: entries.map((e) => e.org), idOf: (m) => ids.get(m)?.org.id ?? null };
}

function completeness(m: OrgMention): number {
  return [m.form, m.type && !m.typeImplied ? m.type : null, m.name, m.locality].filter((x) => x !== null).length;
}

function agree(a: string | null, b: string | null): boolean {
  // the same spelling needs no folding (most pairs that agree)
  return a === null || b === null || a === b || fold(a) === fold(b);
}

function sameOrganization(e: Entry, m: OrgMention): boolean {
  const o = e.org;
  if (o.numbers.join(',') !== m.numbers.join(',')) return false;
  if (!agree(o.form, m.form) || !agree(o.locality, m.locality)) return false;
  if (!(e.typeImplied || m.typeImplied || agree(o.type, m.type))) return false;
  if (!agree(e.adjective, m.adjective)) return false;
  if (!namesAgree(o.name, m.name)) return false;
  if (o.numbers.length) return true;
  // without numbers something must name the same organisation
  if (o.name && m.name && fold(o.name) === fold(m.name)) return true;
  // "ЦДиК" again: a one-of-a-kind institution named by its abbreviation, with no other name
  if (!o.name && !m.name && o.type && o.type === m.type && /[А-ЯЁ]{2}/.test(o.type) && !e.typeImplied && !m.typeImplied) return true;
  return spells(o.type, m.name) || spells(m.type, o.name);
}

/** Names agree when unsaid on one side, equal, or one is the other's "имени …" part alone. */
function namesAgree(a: string | null, b: string | null): boolean {
  if (a === null || b === null) return true;
  const fa = fold(a);
  const fb = fold(b);
  return fa === fb || fa.endsWith(` ${fb}`) || fb.endsWith(` ${fa}`);
}

const LOCALITY = /\s(?:г\.|гор\.|города|город)\s/iu;

/** `name.replace(/\s+(?:г\.|гор\.|города|город)\s.*$/iu, '')` without trying every space of a run. */
function withoutLocality(name: string): string {
  const m = LOCALITY.exec(name);
  return m ? name.slice(0, m.index + 1).trimEnd() : name;
}

/** "РМЦ" spells "Ресурсно-методический центр города Канска" (the locality left out). */
export function spells(abbreviation: string | null, name: string | null): boolean {
  if (!abbreviation || !name || !/^[А-ЯЁ]{2,}$/.test(abbreviation)) return false;
  const words = withoutLocality(name)
    .split(/[\s-]+/)
    .filter((w) => w.length > 2 || /^[А-ЯЁ]/.test(w));
  const initials = words.map((w) => w[0]!.toUpperCase()).join('');
  return initials === abbreviation;
}

function absorb(e: Entry, m: OrgMention): void {
  const o = e.org;
  o.lines.push(m.line);
  o.form ??= m.form;
  if (m.type && (o.type === null || (e.typeImplied && !m.typeImplied))) {
    o.type = m.type;
    e.typeImplied = m.typeImplied;
  }
  if (m.name && (!o.name || m.name.length > o.name.length)) o.name = m.name;
  o.locality ??= m.locality;
  e.adjective ??= m.adjective;
  const c = completeness(m);
  if (c > e.completeness) {
    o.text = m.text;
    e.completeness = c;
  }
}
