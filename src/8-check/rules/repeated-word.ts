// "директор директор": the same word twice, separated only by spaces (or a line
// break inside one paragraph). Words are letters joined by hyphens, so a
// reduplication ("еле-еле", "что-что") is one word and numbers are never words.
// Legitimate doublings ("да да", "что что бы ни …") are listed in
// grammars/repeated-word.json. The fix deletes the second copy.
import { z } from 'zod';
import type { Fix } from '../../shared/schema/output.js';
import type { Rule } from '../types.js';
import { RULE_TEXT } from '../../shared/messages/rules.js';
import { loadGrammar } from '../../shared/grammar/load.js';
import { fold } from '../../shared/text/normalize.js';
import { LETTER, isBasicLetterCode } from '../../shared/text/chars.js';
import { CodeUnitBuffer } from '../../shared/text/code-units.js';

const RepeatedWordOptions = z.strictObject({
  /** more words that may be doubled in this archive */
  allow: z.array(z.string().min(1)).optional(),
});
type RepeatedWordOptions = z.infer<typeof RepeatedWordOptions>;

const codeUnits = new CodeUnitBuffer();
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
    const grammar = loadGrammar('repeated-word');
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
      // the last word of the previous token (on this line or the one before), as
      // scalars, not an object per token: most lines hold dozens of tokens and only
      // a repeat needs them as Words. -1: that token did not end in a whole word
      let prevFrom = -1;
      let prevEnd = 0;
      let prevKey = 0;
      let prevText = '';
      let prevLine = 0;
      for (let line = block.line; line <= block.endLine; line++) {
        const text = doc.lines[line - 1] ?? '';
        const units = codeUnits.read(text);
        const n = text.length;
        // tokens are the runs between spaces; only neighbours whose letter runs touch
        // the space between them, and whose first letters agree, are read further
        for (let start = 0; start < n; ) {
          let end = start;
          while (end < n && units[end] !== SPACE) end++;
          if (end > start) {
            if (prevFrom >= 0 && isBasicLetterCode(units[start]!) && letterKey(units[start]!) === prevKey) {
              const to = firstWordEnd(units, start, end);
              if (to >= 0 && to - start === prevEnd - prevFrom) {
                const first = prevText.slice(prevFrom, prevEnd);
                const second = text.slice(start, to);
                if (first === second || fold(first) === fold(second)) {
                  report({ text: first, line: prevLine, start: prevFrom, end: prevEnd }, { text: second, line, start, end: to });
                }
              }
            }
            prevFrom = lastWordStart(units, start, end);
            if (prevFrom >= 0) {
              prevEnd = end;
              prevKey = letterKey(units[prevFrom]!);
              prevText = text;
              prevLine = line;
            }
          }
          start = end + 1;
        }
      }
    }
  },
};

const HYPHEN = 0x2d;
const SPACE = 0x20;

/** A letter as fold compares it (isBasicLetterCode's letters only): lower case, ё = е. */
function letterKey(code: number): number {
  if ((code >= 0x410 && code <= 0x42f) || (code >= 65 && code <= 90)) return code + 32;
  return code === 0x401 || code === 0x451 ? 0x435 : code;
}

/**
 * Where the last word of the token units[start..end) starts, when the token ends
 * in a whole word: letters to its end, no hyphen glued before them ("кое-что");
 * else -1.
 */
function lastWordStart(units: Uint16Array, start: number, end: number): number {
  if (!isBasicLetterCode(units[end - 1]!)) return -1;
  let from = end - 1;
  while (from > start && isBasicLetterCode(units[from - 1]!)) from--;
  return from > start && units[from - 1] === HYPHEN ? -1 : from;
}

/**
 * Where the first word of the token units[start..end) (opening with a letter)
 * ends; -1 when a hyphen is glued after it ("что-то"): not a whole word.
 */
function firstWordEnd(units: Uint16Array, start: number, end: number): number {
  let to = start + 1;
  while (to < end && isBasicLetterCode(units[to]!)) to++;
  return to < end && units[to] === HYPHEN ? -1 : to;
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
