import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { nominativePhrase } from '../../src/shared/morph/nominative.js';
import { isInfinitive } from '../../src/shared/morph/infinitive.js';
import { nounParadigm } from '../../src/shared/morph/nouns.js';
import { formsOf } from '../../src/shared/morph/paradigm.js';
import { agreeingNominative } from '../../src/shared/morph/adjectives.js';

const rows = readFileSync(new URL('../../fixtures/morph/addressees.tsv', import.meta.url), 'utf8')
  .split('\n')
  .filter((l) => l && !l.startsWith('#'))
  .map((l) => l.split('\t') as [string, 'dat' | 'gen', string]);

describe('nominativePhrase', () => {
  it('has at least 40 real addressee phrases to measure on', () => {
    expect(rows.length).toBeGreaterThanOrEqual(40);
  });
  it.each(rows)('%s (%s) → %s', (phrase, c, expected) => {
    expect(nominativePhrase(phrase, c).text).toBe(expected);
  });
  it('keeps genitive dependents and changes only the head and its adjectives', () => {
    expect(nominativePhrase('районным методическим объединениям учителей истории', 'dat').text).toBe('районные методические объединения учителей истории');
    expect(nominativePhrase('старшему воспитателю детского сада', 'dat').text).toBe('старший воспитатель детского сада');
    expect(nominativePhrase('краевой службе сопровождения', 'dat').text).toBe('краевая служба сопровождения');
  });
  it('guesses an unknown plural noun from its ending', () => {
    expect(nominativePhrase('вожатым и аниматорам лагерей', 'dat').text).toBe('вожатые и аниматоры лагерей');
    expect(nominativePhrase('волонтерам школьных отрядов', 'dat').text).toBe('волонтеры школьных отрядов');
    expect(nominativePhrase('логопедов районных школ', 'gen').text).toBe('логопеды районных школ');
  });
});

describe('isInfinitive', () => {
  it.each(['обеспечить', 'продолжить', 'провести', 'внести', 'найти', 'привлечь', 'учесть', 'вести', 'включиться', 'организовывать', 'расти'])('%s is an infinitive', (w) => {
    expect(isInfinitive(w)).toBe(true);
  });
  it.each(['деятельность', 'деятельности', 'области', 'часть', 'власти', 'ночь', 'десять', 'путь', 'отметки', 'развитие', 'сеть'])('%s is not', (w) => {
    expect(isInfinitive(w)).toBe(false);
  });
});

describe('declension', () => {
  it('derives the oblique forms from the nominative', () => {
    const forms = (sg: string, plural: string) => Object.fromEntries(formsOf(nounParadigm(sg, { plural })).reverse().map((f) => [`${f.case}.${f.plural ? 'pl' : 'sg'}`, f.form]));
    expect(forms('комиссия', 'комиссии')).toMatchObject({ 'dat.sg': 'комиссии', 'dat.pl': 'комиссиям', 'gen.pl': 'комиссий' });
    expect(forms('учреждение', 'учреждения')).toMatchObject({ 'dat.sg': 'учреждению', 'gen.pl': 'учреждений' });
    expect(forms('команда', 'команды')).toMatchObject({ 'dat.sg': 'команде', 'gen.pl': 'команд', 'dat.pl': 'командам' });
    expect(forms('воспитатель', 'воспитатели')).toMatchObject({ 'dat.sg': 'воспитателю', 'gen.pl': 'воспитателей' });
  });
  it('puts adjectives into the nominative of the head', () => {
    const stressed = new Set(['областной']);
    expect(agreeingNominative('областному', 'dat', 'sg', 'male', stressed)).toBe('областной');
    expect(agreeingNominative('педагогическому', 'dat', 'sg', 'male', stressed)).toBe('педагогический');
    expect(agreeingNominative('районному', 'dat', 'sg', 'neuter', stressed)).toBe('районное');
    expect(agreeingNominative('общей', 'dat', 'sg', 'female', stressed)).toBe('общая');
    expect(agreeingNominative('средних', 'gen', 'pl', 'female', stressed)).toBe('средние');
  });
});
