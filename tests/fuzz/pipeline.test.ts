// The bounded fuzz run (issue 17): a fixed seed and a few hundred cases per
// family, so `npm test` catches a regression of any failure class the audit
// found; `npm run fuzz` runs the same families for 100,000 cases and more.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { FAMILIES, checkInput } from './families.js';

const RUNS: Record<string, number> = {
  'mutated fixtures': 600,
  'random bytes': 600,
  'TABs, control characters, surrogates, marks': 600,
  'mutated .docx': 300,
  'nested HTML': 300,
};

describe('fuzz: no crash, a valid output, the same bytes twice', () => {
  it.each(Object.keys(FAMILIES))('%s', async (family) => {
    const failure = await fc.check(
      fc.asyncProperty(FAMILIES[family]!, async (input) => (await checkInput(input)) === null),
      { seed: 17, numRuns: RUNS[family]!, endOnFailure: false },
    );
    expect(failure.failed ? fc.defaultReportMessage(failure) : null).toBeNull();
  }, 120_000);
});
