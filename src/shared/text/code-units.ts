// UTF-16 code units in a kept typed array, in and out of strings with one native
// call each: for loops that read or build a text character by character.
// charCodeAt in optimised code first finds out the string's layout (sequential,
// sliced, cons; one or two bytes per character) at every call, and reading a
// typed array costs half as much per character; Buffer's UTF-16 decoding costs a
// fraction of a TextDecoder's, most of all on short texts. Past the length last
// written the array holds what an earlier text left there: loops must stop there.
import { Buffer } from 'node:buffer';

const LITTLE_ENDIAN = new Uint8Array(new Uint16Array([1]).buffer)[0] === 1;
/** code units per String.fromCharCode call on a big-endian machine */
const CHUNK = 4096;

/**
 * One array of code units, reused by every call: each module that loops over
 * texts keeps its own, so no caller's units are overwritten by another's.
 */
export class CodeUnitBuffer {
  private units = new Uint16Array(4096);
  private bytes = Buffer.from(this.units.buffer);

  /** `littleEndian`: the machine's byte order, given only by tests of the other one. */
  constructor(private readonly littleEndian = LITTLE_ENDIAN) {}

  /** The array, with room for `n` code units; when it must grow, it grows to `room`. */
  reserve(n: number, room = n): Uint16Array {
    if (this.units.length < n) {
      this.units = new Uint16Array(Math.max(n, room));
      this.bytes = Buffer.from(this.units.buffer);
    }
    return this.units;
  }

  /** The code units of `text`, at the array's start. */
  read(text: string): Uint16Array {
    const units = this.reserve(text.length, text.length * 2);
    if (this.littleEndian) this.bytes.write(text, 0, text.length * 2, 'utf16le');
    else for (let i = 0; i < text.length; i++) units[i] = text.charCodeAt(i);
    return units;
  }

  /** The first `n` code units of the array as a string. */
  decode(n: number): string {
    if (this.littleEndian) return this.bytes.toString('utf16le', 0, n * 2);
    // big-endian: the array's bytes are not UTF-16LE; by code, in chunks an argument list holds
    let text = '';
    for (let i = 0; i < n; i += CHUNK) text += String.fromCharCode(...this.units.subarray(i, Math.min(n, i + CHUNK)));
    return text;
  }
}
