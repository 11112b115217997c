import { describe, expect, it } from 'vitest';
import { convertHtml, htmlToText } from '../../src/2-convert/html-to-text.js';
import { segment } from '../../src/3-segment/segmenter.js';

describe('htmlToText', () => {
  it('puts every block on its own paragraph and keeps <br> as a line break', () => {
    const text = htmlToText('<p>Первый   абзац\n с переносом</p><div>Второй<br>строка два</div>');
    expect(text).toBe('Первый абзац с переносом\n\nВторой\nстрока два\n');
  });

  it('labels ordered list items with their number and nested items with the path', () => {
    const text = htmlToText('<ol><li>Один<ol><li>вложенный</li><li>ещё</li></ol></li><li>Два</li></ol>');
    expect(text).toBe('1. Один\n\n1.1. вложенный\n\n1.2. ещё\n\n2. Два\n');
  });

  it('honours <ol start> and marks bulleted items with a bullet the segmenter reads', () => {
    const text = htmlToText('<ol start="4"><li>Четыре</li></ol><ul><li>пункт</li></ul>');
    expect(text).toBe('4. Четыре\n\n• пункт\n');
    const blocks = segment(text).blocks;
    expect(blocks.map((b) => [b.kind, b.label, b.labelStyle])).toEqual([
      ['item', '4', 'number'],
      ['item', null, 'bullet'],
    ]);
  });

  it('labels footnotes (as mammoth renders them) "[1]", not as numbered items', () => {
    const text = htmlToText('<p>Текст<sup><a href="#footnote-1">[1]</a></sup></p><ol><li id="footnote-1"><p>Примечание.</p></li></ol>');
    expect(text).toBe('Текст[1]\n\n[1] Примечание.\n');
  });

  it('writes a table as consecutive pipe rows with empty cells and literal pipes kept', () => {
    const text = htmlToText(
      '<p>До</p><table><tr><th>№</th><th>Мероприятие</th><th>Срок</th></tr>' +
        '<tr><td>1</td><td><p>Провести</p><p>совет | педагогов</p></td><td></td></tr></table><p>После</p>',
    );
    expect(text).toBe('До\n\n| № | Мероприятие | Срок |\n| 1 | Провести совет \\| педагогов |  |\n\nПосле\n');
    const rows = segment(text).blocks.filter((b) => b.kind === 'table-row');
    expect(rows).toHaveLength(2);
    expect(rows[1]!.cells).toEqual(['1', 'Провести совет | педагогов', '']);
    expect(new Set(rows.map((r) => r.table))).toEqual(new Set([1]));
  });

  it('flattens a table nested in a cell into that cell', () => {
    const text = htmlToText('<table><tr><td>a<table><tr><td>b</td><td>c</td></tr></table></td><td>d</td></tr></table>');
    expect(text.trim().replace(/\s+/g, ' ')).toBe('| a b c | d |');
  });

  it('drops head, scripts and styles, decodes entities, turns <h2> into a "##" heading', () => {
    const text = htmlToText(
      '<html><head><title>T</title><style>p{color:red}</style></head><body><script>var x = "<p>no</p>";</script><h2>Решили:</h2><p>&laquo;Точка&raquo;&nbsp;роста &amp; к&#1086;д</p></body></html>',
    );
    expect(text).toBe('## Решили:\n\n«Точка»\u00a0роста & код\n');
  });

  it('keeps the page <title> aside, entities decoded and white space squeezed, out of the text', () => {
    const page = convertHtml('<head><title>Решение\n  коллегии &laquo;Итоги&raquo; от 04.03.2026</title></head><body><p>Текст</p></body>');
    expect(page).toEqual({ text: 'Текст\n', pageTitle: 'Решение коллегии «Итоги» от 04.03.2026' });
    expect(convertHtml('<p>Без заголовка</p>').pageTitle).toBeNull();
  });

  it('is linear: a 2 MB page of nested markup converts quickly', () => {
    const html = '<div><p>Текст абзаца <b>жирный</b> <i>курсив</i></p></div>'.repeat(40000);
    const t0 = performance.now();
    const text = htmlToText(html);
    expect(performance.now() - t0).toBeLessThan(3000);
    expect(text.split('\n\n')).toHaveLength(40000);
  });
});
