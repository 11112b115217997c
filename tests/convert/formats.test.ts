import { describe, expect, it } from 'vitest';
import { convertSource } from '../../src/2-convert/index.js';
import { parseDocument } from '../../src/7-validate/pipeline.js';
import { ResolveError } from '../../src/shared/errors.js';
import { makeDocx } from '../support/docx.js';
import { toCp1251 } from '../support/cp1251.js';

const cp1251 = (s: string) => new Uint8Array(toCp1251(s));

describe('docx conversion', () => {
  it('keeps Word numbering across interrupting paragraphs, nested levels and bullets', async () => {
    const docx = await makeDocx([
      { kind: 'paragraph', text: 'Руководителям образовательных организаций:' },
      { kind: 'numbered', text: 'Оказывать поддержку детским общественным организациям.' },
      { kind: 'paragraph', text: 'Срок исполнения: постоянно.' },
      { kind: 'numbered', text: 'Продолжить работу по развитию школьных театров.' },
      { kind: 'numbered', text: 'Разработать план.', level: 1 },
      { kind: 'paragraph', text: 'Срок: до 1 октября 2024 г.' },
      { kind: 'numbered', text: 'Утвердить план.', level: 1 },
      { kind: 'numbered', text: 'Обеспечить контроль.' },
      { kind: 'bullet', text: 'ежеквартально' },
    ]);
    const { text, encoding } = await convertSource(new Uint8Array(docx), 'docx');
    expect(encoding).toBe('utf-8');
    expect(text.split('\n').filter((l) => l !== '')).toEqual([
      'Руководителям образовательных организаций:',
      '1. Оказывать поддержку детским общественным организациям.',
      'Срок исполнения: постоянно.',
      '2. Продолжить работу по развитию школьных театров.',
      '2.1. Разработать план.',
      'Срок: до 1 октября 2024 г.',
      '2.2. Утвердить план.',
      '3. Обеспечить контроль.',
      '• ежеквартально',
    ]);
  });

  it('turns a Word table into pipe rows the segmenter reads as one table', async () => {
    const docx = await makeDocx([
      { kind: 'paragraph', text: 'План мероприятий' },
      {
        kind: 'table',
        rows: [
          ['№', 'Мероприятие', 'Срок'],
          ['1', 'Провести педсовет', 'до 1 мая 2024 г.'],
          ['2', 'Подготовить отчёт', ''],
        ],
      },
    ]);
    const { segmented, output } = await parseDocument({ bytes: new Uint8Array(docx), path: 'plan.docx', format: 'docx' });
    expect(output.source.format).toBe('docx');
    expect(output.source.encoding).toBe('utf-8');
    const rows = segmented.blocks.filter((b) => b.kind === 'table-row');
    expect(rows.map((r) => r.cells)).toEqual([
      ['№', 'Мероприятие', 'Срок'],
      ['1', 'Провести педсовет', 'до 1 мая 2024 г.'],
      ['2', 'Подготовить отчёт', ''],
    ]);
  });

  it('reports a corrupt .docx as a document error, not a crash', async () => {
    const bytes = new TextEncoder().encode('PK\u0003\u0004 this is not really a zip archive');
    const err = await convertSource(bytes, 'docx').catch((e: unknown) => e);
    expect(err).toBeInstanceOf(ResolveError);
    expect((err as ResolveError).code).toBe('corrupt-docx');
    expect((err as ResolveError).message).not.toContain('\n');
  });

  it('reports a .docx without any text as empty', async () => {
    const docx = await makeDocx([{ kind: 'paragraph', text: '   ' }]);
    const err = await convertSource(new Uint8Array(docx), 'docx').catch((e: unknown) => e);
    expect((err as ResolveError).code).toBe('empty');
  });
});

describe('html conversion', () => {
  const page = (charsetMeta: string, body: string) => `<html><head>${charsetMeta}</head><body>${body}</body></html>`;

  it('reads a windows-1251 page by its <meta charset> and reports the encoding', async () => {
    const bytes = cp1251(page('<meta http-equiv="Content-Type" content="text/html; charset=windows-1251">', '<p>Решение педсовета</p>'));
    const r = await convertSource(bytes, 'html');
    expect(r).toEqual({ text: 'Решение педсовета\n', encoding: 'windows-1251' });
  });

  it('trusts valid UTF-8 over a stale windows-1251 declaration', async () => {
    const bytes = new TextEncoder().encode(page('<meta charset="cp1251">', '<p>Протокол совещания</p>'));
    expect(await convertSource(bytes, 'html')).toEqual({ text: 'Протокол совещания\n', encoding: 'utf-8' });
  });

  it('detects windows-1251 in a page that declares nothing', async () => {
    const bytes = cp1251(page('', '<p>Резолюция августовской конференции педагогических работников</p>'));
    const r = await convertSource(bytes, 'html');
    expect(r.encoding).toBe('windows-1251');
    expect(r.text).toBe('Резолюция августовской конференции педагогических работников\n');
  });

  it('goes through the whole pipeline with format "html"', async () => {
    const bytes = new TextEncoder().encode(page('', '<h1>РЕЗОЛЮЦИЯ</h1><ol><li>Принять к сведению.</li></ol>'));
    const { output, segmented } = await parseDocument({ bytes, path: 'a.html', format: 'html' });
    expect(output.source).toMatchObject({ format: 'html', encoding: 'utf-8', bytes: bytes.length });
    expect(segmented.blocks.map((b) => b.kind)).toEqual(['heading', 'item']);
  });
});
