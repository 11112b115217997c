// Issue 16: positions are carried from the segmenter through deadlines, tasks
// and addressees, never searched for again. Each span must cut out of the
// cleaned text exactly the words it stands for. The phrasings are our own.
import { describe, expect, it } from 'vitest';
import { parseDocument } from '../../src/7-validate/pipeline.js';
import { ReadText, spanOfPlaced } from '../../src/shared/text/span.js';

const parse = (text: string, format: 'text' | 'markdown' = 'text') => parseDocument({ bytes: new TextEncoder().encode(text), path: 'x.txt', format });

describe('spans of tasks, deadlines and addressees', () => {
  it('a deadline on the second line of a wrapped item: the phrase itself, on its own line', async () => {
    const text = ['РЕШЕНИЕ', '', 'Заведующим детскими садами:', '', '1. Пересмотреть расписание занятий кружков с учётом пожеланий родителей', 'воспитанников до 15 октября 2024 г.', '2. Провести открытые занятия для молодых воспитателей.'].join('\n');
    const doc = await parse(text);
    const source = doc.segmented.text;
    const [t1, t2] = doc.output.tasks;
    expect(t1!.deadline!.line).toBe(6);
    const d = spanOfPlaced(doc.positions.deadlines.get(t1!.id)!);
    expect(source.slice(d.start, d.end)).toBe('до 15 октября 2024 г.');
    // the task starts past its label; the addressee is its words without the colon
    expect(source.slice(doc.positions.tasks.get(t2!.id)!.start).startsWith('Провести открытые')).toBe(true);
    const a = spanOfPlaced(doc.positions.addressees.get(doc.output.addressees[0]!.id)!);
    expect(source.slice(a.start, a.end)).toBe('Заведующим детскими садами');
  });

  it('through markup, a label glued to emphasis and a deadline annotation line', async () => {
    const text = ['Протокол совещания от 03.09.2024', '', '**1. Организовать** дежурство *учителей* в столовой.', 'Срок исполнения: с 9 по 20 сентября 2024 г.'].join('\n');
    const doc = await parse(text, 'markdown');
    const t = doc.output.tasks[0]!;
    const d = spanOfPlaced(doc.positions.deadlines.get(t.id)!);
    expect(doc.segmented.text.slice(d.start, d.end)).toBe(t.deadline!.text);
    expect(t.deadline!.line).toBe(4);
  });

  it('across a page break joined into one paragraph, past the page number', async () => {
    const long = 'Рекомендовать руководителям общеобразовательных организаций района организовать работу';
    const text = ['РЕЗОЛЮЦИЯ', '', long, '', '2', '', 'школьных служб примирения в срок до 1 декабря 2024 года.'].join('\n');
    const doc = await parse(text);
    const t = doc.output.tasks[0]!;
    const d = spanOfPlaced(doc.positions.deadlines.get(t.id)!);
    expect(t.deadline!.text).toBe('в срок до 1 декабря 2024 года');
    expect(doc.segmented.text.slice(d.start, d.end)).toBe(t.deadline!.text);
    expect(t.deadline!.line).toBe(7);
  });

  it('CRLF, NBSP and soft hyphens do not shift them: `check` columns are the file\'s', async () => {
    const { runCli } = await import('../support/cli.js');
    // a soft hyphen (U+00AD) before the deadline: parse drops it, check counts it
    const input = 'Решение совещания\r\n\r\n1. Под\u00ADготовить кабинеты к учебному году до\u00A01 сентября.\r\n';
    const r = runCli(['check', '-', '--format', 'json'], { input });
    const found = (JSON.parse(r.stdout) as { diagnostics: { rule: string; line: number; column: number; endColumn: number }[] }[])[0]!.diagnostics.find((f) => f.rule === 'deadline-year-unknown')!;
    const line = input.split('\r\n')[2]!;
    expect(found.line).toBe(3);
    expect(line.slice(found.column - 1, found.endColumn - 1)).toBe('до\u00A01 сентября');
  });
});

describe('ReadText', () => {
  it('maps offsets of a squeezed, unmarked text back to the source it was read from', () => {
    const source = '  3.  **Провести**   смотр\n\t\tкабинетов';
    const read = new ReadText('Провести смотр кабинетов', source, source.indexOf('**'));
    const span = read.span(15, 24);
    expect(source.slice(span.start, span.end)).toBe('кабинетов');
    expect(source[read.offsetOf(9)]).toBe('с');
  });

  it('gives up on a character reading made, and goes on from where it was (linear: a bounded look ahead)', () => {
    const n = 1 << 18;
    const read = new ReadText('я'.repeat(n), ' '.repeat(n), 0);
    expect(read.offsetOf(n - 1)).toBe(0);
  });
});
