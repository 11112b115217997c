import { describe, expect, it } from 'vitest';
import { looksLikeAdverb } from '../../src/shared/morph/adverbs.js';

describe('looksLikeAdverb', () => {
  it.each(['своевременно', 'ежемесячно', 'совместно', 'регулярно', 'оперативно', 'систематически', 'методически'])('%s is an adverb', (w) => expect(looksLikeAdverb(w)).toBe(true));
  it.each(['руководителям', 'классов', 'оо', 'окно', 'кино', 'полотно', 'пианино', 'образования', 'школы'])('%s is not', (w) => expect(looksLikeAdverb(w)).toBe(false));
});
