// Word's list numbers, computed the way Word computes them. The number a reader
// sees ("3.", "2.1.", "б)") is not in the text: it lives in word/numbering.xml.
// Each w:num (numId) points to an abstract definition whose levels give the
// start, the format (decimal, russianLower, upperRoman, …) and the text
// ("%1.%2."); lists that share an abstract definition share their counters — so
// a list goes on counting across plain paragraphs and across other w:num of the
// same definition — unless the w:num restarts a level with w:startOverride
// ("Restart numbering"). A deeper level restarts after each item of a shallower one.
//
// The XML is read with htmlparser2 in XML mode (one streaming pass per part);
// the paragraphs come from docx-body.ts, one per paragraph of the body, in
// document order.
import { Parser } from 'htmlparser2';
import { MAX_LEVEL_TEXT, val, wordLevel, wordStart } from './docx-values.js';

/** A letter label repeats its letter once per turn of the alphabet ("аа" at 29); past 3 turns it is written in digits. */
const MAX_LETTER_TURNS = 3;

export interface ListLabel {
  /** the label as Word shows it ("3.", "2.1.", "б)", "•"); "" for a level that shows nothing */
  text: string;
}

interface Level {
  start: number;
  format: string;
  text: string;
}

interface NumberingDefinitions {
  /** abstractNumId → level (0–8) → definition */
  abstract: Map<string, Map<number, Level>>;
  /** abstractNumId → the style whose numbering it borrows (w:numStyleLink) */
  styleLink: Map<string, string>;
  /** numId → abstractNumId and the levels it restarts */
  nums: Map<string, { abstractId: string; restarts: Map<number, number> }>;
}

/** A paragraph's own numbering properties (docx-body.ts reads them). */
interface ParagraphNumbering {
  numId: string | null;
  level: number | null;
  style: string | null;
}

/** Paragraph styles by id: their name ("heading 1"), and the numbering some carry (Word's "List Number" and the like). */
export type Styles = Map<string, { name: string; numId: string | null; level: number | null; basedOn: string | null }>;

export function readNumberingDefinitions(xml: string): NumberingDefinitions {
  const defs: NumberingDefinitions = { abstract: new Map(), styleLink: new Map(), nums: new Map() };
  let abstractId: string | null = null;
  let level: { ilvl: number; def: Level } | null = null;
  let num: { restarts: Map<number, number>; abstractId: string } | null = null;
  let overrideLevel: number | null = null;
  const parser = new Parser(
    {
      onopentag(name, attrs) {
        if (name === 'w:abstractNum') {
          abstractId = attrs['w:abstractNumId'] ?? null;
          if (abstractId !== null) defs.abstract.set(abstractId, new Map());
        } else if (name === 'w:lvl' && abstractId !== null && !num) {
          // a level that names no level 0–8 is read and dropped
          level = { ilvl: wordLevel(attrs['w:ilvl'] ?? '0') ?? -1, def: { start: 1, format: 'decimal', text: '' } };
        } else if (level && name === 'w:start') level.def.start = wordStart(val(attrs)) ?? level.def.start;
        else if (level && name === 'w:numFmt') level.def.format = val(attrs);
        else if (level && name === 'w:lvlText') level.def.text = val(attrs).length > MAX_LEVEL_TEXT ? '' : val(attrs);
        else if (name === 'w:numStyleLink' && abstractId !== null) defs.styleLink.set(abstractId, val(attrs));
        else if (name === 'w:num') {
          num = { restarts: new Map(), abstractId: '' };
          defs.nums.set(attrs['w:numId'] ?? '', num);
        } else if (num && name === 'w:abstractNumId') num.abstractId = val(attrs);
        else if (num && name === 'w:lvlOverride') overrideLevel = wordLevel(attrs['w:ilvl'] ?? '0');
        else if (num && overrideLevel !== null && name === 'w:startOverride') num.restarts.set(overrideLevel, wordStart(val(attrs)) ?? 1);
      },
      onclosetag(name) {
        if (name === 'w:lvl' && level && abstractId !== null) {
          if (level.ilvl >= 0) defs.abstract.get(abstractId)!.set(level.ilvl, level.def);
          level = null;
        } else if (name === 'w:abstractNum') abstractId = null;
        else if (name === 'w:num') num = null;
        else if (name === 'w:lvlOverride') overrideLevel = null;
      },
    },
    { xmlMode: true },
  );
  parser.end(xml);
  return defs;
}

export function readStyles(xml: string): Styles {
  const styles: Styles = new Map();
  let current: { name: string; numId: string | null; level: number | null; basedOn: string | null } | null = null;
  const parser = new Parser(
    {
      onopentag(name, attrs) {
        if (name === 'w:style') {
          current = { name: '', numId: null, level: null, basedOn: null };
          styles.set(attrs['w:styleId'] ?? '', current);
        } else if (current && name === 'w:name') current.name = val(attrs);
        else if (current && name === 'w:basedOn') current.basedOn = val(attrs);
        else if (current && name === 'w:numId') current.numId = val(attrs);
        else if (current && name === 'w:ilvl') current.level = wordLevel(val(attrs));
      },
      onclosetag(name) {
        if (name === 'w:style') current = null;
      },
    },
    { xmlMode: true },
  );
  parser.end(xml);
  return styles;
}

/** The label of every paragraph (null when it is not in a list), counting as Word does. */
export function listLabels(paragraphs: ParagraphNumbering[], defs: NumberingDefinitions, styles: Styles): (ListLabel | null)[] {
  // current number per level, per list: a w:num that overrides a start is a list of its own,
  // the others share the counters of their abstract definition
  const counters = new Map<string, number[]>();
  return paragraphs.map((p) => {
    const { numId, level } = effectiveNumbering(p, styles);
    if (numId === null || numId === '0') return null; // numId 0 switches numbering off
    const num = defs.nums.get(numId);
    if (!num) return null;
    const abstractId = resolveAbstract(num.abstractId, defs, styles);
    const levels = defs.abstract.get(abstractId);
    const def = levels?.get(level);
    if (!levels || !def) return null;
    const key = num.restarts.size > 0 ? `num ${numId}` : `abstract ${abstractId}`;
    let values = counters.get(key);
    if (!values) counters.set(key, (values = []));
    const startOf = (l: number) => num.restarts.get(l) ?? levels.get(l)?.start ?? 1;
    values[level] = values[level] === undefined ? startOf(level) : values[level]! + 1;
    values.length = level + 1; // deeper levels start again under this item
    // a bullet whose symbol is blank is only an indent (converters use it for a list item's
    // second paragraph): nothing is shown, nothing is written
    if (def.format === 'bullet') return { text: def.text.trim() === '' ? '' : '•' };
    if (def.format === 'none') return { text: '' };
    const text = def.text.replace(/%([1-9])/g, (_, k: string) => {
      const at = Number(k) - 1;
      return formatNumber(values[at] ?? startOf(at), levels.get(at)?.format ?? 'decimal');
    });
    return { text: text.trim() };
  });
}

function effectiveNumbering(p: ParagraphNumbering, styles: Styles): { numId: string | null; level: number } {
  if (p.numId !== null) return { numId: p.numId, level: p.level ?? 0 };
  // numbering given by the paragraph's style, or a style it is based on
  let style = p.style ? styles.get(p.style) : undefined;
  for (let hops = 0; style && hops < 10; hops++) {
    if (style.numId !== null) return { numId: style.numId, level: p.level ?? style.level ?? 0 };
    style = style.basedOn ? styles.get(style.basedOn) : undefined;
  }
  return { numId: null, level: 0 };
}

/** An abstract definition that only links to a numbering style takes that style's definition. */
function resolveAbstract(abstractId: string, defs: NumberingDefinitions, styles: Styles): string {
  const link = defs.styleLink.get(abstractId);
  if (!link) return abstractId;
  const numId = styles.get(link)?.numId;
  const target = numId ? defs.nums.get(numId)?.abstractId : undefined;
  return target && target !== abstractId ? target : abstractId;
}

/** Word skips ё, й, ъ, ы, ь in Russian list letters (the segmenter reads them the same way). */
const RUSSIAN = 'абвгдежзиклмнопрстуфхцчшщэюя';
const LATIN = 'abcdefghijklmnopqrstuvwxyz';

export function formatNumber(n: number, format: string): string {
  switch (format) {
    case 'lowerLetter':
      return letters(n, LATIN);
    case 'upperLetter':
      return letters(n, LATIN).toUpperCase();
    case 'russianLower':
      return letters(n, RUSSIAN);
    case 'russianUpper':
      return letters(n, RUSSIAN).toUpperCase();
    case 'lowerRoman':
      return roman(n).toLowerCase();
    case 'upperRoman':
      return roman(n);
    case 'decimalZero':
      return n < 10 ? `0${n}` : String(n);
    default:
      return String(n);
  }
}

/** 1 → a, 26 → z, 27 → aa, 28 → bb: Word repeats the letter (up to MAX_LETTER_TURNS times, then digits). */
function letters(n: number, alphabet: string): string {
  if (!Number.isInteger(n) || n < 1 || n > alphabet.length * MAX_LETTER_TURNS) return String(n);
  const letter = alphabet[(n - 1) % alphabet.length]!;
  return letter.repeat(Math.floor((n - 1) / alphabet.length) + 1);
}

const ROMAN: [number, string][] = [
  [1000, 'M'], [900, 'CM'], [500, 'D'], [400, 'CD'], [100, 'C'], [90, 'XC'],
  [50, 'L'], [40, 'XL'], [10, 'X'], [9, 'IX'], [5, 'V'], [4, 'IV'], [1, 'I'],
];

function roman(n: number): string {
  if (!Number.isInteger(n) || n < 1 || n > 3999) return String(n);
  let out = '';
  for (const [value, symbol] of ROMAN) {
    while (n >= value) {
      out += symbol;
      n -= value;
    }
  }
  return out;
}
