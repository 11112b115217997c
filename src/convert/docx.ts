// .docx → text through mammoth (Word's document model → simple HTML), then the
// same HTML reader as .html files. mammoth emits each run of numbered paragraphs
// as a new <ol> and so loses Word's numbering as soon as a plain paragraph
// ("Срок исполнения: постоянно.") interrupts the list; the labels are therefore
// written into the paragraphs here, before mammoth renders them, by counting the
// way Word does: a level continues across interruptions, a higher level resets
// the deeper ones. mammoth does not expose numId, startOverride or numFmt, so
// labels are always decimal ("2.1.") and a restarted list sharing its abstract
// numbering with an earlier one keeps counting (see the README).
import { documentError } from '../errors.js';
import { htmlToText } from './html-to-text.js';
import type { Converted } from './index.js';

/** mammoth's document model, as far as it is read here. */
interface DocElement {
  type: string;
  children?: DocElement[];
  value?: string;
  numbering?: { level: string; isOrdered: boolean } | null;
}

type Mammoth = typeof import('mammoth');
let mammoth: Mammoth | null = null;

export async function docxToText(bytes: Uint8Array): Promise<Converted> {
  // heavy (jszip, xmldom): loaded only when an archive holds .docx files
  mammoth ??= await loadMammoth();
  let html: string;
  try {
    const result = await mammoth.convertToHtml(
      { buffer: Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength) },
      {
        transformDocument: (doc: DocElement) => labelNumberedParagraphs(doc),
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

/** Prefix every numbered paragraph with its label ("3.", "3.1.") or "•", and drop its list markup. */
export function labelNumberedParagraphs(doc: DocElement): DocElement {
  // counters per list, keyed by the level-0 definition (one per abstract numbering)
  const counters = new Map<object, number[]>();
  let current: number[] = [];
  const visit = (el: DocElement) => {
    if (el.type === 'paragraph' && el.numbering) {
      const depth = Number.parseInt(el.numbering.level, 10) || 0;
      let label = '•';
      if (el.numbering.isOrdered) {
        if (depth === 0) {
          current = counters.get(el.numbering) ?? [];
          counters.set(el.numbering, current);
        }
        current.length = Math.min(current.length, depth + 1);
        while (current.length < depth + 1) current.push(0);
        current[depth]!++;
        label = `${current.map((n) => n || 1).join('.')}.`;
      }
      const text = firstText(el);
      if (text) text.value = `${label} ${text.value}`;
      el.numbering = null;
    }
    for (const child of el.children ?? []) visit(child);
  };
  visit(doc);
  return doc;
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
