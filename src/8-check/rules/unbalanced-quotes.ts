// «Ёлочки» must pair up inside a paragraph and nest properly with parentheses.
// Russian typography (Розенталь) allows one » to close a quote and the quote
// inside it when both end at the same place: «Практика … проекта «500+» is
// correct, so an outer « whose inner quote was closed is not reported. A »
// that closes a quote opened before a still-open "(" means the two overlap:
// «Форум … связей (Чернова …, СОШ№4 имени Г.К.Жукова»);
import type { Finding, Rule } from '../types.js';
import { RULE_TEXT } from '../../shared/messages/rules.js';
import { CodeUnitBuffer } from '../../shared/text/code-units.js';

/** Only these characters matter: lines without any are skipped. */
const MARKS = /[«»()"]/;

interface Open {
  char: '«' | '(';
  line: number;
  column: number;
  /** an inner «…» ended here: a single » may have closed both */
  innerClosed: boolean;
  /** order of opening */
  seq: number;
}

export const unbalancedQuotes: Rule = {
  meta: {
    id: 'unbalanced-quotes',
    defaultSeverity: 'error',
    description: RULE_TEXT['unbalanced-quotes'].description,
    docs: 'In one paragraph every « has its », quotes and parentheses do not overlap, and straight quotes " come in pairs. One » may close two quotes that end together («Практика … «500+»), as Russian typography allows.',
    fixable: false,
  },
  check(doc, context) {
    for (const block of doc.segmented.blocks) {
      for (const finding of checkBlock(doc.lines, block.line, block.endLine)) context.report(finding);
    }
  },
};

/** What a block without any mark gives: most blocks, so they allocate nothing. */
const NO_FINDINGS: readonly Finding[] = Object.freeze([]);

const codeUnits = new CodeUnitBuffer();

function checkBlock(lines: string[], first: number, last: number): readonly Finding[] {
  let from = first;
  while (from <= last && !MARKS.test(lines[from - 1] ?? '')) from++;
  if (from > last) return NO_FINDINGS;
  const findings: Finding[] = [];
  // open « and ( on stacks of their own: every removal takes the last of its kind,
  // so each mark is pushed and popped once (linear even for 200,000 of them);
  // `seq` tells which of the two was opened last
  const quotes: Open[] = [];
  const parens: Open[] = [];
  let seq = 0;
  let straight = 0;
  let lastStraight: { line: number; column: number } | null = null;
  const at = (messageId: string, quote: string, line: number, column: number): Finding => ({
    messageId,
    data: { quote },
    line,
    column,
    endLine: line,
    endColumn: column + 1,
  });
  /** the innermost open mark is a « */
  const quoteOnTop = () => quotes.length > 0 && (parens.length === 0 || quotes[quotes.length - 1]!.seq > parens[parens.length - 1]!.seq);

  for (let line = from; line <= last; line++) {
    const text = lines[line - 1] ?? '';
    if (!MARKS.test(text)) continue;
    const units = codeUnits.read(text);
    for (let i = 0; i < text.length; i++) {
      // by code first: text[i] would make a string of every Cyrillic letter
      const code = units[i]!;
      if (code !== 0xab && code !== 0xbb && code !== 0x28 && code !== 0x29 && code !== 0x22) continue;
      const c = text[i];
      const column = i + 1;
      if (c === '«' || c === '(') {
        (c === '«' ? quotes : parens).push({ char: c, line, column, innerClosed: false, seq: seq++ });
      } else if (c === '»') {
        if (quoteOnTop()) {
          quotes.pop();
          if (quoteOnTop()) quotes[quotes.length - 1]!.innerClosed = true;
        } else if (quotes.length === 0) {
          findings.push(at('unopened', '»', line, column));
        } else {
          findings.push(at('crossed', '»', line, column));
          quotes.pop();
        }
      } else if (c === ')') {
        // a ")" with no "(" is a list label inside the text ("в) …"): not ours
        parens.pop();
      } else if (c === '"') {
        straight++;
        lastStraight = { line, column };
      }
    }
  }
  for (const open of quotes) {
    if (!open.innerClosed) findings.push(at('unclosed', '«', open.line, open.column));
  }
  if (straight % 2 === 1 && lastStraight) findings.push(at('straight', '"', lastStraight.line, lastStraight.column));
  return findings.sort((a, b) => a.line - b.line || a.column - b.column);
}
