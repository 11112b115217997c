// Long vocabularies (every case form of every position, type and form) matched
// as a character trie instead of one huge regex alternation: a node is built
// when a text first reaches it, matching at a position costs the length of the
// longest phrase there, and nothing is tried where no phrase can start.
// A space in a phrase matches any run of white space in the text.
import { isLetterOrDigitCode } from '../shared/text/chars.js';
import { squeeze } from '../shared/text/normalize.js';
import { wordOffsets } from './view.js';

/**
 * A node of the trie, keyed by UTF-16 code (a code point above U+FFFF, which no
 * single code unit equals, when a phrase holds one). Most nodes have one child
 * (the next letter of one word): `code` and `first`, compared directly without a
 * hash lookup; `many` holds every child once there are two. `end`: a phrase ends here.
 *
 * A node sorts the phrases that go on below it into its children the first time
 * it is asked for one (`below`, the phrases, and `at`, where their next
 * character is): matching walks only the paths a text spells, so a cold start,
 * which builds a dozen indexes of every case form to parse one document, builds
 * only the few nodes that document reaches.
 * (Fields without comments: the bundle keeps comments inside a class.)
 */
class TrieNode {
  private code = -1;
  private first: TrieNode | null = null;
  private many: Map<number, TrieNode> | null = null;
  end = false;
  private below: string[] | null = null;
  private at = 0;

  child(code: number): TrieNode | null {
    if (this.below !== null) this.sort();
    if (code === this.code) return this.first;
    return this.many?.get(code) ?? null;
  }

  /** Every child with its code. */
  forEachChild(visit: (code: number, node: TrieNode) => void): void {
    if (this.below !== null) this.sort();
    if (this.many) this.many.forEach((node, code) => visit(code, node));
    else if (this.first) visit(this.code, this.first);
  }

  /** Phrases (non-empty) that go on from this node at their index `at`. */
  hold(phrases: string[], at: number): void {
    this.below = phrases;
    this.at = at;
  }

  private sort(): void {
    const phrases = this.below!;
    this.below = null;
    for (const phrase of phrases) {
      // a surrogate pair is one key, as one code point: it never equals a code unit of the text
      const code = phrase.codePointAt(this.at)!;
      const next = this.at + (code > 0xffff ? 2 : 1);
      const node = this.grow(code);
      if (next === phrase.length) node.end = true;
      else (node.below ??= []).push(phrase);
      node.at = next;
    }
  }

  // the child at `code`, made if missing
  private grow(code: number): TrieNode {
    let node = code === this.code ? this.first : (this.many?.get(code) ?? null);
    if (node) return node;
    node = new TrieNode();
    if (this.first) {
      if (!this.many) {
        this.many = new Map();
        this.many.set(this.code, this.first);
      }
      this.many.set(code, node);
    } else {
      this.code = code;
      this.first = node;
    }
    return node;
  }
}

const SPACE = 32;

/** space, LF, TAB, CR: narrower than shared/text/chars.ts isSpaceCode, as cleanSource has made NBSP and the other exotic spaces ' ' */
function isCleanedSpaceCode(code: number): boolean {
  return code === 32 || code === 10 || code === 9 || code === 13;
}

/** First characters below this code are found by index (ASCII, Latin-1, Cyrillic): nearly every lookup. */
const FIRST_TABLE_SIZE = 0x460;

/** A phrase found in a text: where it starts and how it is written there. */
export interface PhraseMatch {
  index: number;
  text: string;
}

export class PhraseIndex {
  private readonly root = new TrieNode();
  /**
   * The root's children by code: the first character is looked up at every word
   * of every block, and mostly finds nothing; an index is cheaper than the hash.
   */
  private readonly firsts: (TrieNode | null)[];

  constructor(phrases: Iterable<string>) {
    const clean: string[] = [];
    for (const p of phrases) {
      const phrase = squeeze(p);
      if (phrase) clean.push(phrase);
    }
    this.root.hold(clean, 0);
    // from the root's few children, not by asking it for each of the table's codes: a cold start builds a dozen indexes
    this.firsts = new Array<TrieNode | null>(FIRST_TABLE_SIZE).fill(null);
    this.root.forEachChild((code, node) => {
      if (code < FIRST_TABLE_SIZE) this.firsts[code] = node;
    });
  }

  /** The root's child at the code of a text's character (NaN past the end: none). */
  private first(code: number): TrieNode | null {
    return code < FIRST_TABLE_SIZE ? this.firsts[code]! : code >= FIRST_TABLE_SIZE ? this.root.child(code) : null;
  }

  /**
   * The longest phrase starting exactly at `p`, as written in the text, or null.
   * A phrase ending in a letter or digit must not run on into a word ("СОШ" is not
   * the start of "СОШКА"); one ending in "." may touch the next word ("зам.директора").
   * With `wordStart`, `p` must not be inside a word either.
   */
  at(text: string, p: number, wordStart = true): string | null {
    // reads stay within the text: an index past the end would cost a deoptimisation ("out of bounds")
    if (p < 0 || p >= text.length) return null;
    let node = this.first(text.charCodeAt(p));
    if (!node) return null;
    if (wordStart && p > 0 && isLetterOrDigitCode(text.charCodeAt(p - 1))) return null;
    let i = p + 1;
    let best = -1;
    for (;;) {
      if (node.end && !(i < text.length && isLetterOrDigitCode(text.charCodeAt(i - 1)) && isLetterOrDigitCode(text.charCodeAt(i)))) best = i;
      if (i >= text.length) break;
      const c = text.charCodeAt(i);
      if (isCleanedSpaceCode(c)) {
        const child = node.child(SPACE);
        if (!child) break;
        while (i < text.length && isCleanedSpaceCode(text.charCodeAt(i))) i++;
        node = child;
        continue;
      }
      const child = node.child(c);
      if (!child) break;
      node = child;
      i++;
    }
    return best > p ? text.slice(p, best) : null;
  }

  /**
   * Every phrase in the text, at word starts, in order (matches do not overlap).
   * `words` are the text's word offsets when the caller has them (BlockView.words).
   * An array, not a generator: every caller reads them all, and a generator's
   * resumption costs more than the lookups on most blocks.
   */
  all(text: string, words: number[] = wordOffsets(text)): PhraseMatch[] {
    const out: PhraseMatch[] = [];
    let after = 0;
    for (let k = 0; k < words.length; k += 2) {
      const s = words[k]!;
      if (s < after || !this.first(text.charCodeAt(s))) continue;
      const m = this.at(text, s);
      if (m) {
        out.push({ index: s, text: m });
        after = s + m.length;
      }
    }
    return out;
  }
}
