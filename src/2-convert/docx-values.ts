// A .docx is input like any other: its numbers are read as Word would accept
// them and clamped, so a mutated file cannot ask for a label of a billion letters.

/** The w:val attribute, which carries the value of most WordprocessingML properties. */
export const val = (attrs: Record<string, string>) => attrs['w:val'] ?? '';

/** Word's list levels are 0–8 (w:ilvl); another value names no level. */
const MAX_LEVEL = 8;
/** the largest start Word lets one type (w:start, w:startOverride) */
export const MAX_START = 32767;
/** Word's level text holds up to 9 placeholders and a few marks; a longer one is not a label. */
export const MAX_LEVEL_TEXT = 64;

/** A list level 0–8 from an attribute, or null when it is not one. */
export function wordLevel(value: string | undefined): number | null {
  const n = wordInteger(value);
  return n !== null && n >= 0 && n <= MAX_LEVEL ? n : null;
}

/** A start value: an integer clamped to 0–MAX_START, or null when the attribute is not an integer. */
export function wordStart(value: string | undefined): number | null {
  const n = wordInteger(value);
  return n === null ? null : Math.min(Math.max(n, 0), MAX_START);
}

/** ST_DecimalNumber: an optionally signed integer ("2.5", "x", "1e9" are not). */
function wordInteger(value: string | undefined): number | null {
  const s = value?.trim() ?? '';
  return /^[+-]?\d{1,15}$/.test(s) ? Number(s) : null;
}

