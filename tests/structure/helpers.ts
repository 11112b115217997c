// Build the structure of a small document written in the test.
import { cleanSource } from '../../src/shared/text/normalize.js';
import { segment } from '../../src/3-segment/segmenter.js';
import { buildStructure, type Structure } from '../../src/5-structure/index.js';

export function structureOf(text: string): Structure {
  const clean = cleanSource(text);
  return buildStructure(segment(clean), clean.split('\n'));
}

/** "  a\n  b" → "a\nb": lets a test write a document indented in the source. */
export function doc(text: string): string {
  return text.replace(/^\n/, '').replace(/^ {4}/gm, '');
}
