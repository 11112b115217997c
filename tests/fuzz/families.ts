// Generated inputs for fuzzing the whole pipeline (issue 17), shared by the
// bounded run in `npm test` (tests/fuzz/pipeline.test.ts) and the long run
// (`npm run fuzz`, scripts/fuzz.ts). Each family stresses one way documents go
// wrong: real documents cut and mutated, random bytes through the decoder,
// .docx files with mutated numbering, body and ZIP, HTML nested without end.
import fc from 'fast-check';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { zipSync, strToU8 } from 'fflate';
import { parseDocument } from '../../src/7-validate/pipeline.js';
import { ResolveError, EXIT } from '../../src/shared/errors.js';
import type { Format } from '../../src/io/read-input.js';
import { documentXml, makeDocx, numberingXml } from '../support/docx.js';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const SEED_DIR = join(ROOT, 'fixtures/seeds');
const SEEDS = readdirSync(SEED_DIR)
  .filter((n) => n.endsWith('.txt'))
  .sort()
  .map((n) => readFileSync(join(SEED_DIR, n), 'utf8').split('\n'));

export interface FuzzInput {
  bytes: Uint8Array;
  format: Format;
}

/** What a line of a resolution is made of, and what breaks it: labels, marks, dates, and characters no document should hold. */
const PIECES = [
  '1.', '2.3.1', '1)', 'а)', 'б).', 'IV.', 'XIV)', '- ', '• ', '— ', '* ', '# ', '| ', ' | ', '\t', ':', '::', '«', '»', '"', '“', '”',
  'до 01.09.2024', '31.12.2023 г.', 'в течение 2024-2025 учебного года', 'ежеквартально', 'постоянно', '№', '№№ 3, 5', 'МБОУ СОШ № 5',
  'Иванов И.И.', 'И.И. Петрова', 'директор', 'Руководителям ОО', 'Управлению образования:', 'РЕШИЛИ:', 'СЛУШАЛИ:', 'РЕЗОЛЮЦИЯ',
  '(', ')', '((', '.', '...', ',', ';', '!', '?', '–', '-', '---', '===', '\u00a0', '\u00ad', '\u200b', '\u202e', '\u200f', '\u0301',
  '\u0000', '\u0007', '\u001b', '\u007f', '\ud800', '\udfff', '\ufeff', '\ufffd', '\r', '\r\n', '\u2028', 'ё', 'Ё', 'I', 'V', 'X',
];
const piece = fc.constantFrom(...PIECES);
const word = fc.oneof(piece, fc.string({ maxLength: 8 }), fc.constantFrom('провести', 'совещание', 'педагогов', 'школ', 'отчёт'));
/** words joined by spaces, or by TABs and pipes as in a table row, perhaps indented */
const insertion = fc
  .record({ words: fc.array(word, { minLength: 1, maxLength: 6 }), gap: fc.constantFrom(' ', ' ', ' ', '\t', '  ', ' | '), indent: fc.constantFrom('', '', '', '\t', '    ', ' \t') })
  .map(({ words, gap, indent }) => indent + words.join(gap));

type Mutation = { at: number; op: 'delete' | 'duplicate' | 'swap' | 'insert' | 'replace' | 'prefix' | 'suffix' | 'run'; text: string; n: number };
const mutation: fc.Arbitrary<Mutation> = fc.record({
  at: fc.nat(),
  op: fc.constantFrom('delete', 'duplicate', 'swap', 'insert', 'replace', 'prefix', 'suffix', 'run'),
  text: insertion,
  n: fc.integer({ min: 2, max: 400 }),
});

function mutate(lines: string[], m: Mutation): void {
  const i = lines.length === 0 ? 0 : m.at % lines.length;
  switch (m.op) {
    case 'delete': lines.splice(i, 1); break;
    case 'duplicate': lines.splice(i, 0, lines[i] ?? ''); break;
    case 'swap': if (i + 1 < lines.length) [lines[i], lines[i + 1]] = [lines[i + 1]!, lines[i]!]; break;
    case 'insert': lines.splice(i, 0, m.text); break;
    case 'replace': lines[i] = m.text; break;
    case 'prefix': lines[i] = `${m.text}${lines[i] ?? ''}`; break;
    case 'suffix': lines[i] = `${lines[i] ?? ''}${m.text}`; break;
    // a run of one piece: what backtracking regexes and nesting choke on
    case 'run': lines[i] = `${lines[i] ?? ''}${m.text.slice(0, 3).repeat(m.n)}`; break;
  }
}

const lineEnd = fc.constantFrom('\n', '\n', '\n', '\r\n', '\r');

/** A window of a real document (up to 60 lines), mutated up to 8 times, with its line ends perhaps changed. */
export const mutatedFixture: fc.Arbitrary<FuzzInput> = fc
  .record({
    seed: fc.nat({ max: SEEDS.length - 1 }),
    from: fc.nat(),
    length: fc.integer({ min: 1, max: 60 }),
    mutations: fc.array(mutation, { maxLength: 8 }),
    eol: lineEnd,
    format: fc.constantFrom<Format>('text', 'text', 'markdown'),
  })
  .map(({ seed, from, length, mutations, eol, format }) => {
    const all = SEEDS[seed]!;
    const start = from % all.length;
    const lines = all.slice(start, start + length);
    for (const m of mutations) mutate(lines, m);
    return { bytes: new TextEncoder().encode(lines.join(eol)), format };
  });

/** Random bytes, and random bytes after a UTF-8 / UTF-16 byte order mark, through the decoder. */
export const randomBytes: fc.Arbitrary<FuzzInput> = fc
  .record({
    bom: fc.constantFrom([], [0xef, 0xbb, 0xbf], [0xff, 0xfe], [0xfe, 0xff]),
    body: fc.uint8Array({ maxLength: 2048 }),
    cyrillic: fc.array(fc.integer({ min: 0xc0, max: 0xff }), { maxLength: 400 }),
  })
  .map(({ bom, body, cyrillic }) => ({ bytes: Uint8Array.from([...bom, ...body, ...cyrillic]), format: 'text' as const }));

/** Text built only of the pieces, in lines: TABs, control characters, lone surrogates, RTL and combining marks. */
export const pieceText: fc.Arbitrary<FuzzInput> = fc
  .record({ lines: fc.array(insertion, { maxLength: 40 }), eol: lineEnd, format: fc.constantFrom<Format>('text', 'markdown') })
  .map(({ lines, eol, format }) => ({ bytes: new TextEncoder().encode(lines.join(eol)), format }));

/** A number as a mutated .docx writes it: fine, huge, negative, fractional, not a number. */
const docxNumber = fc.oneof(fc.integer({ min: -3, max: 40 }).map(String), fc.constantFrom('99999999999', '4294967295', '1e9', '2.5', 'x', '', '-0', '+7', '32768'));
const numberFormat = fc.constantFrom('decimal', 'russianLower', 'russianUpper', 'lowerLetter', 'upperLetter', 'lowerRoman', 'upperRoman', 'decimalZero', 'bullet', 'none', 'chicago', '');
const levelText = fc.oneof(fc.constantFrom('%1.', '%1.%2.', '%2)', '%1.%2.%3.%4.%5.%6.%7.%8.%9.', '•', '', '%0', '%%1'), fc.string({ maxLength: 80 }));

const docxParagraph = fc
  .record({ numId: fc.option(fc.constantFrom('1', '2', '0', '9', 'x')), ilvl: fc.option(docxNumber), text: insertion, depth: fc.nat({ max: 3 }) })
  .map(({ numId, ilvl, text, depth }) => {
    const numPr = numId === null ? '' : `<w:pPr><w:numPr>${ilvl === null ? '' : `<w:ilvl w:val="${ilvl}"/>`}<w:numId w:val="${numId}"/></w:numPr></w:pPr>`;
    const esc = text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\ud800-\udfff\ufffe\uffff]/g, '');
    // a paragraph in a text box in a table cell, or plain
    const inner = `<w:p>${numPr}<w:r><w:t xml:space="preserve">${esc}</w:t><w:tab/><w:t>${esc}</w:t></w:r></w:p>`;
    return depth === 0 ? inner : `${'<w:tbl><w:tr><w:tc>'.repeat(depth)}${inner}${'</w:tc></w:tr></w:tbl>'.repeat(depth)}`;
  });

const docxLevel = fc
  .record({ ilvl: docxNumber, start: docxNumber, format: numberFormat, text: levelText })
  .map(({ ilvl, start, format, text }) => `<w:lvl w:ilvl="${ilvl}"><w:start w:val="${start}"/><w:numFmt w:val="${format}"/><w:lvlText w:val="${text.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;')}"/></w:lvl>`);

/** A .docx with mutated numbering, a mutated body (unclosed and stray tags), and sometimes bytes of its ZIP changed. */
export const mutatedDocx: fc.Arbitrary<FuzzInput> = fc
  .record({
    levels: fc.array(docxLevel, { maxLength: 6 }),
    override: fc.option(docxNumber),
    paragraphs: fc.array(docxParagraph, { maxLength: 30 }),
    stray: fc.constantFrom('', '<w:p>', '</w:p>', '</w:x>', '<w:t>', '<w:tbl><w:tr>', '<w:p><w:p><w:p>', '<![CDATA[x]]>', '&unknown;'),
    flips: fc.array(fc.record({ at: fc.nat(), value: fc.integer({ min: 0, max: 255 }) }), { maxLength: 3 }),
  })
  .map(({ levels, override, paragraphs, stray, flips }) => {
    const nums =
      '<w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num>' +
      `<w:num w:numId="2"><w:abstractNumId w:val="0"/>${override === null ? '' : `<w:lvlOverride w:ilvl="0"><w:startOverride w:val="${override}"/></w:lvlOverride>`}</w:num>`;
    const numbering = numberingXml(`<w:abstractNum w:abstractNumId="0">${levels.join('')}</w:abstractNum>`, nums);
    const body = paragraphs.join(stray);
    const parts: Record<string, Uint8Array> = {
      '[Content_Types].xml': strToU8('<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>'),
      'word/document.xml': strToU8(documentXml(body)),
      'word/numbering.xml': strToU8(numbering),
      '_rels/.rels': strToU8(`<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>`),
      'word/_rels/document.xml.rels': strToU8(`<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/numbering" Target="numbering.xml"/></Relationships>`),
    };
    const zip = zipSync(parts, { level: flips.length > 0 ? 0 : 6 });
    for (const f of flips) zip[f.at % zip.length] = f.value;
    return { bytes: zip, format: 'docx' as const };
  });

const TAGS = ['ol', 'ul', 'li', 'p', 'div', 'table', 'tr', 'td', 'th', 'h1', 'h3', 'pre', 'br', 'b', 'span', 'script', 'blockquote', 'x'];
type HtmlTree = { tag: string; text: string; children: HtmlTree[]; close: boolean; start: string | null };
const htmlNode = (children: fc.Arbitrary<HtmlTree[]>) =>
  fc.record({ tag: fc.constantFrom(...TAGS), text: insertion, children, close: fc.boolean(), start: fc.option(docxNumber) });
const htmlTree: fc.Arbitrary<HtmlTree> = fc.letrec<{ node: HtmlTree }>((tie) => ({
  node: fc.oneof({ maxDepth: 6, depthIdentifier: 'html' }, htmlNode(fc.constant([])), htmlNode(fc.array(tie('node'), { maxLength: 4 }))),
})).node;
const renderHtml = (n: HtmlTree): string =>
  `<${n.tag}${n.start === null ? '' : ` start="${n.start}"`}>${n.text.replace(/</g, '&lt;')}${n.children.map(renderHtml).join('')}${n.close ? `</${n.tag}>` : ''}`;

/** HTML: random trees of lists, tables and blocks, some left open, and a deep chain of one nesting. */
export const nestedHtml: fc.Arbitrary<FuzzInput> = fc
  .record({ tree: htmlTree, chain: fc.constantFrom('', '<ol><li>x', '<ul><li>', '<div>', '<table><tr><td>'), depth: fc.nat({ max: 1500 }) })
  .map(({ tree, chain, depth }) => ({ bytes: new TextEncoder().encode(`${chain.repeat(depth)}${renderHtml(tree)}`), format: 'html' as const }));

export const FAMILIES: Record<string, fc.Arbitrary<FuzzInput>> = {
  'mutated fixtures': mutatedFixture,
  'random bytes': randomBytes,
  'TABs, control characters, surrogates, marks': pieceText,
  'mutated .docx': mutatedDocx,
  'nested HTML': nestedHtml,
};

/**
 * The property: a document either parses — to an output the schema accepts
 * (parseDocument validates it; a refusal is exit 70) — or fails with a
 * documented error (exit 1, one line); and the second parse gives the same bytes.
 * Returns a failure class, or null.
 */
export async function checkInput(input: FuzzInput): Promise<string | null> {
  const once = await outcome(input);
  if (once.failure) return once.failure;
  const twice = await outcome(input);
  if (twice.failure) return twice.failure;
  if (once.json !== twice.json) return 'not deterministic: two parses differ';
  return null;
}

async function outcome(input: FuzzInput): Promise<{ json: string; failure: string | null }> {
  try {
    const { output } = await parseDocument({ bytes: input.bytes, path: 'fuzz', format: input.format });
    return { json: JSON.stringify(output), failure: null };
  } catch (e) {
    if (e instanceof ResolveError && e.exitCode === EXIT.documentFailed && !e.message.includes('\n')) return { json: `error ${e.code}: ${e.message}`, failure: null };
    const err = e as Error;
    // the class: the error's kind and message with numbers and quoted text blurred
    const message = String(err?.message ?? e).split('\n')[0]!.replace(/\d+/g, 'N').slice(0, 160);
    return { json: '', failure: `${err?.name ?? 'thrown'}${e instanceof ResolveError ? ` (exit ${e.exitCode}, ${e.code})` : ''}: ${message}` };
  }
}

export { makeDocx };
