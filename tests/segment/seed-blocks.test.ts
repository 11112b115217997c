// The segmentation of each seed document against its golden
// fixtures/seeds/<seed>.blocks.json, which was read by hand against the
// document line by line (blocks, kinds, labels, markers, line spans).
import { describe, expect, it } from 'vitest';
import { readFileSync, readdirSync } from 'node:fs';
import { decodeDocument } from '../../src/1-decode/decode.js';
import { cleanSource, squeeze } from '../../src/shared/text/normalize.js';
import { segment } from '../../src/3-segment/segmenter.js';

const DIR = 'fixtures/seeds';
const seeds = readdirSync(DIR)
  .filter((f) => f.endsWith('.txt'))
  .map((f) => f.slice(0, -'.txt'.length))
  .sort();

describe('seed segmentation goldens', () => {
  it('every seed has a blocks golden', () => {
    expect(seeds.length).toBeGreaterThanOrEqual(5);
    for (const seed of seeds) expect(readdirSync(DIR)).toContain(`${seed}.blocks.json`);
  });

  it.each(seeds)('%s', (seed) => {
    const text = cleanSource(decodeDocument(new Uint8Array(readFileSync(`${DIR}/${seed}.txt`))).text);
    const blocks = segment(text).blocks.map(({ line, endLine, kind, label, marker, text }) => ({ line, endLine, kind, label, marker, text }));
    expect(blocks).toEqual(JSON.parse(readFileSync(`${DIR}/${seed}.blocks.json`, 'utf8')));
  });

  // Block.text is squeezed by contract: the rules that compare texts (duplicate-item) rely on it and do not squeeze again
  it('every block text of the seeds, the corpus and the Markdown and HTML fixtures is squeezed: one space between words, none at the ends', () => {
    let blocks = 0;
    for (const dir of [DIR, 'fixtures/corpus', 'fixtures/docs']) {
      for (const f of readdirSync(dir).filter((n) => /\.(txt|md)$/.test(n))) {
        const text = cleanSource(decodeDocument(new Uint8Array(readFileSync(`${dir}/${f}`))).text);
        for (const b of segment(text, { format: f.endsWith('.md') ? 'markdown' : 'text' }).blocks) {
          blocks++;
          expect(b.text, `${dir}/${f}:${b.line}`).toBe(squeeze(b.text));
        }
      }
    }
    expect(blocks).toBeGreaterThan(1000);
  });

  it.each(seeds)('%s: every block spans real lines of the source, in order, without overlap', (seed) => {
    const text = cleanSource(decodeDocument(new Uint8Array(readFileSync(`${DIR}/${seed}.txt`))).text);
    const s = segment(text);
    const lines = text.split('\n');
    let previousEnd = 0;
    for (const b of s.blocks) {
      expect(b.line).toBeGreaterThan(previousEnd);
      expect(b.endLine).toBeGreaterThanOrEqual(b.line);
      expect(b.endLine).toBeLessThanOrEqual(s.lineCount);
      expect(lines[b.line - 1]!.trim()).not.toBe('');
      expect(lines[b.endLine - 1]!.trim()).not.toBe('');
      expect(b.raw).toBe(lines.slice(b.line - 1, b.endLine).join('\n'));
      previousEnd = b.endLine;
    }
  });
});
