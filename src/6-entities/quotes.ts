// Quoted names and titles in a block, nested as written: «Практика … проекта «500+»».
// Writers often drop the last of two closing quotes («… проекта «500+». Чулков …),
// so a quote still open at the end of the block closes where its last inner
// quote closed. One pass, a stack: linear in the block.

export interface Quote {
  /** offset of the opening quote character */
  start: number;
  /** offset just after the closing quote character */
  end: number;
  /** the text inside, as written */
  inner: string;
  /** 0 for a quote not inside another */
  depth: number;
  /** closed by its own quote character (not repaired) */
  closed: boolean;
}

const QUOTE_CHARS = /[«»„"“”]/g;
const OPENS_AFTER = /[\s(\[«„-]/;

export function findQuotes(text: string): Quote[] {
  const out: Quote[] = [];
  const stack: { start: number; lastChildEnd: number }[] = [];
  // exec by lastIndex: the regex engine finds the next quote faster than a loop
  // over char codes, and makes no iterator as matchAll does
  QUOTE_CHARS.lastIndex = 0;
  for (let m = QUOTE_CHARS.exec(text); m; m = QUOTE_CHARS.exec(text)) {
    const i = m.index;
    const c = m[0];
    let opens = c === '«' || c === '„';
    let closes = c === '»';
    if (!opens && !closes) {
      // a straight or curly double quote opens after a space or an opening bracket
      const prev = i === 0 ? ' ' : text[i - 1]!;
      opens = OPENS_AFTER.test(prev) || (c === '“' && !stack.length);
      closes = !opens;
    }
    if (opens) stack.push({ start: i, lastChildEnd: -1 });
    else if (closes && stack.length) {
      const q = stack.pop()!;
      const depth = stack.length;
      out.push({ start: q.start, end: i + 1, inner: text.slice(q.start + 1, i), depth, closed: true });
      if (stack.length) stack[stack.length - 1]!.lastChildEnd = i + 1;
    }
  }
  while (stack.length) {
    const q = stack.pop()!;
    const end = q.lastChildEnd > 0 ? q.lastChildEnd : sentenceEnd(text, q.start + 1);
    out.push({ start: q.start, end, inner: text.slice(q.start + 1, end), depth: stack.length, closed: false });
    if (stack.length && stack[stack.length - 1]!.lastChildEnd < end) stack[stack.length - 1]!.lastChildEnd = end;
  }
  return out.sort((a, b) => a.start - b.start);
}

/** The text without its quote characters: «Радуга» → Радуга. */
export function withoutQuoteMarks(text: string): string {
  return text.replace(QUOTE_CHARS, '');
}

/** An unclosed quote with no inner quote runs to the end of its sentence. */
function sentenceEnd(text: string, from: number): number {
  const m = /[.!?](?=\s+[А-ЯЁA-Z]|\s*$)|\n\s*\n/.exec(text.slice(from));
  return m ? from + m.index : text.length;
}

/**
 * Longer than this, a quote is a passage, not a name or a title. Readers that
 * squeeze a quote's text skip such quotes: a « left open runs to the end of its
 * block, and 200,000 of them would otherwise be read 200,000 times over.
 */
export const MAX_NAME_LENGTH = 1000;

export function isNameSized(q: Quote): boolean {
  return q.end - q.start <= MAX_NAME_LENGTH;
}

/** The quotes not inside another quote. */
export function topLevel(quotes: Quote[]): Quote[] {
  return quotes.filter((q) => q.depth === 0);
}
