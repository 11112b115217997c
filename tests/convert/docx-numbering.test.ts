// Word's list numbers in .docx: restarts, letter and roman formats, numbering by style.
import { describe, expect, it } from 'vitest';
import { convertSource } from '../../src/2-convert/index.js';
import { formatNumber, listLabels, readNumberingDefinitions, readStyles } from '../../src/2-convert/docx-numbering.js';
import { readBody } from '../../src/2-convert/docx-body.js';
import { makeDocx, numberingLevel, numberingXml, stylesXml } from '../support/docx.js';

const W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"';
const lines = (text: string) => text.split('\n').filter((l) => l !== '');

describe('Word list numbers', () => {
  it('restarts a list with a start override and continues one without', async () => {
    const numbering = numberingXml(
      `<w:abstractNum w:abstractNumId="0">${numberingLevel(0, 'decimal', '%1.')}</w:abstractNum>`,
      '<w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num>' +
        '<w:num w:numId="2"><w:abstractNumId w:val="0"/><w:lvlOverride w:ilvl="0"><w:startOverride w:val="1"/></w:lvlOverride></w:num>' +
        '<w:num w:numId="3"><w:abstractNumId w:val="0"/></w:num>',
    );
    const docx = await makeDocx(
      [
        { kind: 'paragraph', text: 'Руководителям образовательных организаций:' },
        { kind: 'numbered', text: 'Провести совещание.', numId: 1 },
        { kind: 'numbered', text: 'Подготовить отчёт.', numId: 1 },
        { kind: 'paragraph', text: 'Управлению образования:' },
        { kind: 'numbered', text: 'Утвердить план.', numId: 2 }, // "Restart numbering"
        { kind: 'numbered', text: 'Обеспечить контроль.', numId: 2 },
        { kind: 'paragraph', text: 'Методическому центру:' },
        { kind: 'numbered', text: 'Организовать семинар.', numId: 3 }, // same definition, no restart: goes on from list 1
      ],
      { numbering },
    );
    const { text } = await convertSource(new Uint8Array(docx), 'docx');
    expect(lines(text)).toEqual([
      'Руководителям образовательных организаций:',
      '1. Провести совещание.',
      '2. Подготовить отчёт.',
      'Управлению образования:',
      '1. Утвердить план.',
      '2. Обеспечить контроль.',
      'Методическому центру:',
      '3. Организовать семинар.',
    ]);
  });

  it('writes Russian letters, roman numbers and multi-level text as Word shows them', async () => {
    const numbering = numberingXml(
      `<w:abstractNum w:abstractNumId="0">${numberingLevel(0, 'upperRoman', '%1.')}${numberingLevel(1, 'russianLower', '%2)')}</w:abstractNum>` +
        `<w:abstractNum w:abstractNumId="1">${numberingLevel(0, 'decimal', '%1.')}${numberingLevel(1, 'decimal', '%1.%2.')}</w:abstractNum>`,
      '<w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num><w:num w:numId="2"><w:abstractNumId w:val="1"/></w:num>',
    );
    const docx = await makeDocx(
      [
        { kind: 'numbered', text: 'Общие положения', numId: 1 },
        { kind: 'numbered', text: 'Цель', numId: 1 },
        { kind: 'numbered', text: 'повысить качество;', numId: 1, level: 1 },
        { kind: 'numbered', text: 'обеспечить доступность.', numId: 1, level: 1 },
        { kind: 'numbered', text: 'Решили', numId: 2 },
        { kind: 'numbered', text: 'Утвердить план.', numId: 2, level: 1 },
      ],
      { numbering },
    );
    const { text } = await convertSource(new Uint8Array(docx), 'docx');
    expect(lines(text)).toEqual(['I. Общие положения', 'II. Цель', 'а) повысить качество;', 'б) обеспечить доступность.', '1. Решили', '1.1. Утвердить план.']);
  });

  it('marks Word heading styles as "#" headings, in English and Russian Word alike', async () => {
    const docx = await makeDocx(
      [
        { kind: 'styled', text: 'РЕШЕНИЕ', styleId: 'Heading1' },
        { kind: 'styled', text: 'Общие положения', styleId: '2' }, // Russian Word: id "2", name "heading 2"
        { kind: 'numbered', text: 'Принять к сведению.' },
        { kind: 'styled', text: 'Обычный абзац.', styleId: 'a3' },
      ],
      { styles: stylesXml([['Heading1', 'heading 1'], ['2', 'heading 2'], ['a3', 'Body Text']]) },
    );
    const { text } = await convertSource(new Uint8Array(docx), 'docx');
    expect(lines(text)).toEqual(['# РЕШЕНИЕ', '## Общие положения', '1. Принять к сведению.', 'Обычный абзац.']);
  });

  it('takes numbering from a paragraph style, and numId 0 switches it off', () => {
    const styles = readStyles(
      `<w:styles ${W}><w:style w:styleId="ListNumber"><w:pPr><w:numPr><w:numId w:val="5"/></w:numPr></w:pPr></w:style>` +
        `<w:style w:styleId="MyList"><w:basedOn w:val="ListNumber"/></w:style></w:styles>`,
    );
    const defs = readNumberingDefinitions(
      `<w:numbering ${W}><w:abstractNum w:abstractNumId="9"><w:lvl w:ilvl="0"><w:start w:val="4"/><w:numFmt w:val="decimal"/><w:lvlText w:val="%1)"/></w:lvl></w:abstractNum><w:num w:numId="5"><w:abstractNumId w:val="9"/></w:num></w:numbering>`,
    );
    const { paragraphs } = readBody(
      `<w:document ${W}><w:body>` +
        '<w:p><w:pPr><w:pStyle w:val="ListNumber"/></w:pPr><w:r><w:t>a</w:t></w:r></w:p>' +
        '<w:p><w:pPr><w:pStyle w:val="MyList"/></w:pPr><w:r><w:t>b</w:t></w:r></w:p>' +
        '<w:p><w:pPr><w:pStyle w:val="ListNumber"/><w:numPr><w:numId w:val="0"/></w:numPr></w:pPr><w:r><w:t>c</w:t></w:r></w:p>' +
        '<w:p><w:r><w:t>d</w:t></w:r></w:p>' +
        '</w:body></w:document>',
    );
    expect(listLabels(paragraphs, defs, styles)).toEqual([{ text: '4)' }, { text: '5)' }, null, null]);
  });

  it('counts paragraphs in tables and skips mc:Choice', () => {
    const { paragraphs } = readBody(
      `<w:document ${W} xmlns:mc="m"><w:body><w:p/><w:tbl><w:tr><w:tc><w:p/></w:tc></w:tr></w:tbl>` +
        '<w:p><w:r><mc:AlternateContent><mc:Choice><w:p/><w:p/></mc:Choice><mc:Fallback><w:p/></mc:Fallback></mc:AlternateContent></w:r></w:p></w:body></w:document>',
    );
    expect(paragraphs).toHaveLength(4);
  });

  it('formats numbers in every list style', () => {
    expect(['decimal', 'lowerLetter', 'upperLetter', 'russianLower', 'russianUpper', 'lowerRoman', 'upperRoman', 'decimalZero'].map((f) => formatNumber(9, f))).toEqual([
      '9', 'i', 'I', 'и', 'И', 'ix', 'IX', '09',
    ]);
    expect([formatNumber(10, 'russianLower'), formatNumber(29, 'russianLower'), formatNumber(1994, 'upperRoman')]).toEqual(['к', 'аа', 'MCMXCIV']);
  });
});
