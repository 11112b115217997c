// Every pattern in src/3-segment and src/shared/text on inputs built to make a
// backtracking regex explode (1 MB lines of the characters the patterns look
// for). Quadratic work on 1 MB takes minutes; linear work takes milliseconds,
// so a budget of seconds tells them apart even on a loaded machine.
import { describe, expect, it } from 'vitest';
import { segment } from '../../src/3-segment/segmenter.js';
import { cleanSource, fold, squeeze } from '../../src/shared/text/normalize.js';
import { readLabel } from '../../src/3-segment/labels.js';
import { REMARK_BLOCKS_PER_DOCUMENT } from '../../src/3-segment/inline.js';

const MB = 1024 * 1024;
const fill = (unit: string, size = MB) => unit.repeat(Math.ceil(size / unit.length)).slice(0, size);

const HOSTILE: Record<string, string> = {
  'spaces then a letter': `${' '.repeat(MB)}x`,
  'colon, spaces, letter': `Итоги:${' '.repeat(MB)}x`,
  'full stop, spaces and stars, letter': `Текст.${fill(' *')}x`,
  'dashes then a letter': `${'-'.repeat(MB)}x`,
  'dash space pairs': `${fill('- ')}x`,
  pipes: '|'.repeat(MB),
  'pipe separator that fails at the end': `|${fill('---|')}x`,
  'spaced pipe separator': fill('| -- '),
  stars: '*'.repeat(MB),
  'star letter pairs': fill('*a'),
  'bold openers': fill('**a '),
  underscores: fill('_a_'),
  brackets: '['.repeat(MB),
  'pandoc span openers': fill('[a]{'),
  'angle brackets': fill('<a'),
  backticks: fill('`a'),
  ampersands: fill('&a'),
  backslashes: '\\'.repeat(MB),
  'label run': fill('1.'),
  'nested label that never ends': `1${fill('.1')}`,
  digits: '1'.repeat(MB),
  'digits, dot, digits': `${'1'.repeat(MB / 2)}.${'1'.repeat(MB / 2)}`,
  'date-like run': fill('12. 12 .'),
  tabs: fill('a\t'),
  'letter labels': fill('а) '),
  'roman run': fill('XIV.'),
  hashes: '#'.repeat(MB),
  capitals: fill('РЕШИЛИ '),
  guillemets: '«'.repeat(200000),
  'blockquote markers': fill('> '),
  'equals signs': '='.repeat(MB),
  'page number look-alike': `стр.${' '.repeat(MB)}1`,
  'plan heads set apart by spaces, two lines': `${fill('Мероприятие  Срок  ', MB / 2)}\n${fill('Мероприятие  Срок  ', MB / 2)}`,
  'box-drawing cells': `│${fill('a│')}`,
  'box table row of 100,000 lines': `┌─┬─┐\n${'│ a │ b │\n'.repeat(100000)}└─┴─┘`,
  'numbered pipe rows continued in lower case': `| 1 | a |\n${'|  | b |\n'.repeat(100000)}`,
};

describe('no pattern backtracks on hostile input', () => {
  it.each(Object.keys(HOSTILE))('%s', (name) => {
    const text = HOSTILE[name]!;
    const start = performance.now();
    for (const format of ['text', 'markdown'] as const) segment(cleanSource(text), { format });
    fold(text);
    squeeze(text);
    readLabel(text);
    expect(performance.now() - start).toBeLessThan(5000);
  });

  it('the same shapes as many short lines', () => {
    const start = performance.now();
    for (const text of Object.values(HOSTILE)) segment(text.slice(0, 16 * 1024).replace(/(.{40})/g, '$1\n'));
    expect(performance.now() - start).toBeLessThan(10000);
  });

  it('a document of thousands of lines that need remark: remark reads a bounded number of blocks', () => {
    const start = performance.now();
    const blocks = segment('См. [положение](http://example.ru/p.pdf) и `код`.\n'.repeat(REMARK_BLOCKS_PER_DOCUMENT + 3000)).blocks;
    expect(performance.now() - start).toBeLessThan(15000);
    expect(blocks[0]!.text).toBe('См. положение и код.');
    expect(blocks[REMARK_BLOCKS_PER_DOCUMENT - 1]!.text).toBe('См. положение и код.');
    expect(blocks[REMARK_BLOCKS_PER_DOCUMENT]!.text).toBe('См. [положение](http://example.ru/p.pdf) и `код`.');
  });
});
