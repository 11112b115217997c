// The body of a Word document (word/document.xml) as paragraphs and tables, in
// one streaming pass with htmlparser2 in XML mode (no DOM), so it is linear in
// the part. What a reader sees is kept; what Word stores beside it is not:
//   - text of runs (w:t), tabs and line breaks; a non-breaking hyphen as "-";
//   - deleted and moved-away text of tracked changes (w:del, w:moveFrom) and
//     field codes (w:instrText) are not text; inserted text (w:ins) is: the
//     text is read with every change accepted, as Word's "No Markup" view and
//     LibreOffice's accepted document show it;
//   - a paragraph whose mark is deleted (w:del in the w:rPr of its w:pPr,
//     ECMA-376 §17.13.5.15) is no paragraph of its own: what is left of its
//     text joins the next paragraph, which keeps its own properties, so a
//     list item deleted whole does not count in the numbering;
//   - the old properties of a tracked formatting change (w:pPrChange,
//     w:rPrChange) are not the paragraph's: a numbering switched off there
//     stays off;
//   - of mc:AlternateContent only mc:Fallback is read (mc:Choice holds the
//     same content again, drawn another way);
//   - a text box's paragraphs (w:txbxContent) follow the paragraph they sit in;
//   - a table at the top level becomes rows of cells; a table nested in a cell
//     becomes part of that cell's text;
//   - a footnote or endnote reference is no word of its sentence (it is a
//     superscript beside it, and "руководителям (Орлова Т. В.)[2] провести"
//     would not read as an addressee and a task): it is left out of the text,
//     and only numbers the notes, in the order the references appear, written
//     in the notes' number format as Word shows them (1, 2 for footnotes,
//     i, ii for endnotes unless settings.xml says otherwise); docx.ts writes
//     the notes after the body as "[1] …", "[i] …".
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
/** Inside w:pPr: the properties before a tracked change, which the accepted text no longer has. */
const FORMER_PROPERTIES = new Set(['w:pPrChange', 'w:rPrChange']);
/** Inside w:pPr (in its w:rPr): the paragraph mark is deleted or moved away. */
const MARK_REMOVED = new Set(['w:del', 'w:moveFrom']);


/** How the notes' references are numbered (w:footnotePr, w:endnotePr in settings.xml). */
export interface NoteFormats {
  footnotes: string;
  endnotes: string;
}

/** Word's defaults when settings.xml says nothing: footnotes 1, 2, 3; endnotes i, ii, iii. */
const DEFAULT_NOTE_FORMATS: NoteFormats = { footnotes: 'decimal', endnotes: 'lowerRoman' };

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
  // paragraphs whose mark is deleted, and the text they leave to the next paragraph
  const markRemoved = new Set<BodyParagraph>();
  let carried = '';
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
          if (FORMER_PROPERTIES.has(name)) skip = 1;
          else if (p && MARK_REMOVED.has(name)) markRemoved.add(p);
          else if (p && name === 'w:numId') p.numId = val(attrs);
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
            const p: BodyParagraph = { numId: null, level: null, style: null, text: carried };
            carried = '';
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
            noteNumber(body.footnotes, footnoteNumbers, attrs['w:id'] ?? '');
            break;
          case 'w:endnoteReference':
            noteNumber(body.endnotes, endnoteNumbers, attrs['w:id'] ?? '');
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
        else if (name === 'w:p') {
          const p = open.pop();
          if (p && markRemoved.has(p)) {
            carried = p.text;
            withdraw(body, p, note, table?.at(-1)?.at(-1));
          }
        }
        else if (name === 'w:tbl' && --tableDepth === 0) table = null;
        else if (name === 'w:footnote' || name === 'w:endnote') note = null;
      },
    },
    { xmlMode: true },
  );
  parser.end(xml);
  return body;
}

/** Take a paragraph back out of the body (its mark was deleted): it was the last added to each list it is in. */
function withdraw(body: Body, p: BodyParagraph, note: BodyParagraph[] | null, cell: BodyParagraph[] | undefined): void {
  const drop = <T>(list: T[] | null | undefined, match: (x: T) => boolean) => {
    if (!list) return;
    const at = list.findLastIndex(match);
    if (at >= 0) list.splice(at, 1);
  };
  drop(body.paragraphs, (x) => x === p);
  drop(note, (x) => x === p);
  drop(cell, (x) => x === p);
  drop(body.items, (x) => x.kind === 'paragraph' && x.paragraph === p);
}

/** A note reference: the notes are numbered in the order they are first referenced. */
function noteNumber(order: string[], numbers: Map<string, number>, id: string): void {
  if (!numbers.has(id)) numbers.set(id, order.push(id));
}

/** The note number formats of settings.xml (w:footnotePr/w:numFmt, w:endnotePr/w:numFmt), Word's defaults otherwise. */
export function readNoteFormats(settings: string | null): NoteFormats {
  const formats = { ...DEFAULT_NOTE_FORMATS };
  if (settings === null) return formats;
  let within: keyof NoteFormats | null = null;
  const parser = new Parser(
    {
      onopentag(name, attrs) {
        if (name === 'w:footnotePr') within = 'footnotes';
        else if (name === 'w:endnotePr') within = 'endnotes';
        else if (within && name === 'w:numFmt' && val(attrs) !== '') formats[within] = val(attrs);
      },
      onclosetag(name) {
        if (name === 'w:footnotePr' || name === 'w:endnotePr') within = null;
      },
    },
    { xmlMode: true },
  );
  parser.end(settings);
  return formats;
}
