// bytes → text. Order matters: a BOM is proof; strict UTF-8 that succeeds is
// almost certainly right (windows-1251 Cyrillic is never valid UTF-8 in practice);
// BOM-less UTF-16 shows itself by NUL bytes in every other position (chardet
// misses it); only then do we choose between the two single-byte Cyrillic
// encodings, where chardet is reliable from ~128 letters and a letter-case count
// decides shorter texts.
import chardet from 'chardet';
import { documentError } from '../errors.js';

export type Encoding = 'utf-8' | 'utf-16le' | 'utf-16be' | 'windows-1251' | 'koi8-r';

export interface Decoded {
  text: string;
  encoding: Encoding;
  /** true when a byte-order mark was present (and removed from `text`) */
  bom: boolean;
}

const decoder = (encoding: Encoding, fatal = false) => new TextDecoder(encoding, { fatal, ignoreBOM: true });

export function decodeBytes(bytes: Uint8Array): Decoded {
  if (bytes.length === 0) throw documentError('empty', 'the file is empty');

  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) {
    return { text: strictDecode(bytes.subarray(3), 'utf-8'), encoding: 'utf-8', bom: true };
  }
  if (bytes[0] === 0xff && bytes[1] === 0xfe) {
    return { text: strictDecode(bytes.subarray(2), 'utf-16le'), encoding: 'utf-16le', bom: true };
  }
  if (bytes[0] === 0xfe && bytes[1] === 0xff) {
    return { text: strictDecode(bytes.subarray(2), 'utf-16be'), encoding: 'utf-16be', bom: true };
  }

  const utf16 = guessBomlessUtf16(bytes);
  if (utf16) return { text: strictDecode(bytes, utf16), encoding: utf16, bom: false };

  if (hasNul(bytes)) throw documentError('binary', 'this is a binary file, not a text document');

  let decoded: Decoded;
  try {
    decoded = { text: decoder('utf-8', true).decode(bytes), encoding: 'utf-8', bom: false };
  } catch {
    // not UTF-8: a single-byte Cyrillic encoding
    const encoding = guessSingleByteCyrillic(bytes);
    decoded = { text: decoder(encoding).decode(bytes), encoding, bom: false };
  }
  if (looksBinary(decoded.text)) throw documentError('binary', 'this is a binary file, not a text document');
  return decoded;
}

function strictDecode(bytes: Uint8Array, encoding: Encoding): string {
  try {
    return decoder(encoding, true).decode(bytes);
  } catch {
    throw documentError('invalid-bytes', `the file is marked as ${encoding} but contains invalid ${encoding} bytes`);
  }
}

function hasNul(bytes: Uint8Array): boolean {
  return bytes.indexOf(0) !== -1;
}

/**
 * UTF-16 without a BOM: Cyrillic is U+04xx and ASCII is U+00xx, so one byte of
 * every pair is 0x00 or 0x04 for nearly all characters. Count NULs by parity over
 * a sample; a text in UTF-16 has them overwhelmingly on one side.
 */
function guessBomlessUtf16(bytes: Uint8Array): Encoding | null {
  if (bytes.length < 4 || bytes.length % 2 !== 0) return null;
  const n = Math.min(bytes.length, 8192);
  let evenNul = 0;
  let oddNul = 0;
  for (let i = 0; i < n; i += 2) {
    if (bytes[i] === 0) evenNul++;
    if (bytes[i + 1] === 0) oddNul++;
  }
  const pairs = n / 2;
  // "highish" bytes (0x00 / 0x04) on the high side of the code unit
  let evenHigh = 0;
  let oddHigh = 0;
  for (let i = 0; i < n; i += 2) {
    const a = bytes[i]!;
    const b = bytes[i + 1]!;
    if (a === 0 || a === 4) evenHigh++;
    if (b === 0 || b === 4) oddHigh++;
  }
  if (oddHigh > pairs * 0.9 && oddNul > pairs * 0.05 && evenNul < pairs * 0.05) return 'utf-16le';
  if (evenHigh > pairs * 0.9 && evenNul > pairs * 0.05 && oddNul < pairs * 0.05) return 'utf-16be';
  return null;
}

/**
 * windows-1251 vs KOI8-R. In windows-1251 lower-case Cyrillic letters are
 * 0xE0–0xFF and capitals 0xC0–0xDF; KOI8-R has it the other way round. Russian
 * prose is mostly lower case, so the byte range with more letters wins; chardet's
 * statistical model is asked first when there is enough text for it.
 */
function guessSingleByteCyrillic(bytes: Uint8Array): Encoding {
  let high = 0;
  for (const b of bytes) if (b >= 0xc0) high++;
  if (high >= 128) {
    const candidates = chardet.analyse(bytes);
    for (const c of candidates) {
      const name = c.name.toLowerCase();
      if (name === 'windows-1251') return 'windows-1251';
      if (name === 'koi8-r') return 'koi8-r';
    }
  }
  let upperHalf = 0; // 0xE0–0xFF
  let lowerHalf = 0; // 0xC0–0xDF
  for (const b of bytes) {
    if (b >= 0xe0) upperHalf++;
    else if (b >= 0xc0) lowerHalf++;
  }
  return lowerHalf > upperHalf ? 'koi8-r' : 'windows-1251';
}

/** Control characters other than TAB/LF/CR/FF in more than 1% of the text: not a document. */
function looksBinary(text: string): boolean {
  let control = 0;
  const n = Math.min(text.length, 65536);
  for (let i = 0; i < n; i++) {
    const c = text.charCodeAt(i);
    if (c < 32 && c !== 9 && c !== 10 && c !== 13 && c !== 12) control++;
  }
  return control > n * 0.01;
}
