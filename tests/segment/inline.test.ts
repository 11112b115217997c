import { describe, expect, it } from 'vitest';
import { readFileSync, readdirSync } from 'node:fs';
import { renderInline, renderWithRemark } from '../../src/3-segment/inline.js';

describe('renderInline', () => {
  it.each([
    ['**Решение педагогического совета**', 'Решение педагогического совета', true],
    ['*Петрова А.А., учитель*', 'Петрова А.А., учитель', true],
    ['___Итоги___', 'Итоги', true],
    ['Доклад *Петровой А.А.* принят', 'Доклад Петровой А.А. принят', false],
    ['«*Школа* будущего»', '«Школа будущего»', false],
    ['**Протокол\nсовещания**', 'Протокол совещания', true],
  ])('plain emphasis %j', (source, text, emphasis) => {
    expect(renderInline(source)).toEqual({ text, emphasis });
  });

  it.each([
    ['[Протокол]{.underline} заседания', 'Протокол заседания'],
    ['первая строка\\\nвторая строка', 'первая строка вторая строка'],
    ['Отдел &laquo;Кадры&raquo; &amp; бухгалтерия', 'Отдел «Кадры» & бухгалтерия'],
    ['См. [положение](http://example.ru/doc.pdf)', 'См. положение'],
    ['Код `ОКУД 0501`', 'Код ОКУД 0501'],
    ['<https://edu.example.ru> — сайт', 'https://edu.example.ru — сайт'],
    ['[Приложение 1]: список участников', '[Приложение 1]: список участников'],
    ['<!-- скрыто\nтекст', '<!-- скрыто текст'],
    ['```\nтекст', '``` текст'],
    ['snake_case_name и ФИО_1', 'snake_case_name и ФИО_1'],
    ['5 * 3 = 15', '5 * 3 = 15'],
    ['25.02.2022 г. № _____', '25.02.2022 г. № _____'],
    ['R&D < 50 %', 'R&D < 50 %'],
  ])('markup %j', (source, text) => {
    expect(renderInline(source).text).toBe(text);
  });

  it('text without markup is only squeezed', () => {
    expect(renderInline('  Срок:\n  до 1 мая  ')).toEqual({ text: 'Срок: до 1 мая', emphasis: false });
  });
});

// The fast path must say exactly what remark says wherever it is taken.
describe('the plain-emphasis fast path agrees with remark', () => {
  it('on every line of the seeds that has markup', () => {
    const blocks = readdirSync('fixtures/seeds')
      .filter((f) => f.endsWith('.txt'))
      .flatMap((f) => readFileSync(`fixtures/seeds/${f}`, 'utf8').split('\n'))
      .filter((b) => /[*_<&\\]/.test(b));
    expect(blocks.length).toBeGreaterThan(12);
    for (const b of blocks) expect(renderInline(b).text).toBe(renderWithRemark(b));
  });

  it('on thousands of generated strings of emphasis delimiters, words, spaces and punctuation', () => {
    const pieces = ['*', '**', '***', '_', '__', '_____', ' ', ' ', 'слово', 'Иванов И.И.', '.', ',', '«', '»', '(', ')', '\n', '—', 'a', '&', '&amp;', '<', '<b>', '< 5', '<http://uo-kansk.ru>', '<mailto:a@b.ru>', '<uo@example.ru>', '<http://a_b.ru/*x*>', '\\*', '\\_', '1\\.', '\\-', '\\', '\\а'];
    let state = 2024;
    const random = (n: number) => (state = (state * 1103515245 + 12345) % 2147483648) % n;
    let checked = 0;
    for (let k = 0; k < 6000; k++) {
      let s = '';
      for (let n = 1 + random(10); n > 0; n--) s += pieces[random(pieces.length)];
      // a block never holds a blank line, nor a line of delimiters alone: the
      // segmenter reads those as block ends and rules ("***", "___")
      if (s.trim() === '' || /\n\s*\n/.test(s) || s.split('\n').some((l) => /^[\s*_]+\\?$/.test(l))) continue;
      expect([s, renderInline(s).text]).toEqual([s, renderWithRemark(s.trim())]);
      checked++;
    }
    expect(checked).toBeGreaterThan(2000);
  });
});
