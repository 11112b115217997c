// HTML → the plain text the segmenter reads, in one streaming pass (htmlparser2's
// callbacks, no DOM), so it is linear in the input. Every block element becomes
// its own paragraph (text-layout.ts); list items get the label a reader sees
// ("1.", "2.1.", "•"); a table becomes pipe rows; <h1>–<h6> become "#" headings.
// The <head> is not document text, but its <title> is kept aside: a page may
// date its document only there ("Протокол № 3 от 15.03.2024 — Гимназия № 5").
import { Parser } from 'htmlparser2';
import { TextLayout } from './text-layout.js';
import { NestingGuard } from './nesting.js';

const BLOCK = new Set([
  'address', 'article', 'aside', 'blockquote', 'body', 'center', 'dd', 'div', 'dl', 'dt', 'fieldset',
  'figcaption', 'figure', 'footer', 'form', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'header', 'hr', 'html',
  'li', 'main', 'nav', 'ol', 'p', 'pre', 'section', 'table', 'ul',
]);
/** Content that is not document text. */
const SKIP = new Set(['head', 'script', 'style', 'template', 'noscript', 'svg', 'math', 'object', 'iframe']);
const HEADING = /^h([1-6])$/;
/** HTML white space only: NBSP is text (cleanSource turns it into a space later). */
const HTML_SPACE = /[ \t\n\r\f]+/g;

interface List {
  ordered: boolean;
  counter: number;
  /** the labels of the ordered lists around this one, "2.1.", built once when the list opens */
  prefix: string;
}

export function htmlToText(html: string): string {
  return convertHtml(html).text;
}

export interface HtmlPage {
  text: string;
  /** the text of the page's <title>, white space squeezed; null without one */
  pageTitle: string | null;
}

export function convertHtml(html: string): HtmlPage {
  const layout = new TextLayout();
  let pageTitle = null as string | null;
  let inTitle = false;
  const lists: List[] = [];
  let block = ''; // inline text of the current block; "\n" for <br>
  let label = ''; // the label waiting for the current list item's first line
  let heading = 0;
  let skip = 0;
  let pre = 0;
  let tableDepth = 0;
  let row: string[] | null = null;
  let cell: string | null = null;
  const nesting = new NestingGuard('HTML');

  const flush = () => {
    if (block.trim() !== '') {
      layout.paragraph(block, label || (heading ? '#'.repeat(heading) : ''));
      label = '';
    }
    block = '';
  };
  const addText = (text: string) => {
    if (cell !== null) cell += text;
    else block += text;
  };

  const parser = new Parser(
    {
      onopentag(name, attrs) {
        if (name === 'title' && pageTitle === null) inTitle = true;
        nesting.open();
        if (skip || SKIP.has(name)) {
          skip++;
          return;
        }
        if (tableDepth > 0 && name !== 'table') {
          // inside a table every structure is inline: rows and cells of the outer table only
          if (tableDepth === 1 && name === 'tr') row = [];
          else if (tableDepth === 1 && (name === 'td' || name === 'th') && row) cell = '';
          else if (name === 'br' || name === 'td' || name === 'th' || BLOCK.has(name)) addText(' ');
          return;
        }
        if (name === 'table') {
          if (tableDepth++ === 0) {
            flush();
            layout.table();
          } else addText(' ');
          return;
        }
        if (name === 'br') return void (block += '\n');
        if (name === 'pre') pre++;
        if (!BLOCK.has(name)) return;
        flush();
        const h = HEADING.exec(name);
        if (h) heading = Number(h[1]);
        if (name === 'ol' || name === 'ul') {
          const start = Number.parseInt(attrs.start ?? '1', 10);
          lists.push({ ordered: name === 'ol', counter: Number.isFinite(start) ? start - 1 : 0, prefix: outerLabels(lists) });
        } else if (name === 'li') {
          label = itemLabel(lists);
          // .docx converters such as mammoth render footnotes as a numbered list at the end: "[1]",
          // as the reference in the text reads, so they are never mistaken for numbered items
          if (/^(?:foot|end)note-\d+$/.test(attrs.id ?? '')) label = `[${label.replace(/\.$/, '')}]`;
        }
      },
      ontext(text) {
        if (inTitle) pageTitle = (pageTitle ?? '') + text;
        if (skip) return;
        addText(pre ? text : text.replace(HTML_SPACE, ' '));
      },
      onclosetag(name) {
        if (name === 'title') inTitle = false;
        nesting.close();
        if (skip) {
          skip--;
          return;
        }
        if (tableDepth > 0) {
          if (name === 'table') {
            if (--tableDepth === 0) row = cell = null;
            else addText(' ');
          } else if (tableDepth === 1 && (name === 'td' || name === 'th') && row && cell !== null) {
            row.push(cell);
            cell = null;
          } else if (tableDepth === 1 && name === 'tr' && row) {
            layout.row(row);
            row = null;
          }
          return;
        }
        if (name === 'pre') pre = Math.max(0, pre - 1);
        if (!BLOCK.has(name)) return;
        flush();
        if (HEADING.test(name)) heading = 0;
        if (name === 'ol' || name === 'ul') lists.pop();
        if (name === 'li') label = '';
      },
    },
    { decodeEntities: true, lowerCaseTags: true },
  );
  parser.end(html);
  flush();
  const title = pageTitle?.replace(/\s+/g, ' ').trim().slice(0, 1000) || null;
  return { text: layout.text(), pageTitle: title };
}

/** "1.", "2.1." for ordered lists (outer counters joined), "•" in a bulleted list. */
function itemLabel(lists: List[]): string {
  const list = lists[lists.length - 1];
  if (!list) return '';
  list.counter++;
  return list.ordered ? `${list.prefix}${list.counter}.` : '•';
}

/**
 * The label path a list opened now sits under. An outer list's counter cannot
 * move while an inner one is open (an item always counts in the innermost list),
 * so it is built once per list rather than once per item from the whole stack.
 */
function outerLabels(lists: List[]): string {
  const parent = lists[lists.length - 1];
  if (!parent) return '';
  return parent.ordered ? `${parent.prefix}${parent.counter}.` : parent.prefix;
}
