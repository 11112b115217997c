// .docx → the text the segmenter reads. The package's parts are read by
// docx-package.ts, the body by docx-body.ts; here each paragraph gets what Word
// shows beside it — its list label, computed from numbering.xml as Word counts
// (docx-numbering.ts), or "#"… for a heading style — and the text is laid out
// as a typed .txt would be (text-layout.ts). Footnotes and endnotes follow the
// body as "[1] …" / "[i] …" paragraphs, numbered as Word numbers their references,
// which are left out of the sentences they stand in (docx-body.ts).
//
// Why not mammoth: it renders lists as <ol>/<ul> and so loses the numbers a
// reader sees (an interrupted list starts again at 1, "а)" becomes "1."), so the
// numbering had to be read from the XML here anyway; and it spent 7.4 ms of CPU
// per seed-sized document (jszip + xmldom + its document model) where this reads
// the same parts in under 1 ms (docs/performance.md).
import type { Converted } from './converted.js';
import { readBody, readNoteFormats, type BodyParagraph } from './docx-body.js';
import { formatNumber, listLabels, readNumberingDefinitions, readStyles, type ListLabel, type Styles } from './docx-numbering.js';
import { readDocxParts } from './docx-package.js';
import { TextLayout } from './text-layout.js';

export function docxToText(bytes: Uint8Array): Converted {
  const parts = readDocxParts(bytes);
  const formats = readNoteFormats(parts.settings);
  const body = readBody(parts.document);
  const styles = parts.styles ? readStyles(parts.styles) : new Map();
  const labels = parts.numbering
    ? listLabels(body.paragraphs, readNumberingDefinitions(parts.numbering), styles)
    : body.paragraphs.map(() => null);
  const labelOf = new Map<BodyParagraph, ListLabel | null>(body.paragraphs.map((p, i) => [p, labels[i] ?? null]));
  const mark = (p: BodyParagraph) => ['#'.repeat(headingLevel(p, styles)), labelOf.get(p)?.text ?? ''].filter((m) => m !== '').join(' ');

  const layout = new TextLayout();
  for (const item of body.items) {
    if (item.kind === 'paragraph') layout.paragraph(item.paragraph.text, mark(item.paragraph));
    else {
      layout.table();
      for (const row of item.rows) layout.row(row.map((cell) => cell.map((p) => `${mark(p)} ${p.text}`).join(' ')));
    }
  }
  for (const [kind, order] of [['footnotes', body.footnotes], ['endnotes', body.endnotes]] as const) {
    const notes = parts[kind] ? readBody(parts[kind]).notes : new Map<string, BodyParagraph[]>();
    order.forEach((id, i) => layout.paragraph((notes.get(id) ?? []).map((p) => p.text).join('\n'), `[${formatNumber(i + 1, formats[kind])}]`));
  }
  // OOXML parts are XML, read as UTF-8 unless they say otherwise; Word, LibreOffice and
  // Google Docs all write UTF-8, so that is what the source encoding is.
  return { text: layout.text(), encoding: 'utf-8' };
}

/** "heading 1"…"heading 6" is the name Word writes in every language (the id may be "1" in Russian Word). */
const HEADING_NAME = /^heading ([1-6])$/i;
const HEADING_ID = /^heading([1-6])$/i;

function headingLevel(p: BodyParagraph, styles: Styles): number {
  if (p.style === null) return 0;
  const name = styles.get(p.style)?.name ?? '';
  const m = HEADING_NAME.exec(name) ?? HEADING_ID.exec(p.style);
  if (m) return Number(m[1]);
  return name === 'Title' ? 1 : 0;
}
