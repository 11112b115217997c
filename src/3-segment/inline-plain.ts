// The inline Markdown that resolutions really contain, flattened without remark:
// emphasis pairs ("*Иванов И.И., директор*", "**РЕШИЛИ:**"), backslash escapes
// (pandoc writes "\*", "1\.", "\[" a lot), autolinks ("<http://uo-kansk.ru>")
// and markup characters CommonMark always reads literally ("№ _____", "R&D").
// Anything else (links, code, entities, HTML, intraword emphasis) returns null
// and goes to remark. remark costs 0.2–1 ms per block, most of a whole parse;
// tests/segment/inline.test.ts checks that this path says what remark says.

/**
 * A pair of emphasis delimiters ("*", "**", "***", "_", "__", "___") around
 * text without markup characters, opening after white space or punctuation and
 * closing before it: CommonMark reads every such pair as emphasis. Linear: the
 * content cannot contain a delimiter, so each attempt stops at the next one.
 */
const PLAIN_EMPHASIS = /(^|[\s([{«"„“'‘])(\*{1,3}|_{1,3})(?=[^\s*_])([^*_\\`<[&]*?[^\s*_\\`<[&])\2(?=$|[\s.,;:!?)\]}»"”’'…—–-])/g;
/**
 * An autolink whose address holds nothing that could mean something else (no
 * escape, no delimiter): its text is the address.
 */
const PLAIN_AUTOLINK =
  /<([a-z][a-z0-9+.-]{1,31}:[^\s<>*_\\`&[\]\uE000-\uE07F]*|[a-z0-9.!#$%'+/=?^{|}~-]+@[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?(?:\.[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?)*)>/gi;
/**
 * What CommonMark reads literally in any context: a run of "*" or "_" with
 * white space on both sides, "&" that does not start an entity, "<" that
 * cannot start a tag or an autolink, a backslash that escapes nothing.
 */
const LITERAL = /(?:^|(?<=\s))[*_]+(?=\s|$)|&(?![#a-z0-9]{1,32};)|<(?![a-z/!?])|\\/gi;
export const MARKUP = /[*_\\`<[&]/;

/** "\*" → a private-use stand-in while emphasis is paired, so an escaped "*" is never a delimiter. */
const ESCAPE = /\\([!-/:-@[-`{-~])/g;
const STAND_IN_BASE = 0xe000;
const STAND_IN = /[\uE000-\uE07F]/g;
const HAS_STAND_IN = /[\uE000-\uE07F]/;

/** The plain text of a block in this subset of Markdown, or null when remark must read it. */
export function flattenPlain(block: string): string | null {
  if (HAS_STAND_IN.test(block)) return null;
  const escaped = block.replace(ESCAPE, (_, c: string) => String.fromCharCode(STAND_IN_BASE + c.charCodeAt(0)));
  const plain = escaped.replace(PLAIN_AUTOLINK, '$1').replace(PLAIN_EMPHASIS, '$1$3');
  if (MARKUP.test(plain.replace(LITERAL, ''))) return null;
  return plain.replace(STAND_IN, (c) => String.fromCharCode(c.charCodeAt(0) - STAND_IN_BASE));
}
