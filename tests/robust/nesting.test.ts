// Issue 17: nesting without end was quadratic — "<ol><li>" 12,400 deep (99 KB)
// took 3.7 s in htmlToText, 40,000 "<w:p>" then 40,000 "</w:x>" (941 bytes
// zipped) 9.7 s in readBody. The converters now stop at a depth no document
// reaches, with a one-line error, and a list label is built from its list's
// prefix instead of from the whole stack.
import { describe, expect, it } from 'vitest';
import { htmlToText } from '../../src/2-convert/html-to-text.js';
import { readBody } from '../../src/2-convert/docx-body.js';
import { MAX_NESTING } from '../../src/2-convert/nesting.js';
import { TextLayout } from '../../src/2-convert/text-layout.js';
import { documentXml, makeDocx } from '../support/docx.js';
import { runCli } from '../support/cli.js';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const tooDeep = { exitCode: 1, code: 'too-large', message: expect.stringMatching(/nested more than 1000 levels deep/) };

describe('markup nested without end', () => {
  it('refuses the HTML reproducer with a clear error', () => {
    expect(() => htmlToText('<ol><li>x'.repeat(12_400))).toThrow(expect.objectContaining(tooDeep));
  });

  it('refuses the .docx reproducer with a clear error, through the CLI too', async () => {
    const body = '<w:p>'.repeat(40_000) + '</w:x>'.repeat(40_000);
    expect(() => readBody(documentXml(body))).toThrow(expect.objectContaining(tooDeep));
    const dir = mkdtempSync(join(tmpdir(), 'resolve-nest-'));
    const file = join(dir, 'deep.docx');
    writeFileSync(file, await makeDocx([], { body }));
    const r = runCli(['parse', file]);
    expect(r.status).toBe(1);
    expect(r.stderr).toMatch(/^resolve: .*nested more than 1000 levels deep[^\n]*\n$/);
  });

  it('reads nesting up to the limit, with closing tags that match nothing', () => {
    const depth = MAX_NESTING - 10;
    const body = '<w:p>'.repeat(depth) + '</w:x>'.repeat(depth);
    expect(readBody(documentXml(body)).paragraphs).toHaveLength(depth);
  });

  it('labels nested HTML lists as before: outer counters joined', () => {
    const html = '<ol start="3"><li>а<ol><li>б</li><li>в<ul><li>г<ol><li>д</li></ol></li></ul></li></ol></li><li>е</li></ol>';
    expect(htmlToText(html).split('\n').filter((l) => l !== '')).toEqual(['3. а', '3.1. б', '3.2. в', '• г', '3.2.1. д', '4. е']);
  });

  it('labels a list nested as deep as allowed with every level in its label', () => {
    const depth = Math.floor(MAX_NESTING / 2) - 5; // <ol><li> per level
    const text = htmlToText('<ol><li>x'.repeat(depth));
    const labels = text.split('\n').filter((l) => l !== '').map((l) => l.split(' ')[0]!);
    expect(labels).toHaveLength(depth);
    expect(labels.at(-1)).toBe('1.'.repeat(depth));
  });

  it('refuses a conversion whose text would outgrow the budget', () => {
    const layout = new TextLayout(4 * 1024 * 1024);
    const megabyte = 'ж'.repeat(1024 * 1024 - 16); // with its mark and line break, a little under 1 Mi
    const pages = 4;
    for (let i = 0; i < pages; i++) layout.paragraph(megabyte, '1.1.');
    expect(() => layout.paragraph(megabyte)).toThrow(expect.objectContaining({ exitCode: 1, code: 'too-large' }));
  });
});
