import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/**/*.test.ts'],
    reporters: ['default', './tests/support/summary-reporter.ts'],
    testTimeout: 20000,
    // removing a batch test's folders of thousands of outputs takes seconds on a shared, busy disk
    hookTimeout: 60000,
    globalSetup: ['./tests/support/global-setup.ts'],
  },
});
