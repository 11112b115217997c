// bytes → text. Order matters: a BOM is proof; a known binary signature or a
// mass of control bytes means this is not a text document; BOM-less UTF-16
// shows itself by one byte of every pair being 0x00 or 0x04 (chardet does not
// see it: it calls such files ISO-8859-1); strict UTF-8 that succeeds is
// almost certainly right (windows-1251 Cyrillic is practically never valid
// UTF-8); UTF-8 with a few broken bytes is still UTF-8 (decoded with U+FFFD and
// reported); only then is the file in a single-byte Cyrillic code page.
import { say } from '../shared/messages/ui.js';
import { Buffer, isUtf8 } from 'node:buffer';
import { documentError } from '../shared/errors.js';
import type { Message } from '../shared/messages/message.js';
import { hasManyControls, knownBinaryFormat, looksBinary } from './binary.js';
import { CodeUnitBuffer } from '../shared/text/code-units.js';
import { guessSingleByteCyrillic, type SingleByteEncoding } from './single-byte.js';

export type Encoding = 'utf-8' | 'utf-16le' | 'utf-16be' | SingleByteEncoding;

/** Bytes that are not valid in the file's encoding, replaced by U+FFFD in `text`. */
export interface InvalidBytes {
  /** how many replacement characters the decoded text has */
  count: number;
  /** 1-based line and column (UTF-16 code units) of the first one */
  line: number;
  column: number;
}

export interface Decoded {
  text: string;
  encoding: Encoding;
  /** true when a byte-order mark was present (and removed from `text`) */
  bom: boolean;
  /** present only when some bytes were not valid in `encoding` */
  invalid?: InvalidBytes;
}

const REPLACEMENT = '\uFFFD';

export function decodeBytes(bytes: Uint8Array): Decoded {
  if (bytes.length === 0) throw documentError('empty', say('fileEmpty'));

  if (startsWith(bytes, [0xff, 0xfe, 0x00, 0x00]) || startsWith(bytes, [0x00, 0x00, 0xfe, 0xff])) {
    throw documentError('unsupported-encoding', say('utf32'));
  }
  if (startsWith(bytes, [0xef, 0xbb, 0xbf])) return decodeAs(bytes.subarray(3), 'utf-8', true);
  if (startsWith(bytes, [0xff, 0xfe])) return decodeAs(bytes.subarray(2), 'utf-16le', true);
  if (startsWith(bytes, [0xfe, 0xff])) return decodeAs(bytes.subarray(2), 'utf-16be', true);

  const format = knownBinaryFormat(bytes);
  if (format) throw documentError('binary', say('binaryKnown', { format }));

  const utf16 = guessBomlessUtf16(bytes);
  if (utf16) {
    const decoded = decodeAs(bytes, utf16, false);
    // 16-bit binary data can pass the byte test; its "text" is control characters
    if (hasManyControls(decoded.text)) throw documentError('binary', say('binary'));
    return decoded;
  }

  if (looksBinary(bytes)) throw documentError('binary', say('binary'));

  const utf8 = strictDecode(bytes, 'utf-8');
  if (utf8 !== null) return { text: utf8, encoding: 'utf-8', bom: false };
  if (isMostlyUtf8(bytes)) return decodeAs(bytes, 'utf-8', false);

  const encoding = guessSingleByteCyrillic(bytes);
  return { text: new TextDecoder(encoding).decode(bytes), encoding, bom: false };
}

/** A file of nothing but white space is as empty as a file of no bytes. */
export function decodeDocument(bytes: Uint8Array): Decoded {
  const decoded = decodeBytes(bytes);
  if (!/[^\s\uFEFF\u200B-\u200D\u2060]/.test(decoded.text)) throw documentError('empty', say('onlyWhiteSpace'));
  return decoded;
}

/**
 * What decoding has to tell the reader of the output: bytes it had to replace,
 * as a message of the rule `invalid-bytes` (worded, and configured, like any
 * other). The span is the first replacement character.
 */
export function decodingMessages(decoded: Pick<Decoded, 'encoding' | 'invalid'> | { encoding: string; invalid?: InvalidBytes }): Message[] {
  const bad = decoded.invalid;
  if (!bad) return [];
  const data = { encoding: decoded.encoding, count: bad.count };
  return [{ rule: 'invalid-bytes', messageId: 'replaced', data, severity: 'warning', line: bad.line, column: bad.column, endLine: bad.line, endColumn: bad.column + 1 }];
}

function startsWith(bytes: Uint8Array, prefix: number[]): boolean {
  return prefix.every((b, i) => bytes[i] === b);
}

function strictDecode(bytes: Uint8Array, encoding: Encoding): string | null {
  if (encoding === 'utf-8') return isUtf8(bytes) ? decodeValidUtf8(bytes) : null;
  try {
    return new TextDecoder(encoding, { fatal: true, ignoreBOM: true }).decode(bytes);
  } catch {
    return null;
  }
}

/** Documents up to this many UTF-16 code units are decoded into one buffer kept for the next. */
const KEPT_UNITS = 1 << 20;
const decodedUnits = new CodeUnitBuffer();

/**
 * UTF-8 that buffer.isUtf8 (C++) has found valid → text. V8 builds a Cyrillic
 * string from UTF-8 (TextDecoder, Buffer#toString) at about a third of the
 * speed of this loop into UTF-16 code units plus one copy out of them; the
 * bytes are known to be well-formed, so the loop only reassembles them.
 */
function decodeValidUtf8(bytes: Uint8Array): string {
  if (bytes.length > KEPT_UNITS) return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.length).toString('utf8');
  // never more code units than bytes
  const out = decodedUnits.reserve(bytes.length, Math.min(KEPT_UNITS, bytes.length * 2));
  const n = bytes.length;
  let o = 0;
  for (let i = 0; i < n; ) {
    const b = bytes[i]!;
    if (b < 0x80) {
      out[o++] = b;
      i++;
    } else if (b < 0xe0) {
      out[o++] = ((b & 0x1f) << 6) | (bytes[i + 1]! & 0x3f);
      i += 2;
    } else if (b < 0xf0) {
      out[o++] = ((b & 0x0f) << 12) | ((bytes[i + 1]! & 0x3f) << 6) | (bytes[i + 2]! & 0x3f);
      i += 3;
    } else {
      const cp = (((b & 0x07) << 18) | ((bytes[i + 1]! & 0x3f) << 12) | ((bytes[i + 2]! & 0x3f) << 6) | (bytes[i + 3]! & 0x3f)) - 0x10000;
      out[o++] = 0xd800 | (cp >> 10);
      out[o++] = 0xdc00 | (cp & 0x3ff);
      i += 4;
    }
  }
  return decodedUnits.decode(o);
}

/** Decode in a known encoding; invalid bytes become U+FFFD and are reported, not fatal. */
function decodeAs(bytes: Uint8Array, encoding: Encoding, bom: boolean): Decoded {
  const strict = strictDecode(bytes, encoding);
  if (strict !== null) return { text: strict, encoding, bom };
  const text = new TextDecoder(encoding, { ignoreBOM: true }).decode(bytes);
  const invalid = locateReplacements(text);
  return invalid ? { text, encoding, bom, invalid } : { text, encoding, bom };
}

function locateReplacements(text: string): InvalidBytes | null {
  const first = text.indexOf(REPLACEMENT);
  if (first < 0) return null;
  let count = 0;
  for (let i = first; i >= 0; i = text.indexOf(REPLACEMENT, i + 1)) count++;
  // lines end in LF, CRLF or a lone CR, as cleanSource counts them
  let line = 1;
  let lineStart = 0;
  for (let i = 0; i < first; i++) {
    const c = text.charCodeAt(i);
    if (c === 10 || (c === 13 && text.charCodeAt(i + 1) !== 10)) {
      line++;
      lineStart = i + 1;
    }
  }
  return { count, line, column: first - lineStart + 1 };
}

/**
 * UTF-16 without a BOM: Cyrillic is U+04xx and ASCII U+00xx, so the high byte
 * of nearly every code unit is 0x00 or 0x04, while the low byte is almost
 * never 0x00. Looks at the first 8 KiB.
 */
function guessBomlessUtf16(bytes: Uint8Array): Encoding | null {
  if (bytes.length < 4) return null;
  const n = Math.min(bytes.length - (bytes.length % 2), 8192);
  // the counts below need NULs or 0x04 bytes (the high byte of Cyrillic); UTF-8
  // and single-byte text have neither, and two native searches are cheaper than the loop
  const sample = bytes.subarray(0, n);
  if (sample.indexOf(0) < 0 && sample.indexOf(4) < 0) return null;
  const pairs = n / 2;
  let evenNul = 0;
  let oddNul = 0;
  let evenHigh = 0;
  let oddHigh = 0;
  for (let i = 0; i < n; i += 2) {
    const a = bytes[i]!;
    const b = bytes[i + 1]!;
    if (a === 0) evenNul++;
    if (b === 0) oddNul++;
    if (a === 0 || a === 4) evenHigh++;
    if (b === 0 || b === 4) oddHigh++;
  }
  if (oddHigh > pairs * 0.9 && evenNul < pairs * 0.05) return 'utf-16le';
  if (evenHigh > pairs * 0.9 && oddNul < pairs * 0.05) return 'utf-16be';
  return null;
}

/**
 * UTF-8 damaged in a few places (a truncated character, one byte from another
 * code page) rather than a single-byte file: well-formed multi-byte sequences
 * outnumber broken ones many times over. In windows-1251 text nearly every
 * letter is a broken sequence and a well-formed one happens only by chance
 * ("У»" is 0xD3 0xBB).
 */
function isMostlyUtf8(bytes: Uint8Array): boolean {
  let valid = 0;
  let invalid = 0;
  for (let i = 0; i < bytes.length; ) {
    const b = bytes[i]!;
    if (b < 0x80) {
      i++;
      continue;
    }
    const need = b >= 0xc2 && b <= 0xdf ? 1 : b >= 0xe0 && b <= 0xef ? 2 : b >= 0xf0 && b <= 0xf4 ? 3 : -1;
    let ok = need > 0;
    for (let k = 1; ok && k <= need; k++) ok = i + k < bytes.length && (bytes[i + k]! & 0xc0) === 0x80;
    if (ok) {
      valid++;
      i += need + 1;
    } else {
      invalid++;
      i++;
    }
  }
  return valid >= 4 && valid >= invalid * 8;
}
