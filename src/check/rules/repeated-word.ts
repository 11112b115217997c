// "директор директор": the same word twice, separated only by spaces (or a line
// break inside one paragraph). Words are letters joined by hyphens, so a
// reduplication ("еле-еле", "что-что") is one word and numbers are never words.
// Legitimate doublings ("да да", "что что бы ни …") are listed in
// grammars/repeated-word.json. The fix deletes the second copy.
import { z } from 'zod';
import type { Fix } from '../../schema/output.js';
import type { Rule } from '../types.js';
import { RULE_TEXT } from '../messages.js';
import { loadGrammar } from '../../grammar/load.js';
import { fold } from '../../text/normalize.js';
import { LETTER, isBasicLetterCode } from '../../text/chars.js';

const RepeatedWordGrammar = z.object({
  allowed: z.array(z.string().min(1)),
  allowedBefore: z.record(z.string().min(1), z.array(z.string().min(1))),
});

const RepeatedWordOptions = z.strictObject({
  /** more words that may be doubled in this archive */
  allow: z.array(z.string().min(1)).optional(),
});
type RepeatedWordOptions = z.infer<typeof RepeatedWordOptions>;

const NEXT_WORD = new RegExp(`^ +([${LETTER}]+)`, 'u');

interface Word {
  text: string;
  line: number;
  /** 0-based offsets in the line */
  start: number;
  end: number;
}

export const repeatedWord: Rule<RepeatedWordOptions> = {
  meta: {
    id: 'repeated-word',
    defaultSeverity: 'warn',
    description: RULE_TEXT['repeated-word'].description,
    docs: 'The same word twice in a row, separated only by spaces or a line break inside one paragraph ("директор директор"). Hyphenated reduplications ("еле-еле") are one word; numbers are not words; legitimate doublings are listed in grammars/repeated-word.json. Option: {"allow": ["слово"]}. Autofix: deletes the second copy.',
    fixable: true,
    options: RepeatedWordOptions,
  },
  check(doc, context) {
    const grammar = loadGrammar('repeated-word', RepeatedWordGrammar);
    const allowed = allowedWords(grammar.allowed, context.options?.allow);
    const report = (first: Word, second: Word) => {
      const folded = fold(second.text);
      if (allowed.has(folded)) return;
      const next = nextWord(doc.lines[second.line - 1]!, second.end);
      if (next && grammar.allowedBefore[folded]?.some((e) => fold(e) === next)) return;
      context.report({
        messageId: 'repeated',
        data: { word: second.text },
        line: second.line,
        column: second.start + 1,
        endLine: second.line,
        endColumn: second.end + 1,
        fix: deletion(doc.lines, first, second),
      });
    };
    for (const block of doc.segmented.blocks) {
      if (block.kind === 'table-row') continue; // cells are separated by TABs or pipes: not running text
      // the previous token as four scalars, not an object per token: most lines
      // hold dozens of tokens and only a repeat needs them as Words
      let prevText = '';
      let prevLine = 0;
      let prevStart = 0;
      let prevEnd = -1;
      for (let line = block.line; line <= block.endLine; line++) {
        const text = doc.lines[line - 1] ?? '';
        // tokens are the runs between spaces, read by offsets (no array of pieces,
        // no substring per token); only neighbours whose letter runs touch the space
        // between them, and are as long as each other, are compared
        for (let start = 0; start <= text.length; ) {
          let end = text.indexOf(' ', start);
          if (end < 0) end = text.length;
          if (end > start) {
            if (prevEnd >= 0) {
              const pair = repeatedPair(prevText, prevLine, prevStart, prevEnd, text, line, start, end);
              if (pair) report(pair[0], pair[1]);
            }
            prevText = text;
            prevLine = line;
            prevStart = start;
            prevEnd = end;
          }
          start = end + 1;
        }
      }
    }
  },
};

const HYPHEN = 0x2d;

/** A letter as fold compares it (isBasicLetterCode's letters only): lower case, ё = е. */
function letterKey(code: number): number {
  if ((code >= 0x410 && code <= 0x42f) || (code >= 65 && code <= 90)) return code + 32;
  return code === 0x401 || code === 0x451 ? 0x435 : code;
}

/**
 * The last word of the token x.slice(aStart, aEnd) on line aLine and the first
 * word of the token y.slice(bStart, bEnd) on line bLine, when they are the same word:
 * whole words (no letter or hyphen glued on: "кое-что что", "что что-то" are
 * not repeats), compared case-insensitively with ё = е.
 */
function repeatedPair(x: string, aLine: number, aStart: number, aEnd: number, y: string, bLine: number, bStart: number, bEnd: number): [Word, Word] | null {
  if (!isBasicLetterCode(x.charCodeAt(aEnd - 1)) || !isBasicLetterCode(y.charCodeAt(bStart))) return null;
  let from = aEnd - 1;
  while (from > aStart && isBasicLetterCode(x.charCodeAt(from - 1))) from--;
  if (from > aStart && x.charCodeAt(from - 1) === HYPHEN) return null;
  // most neighbours differ in their first letter: no need to read the second word then
  if (letterKey(x.charCodeAt(from)) !== letterKey(y.charCodeAt(bStart))) return null;
  let to = bStart + 1;
  while (to < bEnd && isBasicLetterCode(y.charCodeAt(to))) to++;
  if (to < bEnd && y.charCodeAt(to) === HYPHEN) return null;
  if (aEnd - from !== to - bStart) return null;
  const first = x.slice(from, aEnd);
  const second = y.slice(bStart, to);
  if (first !== second && fold(first) !== fold(second)) return null;
  return [
    { text: first, line: aLine, start: from, end: aEnd },
    { text: second, line: bLine, start: bStart, end: to },
  ];
}

const allowedCache = new WeakMap<string[], Set<string>>();

function allowedWords(base: string[], extra: string[] | undefined): Set<string> {
  let set = allowedCache.get(base);
  if (!set) {
    set = new Set(base.map(fold));
    allowedCache.set(base, set);
  }
  return extra?.length ? new Set([...set, ...extra.map(fold)]) : set;
}

function nextWord(text: string, from: number): string | null {
  const m = NEXT_WORD.exec(text.slice(from, from + 64));
  return m ? fold(m[1]!) : null;
}

/** Delete the second copy: with the spaces before it on one line; with the spaces after it at a line start. */
function deletion(lines: string[], first: Word, second: Word): Fix {
  if (first.line === second.line) {
    return { line: second.line, column: first.end + 1, endLine: second.line, endColumn: second.end + 1, text: '' };
  }
  const text = lines[second.line - 1]!;
  let end = second.end;
  while (text[end] === ' ') end++;
  return { line: second.line, column: second.start + 1, endLine: second.line, endColumn: end + 1, text: '' };
}
