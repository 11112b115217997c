// Issue 17: three expressions recheck flagged (or V8 could not run on a huge
// text) are scanners now. Each is checked against the expression it replaced:
// on a table of inputs, then on strings generated from the characters that
// decide its matches; and on inputs of megabytes, where the expressions were
// quadratic or overflowed the stack.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { parenTail } from '../../src/5-structure/attachments.js';
import { splitAtSeparators } from '../../src/5-structure/responsible.js';
import { firstSentence } from '../../src/5-structure/directives.js';

const OLD_PAREN_TAIL = /\(\s*((?:срок[иа]?|ответственн(?:ый|ые|ая)|исполнител[ьи])[^()]{0,200})\)\s*[.;]?\s*$/;
const OLD_SEPARATORS = /\s*[;,]\s*|\s+и\s+(?=[А-ЯЁ])/u;
const OLD_FIRST_SENTENCE = /^.*?(?:[.!?](?=\s+[А-ЯЁ])|$)/su;

function oldParenTail(text: string): { at: number; length: number } | null {
  const m = OLD_PAREN_TAIL.exec(text);
  return m ? { at: m.index + m[0].indexOf(m[1]!), length: m[1]!.length } : null;
}

/** strings of the pieces that decide these matches: spaces of every kind, marks, capitals, the label words */
const PIECES = [' ', '  ', '\t', '\n', '\u00a0', '\u2009', '\ufeff', '.', '!', '?', ';', ',', '(', ')', 'и', 'И', 'Ё', 'А', 'я', 'x', '1',
  'срок', 'сроки', 'срока', 'ответственный', 'ответственная', 'исполнитель', 'исполнители', 'отв.', '—', '–', ':', 'Иванов И.И.', '\ud83d\ude00'];
const text = fc.array(fc.constantFrom(...PIECES), { maxLength: 30 }).map((p) => p.join(''));
/** a long stretch of one piece inside, to reach the 200-character bound of PAREN_TAIL */
const withRun = fc.tuple(text, fc.constantFrom('x', ' ', 'я '), fc.integer({ min: 190, max: 215 }), text).map(([a, r, n, b]) => a + r.repeat(n) + b);

describe('attachments parenTail = the old PAREN_TAIL', () => {
  const TABLE = [
    'Провести совещание (срок – до 01.10.2023)',
    'Провести совещание (срок – до 01.10.2023).',
    'Провести совещание ( сроки: сентябрь )  ;  ',
    'Провести (отв. Петров) совещание (ответственный – Иванова И.И.)',
    'Провести (ответственная – Иванова И.И.) совещание',
    'Провести совещание (срок – до (01.10.2023))',
    'Провести совещание (срок).. ',
    'Провести совещание (исполнители – руководители ОО)\n',
    'Провести совещание (до 01.10.2023)',
    `Провести совещание (срок ${'x'.repeat(200)})`,
    `Провести совещание (срок ${'x'.repeat(199)})`,
    `Провести совещание (сроки ${'x'.repeat(200)})`,
    '(срок)',
    ')',
    '',
  ];
  it.each(TABLE)('%j', (t) => expect(parenTail(t)).toEqual(oldParenTail(t)));
  it('on generated strings', () => {
    fc.assert(fc.property(fc.oneof(text, withRun), (t) => {
      expect(parenTail(t)).toEqual(oldParenTail(t));
    }), { numRuns: 3000, seed: 17 });
  });
});

describe('responsible splitAtSeparators = the old split', () => {
  const TABLE = [
    'Иванова И.И., Петров П.П.',
    'руководители ОО; заместители директоров по УВР',
    'Иванова И.И. и Петров П.П.',
    'Иванова И.И. и петров',
    'Иванова И.И.  и\u00a0 Петров П.П. ,  Сидоров ;',
    'методисты и учителя',
    ', , ;',
    ' и Иван',
    'и Иван',
    'Иван и',
    '',
  ];
  it.each(TABLE)('%j', (t) => expect(splitAtSeparators(t)).toEqual(t.split(OLD_SEPARATORS)));
  it('on generated strings', () => {
    fc.assert(fc.property(text, (t) => {
      expect(splitAtSeparators(t)).toEqual(t.split(OLD_SEPARATORS));
    }), { numRuns: 3000, seed: 17 });
  });
});

describe('directives firstSentence = the old expression', () => {
  const TABLE = [
    'Принять информацию к сведению. Утвердить план.',
    'Принять к сведению.Утвердить',
    'Принять к сведению. утвердить. Далее',
    'Что делать?  Ёлки!\nДа',
    'Принять к сведению...   Утвердить',
    'Без конца предложения',
    '.',
    '',
  ];
  it.each(TABLE)('%j', (t) => expect(firstSentence(t)).toBe(OLD_FIRST_SENTENCE.exec(t)![0]));
  it('on generated strings', () => {
    fc.assert(fc.property(text, (t) => {
      expect(firstSentence(t)).toBe(OLD_FIRST_SENTENCE.exec(t)![0]);
    }), { numRuns: 3000, seed: 17 });
  });
});

describe('on megabytes', () => {
  const MB = 1024 * 1024;
  it('firstSentence reads a 64 MB text without a sentence end (the old expression overflowed the stack on far less)', () => {
    const huge = 'принять к сведению '.repeat((64 * MB) / 19);
    expect(() => OLD_FIRST_SENTENCE.exec(huge)).toThrow(RangeError);
    expect(firstSentence(huge)).toBe(huge);
    const spaced = `${'. '.repeat(4 * MB)}. Утвердить`;
    expect(firstSentence(spaced)).toBe(spaced.slice(0, 8 * MB + 1));
  });

  it('parenTail and splitAtSeparators scan runs of white space once', () => {
    const spaces = ' '.repeat(4 * MB);
    expect(parenTail(`Провести (срок${spaces}а`)).toBeNull();
    expect(parenTail(`Провести (срок до мая)${spaces}.${spaces}`)).toEqual({ at: 10, length: 11 });
    expect(splitAtSeparators(`Иванов${spaces}б`)).toEqual([`Иванов${spaces}б`]);
    expect(splitAtSeparators(`Иванов${spaces}и${spaces}Петров`)).toEqual(['Иванов', 'Петров']);
  });
});
