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

const RepeatedWordGrammar = z.object({
  allowed: z.array(z.string().min(1)),
  allowedBefore: z.record(z.string().min(1), z.array(z.string().min(1))),
});

const RepeatedWordOptions = z.strictObject({
  /** more words that may be doubled in this archive */
  allow: z.array(z.string().min(1)).optional(),
});
type RepeatedWordOptions = z.infer<typeof RepeatedWordOptions>;

const WORD = /\p{L}+(?:-\p{L}+)*/gu;
const SPACES = /^ +$/;
const BLANK = /^\s*$/;
const NEXT_WORD = /^ +(\p{L}+)/u;

interface Word {
  folded: string;
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
    for (const block of doc.segmented.blocks) {
      if (block.kind === 'table-row') continue; // cells are separated by TABs or pipes: not running text
      let previous: Word | null = null;
      for (let line = block.line; line <= block.endLine; line++) {
        const text = doc.lines[line - 1] ?? '';
        for (const m of text.matchAll(WORD)) {
          const word: Word = { folded: fold(m[0]), text: m[0], line, start: m.index, end: m.index + m[0].length };
          if (previous && word.folded === previous.folded && adjacent(doc.lines, previous, word) && !allowed.has(word.folded)) {
            const next = nextWord(text, word.end);
            const exceptions = grammar.allowedBefore[word.folded];
            if (!(next && exceptions?.some((e) => fold(e) === next))) {
              context.report({
                messageId: 'repeated',
                data: { word: m[0] },
                line,
                column: word.start + 1,
                endLine: line,
                endColumn: word.end + 1,
                fix: deletion(doc.lines, previous, word),
              });
            }
          }
          previous = word;
        }
      }
    }
  },
};

const allowedCache = new WeakMap<string[], Set<string>>();

function allowedWords(base: string[], extra: string[] | undefined): Set<string> {
  let set = allowedCache.get(base);
  if (!set) {
    set = new Set(base.map(fold));
    allowedCache.set(base, set);
  }
  return extra?.length ? new Set([...set, ...extra.map(fold)]) : set;
}

/** Only spaces between the two words, or a line break with nothing else around it. */
function adjacent(lines: string[], a: Word, b: Word): boolean {
  if (a.line === b.line) return SPACES.test(lines[a.line - 1]!.slice(a.end, b.start));
  return b.line === a.line + 1 && BLANK.test(lines[a.line - 1]!.slice(a.end)) && BLANK.test(lines[b.line - 1]!.slice(0, b.start));
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
