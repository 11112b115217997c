// A .docx or .html draft has no lines a person can find in Word or a browser.
// Each finding there also names its place as they see it: the item number (or
// the paragraph's count from the top) with its first words, and the line of
// the converted text that `resolve parse --text` prints.
import type { Diagnostic, Task } from '../shared/schema/output.js';
import { uiText } from '../shared/messages/ui.js';
import type { Lang } from '../shared/messages/lang.js';

const FIRST_WORDS = 6;

export function withPlaces(diagnostics: Diagnostic[], lines: readonly string[], tasks: readonly Task[], lang: Lang): Diagnostic[] {
  const paragraphOf = paragraphNumbers(lines);
  return diagnostics.map((d) => {
    const task = tasks.find((t) => t.number && t.line <= d.line && d.line <= t.endLine);
    const place = task ? uiText('itemNo', lang, { n: task.number! }) : uiText('paragraph', lang, { n: paragraphOf[d.line - 1] ?? 1 });
    const words = firstWords(task ? task.text : paragraphText(lines, d.line));
    return { ...d, message: `${d.message} (${uiText('convertedAt', lang, { place, words, line: d.line })})` };
  });
}

/** for each line, the number of its paragraph (blocks between blank lines), counted from 1 */
function paragraphNumbers(lines: readonly string[]): number[] {
  const numbers: number[] = [];
  let n = 0;
  let inParagraph = false;
  for (const line of lines) {
    const blank = line.trim() === '';
    if (!blank && !inParagraph) n++;
    inParagraph = !blank;
    numbers.push(Math.max(n, 1));
  }
  return numbers;
}

function paragraphText(lines: readonly string[], line: number): string {
  let start = line - 1;
  while (start > 0 && lines[start - 1]!.trim() !== '') start--;
  return lines.slice(start, line).join(' ');
}

function firstWords(text: string): string {
  return text.replace(/^[\s|#>*-]+/, '').split(/\s+/).slice(0, FIRST_WORDS).join(' ');
}
