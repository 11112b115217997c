// A .docx is a ZIP package of XML parts. This finds and inflates only the parts
// the converter reads — the main document and, through its relationships, its
// styles, numbering, notes and settings — and nothing else (images, themes, fonts).
// fflate reads the ZIP; the relationship parts say where each part lives, so a
// package laid out differently from Word's "word/…" still converts.
import { say } from '../shared/messages/ui.js';
import { unzipSync, type UnzipFileInfo } from 'fflate';
import { Parser } from 'htmlparser2';
import { ResolveError, documentError } from '../shared/errors.js';

export interface DocxParts {
  document: string;
  styles: string | null;
  numbering: string | null;
  footnotes: string | null;
  endnotes: string | null;
  /** word/settings.xml: the document-wide note numbering (w:footnotePr, w:endnotePr) */
  settings: string | null;
}

/** More than any real document's text: a part that inflates beyond it is a ZIP bomb or not a document. */
export const MAX_PART_BYTES = 128 * 1024 * 1024;

const RELATIONSHIP = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships/';
/** the signature of an OLE compound file: a Word 97–2003 .doc, or a .docx encrypted with a password */
const OLE = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];

export function readDocxParts(bytes: Uint8Array): DocxParts {
  if (OLE.every((b, i) => bytes[i] === b)) {
    throw documentError('corrupt-docx', say('docOrPassword'));
  }
  const rootRels = relationships(readParts(bytes, ['_rels/.rels']).get('_rels/.rels'), '');
  const documentPath = rootRels.get('officeDocument') ?? 'word/document.xml';
  const slash = documentPath.lastIndexOf('/');
  const dir = documentPath.slice(0, slash + 1);
  const relsPath = `${dir}_rels/${documentPath.slice(slash + 1)}.rels`;
  const rels = relationships(readParts(bytes, [relsPath]).get(relsPath), dir);
  const wanted = { styles: rels.get('styles'), numbering: rels.get('numbering'), footnotes: rels.get('footnotes'), endnotes: rels.get('endnotes'), settings: rels.get('settings') };
  const parts = readParts(bytes, [documentPath, ...Object.values(wanted).filter((p): p is string => p !== undefined)]);
  const document = parts.get(documentPath);
  if (document === undefined) throw documentError('corrupt-docx', say('docxNoDocument', { part: documentPath }));
  const part = (path: string | undefined) => (path === undefined ? null : parts.get(path) ?? null);
  return { document, styles: part(wanted.styles), numbering: part(wanted.numbering), footnotes: part(wanted.footnotes), endnotes: part(wanted.endnotes), settings: part(wanted.settings) };
}

/** The named parts that exist, inflated and decoded. */
function readParts(bytes: Uint8Array, names: string[]): Map<string, string> {
  const wanted = new Set(names);
  let files: Record<string, Uint8Array>;
  try {
    files = unzipSync(bytes, { filter: (f) => wanted.has(f.name) && withinLimit(f) });
  } catch (e) {
    if (e instanceof ResolveError) throw e;
    throw documentError('corrupt-docx', say('docxBroken', { reason: oneLine(e) }));
  }
  return new Map(Object.entries(files).map(([name, data]) => [name, decodeXml(data)]));
}

function withinLimit(f: UnzipFileInfo): boolean {
  if (f.originalSize > MAX_PART_BYTES) {
    throw documentError('too-large', say('docxPartTooLarge', { name: f.name, size: f.originalSize, limit: MAX_PART_BYTES }));
  }
  return true;
}

/** XML parts are UTF-8 unless a byte order mark says UTF-16 (which XML allows and some tools write). */
function decodeXml(data: Uint8Array): string {
  if (data[0] === 0xff && data[1] === 0xfe) return new TextDecoder('utf-16le').decode(data);
  if (data[0] === 0xfe && data[1] === 0xff) return new TextDecoder('utf-16be').decode(data);
  return new TextDecoder('utf-8').decode(data);
}

/** A relationship part: relationship type ("styles", "numbering", …) → the target's path in the package. */
function relationships(xml: string | undefined, dir: string): Map<string, string> {
  const out = new Map<string, string>();
  if (xml === undefined) return out;
  const parser = new Parser(
    {
      onopentag(name, attrs) {
        const type = attrs.Type ?? '';
        if (name !== 'Relationship' || !type.startsWith(RELATIONSHIP) || attrs.TargetMode === 'External') return;
        const target = attrs.Target ?? '';
        if (target && !out.has(type.slice(RELATIONSHIP.length))) out.set(type.slice(RELATIONSHIP.length), resolveTarget(dir, target));
      },
    },
    { xmlMode: true },
  );
  parser.end(xml);
  return out;
}

/** "numbering.xml" from "word/" → "word/numbering.xml"; "/word/x.xml" → "word/x.xml"; "../x.xml" climbs. */
function resolveTarget(dir: string, target: string): string {
  const segments = target.startsWith('/') ? [] : dir.split('/').filter((s) => s !== '');
  for (const s of target.split('/')) {
    if (s === '..') segments.pop();
    else if (s !== '' && s !== '.') segments.push(s);
  }
  return segments.join('/');
}

function oneLine(e: unknown): string {
  return String((e as Error)?.message ?? e).replace(/\s+/g, ' ').trim().slice(0, 200);
}
