// Issue 17: numbering values of a mutated .docx were used as they came — a start
// of 99999999999 with a letter format asked for a string of billions of
// letters, an ilvl of "x" or 4294967295 for an array that long, a start of
// "2.5" for a letter that does not exist. They are read as Word accepts them now.
import { describe, expect, it } from 'vitest';
import { convertSource } from '../../src/2-convert/index.js';
import { formatNumber } from '../../src/2-convert/docx-numbering.js';
import { MAX_START, wordLevel, wordStart } from '../../src/2-convert/docx-values.js';
import { makeDocx, numberingXml } from '../support/docx.js';

const lines = (text: string) => text.split('\n').filter((l) => l !== '');

/** numbering.xml with one level 0 whose start, format and ilvl are written as given */
function numberingWith(start: string, format: string, ilvl = '0', text = '%1)'): string {
  return numberingXml(
    `<w:abstractNum w:abstractNumId="0"><w:lvl w:ilvl="${ilvl}"><w:start w:val="${start}"/><w:numFmt w:val="${format}"/><w:lvlText w:val="${text}"/></w:lvl></w:abstractNum>`,
    '<w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num>',
  );
}

async function labelsOf(numbering: string, body?: string): Promise<string[]> {
  const docx = await makeDocx(
    [
      { kind: 'numbered', text: 'Провести совещание.', numId: 1 },
      { kind: 'numbered', text: 'Подготовить отчёт.', numId: 1 },
    ],
    { numbering, body },
  );
  return lines((await convertSource(new Uint8Array(docx), 'docx')).text);
}

describe('.docx numbering values', () => {
  it('clamps a huge start, and a letter label past three turns of the alphabet is written in digits', async () => {
    expect(await labelsOf(numberingWith('99999999999', 'russianLower'))).toEqual([
      `${MAX_START}) Провести совещание.`,
      `${MAX_START + 1}) Подготовить отчёт.`,
    ]);
    expect(await labelsOf(numberingWith('1000000000', 'upperLetter'))).toEqual([
      `${MAX_START}) Провести совещание.`,
      `${MAX_START + 1}) Подготовить отчёт.`,
    ]);
  });

  it('reads a start that is not an integer as Word\'s default 1', async () => {
    for (const start of ['2.5', 'x', '1e9', '', 'NaN']) {
      expect(await labelsOf(numberingWith(start, 'russianLower'))).toEqual(['а) Провести совещание.', 'б) Подготовить отчёт.']);
    }
  });

  it('clamps a negative start to 0', async () => {
    expect(await labelsOf(numberingWith('-5', 'decimal'))).toEqual(['0) Провести совещание.', '1) Подготовить отчёт.']);
  });

  it('drops a level whose ilvl is not 0–8, and a paragraph with such an ilvl is at level 0', async () => {
    for (const ilvl of ['x', '4294967295', '9', '-1', '1.5']) {
      // the only level is unusable: the paragraphs have no label
      expect(await labelsOf(numberingWith('1', 'decimal', ilvl))).toEqual(['Провести совещание.', 'Подготовить отчёт.']);
      const body = `<w:p><w:pPr><w:numPr><w:ilvl w:val="${ilvl}"/><w:numId w:val="1"/></w:numPr></w:pPr><w:r><w:t>Утвердить план.</w:t></w:r></w:p>`;
      expect(await labelsOf(numberingWith('1', 'decimal'), body)).toEqual(['1) Утвердить план.']);
    }
  });

  it('falls back to decimal for a format it does not know', async () => {
    expect(await labelsOf(numberingWith('3', 'klingon'))).toEqual(['3) Провести совещание.', '4) Подготовить отчёт.']);
  });

  it('shows no label for a level text longer than any label', async () => {
    expect(await labelsOf(numberingWith('1', 'decimal', '0', '%1.'.repeat(40)))).toEqual(['Провести совещание.', 'Подготовить отчёт.']);
  });

  it('keeps every label short whatever the number', () => {
    for (const format of ['decimal', 'russianLower', 'russianUpper', 'lowerLetter', 'upperLetter', 'lowerRoman', 'upperRoman', 'decimalZero', '??']) {
      for (const n of [0, 1, 28, 29, 84, 85, 3999, 4000, MAX_START + 100000, 2.5, -3]) {
        expect(formatNumber(n, format).length, `${format} ${n}`).toBeLessThanOrEqual(16);
      }
    }
    expect(formatNumber(29, 'russianLower')).toBe('аа');
    expect(formatNumber(84, 'russianLower')).toBe('яяя');
    expect(formatNumber(85, 'russianLower')).toBe('85');
  });

  it('reads levels and starts as Word accepts them', () => {
    expect([wordLevel('0'), wordLevel('8'), wordLevel(' 3 '), wordLevel('9'), wordLevel('x'), wordLevel(undefined)]).toEqual([0, 8, 3, null, null, null]);
    expect([wordStart('7'), wordStart('+7'), wordStart('-7'), wordStart('99999999999999999999'), wordStart('2.5')]).toEqual([7, 7, 0, null, null]);
  });
});
