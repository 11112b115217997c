// "Ответственный: Иванова И.И., Петров П.П." → ["Иванова И.И.", "Петров П.П."];
// "Ответственные: руководители ОО; заместители директоров по УВР" → two;
// a role after a name stays with it: "Иванова И.И., заместитель директора по УВР".
import { isCapitalCode, isSpaceCode } from '../shared/text/chars.js';

const INITIALS = /[А-ЯЁ]\.\s?[А-ЯЁ]\./u;

export function splitResponsible(value: string): string[] {
  const chunks = splitAtSeparators(value)
    .map((c) => c.trim())
    .filter((c) => c !== '');
  const out: string[] = [];
  for (const c of chunks) {
    const prev = out[out.length - 1];
    // a lower-case chunk right after a person is that person's role
    if (prev !== undefined && /^[а-яё]/.test(c) && INITIALS.test(prev)) out[out.length - 1] = `${prev}, ${c}`;
    else out.push(c);
  }
  return out;
}

/**
 * `value.split(/\s*[;,]\s*|\s+и\s+(?=[А-ЯЁ])/u)` in one forward scan: "," or ";"
 * with the white space around it, or " и " before a capital. The expression,
 * tried at every position of a run of white space, ran to the end of the run
 * each time (quadratic); a separator can only begin where a run begins, and
 * what follows the run decides whether it is one.
 */
export function splitAtSeparators(value: string): string[] {
  const pieces: string[] = [];
  let from = 0;
  let i = 0;
  while (i < value.length) {
    const afterSpace = skipSpace(value, i);
    const c = value[afterSpace];
    let end = -1;
    if (c === ';' || c === ',') end = skipSpace(value, afterSpace + 1);
    else if (afterSpace > i && c === 'и') {
      const next = skipSpace(value, afterSpace + 1);
      if (next > afterSpace + 1 && isCapitalCode(value.charCodeAt(next))) end = next;
    }
    if (end < 0) {
      i = afterSpace + 1;
      continue;
    }
    pieces.push(value.slice(from, i));
    from = i = end;
  }
  pieces.push(value.slice(from));
  return pieces;
}

function skipSpace(text: string, i: number): number {
  while (i < text.length && isSpaceCode(text.charCodeAt(i))) i++;
  return i;
}
