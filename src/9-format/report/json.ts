// Machine-readable: one object per file with its counts and diagnostics.
import { countOf, type Reporter } from './types.js';

export const json: Reporter = ({ files }) => {
  const report = files.map((f) => {
    const counts = countOf([f]);
    return {
      path: f.path,
      errorCount: counts.errors,
      warningCount: counts.warnings,
      fixableCount: counts.fixable,
      diagnostics: f.diagnostics,
      // --fix-dry-run: the text as it would be fixed (ESLint's "output")
      ...(f.output !== undefined ? { output: f.output } : {}),
    };
  });
  return `${JSON.stringify(report, null, 2)}\n`;
};
