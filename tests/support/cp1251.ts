// Text → windows-1251 bytes, for archives as old Windows machines wrote them.
// The table is TextDecoder's own, inverted; a character windows-1251 lacks
// becomes "?", as it did when those files were saved.
const TABLE = (() => {
  const decoder = new TextDecoder('windows-1251');
  const map = new Map<string, number>();
  for (let b = 0x80; b <= 0xff; b++) map.set(decoder.decode(new Uint8Array([b])), b);
  return map;
})();

export function toCp1251(text: string): Buffer {
  const out: number[] = [];
  for (const c of text) {
    const code = c.codePointAt(0)!;
    out.push(code < 0x80 ? code : (TABLE.get(c) ?? 0x3f));
  }
  return Buffer.from(out);
}
