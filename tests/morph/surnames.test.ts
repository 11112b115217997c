import { describe, expect, it } from 'vitest';
import { analyzeSurname, givenNominative, patronymicCase, patronymicGender, patronymicNominative } from '../../src/shared/morph/surnames.js';

describe('analyzeSurname', () => {
  it.each([
    ['Боровского', 'gen', 'Боровский', 'male'],
    ['Костиковой', null, 'Костикова', 'female'],
    ['Чулкову', 'dat', 'Чулков', 'male'],
    ['Чулкову', 'acc', 'Чулкова', 'female'],
    ['Смирнову', 'gen', 'Смирнова', 'female'],
    ['Чулковым', null, 'Чулков', 'male'],
    ['Чулкова', 'nom', 'Чулкова', 'female'],
    ['Чулкова', 'gen', 'Чулков', 'male'],
    ['Ильиной', null, 'Ильина', 'female'],
    ['Белецкую', null, 'Белецкая', 'female'],
    ['Руденко', 'gen', 'Руденко', null],
    ['Гросса', 'gen', 'Гросс', 'male'],
    ['Гросс', 'gen', 'Гросс', 'female'],
    ['Черных', 'dat', 'Черных', null],
    ['Луговой', 'nom', 'Луговой', 'male'],
    ['Луговой', 'gen', 'Лугова', 'female'],
    ['Григоряну', 'dat', 'Григорян', 'male'],
    ['Ковальчуку', 'dat', 'Ковальчук', 'male'],
    ['Гарибу', null, 'Гарибу', null],
  ] as const)('%s (%s) → %s', (written, kase, surname, gender) => {
    expect(analyzeSurname(written, kase)).toMatchObject({ surname, gender });
  });
});


// names of no fixture
describe('surnames, patronymics and first names of no fixture', () => {
  it.each([
    ['Закревскому', 'dat', 'Закревский', 'male'],
    ['Голубкиной', 'dat', 'Голубкина', 'female'],
    ['Мельниченко', 'dat', 'Мельниченко', null],
    ['Тарасюку', 'dat', 'Тарасюк', 'male'],
  ] as const)('%s (%s) → %s', (written, kase, surname, gender) => {
    expect(analyzeSurname(written, kase)).toMatchObject({ surname, gender });
  });
  it('a patronymic tells the gender and the case', () => {
    expect([patronymicGender('Ильиничне'), patronymicCase('Ильиничне'), patronymicNominative('Ильиничне')]).toEqual(['female', 'dat', 'Ильинична']);
    expect([patronymicGender('Кузьмичу'), patronymicCase('Кузьмичу'), patronymicNominative('Кузьмичу')]).toEqual(['male', 'dat', 'Кузьмич']);
  });
  it('a first name back to the nominative, irregular ones from the caller\'s list', () => {
    expect(givenNominative('Полины', 'female', 'gen', new Map())).toBe('Полина');
    expect(givenNominative('Ксенией', 'female', 'ins', new Map())).toBe('Ксения');
    expect(givenNominative('Льву', 'male', 'dat', new Map([['льву', 'Лев']]))).toBe('Лев');
  });
});
