// The deadline grammar: every month in every case, linear time on hostile lines.
import { describe, expect, it } from 'vitest';
import { findDeadlines, parseDeadline } from '../../src/4-recognise/deadline/index.js';

const ctx = { documentDate: '2023-11-07' };
const pad = (n: number) => String(n).padStart(2, '0');

// written out by hand (not read from grammars/months.json): nominative, genitive, dative, instrumental, prepositional
const MONTHS: [number, string, string, string, string, string][] = [
  [1, 'январь', 'января', 'январю', 'январём', 'январе'],
  [2, 'февраль', 'февраля', 'февралю', 'февралём', 'феврале'],
  [3, 'март', 'марта', 'марту', 'мартом', 'марте'],
  [4, 'апрель', 'апреля', 'апрелю', 'апрелем', 'апреле'],
  [5, 'май', 'мая', 'маю', 'маем', 'мае'],
  [6, 'июнь', 'июня', 'июню', 'июнем', 'июне'],
  [7, 'июль', 'июля', 'июлю', 'июлем', 'июле'],
  [8, 'август', 'августа', 'августу', 'августом', 'августе'],
  [9, 'сентябрь', 'сентября', 'сентябрю', 'сентябрём', 'сентябре'],
  [10, 'октябрь', 'октября', 'октябрю', 'октябрём', 'октябре'],
  [11, 'ноябрь', 'ноября', 'ноябрю', 'ноябрём', 'ноябре'],
  [12, 'декабрь', 'декабря', 'декабрю', 'декабрём', 'декабре'],
];

describe('month names in all their cases', () => {
  it.each(MONTHS)('month %i', (n, nom, gen, dat, ins, prep) => {
    const month = `2025-${pad(n)}`;
    const last = new Date(Date.UTC(2025, n, 0)).getUTCDate();
    const period = ['period', `${month}-01`, `${month}-${last}`];
    const d = (p: string) => {
      const r = parseDeadline(p, ctx)!;
      return r.kind === 'by' ? [r.kind, r.end] : [r.kind, r.start, r.end];
    };
    expect(d(`${nom} 2025 г.`)).toEqual(period);
    expect(d(`в ${prep} 2025 года`)).toEqual(period);
    expect(d(`в течение ${gen} 2025 г.`)).toEqual(period);
    expect(d(`до 3 ${gen} 2025 г.`)).toEqual(['by', `${month}-03`]);
    expect(d(`к ${dat} 2025 года`)).toEqual(['by', `${month}-${last}`]);
    expect(d(`${ins} 2025 года`)).toEqual(period);
    expect(d(nom.toUpperCase() + ' 2025 Г.')).toEqual(period);
  });
});

describe('month abbreviations', () => {
  it.each([
    ['1 сент. 2024', '2024-09-01'],
    ['15 дек. 2024 г.', '2024-12-15'],
    ['10 февр. 2025', '2025-02-10'],
  ])('%s with its dot is a date', (phrase, day) => {
    expect(parseDeadline(phrase, ctx)).toMatchObject({ kind: 'date', start: day });
  });

  it('without its dot it is no month ("мар" is not март)', () => {
    expect(parseDeadline('1 мар 2024', ctx)).toMatchObject({ kind: 'unparsed', problem: 'not-understood' });
  });
});

describe('hostile lines finish in linear time', () => {
  const MB = 1 << 20;
  const line = (unit: string) => unit.repeat(Math.ceil(MB / unit.length));
  it.each([
    'до ',
    '1.',
    '1',
    '1 ',
    '2023-',
    '12/',
    '01.10.2023 ',
    'сентября ',
    'в течение ',
    '2 раза в ',
    '"1" ',
    'i ',
    '( ',
    ' ',
    'в декабре 2023 года провести ',
    'с 1 по ',
    '(срок: x; ',
    'ежегодно 1 сентября ',
  ])('1 MB of %j', (unit) => {
    const text = line(unit);
    const t0 = performance.now();
    findDeadlines(text, ctx);
    parseDeadline(text, ctx);
    // quadratic work on 1 MB would take minutes; linear work takes about a second
    expect(performance.now() - t0).toBeLessThan(8000);
  });
});
