import { describe, expect, it } from 'vitest';
import { structureOf } from './helpers.js';

// Every rule is an anchored or bounded pattern: a 1 MB line of any shape is read in linear time.
describe('hostile input', () => {
  it.each([
    ['a header of a million characters', `Руководителям ${'образовательных организаций, '.repeat(36000)}:\n- обеспечить участие.\n`],
    ['an annotation line of dashes', `1. Провести.\nСрок: ${'- '.repeat(500000)}\n`],
    ['nested parentheses and quotes', `1. Провести (${'«('.repeat(300000)}\n`],
    ['a line of dates', `РЕШЕНИЕ\n${'с 1 по 2 января 2024 года '.repeat(40000)}\n`],
    ['a line of day ranges', `РЕШЕНИЕ\n${'24–25 и 26 апреля 2025 года '.repeat(40000)}\n`],
    ['a title block of a hundred thousand lines', `{{Шапка|год=2025}}\n= Решение ${'совета от\n'.repeat(100000)}`],
    ['a month-dated document of many dated paragraphs', `Резолюция форума\n\nМай, 2025\n\n${'3 июня 2025 года педагоги сдали отчёты.\n\n'.repeat(20000)}`],
  ])('%s', (_name, text) => {
    const t0 = performance.now();
    const s = structureOf(text);
    expect(performance.now() - t0).toBeLessThan(5000);
    expect(s.tasks.length).toBeLessThanOrEqual(2);
  });
});
