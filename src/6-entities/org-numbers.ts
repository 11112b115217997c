// The numbers of an organisation mention (org-mentions.ts): "№ 9", "№№ 1, 2, 4",
// "(№№1,2,4,29,30,35)", "№ 3, 17 и 28", "№ 5 (вечерняя)", "№№ 1–5". Each step is
// a sticky match at one position, as in the rest of a mention.

const NUMBERS_START = /\s*(\(\s*)?(№№?)\s*/y;
const NUMBER = /(\d{1,4})(?!\d)(?:\s*[-–—]\s*(\d{1,4})(?!\d))?/y;
const NUMBER_NOTE = /\s*\([^()№\n]{1,20}\)/y;
const NUMBER_SEPARATOR = /\s*(?:,|\sи)\s*(?=\d)/y;
const CLOSE_PAREN = /\s*\)/y;
/**
 * "средних школ № 3, 17 и 28", "ДОУ № 4 и 7": numbers joined by "и" after one "№"
 * are a list of organisations, as with "№№"; a count of classes after it is not one.
 */
const CONJOINED_NUMBERS = /(?:\s*,\s*\d{1,4}(?!\d))*\s+и\s+\d{1,4}(?!\d)(?!\s*(?:-?[а-яё]{1,2}\s+)?(?:класс|%))/y;
/** Ranges of school numbers stay short; "№№ 1-500" is not a list of schools. */
const MAX_RANGE = 50;

export interface NumberList {
  numbers: number[];
  /** written with "№№": one organisation per list, not per number */
  listed: boolean;
  end: number;
}

/** The numbers written at `p` after "№" or "№№", or null. */
export function readNumbers(text: string, p: number): NumberList | null {
  NUMBERS_START.lastIndex = p;
  const start = NUMBERS_START.exec(text);
  if (!start) return null;
  const listed = start[2] === '№№';
  const numbers: number[] = [];
  let q = NUMBERS_START.lastIndex;
  for (;;) {
    NUMBER.lastIndex = q;
    const n = NUMBER.exec(text);
    if (!n) break;
    const a = Number(n[1]);
    const b = n[2] ? Number(n[2]) : a;
    if (b > a && b - a <= MAX_RANGE) for (let k = a; k <= b; k++) numbers.push(k);
    else numbers.push(a);
    q = NUMBER.lastIndex;
    if (!listed) {
      const more = conjoinedNumbers(text, q);
      if (more) {
        numbers.push(...more.numbers);
        return { numbers: [...new Set(numbers)], listed: true, end: more.end };
      }
      break;
    }
    NUMBER_NOTE.lastIndex = q;
    if (NUMBER_NOTE.exec(text)) q = NUMBER_NOTE.lastIndex;
    NUMBER_SEPARATOR.lastIndex = q;
    if (!NUMBER_SEPARATOR.exec(text)) break;
    q = NUMBER_SEPARATOR.lastIndex;
  }
  if (!numbers.length) return null;
  if (start[1]) {
    CLOSE_PAREN.lastIndex = q;
    if (CLOSE_PAREN.exec(text)) q = CLOSE_PAREN.lastIndex;
  }
  return { numbers: [...new Set(numbers)], listed, end: q };
}

function conjoinedNumbers(text: string, p: number): { numbers: number[]; end: number } | null {
  CONJOINED_NUMBERS.lastIndex = p;
  const m = CONJOINED_NUMBERS.exec(text);
  return m ? { numbers: (m[0].match(/\d+/g) ?? []).map(Number), end: CONJOINED_NUMBERS.lastIndex } : null;
}
