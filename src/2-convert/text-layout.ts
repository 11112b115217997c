// The plain-text shape every converter writes for the segmenter: each paragraph
// on its own lines followed by a blank line, as in a typed .txt, its list label
// or "#" heading mark before its first line; a table as consecutive pipe rows
// ("| 1 | Провести совет | до 1 мая |") with a blank line before and after,
// which the segmenter reads as one table with its empty cells kept in place.

import { maxTextChars, textTooLong } from '../shared/limits.js';

export class TextLayout {
  private readonly out: string[] = [];
  private tableOpen = false;
  private length = 0;

  /**
   * `limit`: the longest text the memory budget allows (limits.ts), checked as
   * the text grows, so a ZIP or a page that inflates to far more is refused
   * before it is all held.
   */
  constructor(private readonly limit = maxTextChars()) {}

  /** A paragraph: its lines are trimmed and empty ones dropped; nothing is written for an empty one. */
  paragraph(text: string, mark = ''): void {
    const lines = text.split('\n').map((l) => l.trim()).filter((l) => l !== '');
    if (lines.length === 0) return;
    if (this.tableOpen) {
      this.tableOpen = false;
      this.out.push('');
    }
    if (mark) lines[0] = `${mark} ${lines[0]}`;
    this.push(lines.join('\n'));
    this.out.push('');
  }

  /** Start a table: the rows that follow are one table. */
  table(): void {
    if (this.out.length > 0 && this.out[this.out.length - 1] !== '') this.out.push('');
    this.tableOpen = true;
  }

  row(cells: string[]): void {
    if (cells.length > 0) this.push(pipeRow(cells));
  }

  private push(text: string): void {
    this.length += text.length + 1;
    if (this.length > this.limit) throw textTooLong(this.limit);
    this.out.push(text);
  }

  text(): string {
    const out = this.out;
    while (out.length > 0 && out[out.length - 1] === '') out.pop();
    return out.length > 0 ? `${out.join('\n')}\n` : '';
  }
}

/** "| a | b \| c |": cells squeezed to one line, a literal pipe escaped. */
export function pipeRow(cells: string[]): string {
  return `| ${cells.map((c) => c.replace(/\s+/g, ' ').trim().replace(/\|/g, '\\|')).join(' | ')} |`;
}
