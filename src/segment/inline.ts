// Inline Markdown inside one block: "**Протокол совещания**", "*Сечко И. В., …*",
// "\*", "<http://…>", "&amp;". The block's own text (never the whole file:
// remark's cost grows faster than its input) is parsed by remark-parse and
// flattened by mdast-util-to-string. Two cheaper paths come first: a block
// without markup characters is only squeezed, and a block whose only markup is
// plain emphasis pairs ("*Иванов И.И., директор*") and characters that are
// always literal ("№ _____") has the pairs removed directly. remark costs about 0.25 ms per call whatever the length (it builds
// its compiler each time), which made it most of the time of a whole parse;
// tests/segment/inline.test.ts checks the fast path against remark.
import { unified } from 'unified';
import remarkParse from 'remark-parse';
import { toString } from 'mdast-util-to-string';
import { squeeze } from '../text/normalize.js';

const MARKUP = /[*_\\`<[&]/;
/** Above this a block is not hand-written Markdown; strip wrappers without parsing. */
const REMARK_LIMIT = 4000;
/**
 * A pair of emphasis delimiters ("*", "**", "***", "_", "__", "___") around
 * text without markup characters, opening after white space or punctuation and
 * closing before it: CommonMark reads every such pair as emphasis. Linear: the
 * content cannot contain a delimiter, so each attempt stops at the next one.
 */
const PLAIN_EMPHASIS = /(^|[\s([{«"„“'‘])(\*{1,3}|_{1,3})(?=[^\s*_])([^*_\\`<[&]*?[^\s*_\\`<[&])\2(?=$|[\s.,;:!?)\]}»"”’'…—–-])/g;
/**
 * Markup characters that CommonMark reads literally in any context: a run of
 * "*" or "_" with white space on both sides ("№ _____", "5 * 3"), "&" that does
 * not start an entity ("R&D"), "<" that cannot start a tag or autolink ("< 50 %").
 */
const LITERAL = /(?:^|(?<=\s))[*_]+(?=\s|$)|&(?![#a-z0-9]{1,32};)|<(?![a-z/!?])/gi;
/** The whole block wrapped in one pair: "**…**", "*…*", "__…__". */
const WRAPPED = /^(\*{1,3}|_{1,3})[^*_][\s\S]*[^*_\s]\1$/;

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
  const emphasis = WRAPPED.test(trimmed) && !trimmed.slice(2, -2).includes('\n\n');
  if (trimmed.length > REMARK_LIMIT) return { text: squeeze(stripWrappers(trimmed)), emphasis };
  const plain = trimmed.replace(PLAIN_EMPHASIS, '$1$3');
  if (!MARKUP.test(plain.replace(LITERAL, ''))) return { text: squeeze(plain), emphasis };
  return { text: renderWithRemark(trimmed), emphasis };
}

/** The text remark-parse + mdast-util-to-string make of a block (exported for the tests). */
export function renderWithRemark(block: string): string {
  processor ??= createProcessor();
  // A character that would open a Markdown block at a line start ("#", ">",
  // "+", "1.", "```", "[x]: …", "<!--") was already read as a label or is
  // literal text here: escape it, so remark sees one paragraph and never
  // swallows text into a list, a quote, a code block or a link definition.
  const source = dropPandocMarkup(block).split('\n').map(escapeBlockStart).join('\n');
  return squeeze(toString(processor.parse(source)));
}

/** "25. 02 .2022" must not become a list starting at 25, nor "# x" a heading. */
function escapeBlockStart(line: string): string {
  const text = line.trimStart();
  const numbered = /^(\d{1,9})([.)])/.exec(text);
  if (numbered) return `${numbered[1]}\\${numbered[2]}${text.slice(numbered[0].length)}`;
  if (/^<(?![a-z][a-z0-9+.-]{1,31}:[^\s<>]*>)/i.test(text)) return `\\${text}`; // HTML, but not an autolink
  return /^[-+#>=|~`[*_]/.test(text) && !/^(\*\*?|__?)\S/.test(text) ? `\\${text}` : text;
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
