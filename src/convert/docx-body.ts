// The body of a Word document (word/document.xml) as paragraphs and tables, in
// one streaming pass with htmlparser2 in XML mode (no DOM), so it is linear in
// the part. What a reader sees is kept; what Word stores beside it is not:
//   - text of runs (w:t), tabs and line breaks; a non-breaking hyphen as "-";
//   - deleted and moved-away text of tracked changes (w:del, w:moveFrom) and
//     field codes (w:instrText) are not text; inserted text (w:ins) is;
//   - of mc:AlternateContent only mc:Fallback is read (mc:Choice holds the
//     same content again, drawn another way);
//   - a text box's paragraphs (w:txbxContent) follow the paragraph they sit in;
//   - a table at the top level becomes rows of cells; a table nested in a cell
//     becomes part of that cell's text;
//   - a footnote or endnote reference becomes "[n]", numbered in the order the
//     references appear, as Word shows them.
// Every paragraph keeps its numbering properties and style, in document order,
// for Word's list labels (docx-numbering.ts) and heading marks.
import { Parser } from 'htmlparser2';
import { val, wordLevel } from './docx-values.js';
import { NestingGuard } from './nesting.js';

export interface BodyParagraph {
  numId: string | null;
  level: number | null;
  style: string | null;
  text: string;
}

/** What the body holds, in order: a paragraph, or a table of cells that are each a list of paragraphs. */
export type BodyItem = { kind: 'paragraph'; paragraph: BodyParagraph } | { kind: 'table'; rows: BodyParagraph[][][] };

export interface Body {
  items: BodyItem[];
  /** every paragraph in document order, those in tables and text boxes included */
  paragraphs: BodyParagraph[];
  /** the ids of the notes referenced, in the order the references appear ("[1]" is the first) */
  footnotes: string[];
  endnotes: string[];
  /** in word/footnotes.xml and endnotes.xml: the paragraphs of each note, by its id */
  notes: Map<string, BodyParagraph[]>;
}

/** Subtrees that hold no text a reader sees. */
const SKIP = new Set(['mc:Choice', 'w:del', 'w:moveFrom', 'w:instrText', 'w:delText', 'w:pPr', 'w:rPr', 'w:tblPr', 'w:trPr', 'w:tcPr', 'w:sectPr']);


export function readBody(xml: string): Body {
  const body: Body = { items: [], paragraphs: [], footnotes: [], endnotes: [], notes: new Map() };
  let note: BodyParagraph[] | null = null;
  const footnoteNumbers = new Map<string, number>();
  const endnoteNumbers = new Map<string, number>();
  const open: BodyParagraph[] = []; // paragraphs nest through text boxes
  // tables being read: the outermost one's rows; nested tables only count depth
  let table: BodyParagraph[][][] | null = null;
  let tableDepth = 0;
  let skip = 0;
  let properties = 0; // inside w:pPr of the innermost open paragraph
  let inText = false;
  const nesting = new NestingGuard('XML');

  const current = () => open[open.length - 1];
  const add = (text: string) => {
    const p = current();
    if (p) p.text += text;
  };

  const parser = new Parser(
    {
      onopentag(name, attrs) {
        nesting.open();
        if (skip) {
          skip++;
          return;
        }
        if (name === 'w:pPr') {
          properties++;
          return;
        }
        if (properties) {
          const p = current();
          if (p && name === 'w:numId') p.numId = val(attrs);
          else if (p && name === 'w:ilvl') p.level = wordLevel(val(attrs));
          else if (p && name === 'w:pStyle') p.style = val(attrs);
          return;
        }
        if (SKIP.has(name)) {
          skip = 1;
          return;
        }
        switch (name) {
          case 'w:p': {
            const p: BodyParagraph = { numId: null, level: null, style: null, text: '' };
            body.paragraphs.push(p);
            note?.push(p);
            const cell = table?.at(-1)?.at(-1);
            if (tableDepth > 0 && cell) cell.push(p);
            else body.items.push({ kind: 'paragraph', paragraph: p });
            open.push(p);
            break;
          }
          case 'w:t':
            inText = true;
            break;
          case 'w:tab':
            add('\t');
            break;
          case 'w:br':
          case 'w:cr':
            add('\n');
            break;
          case 'w:noBreakHyphen':
            add('-');
            break;
          case 'w:footnoteReference':
            add(noteMark(body.footnotes, footnoteNumbers, attrs['w:id'] ?? ''));
            break;
          case 'w:endnoteReference':
            add(noteMark(body.endnotes, endnoteNumbers, attrs['w:id'] ?? ''));
            break;
          case 'w:footnote':
          case 'w:endnote':
            note = [];
            body.notes.set(attrs['w:id'] ?? '', note);
            break;
          case 'w:tbl':
            if (tableDepth++ === 0) {
              table = [];
              body.items.push({ kind: 'table', rows: table });
            }
            break;
          case 'w:tr':
            if (tableDepth === 1) table?.push([]);
            break;
          case 'w:tc':
            if (tableDepth === 1) table?.at(-1)?.push([]);
            break;
        }
      },
      ontext(text) {
        // a line break inside w:t is only the XML's layout; Word breaks lines with w:br
        if (inText && !skip) add(text.replace(/[\r\n]+/g, ' '));
      },
      onclosetag(name) {
        nesting.close();
        if (skip) {
          skip--;
          return;
        }
        if (name === 'w:pPr') properties = Math.max(0, properties - 1);
        else if (name === 'w:t') inText = false;
        else if (name === 'w:p') open.pop();
        else if (name === 'w:tbl' && --tableDepth === 0) table = null;
        else if (name === 'w:footnote' || name === 'w:endnote') note = null;
      },
    },
    { xmlMode: true },
  );
  parser.end(xml);
  return body;
}

/** "[n]" for a note reference: n counts the notes in the order they are first referenced. */
function noteMark(order: string[], numbers: Map<string, number>, id: string): string {
  let n = numbers.get(id);
  if (n === undefined) numbers.set(id, (n = order.push(id)));
  return `[${n}]`;
}
