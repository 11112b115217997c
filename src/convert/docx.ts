// .docx → text through mammoth (Word's document model → simple HTML), then the
// same HTML reader as .html files. mammoth renders lists as <ol>/<ul> and so
// loses the numbers a reader sees: a list interrupted by a plain paragraph
// ("Срок исполнения: постоянно.") starts again at 1, and "а)" becomes "1.". So
// before mammoth renders them, every numbered paragraph gets its label written
// into its text — Word's own number, computed from numbering.xml
// (docx-numbering.ts), and where that cannot be matched to mammoth's paragraphs,
// a decimal count that continues across interruptions. Heading styles become
// "#" marks in the same pass, so mammoth needs no style map: parsing its default
// map costs more than a third of the conversion of a typical resolution.
import JSZip from 'jszip';
import { documentError } from '../errors.js';
import { htmlToText } from './html-to-text.js';
import { listLabels, readNumberedStyles, readNumberingDefinitions, readParagraphs, type ListLabel } from './docx-numbering.js';
import type { Converted } from './index.js';

/** mammoth's document model, as far as it is read here. */
interface DocElement {
  type: string;
  children?: DocElement[];
  value?: string;
  numbering?: { level: string; isOrdered: boolean } | null;
  styleId?: string | null;
  styleName?: string | null;
}

type Mammoth = typeof import('mammoth');
let mammoth: Mammoth | null = null;

export async function docxToText(bytes: Uint8Array): Promise<Converted> {
  // heavy (jszip, xmldom): loaded only when an archive holds .docx files
  mammoth ??= await loadMammoth();
  const buffer = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  let html: string;
  try {
    const labels = await wordListLabels(buffer);
    const result = await mammoth.convertToHtml(
      { buffer },
      {
        transformDocument: (doc: DocElement) => writeParagraphMarks(doc, labels),
        includeDefaultStyleMap: false,
        includeEmbeddedStyleMap: false,
        // images are not text: skip base64-encoding them into the HTML
        convertImage: mammoth.images.imgElement(async () => ({ src: '' })),
        ignoreEmptyParagraphs: true,
      },
    );
    html = result.value;
  } catch (e) {
    throw documentError('corrupt-docx', `not a readable .docx file (${oneLine((e as Error).message)})`);
  }
  // OOXML parts are XML that mammoth decodes by their declaration; Word, LibreOffice and
  // Google Docs all write UTF-8, so that is what the source encoding is.
  return { text: htmlToText(html), encoding: 'utf-8' };
}

async function loadMammoth(): Promise<Mammoth> {
  const mod = (await import('mammoth')) as Mammoth & { default?: Mammoth };
  return mod.default ?? mod;
}

/**
 * Word's label for every body paragraph, or null when the document has no
 * numbering part. The parts are read at their usual paths; a package laid out
 * otherwise yields no paragraphs, fails the count check and gets the fallback.
 */
async function wordListLabels(buffer: Buffer): Promise<(ListLabel | null)[] | null> {
  const zip = await JSZip.loadAsync(buffer);
  const numbering = zip.file('word/numbering.xml');
  const document = zip.file('word/document.xml');
  if (!numbering || !document) return null;
  const styles = zip.file('word/styles.xml');
  return listLabels(
    readParagraphs(await document.async('string')),
    readNumberingDefinitions(await numbering.async('string')),
    readNumberedStyles(styles ? await styles.async('string') : ''),
  );
}

/**
 * Write into each paragraph's text what Word shows beside it: its list label,
 * or "#"… for a heading style, and drop the list markup. `labels` (one per
 * paragraph, document order) is used when it matches mammoth's paragraphs one
 * to one.
 */
export function writeParagraphMarks(doc: DocElement, labels: (ListLabel | null)[] | null): DocElement {
  const paragraphs: DocElement[] = [];
  const collect = (el: DocElement) => {
    if (el.type === 'paragraph') paragraphs.push(el);
    for (const child of el.children ?? []) collect(child);
  };
  collect(doc);
  const exact = labels && labels.length === paragraphs.length ? labels : null;
  const fallback = continuingCount();
  paragraphs.forEach((p, i) => {
    const label = exact?.[i]?.text ?? (p.numbering ? fallback(p.numbering) : null);
    p.numbering = null;
    const level = headingLevel(p);
    const mark = [level ? '#'.repeat(level) : '', label ?? ''].filter((m) => m !== '').join(' ');
    if (!mark) return;
    const text = firstText(p);
    if (text) text.value = `${mark} ${text.value}`;
  });
  return doc;
}

/** "heading 1"…"heading 6" is the name Word writes in every language (the id may be "1" in Russian Word). */
const HEADING_NAME = /^heading ([1-6])$/i;
const HEADING_ID = /^heading([1-6])$/i;

function headingLevel(p: DocElement): number {
  const m = HEADING_NAME.exec(p.styleName ?? '') ?? HEADING_ID.exec(p.styleId ?? '');
  if (m) return Number(m[1]);
  return p.styleName === 'Title' ? 1 : 0;
}

/** Decimal labels ("3.", "3.1.") counted over all ordered paragraphs: a level continues across interruptions. */
function continuingCount(): (numbering: { level: string; isOrdered: boolean }) => string {
  // counters per list, keyed by mammoth's level-0 definition (one per abstract numbering)
  const counters = new Map<object, number[]>();
  let current: number[] = [];
  return (numbering) => {
    if (!numbering.isOrdered) return '•';
    const depth = Number.parseInt(numbering.level, 10) || 0;
    if (depth === 0) {
      current = counters.get(numbering) ?? [];
      counters.set(numbering, current);
    }
    current.length = Math.min(current.length, depth + 1);
    while (current.length < depth + 1) current.push(0);
    current[depth]!++;
    return `${current.map((n) => n || 1).join('.')}.`;
  };
}

function firstText(el: DocElement): DocElement | null {
  if (el.type === 'text' && el.value) return el;
  for (const child of el.children ?? []) {
    const hit = firstText(child);
    if (hit) return hit;
  }
  return null;
}

function oneLine(message: string): string {
  return message.replace(/\s+/g, ' ').trim().slice(0, 200);
}
