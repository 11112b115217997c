// A text's UTF-16 code units in a typed array, for loops that read a text
// character by character. charCodeAt in optimised code first finds out the
// string's layout (sequential, sliced, cons; one or two bytes per character) at
// every call; one native Buffer#write copies the units, and reading a typed
// array costs half as much per character. Past the text's length the buffer
// holds what an earlier text left there: loops must stop at text.length.
import { Buffer } from 'node:buffer';

/**
 * A reader with a buffer of its own, reused by its next call: each module that
 * loops over texts keeps one, so no caller's units are overwritten by another's.
 */
export function codeUnitReader(): (text: string) => Uint16Array {
  let units = new Uint16Array(4096);
  let bytes = Buffer.from(units.buffer);
  return (text) => {
    if (units.length < text.length) {
      units = new Uint16Array(text.length * 2);
      bytes = Buffer.from(units.buffer);
    }
    bytes.write(text, 0, text.length * 2, 'utf16le');
    return units;
  };
}
