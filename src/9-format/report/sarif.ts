// SARIF 2.1.0 (OASIS), the format GitHub code scanning uploads: one run of the
// tool "resolve" with its rules and one result per finding. Locations are
// relative URIs against %SRCROOT% (the folder `resolve check` ran in), columns
// count UTF-16 code units as the SARIF default says.
import { existsSync } from 'node:fs';
import { dirname, join, relative, resolve, sep, isAbsolute } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { VERSION } from '../../shared/build.js';
import type { Reporter } from './types.js';
import { uiText } from '../../shared/messages/ui.js';

export const SARIF_SCHEMA = 'https://json.schemastore.org/sarif-2.1.0.json';

export const sarif: Reporter = ({ files, rules, lang }) => {
  const ruleIndex = new Map(rules.map((r, i) => [r.id, i]));
  const results = files.flatMap((f) =>
    f.diagnostics.map((d) => ({
      ruleId: d.rule,
      ...(ruleIndex.has(d.rule) ? { ruleIndex: ruleIndex.get(d.rule)! } : {}),
      level: d.severity,
      message: { text: d.message },
      locations: [
        {
          physicalLocation: {
            artifactLocation: artifactOf(f.path),
            region: { startLine: d.line, startColumn: d.column, endLine: d.endLine, endColumn: d.endColumn },
          },
        },
      ],
      // the first occurrence of a duplicate, as a place of its own rather than "line N" in the message
      ...(d.related.length
        ? {
            relatedLocations: d.related.map((r, id) => ({
              id,
              message: { text: r.message },
              physicalLocation: { artifactLocation: artifactOf(f.path), region: { startLine: r.line, startColumn: r.column, endLine: r.endLine, endColumn: r.endColumn } },
            })),
          }
        : {}),
    })),
  );
  const log = {
    $schema: SARIF_SCHEMA,
    version: '2.1.0',
    runs: [
      {
        tool: {
          driver: {
            name: 'resolve',
            version: VERSION,
            rules: rules.map((r) => ({
              id: r.id,
              shortDescription: { text: r.description[lang] },
              // the full explanation is written in English (docs/rules.md); in Russian, the rule's own sentence and where to read more
              fullDescription: { text: lang === 'en' ? r.docs : r.description.ru },
              help: { text: lang === 'en' ? r.docs : `${r.description.ru}. ${uiText('moreAt', lang, { url: r.url ?? 'docs/rules.md' })}` },
              ...(r.url ? { helpUri: docsUri(r.url) } : {}),
              defaultConfiguration: { level: r.defaultSeverity === 'warn' ? 'warning' : 'error' },
            })),
          },
        },
        columnKind: 'utf16CodeUnits',
        originalUriBaseIds: { SRCROOT: { uri: `${pathToFileURL(process.cwd()).href}/` } },
        results,
      },
    ],
  };
  return `${JSON.stringify(log, null, 2)}\n`;
};

/** "docs/rules.md#numbering" → a file: URI of that page in this copy of resolve (shipped in the package). */
function docsUri(url: string): string {
  const [file, anchor] = url.split('#');
  let dir = dirname(fileURLToPath(import.meta.url));
  for (let i = 0; i < 6 && !existsSync(join(dir, 'package.json')); i++) dir = dirname(dir);
  return `${pathToFileURL(join(dir, file!)).href}${anchor ? `#${anchor}` : ''}`;
}

/** A path under the working folder becomes a relative URI against %SRCROOT%; others a file: URI. */
function artifactOf(path: string): { uri: string; uriBaseId?: string } {
  const rel = relative(process.cwd(), resolve(path));
  if (rel.startsWith('..') || isAbsolute(rel)) return { uri: pathToFileURL(resolve(path)).href };
  return { uri: rel.split(sep).map(encodeURIComponent).join('/'), uriBaseId: 'SRCROOT' };
}
