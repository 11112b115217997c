// SARIF 2.1.0 (OASIS), the format GitHub code scanning uploads: one run of the
// tool "resolve" with its rules and one result per finding. Locations are
// relative URIs against %SRCROOT% (the folder `resolve check` ran in), columns
// count UTF-16 code units as the SARIF default says.
import { relative, resolve, sep, isAbsolute } from 'node:path';
import { pathToFileURL } from 'node:url';
import { VERSION } from '../version.js';
import type { Reporter } from './types.js';

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
              fullDescription: { text: r.docs },
              help: { text: r.docs },
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

/** A path under the working folder becomes a relative URI against %SRCROOT%; others a file: URI. */
function artifactOf(path: string): { uri: string; uriBaseId?: string } {
  const rel = relative(process.cwd(), resolve(path));
  if (rel.startsWith('..') || isAbsolute(rel)) return { uri: pathToFileURL(resolve(path)).href };
  return { uri: rel.split(sep).map(encodeURIComponent).join('/'), uriBaseId: 'SRCROOT' };
}
