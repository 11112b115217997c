import { describe, expect, it } from 'vitest';
import { declinePhrase, declineWord, phraseGender } from '../../src/shared/morph/declension.js';
import { adjectiveNominative, adjectiveParadigm, agreeingNominative, isAdjectiveIn, isMasculineOblique } from '../../src/shared/morph/adjectives.js';
import { genderOf, nounParadigm } from '../../src/shared/morph/nouns.js';
import { formOf, formsOf } from '../../src/shared/morph/paradigm.js';
import { placeNominative } from '../../src/shared/morph/place-names.js';
import type { Case } from '../../src/shared/morph/categories.js';

/** case.number → the usual form, e.g. "ins.sg" → "товарищем" */
const table = (p: ReturnType<typeof nounParadigm>) => Object.fromEntries(formsOf(p).map((f) => [`${f.case}.${f.plural ? 'pl' : 'sg'}`, formOf(p, f.case, f.plural)]));

describe('declension of vocabulary words', () => {
  it('generates the cases of nouns, adjectives and phrases', () => {
    const forms = (w: string) => new Set(declineWord(w).map((f) => f.form));
    for (const f of ['директора', 'директору', 'директором', 'директоре']) expect(forms('директор').has(f)).toBe(true);
    for (const f of ['заместителя', 'заместителем']) expect(forms('заместитель').has(f)).toBe(true);
    for (const f of ['заведующего', 'заведующему', 'заведующим']) expect(forms('заведующий').has(f)).toBe(true);
    for (const f of ['гимназии', 'гимназию', 'гимназией', 'гимназий']) expect(forms('гимназия').has(f)).toBe(true);
    for (const f of ['лицея', 'лицеем', 'лицеев']) expect(forms('лицей').has(f)).toBe(true);
    expect(forms('учитель-логопед').has('учителя-логопеда')).toBe(true);
    const phrase = new Set(declinePhrase('средняя общеобразовательная школа').map((f) => f.form));
    for (const f of ['средней общеобразовательной школы', 'среднюю общеобразовательную школу', 'средних общеобразовательных школ']) expect(phrase.has(f)).toBe(true);
    const complement = new Set(declinePhrase('центр дополнительного образования').map((f) => f.form));
    expect(complement.has('центра дополнительного образования')).toBe(true);
    expect(new Set(declinePhrase('исполняющий обязанности', 'first').map((f) => f.form)).has('исполняющего обязанности')).toBe(true);
  });

  it.each([
    ['Хазанской', 'female', 'Хазанская'],
    ['Хазанскую', 'female', 'Хазанская'],
    ['Кимильтейского', 'male', 'Кимильтейский'],
    ['Ухтуйском', 'male', 'Ухтуйский'],
    ['Синей', 'female', 'Синяя'],
    ['Лесного', 'neuter', 'Лесное'],
  ] as const)('adjective %s (%s) → %s', (word, gender, nominative) => {
    expect(adjectiveNominative(word, gender)).toBe(nominative);
  });

  it.each([
    [['Канска'], 'Канск'],
    [['Канске'], 'Канск'],
    [['Ростова'], 'Ростов'],
    [['Твери'], 'Тверь'],
    [['Калуги'], 'Калуга'],
    [['Ухты'], 'Ухта'],
    [['Москвы'], 'Москва'],
    [['Ельца'], 'Елец'],
    [['Горячего', 'Ключа'], 'Горячий Ключ'],
    [['Нижнего', 'Новгорода'], 'Нижний Новгород'],
    [['Советской', 'Гавани'], 'Советская Гавань'],
    [['Канск'], 'Канск'],
  ])('locality %j → %s', (words, nominative) => {
    expect(placeNominative(words, new Map([['ельца', 'Елец']]))).toBe(nominative);
  });
});


// words of no fixture: the paradigms are regularities of Russian, not of the documents
describe('noun paradigms', () => {
  it('a masculine noun after a hushing consonant: -ем in the instrumental, -ей in the genitive plural', () => {
    expect(table(nounParadigm('товарищ'))).toMatchObject({ 'gen.sg': 'товарища', 'ins.sg': 'товарищем', 'prep.sg': 'товарище', 'nom.pl': 'товарищи', 'gen.pl': 'товарищей', 'ins.pl': 'товарищами' });
  });
  it('a fleeting vowel is the caller\'s to give; the nominative keeps it', () => {
    const p = nounParadigm('певец', { stem: 'певц' });
    expect(table(p)).toMatchObject({ 'nom.sg': 'певец', 'gen.sg': 'певца', 'dat.sg': 'певцу', 'nom.pl': 'певцы', 'dat.pl': 'певцам' });
    expect(p.pl[1]).toEqual(['певцев', 'певцов']); // stress decides, spelling cannot
  });
  it('an irregular plural given by the caller stands in the nominative and the accusative', () => {
    expect(table(nounParadigm('вахтер', { plural: 'вахтера' }))).toMatchObject({ 'nom.pl': 'вахтера', 'acc.pl': 'вахтера', 'gen.pl': 'вахтеров' });
  });
  it('nouns in -ь: -ость and a hushing consonant are feminine, others masculine unless the caller says', () => {
    expect(table(nounParadigm('радость'))).toMatchObject({ 'gen.sg': 'радости', 'dat.sg': 'радости', 'ins.sg': 'радостью', 'gen.pl': 'радостей' });
    expect(genderOf('печь')).toBe('female');
    expect(table(nounParadigm('тетрадь', { gender: 'female' }))).toMatchObject({ 'gen.sg': 'тетради', 'ins.sg': 'тетрадью' });
    expect(table(nounParadigm('вратарь'))).toMatchObject({ 'gen.sg': 'вратаря', 'ins.sg': 'вратарем', 'dat.pl': 'вратарям' });
  });
  it('neuters in -е: hard endings after ц and hushing consonants, soft ones elsewhere', () => {
    expect(table(nounParadigm('полотенце'))).toMatchObject({ 'gen.sg': 'полотенца', 'ins.sg': 'полотенцем', 'nom.pl': 'полотенца', 'dat.pl': 'полотенцам' });
    expect(table(nounParadigm('море'))).toMatchObject({ 'gen.sg': 'моря', 'dat.sg': 'морю', 'ins.sg': 'морем', 'nom.pl': 'моря', 'gen.pl': 'морей' });
  });
  it('-ий nouns take -ии in the prepositional; -а nouns after a hushing consonant -ей or -ой', () => {
    expect(table(nounParadigm('санаторий'))).toMatchObject({ 'gen.sg': 'санатория', 'prep.sg': 'санатории', 'gen.pl': 'санаториев' });
    expect(nounParadigm('свеча').sg[4]).toEqual(['свечей', 'свечой']);
    expect(table(nounParadigm('свеча'))).toMatchObject({ 'gen.sg': 'свечи', 'nom.pl': 'свечи', 'gen.pl': 'свеч' });
  });
});

describe('adjective paradigms', () => {
  const forms = (w: string) => {
    const p = adjectiveParadigm(w)!;
    return Object.fromEntries(formsOf(p).map((f) => [`${f.case}.${f.plural ? 'pl' : 'sg'}`, formOf(p, f.case, f.plural)]));
  };
  it('a velar stem writes и: "строгий"', () => {
    expect(forms('строгий')).toMatchObject({ 'gen.sg': 'строгого', 'dat.sg': 'строгому', 'ins.sg': 'строгим', 'nom.pl': 'строгие' });
  });
  it('a hushing stem takes the soft series: "свежая"', () => {
    expect(forms('свежая')).toMatchObject({ 'gen.sg': 'свежей', 'acc.sg': 'свежую', 'nom.pl': 'свежие' });
  });
  it('a stressed -ой declines as a hard adjective: "голубой"', () => {
    expect(forms('голубой')).toMatchObject({ 'gen.sg': 'голубого', 'ins.sg': 'голубым', 'gen.pl': 'голубых' });
  });
  it('a reflexive participle keeps -ся after every ending', () => {
    expect(forms('поднимающийся')).toMatchObject({ 'gen.sg': 'поднимающегося', 'dat.sg': 'поднимающемуся', 'dat.pl': 'поднимающимся', 'nom.pl': 'поднимающиеся' });
    expect(declinePhrase('поднимающийся мост').map((f) => f.form)).toContain('поднимающемуся мосту');
  });
  it('no paradigm for a word without an adjective ending', () => {
    expect(adjectiveParadigm('мост')).toBeNull();
  });
  it.each<[string, Case]>([
    ['строгую', 'acc'],
    ['строгими', 'ins'],
    ['строгом', 'prep'],
    ['синему', 'dat'],
  ])('%s carries an ending of the %s', (w, c) => {
    expect(isAdjectiveIn(w, c)).toBe(true);
  });
  it('a masculine or neuter oblique form, not a feminine one', () => {
    expect(['Строгого', 'строгому', 'строгим', 'строгом'].map(isMasculineOblique)).toEqual([true, true, true, true]);
    expect(['строгой', 'строгую', 'строгий'].map(isMasculineOblique)).toEqual([false, false, false]);
  });
  it('the case decides: an instrumental ending is no genitive', () => {
    expect(isAdjectiveIn('строгими', 'gen')).toBe(false);
  });
});

describe('back to the nominative', () => {
  const stressed = new Set(['береговой']);
  it.each([
    ['синему', 'dat', 'sg', 'male', 'синий'],
    ['большому', 'dat', 'sg', 'neuter', 'большое'],
    ['свежему', 'dat', 'sg', 'neuter', 'свежее'],
    ['береговому', 'dat', 'sg', 'male', 'береговой'],
    ['строгой', 'gen', 'sg', 'female', 'строгая'],
    ['синей', 'dat', 'sg', 'female', 'синяя'],
    ['строгих', 'gen', 'pl', 'male', 'строгие'],
    ['строгому', 'gen', 'sg', 'male', null],
  ] as const)('%s (%s %s %s) → %s', (word, c, n, g, nominative) => {
    expect(agreeingNominative(word, c, n, g, stressed)).toBe(nominative);
  });
  it('a feminine accusative, as "возложить на" gives it', () => {
    expect(adjectiveNominative('строгую', 'female')).toBe('строгая');
    expect(adjectiveNominative('синюю', 'female')).toBe('синяя');
    expect(adjectiveNominative('свежую', 'female')).toBe('свежая');
  });
  it('the gender of a phrase is its head noun\'s', () => {
    expect(phraseGender('поднимающийся мост')).toBe('male');
    expect(phraseGender('свежая радость')).toBe('female');
    expect(phraseGender('голубое море')).toBe('neuter');
  });
  it('place names of no list', () => {
    expect(placeNominative(['Тобольска'], new Map())).toBe('Тобольск');
    expect(placeNominative(['Великого', 'Устюга'], new Map())).toBe('Великий Устюг');
  });
});

describe('declineWord', () => {
  it('a noun option reaches the noun', () => {
    expect(declineWord('певец', { stem: 'певц' }).map((f) => f.form)).toContain('певцом');
  });
});
