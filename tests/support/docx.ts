// Builds real .docx files for tests and the benchmark: a minimal WordprocessingML
// package zipped with fflate, with Word's own list numbering (numbering.xml +
// w:numPr) and tables, so the converter is tested on what Word writes rather
// than on a fixture nobody can read.
import { strToU8, zipSync } from 'fflate';

export type DocxBlock =
  | { kind: 'paragraph'; text: string; bold?: boolean }
  /** a paragraph in Word's automatic numbering, at level 0 (top) or 1 (nested); `numId` picks a list of `numberingXml` */
  | { kind: 'numbered'; text: string; level?: 0 | 1; numId?: number }
  | { kind: 'bullet'; text: string }
  /** a paragraph in a paragraph style, by its id ("Heading1"; Russian Word names heading styles "1", "2", …) */
  | { kind: 'styled'; text: string; styleId: string }
  | { kind: 'table'; rows: string[][] };

const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

const run = (text: string, bold = false) => `<w:r>${bold ? '<w:rPr><w:b/></w:rPr>' : ''}<w:t xml:space="preserve">${esc(text)}</w:t></w:r>`;

function paragraph(text: string, numId?: number, level = 0, bold = false): string {
  const numPr = numId === undefined ? '' : `<w:pPr><w:numPr><w:ilvl w:val="${level}"/><w:numId w:val="${numId}"/></w:numPr></w:pPr>`;
  return `<w:p>${numPr}${run(text, bold)}</w:p>`;
}

function table(rows: string[][]): string {
  const tr = (cells: string[]) => `<w:tr>${cells.map((c) => `<w:tc>${paragraph(c)}</w:tc>`).join('')}</w:tr>`;
  return `<w:tbl><w:tblPr/>${rows.map(tr).join('')}</w:tbl>`;
}

const NUMBERED = 1;
const BULLETED = 2;

function bodyXml(blocks: DocxBlock[]): string {
  return blocks
    .map((b) => {
      switch (b.kind) {
        case 'paragraph':
          return paragraph(b.text, undefined, 0, b.bold);
        case 'numbered':
          return paragraph(b.text, b.numId ?? NUMBERED, b.level ?? 0);
        case 'bullet':
          return paragraph(b.text, BULLETED);
        case 'styled':
          return `<w:p><w:pPr><w:pStyle w:val="${b.styleId}"/></w:pPr>${run(b.text)}</w:p>`;
        case 'table':
          return table(b.rows);
      }
    })
    .join('');
}

const W = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main';
const R = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';

const level = (ilvl: number, fmt: string, text: string) =>
  `<w:lvl w:ilvl="${ilvl}"><w:start w:val="1"/><w:numFmt w:val="${fmt}"/><w:lvlText w:val="${text}"/></w:lvl>`;

const NUMBERING = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<w:numbering xmlns:w="${W}">
<w:abstractNum w:abstractNumId="0">${level(0, 'decimal', '%1.')}${level(1, 'decimal', '%1.%2.')}</w:abstractNum>
<w:abstractNum w:abstractNumId="1">${level(0, 'bullet', '•')}</w:abstractNum>
<w:num w:numId="${NUMBERED}"><w:abstractNumId w:val="0"/></w:num>
<w:num w:numId="${BULLETED}"><w:abstractNumId w:val="1"/></w:num>
</w:numbering>`;

const CONTENT_TYPES = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">
<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>
<Default Extension="xml" ContentType="application/xml"/>
<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>
<Override PartName="/word/numbering.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.numbering+xml"/>
</Types>`;

const ROOT_RELS = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">
<Relationship Id="rId1" Type="${R}/officeDocument" Target="word/document.xml"/>
</Relationships>`;

const DOCUMENT_RELS = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">
<Relationship Id="rId1" Type="${R}/numbering" Target="numbering.xml"/>
<Relationship Id="rId2" Type="${R}/styles" Target="styles.xml"/>
</Relationships>`;

/** styles.xml naming paragraph styles: [styleId, name] pairs. */
export function stylesXml(styles: [string, string][]): string {
  const style = ([id, name]: [string, string]) => `<w:style w:type="paragraph" w:styleId="${id}"><w:name w:val="${name}"/></w:style>`;
  return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:styles xmlns:w="${W}">${styles.map(style).join('')}</w:styles>`;
}

/** numbering.xml with these abstract definitions and nums (for lists other than the default two). */
export function numberingXml(abstracts: string, nums: string): string {
  return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:numbering xmlns:w="${W}">${abstracts}${nums}</w:numbering>`;
}

export { level as numberingLevel };

export interface DocxOptions {
  numbering?: string;
  styles?: string;
  /** the body's XML as written, instead of `blocks` */
  body?: string;
  /** more parts, or parts that replace the standard ones, by path */
  parts?: Record<string, string>;
}

export async function makeDocx(blocks: DocxBlock[], options: DocxOptions = {}): Promise<Buffer> {
  const parts: Record<string, string> = {
    '[Content_Types].xml': CONTENT_TYPES,
    '_rels/.rels': ROOT_RELS,
    'word/_rels/document.xml.rels': DOCUMENT_RELS,
    'word/numbering.xml': options.numbering ?? NUMBERING,
    'word/styles.xml': options.styles ?? stylesXml([]),
    'word/document.xml': documentXml(options.body ?? bodyXml(blocks)),
    ...options.parts,
  };
  const files = Object.fromEntries(Object.entries(parts).map(([path, xml]) => [path, strToU8(xml)]));
  return Buffer.from(zipSync(files, { level: 6 }));
}

/** word/document.xml around a body's XML. */
export function documentXml(body: string): string {
  return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:document xmlns:w="${W}" xmlns:r="${R}" xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006"><w:body>${body}</w:body></w:document>`;
}

/** A plain-text document as a docx: blank-line separated paragraphs; "N. text" lines become Word numbering. */
export function docxBlocksFromText(text: string): DocxBlock[] {
  const blocks: DocxBlock[] = [];
  for (const para of text.split(/\n\s*\n/)) {
    const t = para.replace(/\s+/g, ' ').trim();
    if (!t) continue;
    const m = /^(\d{1,2})\.\s+(\S.*)$/.exec(t);
    blocks.push(m ? { kind: 'numbered', text: m[2]! } : { kind: 'paragraph', text: t });
  }
  return blocks;
}
