// docs/rules.md, written from the rules' own metadata (npm run docs:rules), so
// the page SARIF links to (helpUri) says what the code does; a test keeps the
// committed page equal to this.
import { RULES } from './rules/index.js';

export function rulesDoc(): string {
  const out = [
    '# Rules of `resolve check`',
    '',
    'Each rule has an id (used in `resolve.config.json`, `--rule`, baselines and SARIF), a default severity, and a',
    'Russian and English one-line description (the catalogue in `src/shared/messages/rules.ts`). SARIF reports link',
    'each rule here (`helpUri`). `resolve check --list-rules` prints the same list. This page is written by',
    '`npm run docs:rules` from the rules themselves.',
    '',
  ];
  for (const { meta } of RULES) {
    const notes = [`Default: \`${meta.defaultSeverity}\``, meta.fixable ? 'fixable with `--fix`' : '', meta.stage ? `reported while parsing (${meta.stage})` : ''];
    out.push(`## ${meta.id}`, '', notes.filter(Boolean).join(' · '), '', `> ${meta.description.ru}`, '>', `> ${meta.description.en}`, '', meta.docs, '');
  }
  return out.join('\n');
}
