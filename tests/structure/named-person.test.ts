// A person named after the addressee goes to the task's responsible people;
// the addressee keeps the position only. Phrasings of no fixture.
import { describe, expect, it } from 'vitest';
import { readAddresseeHeader, readInlineAddressee } from '../../src/5-structure/addressees.js';
import { withoutNamedPersons } from '../../src/5-structure/named-person.js';

describe('a person named after an inline addressee', () => {
  it('surname then initials, the surname back in the nominative', () => {
    const r = readInlineAddressee('Начальнику хозяйственного отдела Ерофееву К.С. представить смету');
    expect(r?.parts.map((p) => p.normalized)).toEqual(['начальник хозяйственного отдела']);
    expect(r?.persons).toEqual(['Ерофеев К.С.']);
  });
  it('initials then surname; each of two coordinated addressees keeps its own person', () => {
    const r = readInlineAddressee('Методисту Р.Г. Валиевой, старшему воспитателю Л.М. Гришиной провести открытые занятия');
    expect(r?.parts.map((p) => p.normalized)).toEqual(['методист', 'старший воспитатель']);
    expect(r?.persons).toEqual(['Р.Г. Валиева', 'Л.М. Гришина']);
  });
  it('a name after "им." belongs to the organisation', () => {
    const r = readInlineAddressee('Директору лицея им. Лобачевского Н.И. обеспечить подвоз');
    expect(r?.persons).toEqual([]);
    expect(r?.parts[0]!.normalized).toBe('директор лицея им. лобачевского н.и');
  });
  it('in a header too', () => {
    const r = readAddresseeHeader('Старшему воспитателю Гришиной Л.М.:');
    expect(r?.parts.map((p) => [p.text, p.normalized])).toEqual([['Старшему воспитателю', 'старший воспитатель']]);
    expect(r?.persons).toEqual(['Гришина Л.М.']);
  });
});

describe('withoutNamedPerson', () => {
  it('a name alone is no addressee with a person', () => {
    expect(withoutNamedPersons('Ерофееву К.С.', 'dat')).toEqual({ rest: 'Ерофееву К.С.', persons: [] });
  });
  it('initials written with a space are written without it, as in the people list', () => {
    expect(withoutNamedPersons('куратору проекта Ладыгиной Е. В.', 'dat')).toEqual({ rest: 'куратору проекта', persons: ['Ладыгина Е.В.'] });
  });
  it('reads only the end of a long phrase', () => {
    const long = `${'методисту '.repeat(100_000)}Ерофееву К.С.`;
    expect(withoutNamedPersons(long, 'dat').persons).toEqual(['Ерофеев К.С.']);
  });
});
