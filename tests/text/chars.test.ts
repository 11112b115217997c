import { describe, expect, it } from 'vitest';
import { DIGIT, LETTER, PUNCTUATION, isBasicLetterCode, isLetterCode, isLetterOrDigitCode, isSpaceCode } from '../../src/shared/text/chars.js';

const letter = new RegExp(`^[${LETTER}]$`, 'u');
const digit = new RegExp(`^[${DIGIT}]$`, 'u');
const codePoints = (from: number, to: number) => Array.from({ length: to - from + 1 }, (_, i) => String.fromCodePoint(from + i));

describe('LETTER and DIGIT: the small classes that stand for \\p{L} and \\p{N}', () => {
  it('hold exactly the letters of the Latin, Greek and Cyrillic blocks', () => {
    const blocks = [...codePoints(0, 0x2af), ...codePoints(0x370, 0x52f), ...codePoints(0x1e00, 0x1eff)];
    const differ = blocks.filter((c) => letter.test(c) !== /\p{L}/u.test(c));
    expect(differ).toEqual([]);
    for (const c of 'аяАЯёЁіїєґўәөүһ') expect(letter.test(c), c).toBe(true);
  });

  it('hold nothing that is not a letter or a digit anywhere in the Basic Multilingual Plane', () => {
    const all = codePoints(0, 0xffff);
    expect(all.filter((c) => letter.test(c) && !/\p{L}/u.test(c))).toEqual([]);
    expect(all.filter((c) => digit.test(c) && !/\p{N}/u.test(c))).toEqual([]);
  });

  it('count as digits the numerals a Russian text may hold: 0-9, ², ½, Ⅳ', () => {
    for (const c of '0123456789²³¹½¼¾Ⅳⅻ⁴₂') expect(digit.test(c), c).toBe(true);
    for (const c of 'a-.,№«') expect(digit.test(c), c).toBe(false);
  });

  it('PUNCTUATION holds exactly the punctuation of ASCII, Latin-1 and General Punctuation, and nothing else', () => {
    const punctuation = new RegExp(`^[${PUNCTUATION}]$`, 'u');
    const blocks = [...codePoints(0, 0xff), ...codePoints(0x2000, 0x206f)];
    expect(blocks.filter((c) => punctuation.test(c) !== /\p{P}/u.test(c))).toEqual([]);
    expect(codePoints(0, 0xffff).filter((c) => punctuation.test(c) && !/\p{P}/u.test(c))).toEqual([]);
    for (const c of '«»—–…“”„') expect(punctuation.test(c), c).toBe(true);
    for (const c of '№+$<=>') expect(punctuation.test(c), c).toBe(false);
  });

  it('the code tests agree with the classes on every UTF-16 code, and the basic one holds only Latin and Russian letters', () => {
    const letterOrDigit = new RegExp(`^[${LETTER}${DIGIT}]$`, 'u');
    const codes = Array.from({ length: 0x10000 }, (_, c) => c);
    expect(codes.filter((c) => isLetterCode(c) !== letter.test(String.fromCharCode(c)))).toEqual([]);
    expect(codes.filter((c) => isLetterOrDigitCode(c) !== letterOrDigit.test(String.fromCharCode(c)))).toEqual([]);
    expect(codes.filter(isBasicLetterCode).map((c) => String.fromCharCode(c)).join('')).toBe(
      'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyzЁАБВГДЕЖЗИЙКЛМНОПРСТУФХЦЧШЩЪЫЬЭЮЯабвгдежзийклмнопрстуфхцчшщъыьэюяё',
    );
    expect([isLetterCode(NaN), isLetterOrDigitCode(NaN), isBasicLetterCode(NaN)]).toEqual([false, false, false]);
  });
  it('isSpaceCode agrees with \\s on every UTF-16 code', () => {
    const codes = Array.from({ length: 0x10000 }, (_, c) => c);
    expect(codes.filter(isSpaceCode)).toEqual(codes.filter((c) => /\s/.test(String.fromCharCode(c))));
    expect(isSpaceCode(NaN)).toBe(false);
  });
});
