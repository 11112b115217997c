import { describe, expect, it } from 'vitest';
import { docOf } from '../support/check-doc.js';
import { MAX_FINDINGS_PER_RULE, resolveRules, runActiveRules } from '../../src/8-check/index.js';
import type { CheckedDocument } from '../../src/8-check/types.js';

const runChecks = (doc: CheckedDocument, lang: 'ru' | 'en' = 'ru') => runActiveRules(doc, resolveRules(), lang);

describe('diagnostics per rule are capped', () => {
  it('beyond the cap, the first findings in document order and one summary that counts the rest', () => {
    const n = MAX_FINDINGS_PER_RULE + 250;
    const text = ['Основные треки:', ...Array.from({ length: n + 1 }, () => '- Проектный офис «Строим школу»;')].join('\n');
    const found = runChecks(docOf(text)).filter((d) => d.rule === 'duplicate-item');
    expect(found).toHaveLength(MAX_FINDINGS_PER_RULE + 1);
    const summary = found.at(-1)!;
    expect(summary.message).toBe(`И ещё 250 замечаний правила duplicate-item ниже по тексту (показаны первые ${MAX_FINDINGS_PER_RULE})`);
    // the copies are on lines 3 … n + 2; the first one left out is at line MAX + 3
    expect(found[MAX_FINDINGS_PER_RULE - 1]!.line).toBe(MAX_FINDINGS_PER_RULE + 2);
    expect(summary).toMatchObject({ severity: 'error', line: MAX_FINDINGS_PER_RULE + 3, fix: null });
  });

  it('in English too', () => {
    const text = ['Треки:', ...Array.from({ length: MAX_FINDINGS_PER_RULE + 3 }, () => '- офис;')].join('\n');
    const found = runChecks(docOf(text), 'en').filter((d) => d.rule === 'duplicate-item');
    expect(found.at(-1)!.message).toBe(`2 more findings of rule duplicate-item further on (the first ${MAX_FINDINGS_PER_RULE} are shown)`);
  });

  it('at the cap, nothing is summarised', () => {
    const text = ['Треки:', ...Array.from({ length: MAX_FINDINGS_PER_RULE + 1 }, () => '- офис;')].join('\n');
    const found = runChecks(docOf(text)).filter((d) => d.rule === 'duplicate-item');
    expect(found).toHaveLength(MAX_FINDINGS_PER_RULE);
    expect(found.every((d) => d.message.startsWith('Пункт повторяет'))).toBe(true);
  });
});
