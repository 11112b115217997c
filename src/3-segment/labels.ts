// List labels as Russian official documents write them, including the shapes
// that Markdown does not know: "1)" and "1)." and "3).", "а)", "- 1.", "-Текст"
// with no space, "II.Цель", "1.Утвердить". Every pattern is anchored at the
// start of the line with bounded repetition, so it is linear on any input.

export type LabelStyle = 'number' | 'letter' | 'roman' | 'bullet';

export interface Label {
  /** the label as it names the item: "1", "2.3.1", "а", "III"; null for a bare bullet */
  value: string | null;
  style: LabelStyle;
  /** the whole marker as written, e.g. "1).", "- 1.", "•", "а)" */
  marker: string;
  /** the bullet character when the line starts with one ("-", "•", "–" …) */
  bullet: string | null;
  /** label components: "2.3.1" → 3; 1 for letters, romans, bullets */
  depth: number;
  /** characters consumed from the start of the (de-indented) line, spaces after included */
  length: number;
}

const BULLETS = '-–—•·▪●○◦►✓*';
// "- 1." / "• 2)" — a bullet followed by a number label (seed 002 writes "- 1. Принять")
const BULLET_CHAR = /^([-–—•·▪●○◦►✓*])(?=\s*\d{1,3}[.)]\s)/;
const NUMBER = /^(\d{1,3}(?:\.\d{1,3}){0,5})(\)\.|\.\)|\.|\))(?=\s|$|[^\s\d.,:])/;
// "2.3.1 Текст": nested labels are often written without the closing dot
const NUMBER_NESTED_BARE = /^(\d{1,3}(?:\.\d{1,3}){1,5})()(?=\s+[А-ЯЁA-Zа-яё«"])/;
const LETTER_PAREN = /^([а-яёa-z])\)\.?/i;
const LETTER_DOT = /^([а-яё])\.(?=\s)/; // lower case only: "С. А. Костикова" is a name
/**
 * "г. Озёрск", "с. Кирилловка", "п. Южный", "д. Ивановка", "х. Лесной": the
 * abbreviation of a settlement before its name, not a list label. A label
 * "г." opens a task with a verb ("г. Провести …"), a name is a noun: the
 * settlement's name is a capitalised word that does not end like an infinitive.
 */
const SETTLEMENT = /^[гспдх]\.\s+[А-ЯЁ][а-яё-]*(?<!ть|ти|чь)(?=[\s,.;:]|$)/u;
const ROMAN = /^((?:X{0,3})(?:IX|IV|V?I{0,3}))(\.|\)|\)\.)(?=\s|[А-ЯЁA-Zа-яё])/;
const SPACES = /^\s*/;

/** A date or decimal at line start is not a list label: "28.08.2024 г.", "25. 02 .2022 г.", "3.5 млн". */
const NOT_A_LABEL = /^\d{1,2}\s?\.\s?\d{1,2}\s?\.\s?\d{2,4}|^\d+[.,]\d+\s*(?:%|млн|млрд|тыс|руб|час|ч\b)/i;

/**
 * Word's plain-text export draws a bulleted list's deeper levels with a glyph of
 * the bullet font and a TAB: "o\tПровести …" (Courier New's circle), "§\tобеспечить
 * …" (Wingdings "▪"), or the Symbol font's private code points. A glyph alone before
 * a TAB is a bullet, never the first cell of a table. A Latin "o" never opens a
 * Russian word, so before spaces it is that bullet too (the Cyrillic preposition
 * "о" is a word, and before a TAB the first cell of a row).
 */
const WIKI_BULLET = /^(\*{2,6})\s+/;
const WORD_BULLET = /^(?:([o§\uF0A7\uF0B7\uF0D8\uF076])\t+|o +)(?=\S)/;
const WORD_GLYPHS = /^[o§\uF0A7\uF0B7\uF0D8\uF076]$/;

/** A bullet of Word's text export ("o", "§" …): an item even where TABs follow it. */
export function isWordBullet(label: Label): boolean {
  return label.style === 'bullet' && WORD_GLYPHS.test(label.marker);
}

export function readLabel(line: string): Label | null {
  const word = WORD_BULLET.exec(line);
  if (word) {
    const glyph = word[1] ?? 'o';
    return { value: null, style: 'bullet', marker: glyph, bullet: glyph, depth: 1, length: word[0].length };
  }
  let rest = line;
  let consumed = 0;
  let bullet: string | null = null;

  const first = rest[0];
  if (first !== undefined && BULLETS.includes(first)) {
    // wiki markup nests bullets by repeating the star ("** подпункт"); "**bold**" has no space after
    const stars = WIKI_BULLET.exec(rest);
    if (stars) return { value: null, style: 'bullet', marker: stars[1]!, bullet: '*', depth: 1, length: stars[0].length };
    if (first === '*' && rest[1] === '*') return null; // **bold**
    if (first === '*' && !/^\*\s/.test(rest)) return null; // *italic*
    if (/^([-–—*_])\1{2,}\s*$/.test(rest)) return null; // --- thematic break
    bullet = first;
    if (BULLET_CHAR.test(rest)) {
      const ws = SPACES.exec(rest.slice(1))![0].length;
      rest = rest.slice(1 + ws);
      consumed = 1 + ws;
    } else {
      // "-Рекомендовать" (no space) and "- текст" are both bullets; "-5" is a number
      if (/^[-–—]\d/.test(rest)) return null;
      const ws = SPACES.exec(rest.slice(1))![0].length;
      return { value: null, style: 'bullet', marker: first, bullet, depth: 1, length: 1 + ws };
    }
  }

  if (NOT_A_LABEL.test(rest)) return bullet ? bulletOnly(bullet, consumed) : null;

  const number = NUMBER.exec(rest) ?? bareNested(rest);
  if (number) {
    const value = number[1]!;
    const marker = line.slice(0, consumed) + number[0];
    const after = SPACES.exec(rest.slice(number[0].length))![0].length;
    return {
      value,
      style: 'number',
      marker: marker.replace(/\s+/g, ' '),
      bullet,
      depth: value.split('.').length,
      length: consumed + number[0].length + after,
    };
  }
  if (bullet) return bulletOnly(bullet, consumed);

  const letter = LETTER_PAREN.exec(rest) ?? (SETTLEMENT.test(rest) ? null : LETTER_DOT.exec(rest));
  if (letter) {
    const after = SPACES.exec(rest.slice(letter[0].length))![0].length;
    return {
      value: letter[1]!.toLowerCase(),
      style: 'letter',
      marker: letter[0],
      bullet: null,
      depth: 1,
      length: letter[0].length + after,
    };
  }

  const roman = ROMAN.exec(rest);
  if (roman && roman[1]) {
    const after = SPACES.exec(rest.slice(roman[0].length))![0].length;
    return { value: roman[1], style: 'roman', marker: roman[0], bullet: null, depth: 1, length: roman[0].length + after };
  }
  return null;
}

/** "2.3.1 Текст" is a label; "10.30 Регистрация" and "09.00 Открытие" are clock times. */
function bareNested(text: string): RegExpExecArray | null {
  const m = NUMBER_NESTED_BARE.exec(text);
  if (!m) return null;
  const parts = m[1]!.split('.');
  if (parts.some((p) => p.length > 1 && p.startsWith('0'))) return null;
  if (parts.length === 2 && parts[1]!.length === 2) return null;
  return m;
}

function bulletOnly(bullet: string, consumed: number): Label {
  return { value: null, style: 'bullet', marker: bullet, bullet, depth: 1, length: consumed };
}

const ROMAN_VALUES: Record<string, number> = { I: 1, V: 5, X: 10 };

/** "XIV" → 14; used to check roman numbering continuity. */
export function romanToNumber(roman: string): number {
  let total = 0;
  for (let i = 0; i < roman.length; i++) {
    const v = ROMAN_VALUES[roman[i]!] ?? 0;
    const next = ROMAN_VALUES[roman[i + 1]!] ?? 0;
    total += v < next ? -v : v;
  }
  return total;
}

const LETTERS = 'абвгдежзиклмнопрстуфхцчшщэюя';

/** "в" → 3 (Russian list letters skip ё, й, ъ, ы, ь); Latin letters by alphabet. */
export function letterToNumber(letter: string): number {
  const i = LETTERS.indexOf(letter);
  if (i >= 0) return i + 1;
  const code = letter.charCodeAt(0);
  return code >= 97 && code <= 122 ? code - 96 : 0;
}

// What a label says about the list it is in, for everyone who groups items
// (5-structure/list-tree.ts nests them, for task paths and for check alike).

const BULLET_FIRST = /^[-–—•·▪●○◦►✓*]/;
const DIGITS = /^\d+$/;
const ROMAN_LABEL = /^[IVXLC]+$/;

/** The ordinal of a label: "3" → 3, "2.4" → 4, "в" → 3, "IV" → 4; null without one. */
export function labelOrdinal(label: string | null): number | null {
  if (!label) return null;
  const last = label.slice(label.lastIndexOf('.') + 1);
  if (DIGITS.test(last)) return Number(last);
  if (ROMAN_LABEL.test(last)) return romanToNumber(last);
  const n = letterToNumber(last);
  return n > 0 ? n : null;
}

/** The head of a compound number label: "2" of "2.1", "1.2" of "1.2.3"; '' for "2". */
export function compoundHead(label: string): string {
  return label.slice(0, Math.max(0, label.lastIndexOf('.')));
}

/** A label as the segmenter gives it with its block. */
export interface WrittenLabel {
  label: string | null;
  labelStyle: LabelStyle | null;
  marker: string | null;
  depth: number;
}

/**
 * Items of one list share a signature: "1." → "n.", "1)" and "3)." → "n)", "- 1."
 * → "bn.", "1.1." → "n.n.", "а)" → "a)", "•"/"-" → "b", "II." → "R"; null without a marker.
 */
export function markerSignature(l: WrittenLabel): string | null {
  if (!l.marker) return null;
  const close = l.marker.includes(')') ? ')' : '.';
  switch (l.labelStyle) {
    case 'bullet':
      return bulletSignature(l.marker);
    case 'number':
      return `${BULLET_FIRST.test(l.marker) ? 'b' : ''}${l.depth > 0 ? `n${'.n'.repeat(l.depth - 1)}` : ''}${close}`;
    case 'letter':
      return `a${close}`;
    case 'roman':
      return 'R';
    default:
      return null;
  }
}

/**
 * A list drawn with bullets changes glyph from level to level (Word: "•", "o",
 * "▪"; wiki markup: "*", "**"): each glyph is a list of its own. Dashes are
 * written interchangeably ("-", "–", "—") and stay one list.
 */
function bulletSignature(marker: string): string {
  const glyph = marker.trim();
  if (/^[-–—]$/.test(glyph)) return 'b';
  return glyph === '•' || glyph === '·' || glyph === '●' ? 'b•' : `b${glyph}`;
}

/** "3)." → "N).", "- 1." → "-N.": the way a label is written, without its value. */
export function markerShape(l: WrittenLabel): string {
  if (!l.marker || l.label === null) return '';
  return l.marker.replace(/\s+/g, '').replace(l.label, 'N');
}
