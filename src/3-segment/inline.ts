// Inline Markdown inside one block: "**Протокол совещания**", "*Сечко И. В., …*",
// "\*", "<http://…>", "&amp;", "[текст](ссылка)". A block without markup
// characters is only squeezed; the markup resolutions really use is flattened
// by inline-plain.ts; anything else is parsed by remark-parse and flattened by
// mdast-util-to-string — the block's own text only, never the whole file
// (remark's cost grows faster than its input).
import { squeeze } from '../shared/text/normalize.js';
import { flattenPlain, MARKUP } from './inline-plain.js';
import { preloadedRemark } from './remark-preload.js';

type RemarkModule = typeof import('./remark.js');
/**
 * remark, loaded on first use: in the bundle the require() reads
 * dist/remark.cjs (see scripts/build.mjs), so start-up never pays for remark;
 * running from source (tests, tsx) it is imported here.
 */
let remark: RemarkModule | null = preloadedRemark;
const loadRemark = (): RemarkModule => (remark ??= require('./remark.js') as RemarkModule);

/** Above this a block is not hand-written Markdown; strip wrappers without parsing. */
const REMARK_LIMIT = 4000;
/** The whole block wrapped in one pair: "**…**", "*…*", "__…__". */
const WRAPPED = /^(\*{1,3}|_{1,3})[^*_][\s\S]*[^*_\s]\1$/;
/** Any CommonMark autolink at the start of a line (URI or e-mail). */
const AUTOLINK_START = /^<(?:[a-z][a-z0-9+.-]{1,31}:[^\s<>]*|[a-z0-9.!#$%&'*+/=?^_`{|}~-]+@[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?(?:\.[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?)*)>/i;

/**
 * How many blocks of one document remark may read. A resolution has a few
 * hundred blocks; past this a file is not hand-written Markdown, and remark
 * (0.2–1 ms a block) would make it take minutes: the rest get the simple
 * fallback, so the worst case stays at about a second.
 */
export const REMARK_BLOCKS_PER_DOCUMENT = 2000;

/** Counts remark's work for one document. */
export interface RemarkBudget {
  left: number;
}

export const newRemarkBudget = (): RemarkBudget => ({ left: REMARK_BLOCKS_PER_DOCUMENT });

export interface InlineText {
  text: string;
  /** the whole block was wrapped in emphasis (**…** or *…*) */
  emphasis: boolean;
}

export function renderInline(raw: string, budget: RemarkBudget = newRemarkBudget()): InlineText {
  const trimmed = raw.trim();
  if (!MARKUP.test(trimmed)) return { text: squeeze(trimmed), emphasis: false };
  const emphasis = WRAPPED.test(trimmed) && !trimmed.slice(2, -2).includes('\n\n');
  const plain = flattenPlain(dropPandocMarkup(trimmed));
  if (plain !== null) return { text: squeeze(plain), emphasis };
  if (trimmed.length > REMARK_LIMIT || budget.left <= 0) return { text: squeeze(stripWrappers(trimmed)), emphasis };
  budget.left--;
  return { text: renderWithRemark(trimmed), emphasis };
}

/** The text remark-parse + mdast-util-to-string make of a block (exported for the tests). */
export function renderWithRemark(block: string): string {
  // A character that would open a Markdown block at a line start ("#", ">",
  // "+", "1.", "```", "[x]: …", "<!--") was already read as a label or is
  // literal text here: escape it, so remark sees one paragraph and never
  // swallows text into a list, a quote, a code block or a link definition.
  const source = dropPandocMarkup(block).split('\n').map(escapeBlockStart).join('\n');
  return squeeze(loadRemark().markdownToText(source));
}

/** "25. 02 .2022" must not become a list starting at 25, nor "# x" a heading. */
function escapeBlockStart(line: string): string {
  const text = line.trimStart();
  const numbered = /^(\d{1,9})([.)])/.exec(text);
  if (numbered) return `${numbered[1]}\\${numbered[2]}${text.slice(numbered[0].length)}`;
  if (text.startsWith('<') && !AUTOLINK_START.test(text)) return `\\${text}`; // HTML, but not an autolink
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
