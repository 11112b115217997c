import { describe, expect, it } from 'vitest';
import { applyFixes, encodeLike } from '../../src/8-check/fix.js';
import { splitLines, joinLines, toSourceColumns } from '../../src/8-check/source.js';
import { decodeBytes } from '../../src/1-decode/decode.js';
import type { Diagnostic } from '../../src/shared/schema/output.js';

describe('applyFixes', () => {
  it('applies fixes right to left on a line and keeps every line ending', () => {
    const text = 'а СОШ№4 и СОШ№5\r\nвторая\rтретья\n';
    const fixes = [
      { line: 1, column: 6, endLine: 1, endColumn: 6, text: ' ' },
      { line: 1, column: 14, endLine: 1, endColumn: 14, text: ' ' },
    ];
    expect(applyFixes(text, fixes)).toBe('а СОШ №4 и СОШ №5\r\nвторая\rтретья\n');
  });

  it('skips a fix that overlaps an earlier one (a later pass takes it) and returns null for no change', () => {
    const text = 'конкурс конкурс конкурс';
    const overlapping = [
      { line: 1, column: 8, endLine: 1, endColumn: 16, text: '' },
      { line: 1, column: 10, endLine: 1, endColumn: 24, text: '' },
    ];
    expect(applyFixes(text, overlapping)).toBe('конкурс конкурс');
    expect(applyFixes(text, [])).toBeNull();
    expect(applyFixes(text, [{ line: 1, column: 1, endLine: 1, endColumn: 1, text: '' }])).toBeNull();
  });
});

describe('source lines', () => {
  it('split and join give back the text byte for byte, whatever the line endings', () => {
    for (const text of ['a\r\nb\nc\rd', 'a\n', '', '\r\n\r\n']) expect(joinLines(splitLines(text))).toBe(text);
  });

  it('columns after a soft hyphen or zero-width space move to the source column', () => {
    const source = splitLines('обыч\u00ADный текст\nДи\u200Bректор СОШ№4');
    // cleaned: "Директор СОШ№4" — "СОШ№4" at columns 10–15, the fix at 13
    const d: Diagnostic = { rule: 'glued-number', severity: 'warning', message: '', line: 2, column: 10, endLine: 2, endColumn: 15, fix: { line: 2, column: 13, endLine: 2, endColumn: 13, text: ' ' }, related: [] };
    // cleaned: "обычный текст" — "текст" at columns 9–14
    const plain: Diagnostic = { ...d, line: 1, endLine: 1, column: 9, endColumn: 14, fix: null };
    const [moved, first] = toSourceColumns([d, plain], source);
    expect(moved).toMatchObject({ column: 11, endColumn: 16, fix: { column: 14, endColumn: 14 } });
    expect(source.lines[1]!.slice(10, 15)).toBe('СОШ№4');
    expect(first).toMatchObject({ column: 10, endColumn: 15 });
    expect(source.lines[0]!.slice(9, 14)).toBe('текст');
  });
});

describe('encodeLike', () => {
  it('re-encodes in the encoding and BOM the decoder reported', async () => {
    const text = 'Решение педагогического совета\r\n';
    for (const [encoding, bom] of [['utf-8', false], ['utf-8', true], ['utf-16le', true], ['utf-16be', true]] as const) {
      const bytes = await encodeLike(text, { encoding, bom });
      const decoded = decodeBytes(bytes);
      expect(decoded).toEqual({ text, encoding, bom });
    }
    const koi = await encodeLike('Решение', { encoding: 'koi8-r', bom: false });
    expect([...koi]).toEqual([0xf2, 0xc5, 0xdb, 0xc5, 0xce, 0xc9, 0xc5]);
  });
});
