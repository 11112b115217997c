// Inline Markdown inside one block: "**Протокол совещания**", "*Сечко И. В., …*",
// "\*", "<http://…>". Where such syntax is present, the block's own text (never
// the whole file: remark's cost grows faster than its input) is parsed by
// remark-parse and flattened by mdast-util-to-string; plain blocks skip it.
import { unified } from 'unified';
import remarkParse from 'remark-parse';
import { toString } from 'mdast-util-to-string';
import { squeeze } from '../text/normalize.js';

const MARKUP = /[*_\\`<[&]/;
/** Above this a block is not hand-written Markdown; strip wrappers without parsing. */
const REMARK_LIMIT = 4000;

let processor: ReturnType<typeof createProcessor> | null = null;
const createProcessor = () => unified().use(remarkParse);

export interface InlineText {
  text: string;
  /** the whole block was wrapped in emphasis (**…** or *…*) */
  emphasis: boolean;
}

export function renderInline(raw: string): InlineText {
  const trimmed = raw.trim();
  if (!MARKUP.test(trimmed)) return { text: squeeze(trimmed), emphasis: false };
  const emphasis = /^(\*\*?|__?)[^*_][\s\S]*[^*_\s]\1$/.test(trimmed) && !trimmed.slice(2, -2).includes('\n\n');
  if (trimmed.length > REMARK_LIMIT) return { text: squeeze(stripWrappers(trimmed)), emphasis };
  processor ??= createProcessor();
  // A character that would open a Markdown block at a line start ("#", ">",
  // "+", "1.") was already read as a label or is literal text here: escape it,
  // so remark sees one paragraph and never glues list or quote text together.
  const source = dropPandocMarkup(trimmed).split('\n').map(escapeBlockStart).join('\n');
  const tree = processor.parse(source);
  return { text: squeeze(toString(tree)), emphasis };
}

/** "25. 02 .2022" must not become a list starting at 25, nor "# x" a heading. */
function escapeBlockStart(line: string): string {
  const text = line.trimStart();
  const numbered = /^(\d{1,9})([.)])/.exec(text);
  if (numbered) return `${numbered[1]}\\${numbered[2]}${text.slice(numbered[0].length)}`;
  return /^[-+#>=|~*_]/.test(text) && !/^(\*\*?|__?)\S/.test(text) ? `\\${text}` : text;
}

/**
 * pandoc's own syntax that remark does not know: spans with attributes
 * ("[Протокол]{.underline}" → "Протокол") and a backslash hard break at a line
 * end, which remark would flatten to nothing ("слово\\\nслово" → "словослово").
 */
function dropPandocMarkup(text: string): string {
  return text.replace(PANDOC_SPAN, '$1').replace(HARD_BREAK, '\n');
}
const PANDOC_SPAN = /\[([^[\]\n]*)\]\{[.#][^{}\n]*\}/g;
const HARD_BREAK = /\\\n/g;

/** Fallback for huge blocks: drop emphasis markers only, linear time. */
function stripWrappers(text: string): string {
  return text.replace(/\*{1,3}|_{2,3}/g, '');
}
