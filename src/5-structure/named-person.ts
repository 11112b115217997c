// A person named after an addressee, in the addressee's case: "Поручить
// директору школы Коваленко Е.П. …", "Заместителю директора по УВР Кравцовой
// Н.А. обеспечить …". The person is who answers for the task, not part of the
// addressee: the addressee is "директор школы", the person "Коваленко Е.П.",
// the surname put back into the nominative (shared/morph/surnames.ts).
import { SURNAME_PATTERN, analyzeSurname } from '../shared/morph/surnames.js';
import type { Case } from '../shared/morph/categories.js';

const INITIALS = '[А-ЯЁ]\\.\\s?[А-ЯЁ]\\.?';
/** Surname and initials either way round, closing the phrase after white space. */
const TRAILING_NAME = new RegExp(`\\s(?:(${SURNAME_PATTERN})\\s+(${INITIALS})|(${INITIALS})\\s?(${SURNAME_PATTERN}))$`, 'u');
/** A name after "им." / "имени" names the organisation ("гимназии им. Пушкина А.С."), not a person. */
const NAMED_AFTER = /(?:^|\s)(?:им\.|имени)$/u;
/** A name is short: only the phrase's last characters are read. */
const TAIL = 80;

/** A list of names is short too. */
const MAX_NAMES = 5;

export interface NamedPersons {
  /** the addressee without the names */
  rest: string;
  /** "Коваленко Е.П.", surnames in the nominative, initials without spaces, in the order written; [] when no name closes the phrase */
  persons: string[];
}

export function withoutNamedPersons(phrase: string, c: Case): NamedPersons {
  const persons: string[] = [];
  let rest = phrase;
  for (let k = 0; k < MAX_NAMES; k++) {
    const found = trailingName(rest, c);
    if (!found || NAMED_AFTER.test(found.rest)) break;
    persons.unshift(found.person);
    rest = found.rest;
    const before = withoutListJoint(rest);
    if (before === null) break;
    rest = before;
  }
  // names alone are no addressee: the phrase stays as written
  if (rest.trim() === '') return { rest: phrase, persons: [] };
  return { rest, persons };
}

/** The phrase before "и" or a comma that joins two names of a list ("Мурадяну А.С. и Ефимову Р.Р."); null without one. */
function withoutListJoint(phrase: string): string | null {
  if (phrase.endsWith(',')) return phrase.slice(0, -1).trimEnd();
  return phrase.endsWith('и') && /\s/u.test(phrase.charAt(phrase.length - 2)) ? phrase.slice(0, -1).trimEnd() : null;
}

function trailingName(phrase: string, c: Case): { rest: string; person: string } | null {
  const from = Math.max(0, phrase.length - TAIL);
  const m = TRAILING_NAME.exec(phrase.slice(from));
  if (!m) return null;
  const surname = (written: string) => analyzeSurname(written, c).surname;
  // initials without spaces, as the people list writes them ("Е. В." → "Е.В.")
  const person = m[1] ? `${surname(m[1])} ${m[2]!.replace(/\s/g, '')}` : `${m[3]!.replace(/\s/g, '')} ${surname(m[4]!)}`;
  return { rest: phrase.slice(0, from + m.index).trimEnd(), person };
}
