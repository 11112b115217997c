// Human-readable, like ESLint's stylish: findings grouped by file as
// `line:col  severity  message  rule-id`, then a summary line. Colours only
// where chalk detects a terminal that supports them.
import chalk from 'chalk';
import { uiText } from '../../shared/messages/ui.js';
import { countOf, type Reporter } from './types.js';

const SEVERITY_WORD = {
  ru: { error: 'ошибка', warning: 'предупр.' },
  en: { error: 'error', warning: 'warning' },
} as const;

export const stylish: Reporter = ({ files, lang }) => {
  const out: string[] = [];
  for (const f of files) {
    if (f.diagnostics.length === 0) continue;
    out.push(chalk.underline(f.path));
    const rows = f.diagnostics.map((d) => ({
      where: `${d.line}:${d.column}`,
      severity: d.severity,
      word: SEVERITY_WORD[lang][d.severity],
      message: d.message,
      rule: d.rule,
      related: d.related ?? [],
    }));
    const whereWidth = Math.max(...rows.map((r) => r.where.length));
    const wordWidth = Math.max(...rows.map((r) => r.word.length));
    const messageWidth = Math.max(...rows.map((r) => r.message.length));
    for (const r of rows) {
      const word = r.word.padEnd(wordWidth);
      out.push(
        `  ${chalk.dim(r.where.padEnd(whereWidth))}  ${r.severity === 'error' ? chalk.red(word) : chalk.yellow(word)}  ${r.message.padEnd(messageWidth)}  ${chalk.dim(r.rule)}`,
      );
      // a related place (the first occurrence of a duplicate) on a line of its own, under the finding
      for (const rel of r.related) out.push(`  ${' '.repeat(whereWidth)}  ${chalk.dim(`↳ ${rel.line}:${rel.column} ${rel.message}`)}`);
    }
    out.push('');
  }
  const counts = countOf(files);
  const total = counts.errors + counts.warnings;
  if (total === 0) return '';
  const summary = `✖ ${uiText('problems', lang, { total, errors: counts.errors, warnings: counts.warnings })}`;
  out.push(counts.errors > 0 ? chalk.red.bold(summary) : chalk.yellow.bold(summary));
  if (counts.fixable > 0) out.push(chalk.dim(`  ${uiText('fixable', lang, { count: counts.fixable })}`));
  return `${out.join('\n')}\n`;
};
