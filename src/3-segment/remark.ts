// The only module that imports remark. inline.ts loads it on first use: most
// documents never need it (inline-plain.ts flattens what they contain), and in
// the bundle its 230 KB of modules then never run at start-up.
import { unified } from 'unified';
import remarkParse from 'remark-parse';
import { toString } from 'mdast-util-to-string';

const processor = unified().use(remarkParse);

/** Plain text of a Markdown source, as mdast-util-to-string flattens remark's tree. */
export function markdownToText(source: string): string {
  return toString(processor.parse(source));
}
