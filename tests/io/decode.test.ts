import { describe, expect, it } from 'vitest';
import { readFileSync, readdirSync } from 'node:fs';
import iconv from 'iconv-lite';
import { decodeBytes, decodeDocument, decodingMessages } from '../../src/1-decode/decode.js';
import { looksBinary } from '../../src/1-decode/binary.js';
import { guessSingleByteCyrillic } from '../../src/1-decode/single-byte.js';
import { ResolveError } from '../../src/shared/errors.js';

const SEEDS = 'fixtures/seeds';
const seedTexts = readdirSync(SEEDS)
  .filter((f) => f.endsWith('.txt'))
  .sort()
  .map((f) => readFileSync(`${SEEDS}/${f}`, 'utf8'));
const LONG = seedTexts[2]!;
// ("Ёлка" alone is not here: in IBM866 its four bytes F0 AB AA A0 happen to be
// valid UTF-8, and valid UTF-8 rightly wins)
const SHORT = ['Резолюция', 'РЕШИЛИ:', 'Срок: до 1 мая', 'ПРОТОКОЛ № 3', 'Ёлка и ёж'];
/** KOI8-R and IBM866 have no «», — or №: compare with what the code page can hold. */
const roundTrip = (text: string, encoding: string) => iconv.decode(iconv.encode(text, encoding), encoding);

const encode = (text: string, encoding: string) => new Uint8Array(iconv.encode(text, encoding));
const bytesOf = (...parts: (number[] | string)[]) =>
  new Uint8Array(parts.flatMap((p) => (typeof p === 'string' ? [...Buffer.from(p, 'utf8')] : p)));

function failure(f: () => unknown): ResolveError {
  try {
    f();
  } catch (e) {
    if (e instanceof ResolveError) return e;
    throw e;
  }
  throw new Error('expected a ResolveError');
}

describe('decodeBytes: UTF-8', () => {
  it('reads UTF-8 without a BOM', () => {
    const d = decodeBytes(new Uint8Array(Buffer.from(LONG, 'utf8')));
    expect(d).toEqual({ text: LONG, encoding: 'utf-8', bom: false });
  });

  it('reads UTF-8 with a BOM and removes it', () => {
    const d = decodeBytes(bytesOf([0xef, 0xbb, 0xbf], 'Резолюция\n'));
    expect(d).toMatchObject({ encoding: 'utf-8', bom: true, text: 'Резолюция\n' });
  });

  it('decodes every length of UTF-8 sequence as TextDecoder does, in a subarray, and in a file larger than the kept buffer', () => {
    // 1, 2, 3 and 4 bytes: ASCII, Cyrillic and «», № and —, an emoji and a CJK extension B character (surrogate pairs)
    const text = 'Срок: до 1 мая — № 5 «ёлка» 😀 𠀋 end\n\tЁЖ ſ ĳ ｱ \u{10FFFF}';
    const bytes = bytesOf('xx', text, 'yy');
    expect(decodeBytes(bytes.subarray(2, bytes.length - 2)).text).toBe(text);
    const large = `${text}\n`.repeat(40_000); // over a million bytes
    expect(decodeBytes(bytesOf(large)).text).toBe(large);
    const small = 'короткий текст';
    expect(decodeBytes(bytesOf(small)).text).toBe(small); // after the large one: nothing left over from it
  });

  it('plain ASCII is UTF-8', () => {
    expect(decodeBytes(bytesOf('Protocol 1\n')).encoding).toBe('utf-8');
  });

  it('UTF-8 with a broken byte stays UTF-8: the byte becomes U+FFFD and is located', () => {
    const d = decodeBytes(bytesOf('Резолюция\nпункт 1: сро', [0xff], 'к до 1 мая\n'));
    expect(d.encoding).toBe('utf-8');
    expect(d.text).toBe('Резолюция\nпункт 1: сро\uFFFDк до 1 мая\n');
    expect(d.invalid).toEqual({ count: 1, line: 2, column: 13 });
  });

  it('UTF-8 cut in the middle of a character (truncated file) is located on the last line', () => {
    const bytes = bytesOf('Резолюция\r\nРешили\r\n');
    const d = decodeBytes(bytes.subarray(0, bytes.length - 3));
    expect(d.encoding).toBe('utf-8');
    expect(d.invalid).toMatchObject({ count: 1, line: 2 });
  });

  it('a BOM-marked UTF-8 file with invalid bytes is still UTF-8', () => {
    const d = decodeBytes(bytesOf([0xef, 0xbb, 0xbf], 'Текст ', [0xc0, 0xc1], ' конец'));
    expect(d.encoding).toBe('utf-8');
    expect(d.invalid?.count).toBe(2);
  });

  it('reports replaced bytes as one warning diagnostic', () => {
    const d = decodeBytes(bytesOf('строка\r\n\r\nтретья ', [0xfe], '\n'));
    expect(decodingMessages(d)).toEqual([
      expect.objectContaining({ rule: 'invalid-bytes', severity: 'warning', line: 3, column: 8 }),
    ]);
    expect(decodingMessages(decodeBytes(bytesOf('чисто')))).toEqual([]);
  });
});

describe('decodeBytes: single-byte Cyrillic code pages', () => {
  it.each(['windows-1251', 'koi8-r', 'ibm866'])('a whole document in %s', (encoding) => {
    const d = decodeBytes(encode(LONG, encoding));
    expect(d.encoding).toBe(encoding);
    expect(d.text).toBe(roundTrip(LONG, encoding));
  });

  it.each(SHORT.flatMap((t) => ['windows-1251', 'koi8-r', 'ibm866'].map((e) => [t, e])))('short text %s in %s', (text, encoding) => {
    const d = decodeBytes(encode(text, encoding));
    expect(d.encoding).toBe(encoding);
    expect(d.text).toBe(roundTrip(text, encoding));
  });

  it('windows-1251 with typographic quotes, dashes and №', () => {
    const text = '«Успех каждого ребёнка» — № 5 … “итоги”';
    expect(decodeBytes(encode(text, 'windows-1251')).text).toBe(text);
  });

  // The accuracy the module comment claims, measured on random extracts of the
  // seeds (a fixed-seed generator: the test is deterministic).
  it.each([
    [8, 0.95],
    [16, 0.98],
    [32, 1],
    [128, 1],
  ])('chooses the right code page for %i-letter extracts in at least %f of cases', (letters, share) => {
    const words = seedTexts.join('\n').split(/\s+/);
    let state = 12345;
    const random = () => (state = (state * 1103515245 + 12345) % 2147483648) / 2147483648;
    let right = 0;
    let total = 0;
    for (let k = 0; k < 300; k++) {
      let text = '';
      let n = 0;
      for (let i = Math.floor(random() * words.length); n < letters; i = (i + 1) % words.length) {
        text += `${words[i]} `;
        n += (words[i]!.match(/[а-яё]/gi) ?? []).length;
      }
      if (k % 3 === 0) text = text.toUpperCase();
      for (const encoding of ['windows-1251', 'koi8-r', 'ibm866'] as const) {
        total++;
        if (guessSingleByteCyrillic(encode(text, encoding)) === encoding) right++;
      }
    }
    expect(right / total).toBeGreaterThanOrEqual(share);
  });
});

describe('decodeBytes: UTF-16', () => {
  it.each([
    ['utf-16le', [0xff, 0xfe]],
    ['utf-16be', [0xfe, 0xff]],
  ])('%s with a BOM', (encoding, bom) => {
    const d = decodeBytes(new Uint8Array([...bom, ...encode(LONG, encoding)]));
    expect(d).toMatchObject({ encoding, bom: true });
    expect(d.text).toBe(LONG);
  });

  it.each(['utf-16le', 'utf-16be'])('%s without a BOM, long and short', (encoding) => {
    for (const text of [LONG, 'Резолюция', 'РЕШИЛИ:\r\n1. Принять к сведению.']) {
      const d = decodeBytes(encode(text, encoding));
      expect(d).toMatchObject({ encoding, bom: false });
      expect(d.text).toBe(text);
    }
  });

  it('UTF-16 with an odd trailing byte reports it', () => {
    const d = decodeBytes(new Uint8Array([0xff, 0xfe, ...encode('Текст', 'utf-16le'), 0x41]));
    expect(d.encoding).toBe('utf-16le');
    expect(d.invalid?.count).toBe(1);
  });
});

describe('decodeBytes: not a text document', () => {
  it('an empty file is an error', () => {
    expect(failure(() => decodeBytes(new Uint8Array())).code).toBe('empty');
  });

  it('a file of white space only is empty too', () => {
    expect(failure(() => decodeDocument(bytesOf(' \r\n\t\n', [0xc2, 0xa0]))).code).toBe('empty');
    expect(failure(() => decodeDocument(bytesOf([0xef, 0xbb, 0xbf]))).code).toBe('empty');
  });

  it.each([
    ['PDF', bytesOf('%PDF-1.7\n%âãÏÓ\n'), 'файл PDF'],
    ['docx', bytesOf([0x50, 0x4b, 0x03, 0x04, 0x14, 0x00]), 'ZIP'],
    ['PNG', bytesOf([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), 'PNG'],
    ['doc', bytesOf([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1]), '.doc'],
  ])('%s is recognised by its signature', (_name, bytes, what) => {
    const e = failure(() => decodeBytes(bytes));
    expect(e.code).toBe('binary');
    expect(e.exitCode).toBe(1);
    expect(e.message).toMatch(/^это двоичный файл \(/);
    expect(e.message).toContain(what);
  });

  it('bytes full of NULs and control codes are binary', () => {
    const bytes = new Uint8Array(4096);
    for (let i = 0; i < bytes.length; i++) bytes[i] = (i * 7919) % 256;
    expect(failure(() => decodeBytes(bytes)).code).toBe('binary');
  });

  it('16-bit binary data that passes the UTF-16 byte test is still binary', () => {
    const bytes = new Uint8Array(2048);
    for (let i = 0; i < bytes.length; i += 2) bytes[i] = i % 20;
    expect(failure(() => decodeBytes(bytes)).code).toBe('binary');
  });

  it('one stray NUL in a text is not binary', () => {
    expect(decodeBytes(bytesOf('Резолюция', [0], ' форума\n'.repeat(20))).encoding).toBe('utf-8');
  });

  it('UTF-32 is refused with a clear message', () => {
    expect(failure(() => decodeBytes(new Uint8Array([0xff, 0xfe, 0, 0, 0x41, 0, 0, 0]))).message).toContain('UTF-32');
  });
});

describe('looksBinary', () => {
  /** The judgement byte by byte, as the rule states it. */
  const reference = (bytes: Uint8Array): boolean => {
    const n = Math.min(bytes.length, 65536);
    let control = 0;
    for (let i = 0; i < n; i++) if (bytes[i]! < 0x20 && ![0x09, 0x0a, 0x0b, 0x0c, 0x0d].includes(bytes[i]!)) control++;
    return control > n * 0.01;
  };

  it('judges as the byte-by-byte rule does, at every alignment and length, near the 1% line', () => {
    let seed = 7;
    const random = () => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;
    const backing = new Uint8Array(70_000 + 8);
    for (let round = 0; round < 60; round++) {
      const share = [0, 0.005, 0.0095, 0.0105, 0.02, 0.3][round % 6]!;
      for (let i = 0; i < backing.length; i++) {
        const r = random();
        backing[i] = r < share ? Math.floor(random() * 0x20) : r < 0.05 ? 0x0a : 0x20 + Math.floor(random() * 0xe0);
      }
      const offset = round % 5;
      const length = [0, 1, 3, 4, 5, 100, 4097, 65536, 70_000][round % 9]!;
      const bytes = backing.subarray(offset, offset + length);
      expect(looksBinary(bytes)).toBe(reference(bytes));
    }
  });
});
