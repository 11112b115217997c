// The .docx reader on what Word and other producers write besides plain runs:
// tracked changes, field codes, alternate content, text boxes, breaks, notes,
// nested tables, packages laid out differently, and files that are no .docx.
import { readFileSync } from 'node:fs';
import { strToU8, zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { convertSource } from '../../src/2-convert/index.js';
import { ResolveError } from '../../src/shared/errors.js';
import { documentXml, makeDocx } from '../support/docx.js';

const W = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main';
const R = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
const p = (inner: string) => `<w:p>${inner}</w:p>`;
const r = (text: string) => `<w:r><w:t xml:space="preserve">${text}</w:t></w:r>`;
const lines = (text: string) => text.split('\n').filter((l) => l !== '');
const textOf = async (docx: Buffer) => (await convertSource(new Uint8Array(docx), 'docx')).text;
const failureOf = async (bytes: Uint8Array) => (await convertSource(bytes, 'docx').catch((e: unknown) => e)) as ResolveError;

describe('.docx body', () => {
  it('reads text as the reader sees it: no deleted text, no field codes, inserted text kept', async () => {
    const body = p(
      r('Срок: до ') +
        `<w:del w:id="1"><w:r><w:delText>1 мая</w:delText></w:r></w:del>` +
        `<w:ins w:id="2">${r('1 июня')}</w:ins>` +
        `<w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText> PAGE </w:instrText></w:r>` +
        `<w:r><w:fldChar w:fldCharType="end"/></w:r>` +
        r(' 2024 г.'),
    );
    expect(lines(await textOf(await makeDocx([], { body })))).toEqual(['Срок: до 1 июня 2024 г.']);
  });

  it('keeps tabs and line breaks, and reads a non-breaking hyphen as a hyphen', async () => {
    const body = p(`<w:r><w:t>Директор</w:t><w:tab/><w:t>Иванов</w:t><w:br/><w:t>Мелехова</w:t><w:noBreakHyphen/><w:t>Иванова</w:t></w:r>`);
    expect(await textOf(await makeDocx([], { body }))).toBe('Директор\tИванов\nМелехова-Иванова\n');
  });

  it('reads the fallback of alternate content once, and a text box after its paragraph', async () => {
    const box = (text: string) => `<w:txbxContent>${p(r(text))}</w:txbxContent>`;
    const body = p(
      r('Утверждено') +
        `<mc:AlternateContent><mc:Choice Requires="wps"><w:r><w:drawing>${box('Приложение 1')}</w:drawing></w:r></mc:Choice>` +
        `<mc:Fallback><w:r><w:pict>${box('Приложение 1')}</w:pict></w:r></mc:Fallback></mc:AlternateContent>`,
    );
    expect(lines(await textOf(await makeDocx([], { body })))).toEqual(['Утверждено', 'Приложение 1']);
  });

  it('numbers footnotes and endnotes in the order of their references and writes them after the body, the references out of the sentence', async () => {
    const note = (tag: string, id: string, text: string) => `<w:${tag} w:id="${id}">${p(`<w:r><w:footnoteRef/></w:r>${r(text)}`)}</w:${tag}>`;
    const footnotes = `<w:footnotes xmlns:w="${W}"><w:footnote w:type="separator" w:id="-1">${p('<w:r><w:separator/></w:r>')}</w:footnote>${note('footnote', '7', 'Вторая сноска.')}${note('footnote', '3', 'Первая сноска.')}</w:footnotes>`;
    const endnotes = `<w:endnotes xmlns:w="${W}">${note('endnote', '1', 'Концевая.')}</w:endnotes>`;
    const rels = `<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="a" Type="${R}/footnotes" Target="footnotes.xml"/><Relationship Id="b" Type="${R}/endnotes" Target="/word/endnotes.xml"/></Relationships>`;
    const body = p(r('Доклад') + '<w:r><w:footnoteReference w:id="3"/></w:r>' + r(' и план') + '<w:r><w:footnoteReference w:id="7"/></w:r>' + '<w:r><w:endnoteReference w:id="1"/></w:r>');
    const docx = await makeDocx([], { body, parts: { 'word/footnotes.xml': footnotes, 'word/endnotes.xml': endnotes, 'word/_rels/document.xml.rels': rels } });
    // without settings.xml, Word numbers endnotes i, ii, iii
    expect(lines(await textOf(docx))).toEqual(['Доклад и план', '[1] Первая сноска.', '[2] Вторая сноска.', '[i] Концевая.']);
  });

  it('writes a table nested in a cell as part of that cell', async () => {
    const cell = (inner: string) => `<w:tc>${inner}</w:tc>`;
    const nested = `<w:tbl><w:tr>${cell(p(r('а')))}${cell(p(r('б')))}</w:tr></w:tbl>`;
    const body = `<w:tbl><w:tr>${cell(p(r('1')))}${cell(p(r('Провести')) + nested)}</w:tr></w:tbl>`;
    expect(lines(await textOf(await makeDocx([], { body })))).toEqual(['| 1 | Провести а б |']);
  });

  it('finds the parts through the package relationships, wherever they are', async () => {
    const files = {
      '[Content_Types].xml': '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>',
      '_rels/.rels': `<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="r1" Type="${R}/officeDocument" Target="/doc/main.xml"/></Relationships>`,
      'doc/_rels/main.xml.rels': `<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="r2" Type="${R}/styles" Target="../shared/s.xml"/></Relationships>`,
      'shared/s.xml': `<w:styles xmlns:w="${W}"><w:style w:styleId="T"><w:name w:val="heading 2"/></w:style></w:styles>`,
      'doc/main.xml': documentXml(p('<w:pPr><w:pStyle w:val="T"/></w:pPr>' + r('Общие положения'))),
    };
    const docx = zipSync(Object.fromEntries(Object.entries(files).map(([k, v]) => [k, strToU8(v)])));
    expect(lines((await convertSource(docx, 'docx')).text)).toEqual(['## Общие положения']);
  });

  it('reads a .docx written by another program (pandoc): headings, nested lists, a table, links, notes', async () => {
    const docx = readFileSync(new URL('../../fixtures/docx/pandoc-decision.docx', import.meta.url));
    expect(lines(await textOf(docx))).toEqual([
      '# РЕШЕНИЕ педагогического совета',
      'Заслушав доклад директора, педсовет решил:',
      '1. Принять к сведению отчёт о работе.',
      'a. подпункт первый;',
      'b. подпункт второй.',
      '2. Утвердить план.',
      '| № | Мероприятие | Срок |',
      '| 1 | Провести совет | до 1 мая 2024 г. |',
      'Строка с двумя пробелами и',
      'переносом строки.',
      '[1] Доклад прилагается.',
      '[2] План на 2024 год.',
    ]);
  });
});

describe('tracked changes and notes, read as accepted', () => {
  const numbered = (inner: string, mark = '') => p(`<w:pPr><w:numPr><w:ilvl w:val="0"/><w:numId w:val="1"/></w:numPr>${mark}</w:pPr>${inner}`);
  const deletedMark = '<w:rPr><w:del w:id="9" w:author="А"/></w:rPr>';

  it('a list item deleted whole, its paragraph mark too, does not count: the next item takes its number (ECMA-376 §17.13.5.15)', async () => {
    const body =
      numbered(r('Утвердить положение о смотре.')) +
      numbered(`<w:del w:id="3"><w:r><w:delText>Провести смотр кабинетов до 1 марта.</w:delText></w:r></w:del>`, deletedMark) +
      numbered(`<w:ins w:id="4">${r('Провести смотр учебных кабинетов до 15 марта.')}</w:ins>`);
    expect(lines(await textOf(await makeDocx([], { body })))).toEqual(['1. Утвердить положение о смотре.', '2. Провести смотр учебных кабинетов до 15 марта.']);
  });

  it('the text left in a paragraph whose mark is deleted joins the next paragraph, which keeps its own numbering', async () => {
    const body = p(`<w:pPr>${deletedMark}</w:pPr>${r('Секретарю направить')}<w:del w:id="1"><w:r><w:delText>.</w:delText></w:r></w:del>`) + numbered(r(' протокол участникам.'));
    expect(lines(await textOf(await makeDocx([], { body })))).toEqual(['1. Секретарю направить протокол участникам.']);
  });

  it('text moved away (w:moveFrom) is read once, where it moved to (w:moveTo)', async () => {
    const body = p(`<w:moveFrom w:id="1">${r('до 10 мая ')}</w:moveFrom>${r('Сдать отчёт ')}<w:moveTo w:id="2">${r('до 10 мая')}</w:moveTo>`);
    expect(lines(await textOf(await makeDocx([], { body })))).toEqual(['Сдать отчёт до 10 мая']);
  });

  it('numbering switched off by a tracked formatting change stays off: w:pPrChange holds the old properties', async () => {
    const body = p(`<w:pPr><w:pPrChange w:id="5" w:author="А"><w:pPr><w:numPr><w:ilvl w:val="0"/><w:numId w:val="1"/></w:numPr></w:pPr></w:pPrChange></w:pPr>${r('Председатель совета')}`);
    expect(lines(await textOf(await makeDocx([], { body })))).toEqual(['Председатель совета']);
  });

  it('numbers the notes in the formats settings.xml gives (w:footnotePr, w:endnotePr)', async () => {
    const settings = `<w:settings xmlns:w="${W}"><w:footnotePr><w:numFmt w:val="russianLower"/></w:footnotePr><w:endnotePr><w:numFmt w:val="upperRoman"/></w:endnotePr></w:settings>`;
    const footnotes = `<w:footnotes xmlns:w="${W}"><w:footnote w:id="2">${p(r('Сноска.'))}</w:footnote></w:footnotes>`;
    const endnotes = `<w:endnotes xmlns:w="${W}"><w:endnote w:id="2">${p(r('Концевая.'))}</w:endnote></w:endnotes>`;
    const rels = `<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="a" Type="${R}/footnotes" Target="footnotes.xml"/><Relationship Id="b" Type="${R}/endnotes" Target="endnotes.xml"/><Relationship Id="c" Type="${R}/settings" Target="settings.xml"/></Relationships>`;
    const body = p(r('Приказ') + '<w:r><w:footnoteReference w:id="2"/></w:r>' + r(' исполнить') + '<w:r><w:endnoteReference w:id="2"/></w:r>');
    const docx = await makeDocx([], { body, parts: { 'word/settings.xml': settings, 'word/footnotes.xml': footnotes, 'word/endnotes.xml': endnotes, 'word/_rels/document.xml.rels': rels } });
    expect(lines(await textOf(docx))).toEqual(['Приказ исполнить', '[а] Сноска.', '[I] Концевая.']);
  });

  it('reads what LibreOffice writes around the text: a soft hyphen is invisible, a simple field shows its result, bookmarks are nothing', async () => {
    const body = p(
      `<w:bookmarkStart w:id="0" w:name="п4"/><w:r><w:t>обще</w:t><w:softHyphen/><w:t>образовательных</w:t></w:r><w:bookmarkEnd w:id="0"/>` +
        `<w:fldSimple w:instr=" DATE \\@&quot;dd.MM.yyyy&quot; ">${r(' 05.02.2026')}</w:fldSimple>`,
    );
    expect(lines(await textOf(await makeDocx([], { body })))).toEqual(['общеобразовательных 05.02.2026']);
  });
});

describe('files that are not a readable .docx', () => {
  it('names a Word 97–2003 .doc (or an encrypted .docx) for what it is', async () => {
    const ole = new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, ...new Array(504).fill(0)]);
    const err = await failureOf(ole);
    expect(err).toBeInstanceOf(ResolveError);
    expect(err.code).toBe('corrupt-docx');
    expect(err.message).toMatch(/Word 97–2003 \(\.doc\)/);
  });

  it('refuses a part that claims to inflate beyond the limit (a ZIP bomb) before inflating it', async () => {
    const zip = zipSync({ '_rels/.rels': strToU8('<Relationships/>'), 'word/document.xml': strToU8(documentXml(p(r('текст')))) });
    // the central directory's "uncompressed size" of word/document.xml: 2 GiB
    const view = new DataView(zip.buffer, zip.byteOffset, zip.byteLength);
    const name = new TextEncoder().encode('word/document.xml');
    for (let at = zip.length - 22; at >= 0; at--) {
      if (view.getUint32(at, true) !== 0x02014b50) continue;
      const nameLength = view.getUint16(at + 28, true);
      if (nameLength === name.length && zip.subarray(at + 46, at + 46 + nameLength).every((b, i) => b === name[i])) view.setUint32(at + 24, 0x80000000, true);
    }
    const err = await failureOf(zip);
    expect(err.code).toBe('too-large');
    expect(err.message).toMatch(/word\/document\.xml распаковывается в 2147483648 байт/);
  });

  it('reports a ZIP without a document part', async () => {
    const err = await failureOf(zipSync({ 'readme.txt': strToU8('не документ') }));
    expect(err.code).toBe('corrupt-docx');
    expect(err.message).toMatch(/нет части документа word\/document\.xml/);
  });
});

describe('.docx reading stays linear', () => {
  it('reads 20,000 paragraphs with a footnote reference each, and 200 levels of nested tables, quickly', async () => {
    const refs = Array.from({ length: 20000 }, (_, i) => p(`${r('Пункт')}<w:r><w:footnoteReference w:id="${i + 1}"/></w:r>`)).join('');
    const t0 = performance.now();
    const text = await textOf(await makeDocx([], { body: refs }));
    expect(text.split('\n').filter((l) => l === 'Пункт')).toHaveLength(20000);
    const nested = '<w:tbl><w:tr><w:tc>'.repeat(200) + p(r('глубоко')) + '</w:tc></w:tr></w:tbl>'.repeat(200);
    expect(lines(await textOf(await makeDocx([], { body: nested })))).toEqual(['| глубоко |']);
    expect(performance.now() - t0).toBeLessThan(5000);
  });
});
