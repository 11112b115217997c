import { describe, expect, it } from 'vitest';
import { cleanSource, fold, foldOnce, lowerCase, squeeze } from '../../src/shared/text/normalize.js';

const lineCount = (text: string) => text.split('\n').length;

describe('cleanSource', () => {
  it('rewrites exactly the characters its classes name, each code point alone and beside a CR', () => {
    const INVISIBLE = /[\u00AD\u200B-\u200D\u2060\uFEFF\u0000-\u0008\u000E-\u001F\u007F-\u0084\u0086-\u009F]/g;
    const SPACE_LIKE = /[\u00A0\u2007\u202F\u2000-\u200A\u3000\f\v\u2028\u2029\u0085]/g;
    const reference = (t: string) => t.replace(/\r\n?/g, '\n').replace(INVISIBLE, '').replace(SPACE_LIKE, ' ');
    for (let c = 0; c <= 0xffff; c++) {
      const text = `а${String.fromCharCode(c)}б`;
      if (cleanSource(text) !== reference(text)) expect(`U+${c.toString(16)}: ${cleanSource(text)}`).toBe(reference(text));
      if (c % 97 === 0) expect(cleanSource(`${text}\r\n\u00a0`)).toBe(reference(`${text}\r\n\u00a0`));
    }
  });

  it('turns CRLF and lone CR into LF, one line break each', () => {
    expect(cleanSource('а\r\nб\rв\nг\r\n\r\nд')).toBe('а\nб\nв\nг\n\nд');
  });

  it('never moves a line: every source line break survives, whatever else is removed', () => {
    const source = 'РЕЗОЛЮЦИЯ\r\n\u00AD\u200B\r\n1.\u00A0При\u00ADнять\u2060 к\u202Fсведению\r\r\n\uFEFFконец';
    const clean = cleanSource(source);
    expect(lineCount(clean)).toBe(5);
    expect(clean.split('\n')).toEqual(['РЕЗОЛЮЦИЯ', '', '1. Принять к сведению', '', 'конец']);
  });

  it('NBSP, narrow NBSP, figure space, thin spaces become a plain space', () => {
    expect(cleanSource('№\u00A05 до\u202F1\u2007мая\u2009г.')).toBe('№ 5 до 1 мая г.');
  });

  it('soft hyphens and zero-width characters vanish inside words', () => {
    expect(cleanSource('об\u00ADра\u00ADзо\u200Bва\u200Cни\u200Dе\u2060')).toBe('образование');
  });

  it('form feed (a page break) and vertical tab become spaces, not line breaks', () => {
    expect(cleanSource('конец страницы\f\nначало')).toBe('конец страницы \nначало');
    expect(lineCount(cleanSource('а\fб\vв'))).toBe(1);
  });

  it('control characters (a stray NUL, C1 codes) are removed, TAB is kept', () => {
    expect(cleanSource('а\u0000б\u0007в\u0098г\tд')).toBe('абвг\tд');
  });

  it('keeps ё, quotes and dashes as written (only fold() equates them)', () => {
    const text = 'Ёлочка — «Тополёк» – “мир” - ёж';
    expect(cleanSource(text)).toBe(text);
  });
});

describe('fold', () => {
  it('is exactly as long as its input, so offsets map back to the original', () => {
    for (const text of ['Ёлка «Тополёк» — 2023–2024', 'İstanbul ǅ ß ﬁ', '𝐀𝐁 emoji 🙂 Ё', '']) {
      expect(fold(text)).toHaveLength(text.length);
    }
  });

  it('matches ё as е, in both cases', () => {
    expect(fold('Ёлочка')).toBe(fold('елочка'));
    expect(fold('ребёнка')).toBe('ребенка');
  });

  it('makes all quote styles one "', () => {
    expect(fold('«а» “б” „в“ ‟г″ ‹д›')).toBe('"а" "б" "в" "г" "д"');
  });

  it('makes all dash styles one -', () => {
    expect(fold('а–б—в‒г―д−е‐ж‑з')).toBe('а-б-в-г-д-е-ж-з');
  });

  it('lower-cases Cyrillic and Latin', () => {
    expect(fold('РЕШИЛИ: МБОУ СОШ № 5, PISA')).toBe('решили: мбоу сош № 5, pisa');
  });

  it('a match on the folded text cuts the original unchanged', () => {
    const original = 'Проект «Успех каждого ребёнка» — до 1 сентября';
    const at = fold(original).indexOf('"успех каждого ребенка"');
    expect(original.slice(at, at + '"успех каждого ребенка"'.length)).toBe('«Успех каждого ребёнка»');
  });
});

describe('foldOnce (the table pass for long texts)', () => {
  // Long texts are folded by a table of codes, short ones by toLowerCase: both must give
  // what toLowerCase + the quote/dash map gives, for every character of the BMP.
  const byCase = (t: string) => {
    const lower = t.toLowerCase();
    return lower.length === t.length ? lower.replace(/[ёЁ]/g, 'е').replace(/[«»“”„‟″‹›]/g, '"').replace(/[‘’‚]/g, "'").replace(/[–—‒―−‐‑]/g, '-') : null;
  };
  it('folds every character of a long text as the short path does', () => {
    for (let c = 0; c < 0x10000; c++) {
      const t = `Абв ${String.fromCharCode(c)} `.repeat(20);
      const expected = byCase(t);
      if (expected === null) continue; // length-changing lower case ("İ"): kept per character, tested above
      if (foldOnce(t) !== expected) expect([c.toString(16), foldOnce(t)]).toEqual([c.toString(16), expected]);
    }
  });

  it('keeps a final sigma and a Greek word as toLowerCase reads them in context', () => {
    const t = 'ΟΔΟΣ '.repeat(20) + 'текст «Ёлка» — 2024';
    expect(foldOnce(t)).toBe(t.toLowerCase().replace(/ё/g, 'е').replace(/[«»]/g, '"').replace(/—/g, '-'));
  });
});

describe('lowerCase', () => {
  it('is toLowerCase, and the same string when there is nothing to lower', () => {
    for (const w of ['директор', 'Директор', 'ОБЕСПЕЧИТЬ', 'ёлка', 'Ёлка', 'pisa', 'PISA', 'İstanbul', 'ΣΑΣ', 'Ѐ', 'éÉ', '№5', '']) {
      expect(lowerCase(w)).toBe(w.toLowerCase());
    }
    const lower = ['обеспечить', 'x'].join('-');
    expect(lowerCase(lower)).toBe(lower);
  });

  it('lowers every code unit toLowerCase would change, beside Cyrillic and alone', () => {
    for (let c = 0; c <= 0xffff; c++) {
      const ch = String.fromCharCode(c);
      if (lowerCase(`ба${ch}`) !== `ба${ch}`.toLowerCase()) expect(`U+${c.toString(16)}`).toBe('lowered');
      if (lowerCase(ch) !== ch.toLowerCase()) expect(`U+${c.toString(16)} alone`).toBe('lowered');
    }
  });
});

describe('squeeze', () => {
  it('leaves a text that needs nothing as it is, and trims a single edge space', () => {
    expect(squeeze('Руководителям ОО:')).toBe('Руководителям ОО:');
    expect(squeeze(' а б ')).toBe('а б');
    expect(squeeze('а\u00a0б')).toBe('а б');
    expect(squeeze('а  б')).toBe('а б');
    expect(squeeze('')).toBe('');
  });

  it('collapses runs of white space, line breaks included, and trims', () => {
    expect(squeeze('  Руководителям\n  образовательных \t организаций:  ')).toBe('Руководителям образовательных организаций:');
  });

  it('treats every character of \\s as white space, and nothing else, exactly as /\\s+/ does', () => {
    // all of JavaScript's white space, plus look-alikes that are not white space
    const pool = ['а', 'Б', '1', ' ', '\t', '\n', '\v', '\f', '\r', '\u00a0', '\u1680', '\u2000', '\u200a', '\u2028', '\u2029', '\u202f', '\u205f', '\u3000', '\ufeff', '\u200b', '\u180e', '\u0085', '_'];
    let seed = 7;
    const next = () => (seed = (seed * 1103515245 + 12345) % 2147483648);
    for (let k = 0; k < 2000; k++) {
      let text = '';
      for (let n = next() % 8; n >= 0; n--) text += pool[next() % pool.length];
      expect(squeeze(text)).toBe(text.replace(/\s+/g, ' ').trim());
    }
  });
});
