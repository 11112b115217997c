// Numbers glued to their neighbours, against the rule that a number and the
// word or sign around it are separated by a space:
//  - a word glued to the sign №: "СОШ№4" → "СОШ №4";
//  - a number glued to "г." — a year ("2023г." → "2023 г.") or a town after a
//    number ("№ 5г. Канска" → "№ 5 г. Канска"). A class letter ("5г класс",
//    no dot) and grams ("5гр.") are not matched.
// The fix inserts one space, so it changes nothing else.
import type { Finding, Rule } from '../types.js';
import { RULE_TEXT } from '../../shared/messages/rules.js';
import { A_LETTER as LETTER, LETTER as LETTER_CLASS } from '../../shared/text/chars.js';
import { execAll } from '../../shared/text/matches.js';

// Patterns start with a literal or a digit so the scan is fast; the
// neighbours are then checked by hand, a bounded number of characters away.
const SIGN = /№/g;
const NUMBER_ABBR = /(\d{1,4})(гг?\.)/g;
const TOWN_AFTER = /^ ?[А-ЯЁ]/;
const LETTER_OR_DIGIT = new RegExp(`[${LETTER_CLASS}\\d]`, 'u');
/** How far back a word glued to № is shown in the message. */
const MAX_WORD = 40;

export const gluedNumber: Rule = {
  meta: {
    id: 'glued-number',
    defaultSeverity: 'warn',
    description: RULE_TEXT['glued-number'].description,
    docs: 'A word glued to the sign № ("СОШ№4") or a number glued to "г." ("2023г.", "№ 5г. Канска"). Autofix: inserts the missing space.',
    fixable: true,
  },
  check(doc, context) {
    doc.lines.forEach((text, i) => {
      if (!text.includes('№') && !text.includes('г.')) return;
      for (const f of findGlued(text, i + 1)) context.report(f);
    });
  },
};

function findGlued(text: string, line: number): Finding[] {
  const findings: Finding[] = [];
  for (const m of execAll(SIGN, text)) {
    const sign = m.index;
    if (sign === 0 || !LETTER.test(text[sign - 1]!)) continue;
    let start = sign - 1;
    while (start > 0 && sign - start < MAX_WORD && LETTER.test(text[start - 1]!)) start--;
    let end = sign + 1;
    if (text[end] === ' ') end++;
    const digits = end;
    while (end < text.length && end - digits < 6 && text.charCodeAt(end) >= 48 && text.charCodeAt(end) <= 57) end++;
    if (end === digits) end = sign + 1; // no number after the sign: show the word and the sign only
    findings.push(glue('beforeSign', text.slice(start, end), line, start, sign));
  }
  for (const m of execAll(NUMBER_ABBR, text)) {
    const digits = m[1]!;
    const abbrEnd = m.index + m[0].length;
    // a whole number ("12345г." is not a year) and a whole abbreviation ("г.Канска" is fine, "г.р." is not ours)
    if (m.index > 0 && LETTER_OR_DIGIT.test(text[m.index - 1]!)) continue;
    if (abbrEnd < text.length && LETTER.test(text[abbrEnd]!)) continue;
    const year = digits.length === 4;
    if (!year && (m[2] !== 'г.' || !TOWN_AFTER.test(text.slice(abbrEnd, abbrEnd + 2)))) continue;
    const town = text[abbrEnd] === ' ' ? abbrEnd + 1 : abbrEnd;
    const shown = year ? m[0] : text.slice(m.index, town + wordLength(text, town));
    findings.push(glue('afterNumber', shown, line, m.index, m.index + digits.length));
  }
  return findings.sort((a, b) => a.column - b.column);
}

/** A finding over the glued token whose fix inserts a space at `gap` (0-based offsets). */
function glue(messageId: string, shown: string, line: number, start: number, gap: number): Finding {
  return {
    messageId,
    data: { text: shown },
    line,
    column: start + 1,
    endLine: line,
    endColumn: start + shown.length + 1,
    fix: { line, column: gap + 1, endLine: line, endColumn: gap + 1, text: ' ' },
  };
}

function wordLength(text: string, from: number): number {
  let n = 0;
  while (from + n < text.length && LETTER.test(text[from + n]!)) n++;
  return n;
}
