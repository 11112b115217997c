// Is this file a text document at all? Files that users mistake for one (a PDF,
// a .docx, a scan) are recognised by their signature so the message can say
// what they are; anything else counts as binary when control bytes are more
// than a trace (a text file may carry a stray NUL, a PDF never has few).

import { currentLang, type Text } from '../shared/messages/lang.js';

interface Signature {
  bytes: number[];
  /** what the file is, in the users' language (see src/shared/messages/) */
  what: Text;
}

const SIGNATURES: Signature[] = [
  { bytes: [0x25, 0x50, 0x44, 0x46], what: { en: 'a PDF file', ru: 'файл PDF' } },
  { bytes: [0x50, 0x4b, 0x03, 0x04], what: { en: 'a ZIP archive (.docx, .odt, .xlsx are ZIP archives)', ru: 'архив ZIP (.docx, .odt, .xlsx — тоже архивы ZIP)' } },
  { bytes: [0xd0, 0xcf, 0x11, 0xe0], what: { en: 'an old Microsoft Office file (.doc, .xls)', ru: 'старый файл Microsoft Office (.doc, .xls)' } },
  { bytes: [0x7b, 0x5c, 0x72, 0x74, 0x66], what: { en: 'an RTF file', ru: 'файл RTF' } },
  { bytes: [0x89, 0x50, 0x4e, 0x47], what: { en: 'a PNG image', ru: 'изображение PNG' } },
  { bytes: [0xff, 0xd8, 0xff], what: { en: 'a JPEG image', ru: 'изображение JPEG' } },
  { bytes: [0x47, 0x49, 0x46, 0x38], what: { en: 'a GIF image', ru: 'изображение GIF' } },
  { bytes: [0x49, 0x49, 0x2a, 0x00], what: { en: 'a TIFF image', ru: 'изображение TIFF' } },
  { bytes: [0x4d, 0x4d, 0x00, 0x2a], what: { en: 'a TIFF image', ru: 'изображение TIFF' } },
  { bytes: [0x1f, 0x8b], what: { en: 'a gzip archive', ru: 'архив gzip' } },
  { bytes: [0x52, 0x61, 0x72, 0x21], what: { en: 'a RAR archive', ru: 'архив RAR' } },
  { bytes: [0x37, 0x7a, 0xbc, 0xaf], what: { en: 'a 7-Zip archive', ru: 'архив 7-Zip' } },
  { bytes: [0x7f, 0x45, 0x4c, 0x46], what: { en: 'an executable', ru: 'исполняемая программа' } },
];

/** What a known non-text file is ("файл PDF", "a PDF file"), or null. */
export function knownBinaryFormat(bytes: Uint8Array): string | null {
  for (const s of SIGNATURES) {
    if (s.bytes.every((b, i) => bytes[i] === b)) return s.what[currentLang()];
  }
  return null;
}

/** How much of the file is looked at to judge it (the judgement does not need more). */
const SAMPLE = 65536;
/** Control bytes above this share of the sample: binary. */
const CONTROL_SHARE = 0.01;

/** bit c set: C0 code c is text (TAB, LF, VT, FF, CR); one compare per byte of text, the bit test only below 0x20 */
const TEXT_CONTROLS = (1 << 0x09) | (1 << 0x0a) | (1 << 0x0b) | (1 << 0x0c) | (1 << 0x0d);
const isControl = (c: number) => c < 0x20 && ((TEXT_CONTROLS >>> c) & 1) === 0;

/** NUL and other C0 control bytes (TAB, LF, CR, VT and FF are text) in more than 1% of the first 64 KiB. */
export function looksBinary(bytes: Uint8Array): boolean {
  const n = Math.min(bytes.length, SAMPLE);
  // four bytes at a time where the buffer allows: a word with no byte below
  // 0x20 (most of them: text has a line break every few dozen bytes) needs no
  // byte test; only the words that have one are read byte by byte
  const head = Math.min(n, (4 - (bytes.byteOffset % 4)) % 4);
  const words = (n - head) >> 2;
  let control = 0;
  for (let i = 0; i < head; i++) if (isControl(bytes[i]!)) control++;
  if (words > 0) {
    const quads = new Uint32Array(bytes.buffer, bytes.byteOffset + head, words);
    for (let w = 0; w < words; w++) {
      const x = quads[w]!;
      // some byte of x is below 0x20 (exact for a threshold of at most 0x80)
      if (((x - 0x20202020) & ~x & 0x80808080) === 0) continue;
      const at = head + w * 4;
      for (let i = at; i < at + 4; i++) if (isControl(bytes[i]!)) control++;
    }
  }
  for (let i = head + words * 4; i < n; i++) if (isControl(bytes[i]!)) control++;
  return control > n * CONTROL_SHARE;
}

/** The same judgement on decoded text (for UTF-16, where the bytes are half NULs). */
export function hasManyControls(text: string): boolean {
  const n = Math.min(text.length, SAMPLE);
  let control = 0;
  for (let i = 0; i < n; i++) if (isControl(text.charCodeAt(i))) control++;
  return control > n * CONTROL_SHARE;
}
