// .html bytes → text. A page's declared charset (<meta charset>, http-equiv) is
// used only when the bytes are not valid UTF-8: archives are full of pages
// re-saved as UTF-8 that still declare windows-1251, and windows-1251 Cyrillic is
// never valid UTF-8 in practice. Otherwise the same detection as for plain text
// decides (BOM, UTF-8, UTF-16, windows-1251 vs KOI8-R). `encoding` reports what
// was actually used.
import { decodeBytes } from '../1-decode/decode.js';
import { convertHtml } from './html-to-text.js';
import type { Converted } from './converted.js';

const META_CHARSET = /<meta[^>]{0,512}?charset\s*=\s*["']?\s*([\w:.-]{1,40})/i;
const strictUtf8 = new TextDecoder('utf-8', { fatal: true });

export function htmlBytesToText(bytes: Uint8Array): Converted {
  const declared = declaredCharset(bytes);
  if (declared && declared !== 'utf-8' && !hasBom(bytes) && !isUtf8(bytes)) {
    return converted(new TextDecoder(declared).decode(bytes), declared);
  }
  const decoded = decodeBytes(bytes);
  return converted(decoded.text, decoded.encoding);
}

function converted(html: string, encoding: string): Converted {
  const { text, pageTitle } = convertHtml(html);
  return pageTitle ? { text, encoding, pageTitle } : { text, encoding };
}

function hasBom(bytes: Uint8Array): boolean {
  return (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) || (bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff);
}

function isUtf8(bytes: Uint8Array): boolean {
  try {
    strictUtf8.decode(bytes);
    return true;
  } catch {
    return false;
  }
}

/** The WHATWG name of a charset declared in the first 1024 bytes ("cp1251" → "windows-1251"), or null. */
export function declaredCharset(bytes: Uint8Array): string | null {
  const head = new TextDecoder('latin1').decode(bytes.subarray(0, 1024));
  const m = META_CHARSET.exec(head);
  if (!m) return null;
  try {
    const name = new TextDecoder(m[1]!.toLowerCase()).encoding;
    // an ASCII declaration cannot describe a UTF-16 page: leave those to detection
    return name.startsWith('utf-16') ? null : name;
  } catch {
    return null; // an unknown label: detect instead
  }
}
