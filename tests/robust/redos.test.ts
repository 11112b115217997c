// Issue 17: three shapes reached a backtracking blow-up through the CLI —
// 17.8 s at 100 KB and over 120 s at 1 MB. At 1 MB each parses in well under a
// second now; the budget below only tells linear from quadratic on a busy machine.
import { describe, expect, it } from 'vitest';
import { parseDocument } from '../../src/7-validate/pipeline.js';

const MB = 1024 * 1024;
const REPRODUCERS: Record<string, string> = {
  'dots after a role (complementEnd)': `Иванов И.И., директор ${'.'.repeat(MB)}!.`,
  'commas after an addressee (splitCoordinated, nominativePhrase)': `Руководителям школ${','.repeat(MB)}!,:\n- провести совещание.`,
  'spaced punctuation after an addressee': `Классным руководителям${' ,;'.repeat(MB / 3)}!:\n1. Провести классные часы.`,
  'a word before a run of spaces (role modifiers)': `Доклад сделал ведущий${' '.repeat(MB)}специалист Петрова А.А.`,
  'a locality after a run of spaces (organisation initials)': `МБОУ «Ресурсно-методический центр${' '.repeat(MB)}x» (РМЦ)`,
  // expressions rewritten as scanners (tests/robust/scanners.test.ts)
  'spaces inside a trailing annotation (attachments PAREN_TAIL)': `Руководителям ОО:\n1. Провести совещание ответственный (срок)${'\t'.repeat(MB)}а`,
  'spaces inside a responsible value (splitResponsible)': `Руководителям ОО:\n1. Провести совещание.\nОтветственный: Иванов${' '.repeat(MB)}б`,
};

describe('the ReDoS reproducers of the audit', () => {
  it.each(Object.entries(REPRODUCERS))('%s: 1 MB parses in linear time', async (_, text) => {
    const started = performance.now();
    const { output } = await parseDocument({ bytes: new TextEncoder().encode(text), path: 'x.txt', format: 'text' });
    expect(output.schemaVersion).toBe(1);
    expect(performance.now() - started).toBeLessThan(10_000);
  });
});
