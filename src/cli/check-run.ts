// Runs `resolve check` (declared in check-command.ts), loaded only when the command runs.
import { writeFile } from 'node:fs/promises';
import { EXIT, ResolveError, usageError } from '../errors.js';
import { readInput, formatOf } from '../io/read-input.js';
import type { Decoded } from '../io/decode.js';
import { parseDocument } from '../pipeline.js';
import type { ActiveRule } from '../check/index.js';
import { lint } from '../check/lint.js';
import { ConfigResolver, loadConfig, parseRuleFlag } from '../check/config.js';
import { applyBaseline, buildBaseline, readBaseline, type CheckedFile } from '../check/baseline.js';
import { applyFixes, encodeLike, writeAtomically } from '../check/fix.js';
import { splitLines, toSourceColumns } from '../check/source.js';
import { expandInputs } from '../check/files.js';
import { uiText } from '../messages/ui.js';
import { RULES } from '../check/rules/index.js';
import type { Lang, RuleMeta } from '../check/types.js';
import { REPORTERS } from '../report/index.js';
import { countOf } from '../report/types.js';
import { writeStdout } from './stdout.js';
import type { CheckCliOptions } from './check-command.js';

/** A fix loop ends here even if every pass still finds something to fix. */
const MAX_FIX_PASSES = 10;

export async function runCheck(paths: string[], options: CheckCliOptions): Promise<void> {
  const lang = options.lang;
  if (options.listRules) return writeStdout(listRules(lang));
  if (paths.length === 0) throw usageError('no-input', 'check: give files, folders or glob patterns to check (or --list-rules)');
  if (options.fix && paths.includes('-')) throw usageError('fix-stdin', 'check: --fix cannot write back to standard input');

  const overrides = Object.fromEntries(options.rule.map(parseRuleFlag));
  if (options.config) loadConfig(options.config); // a broken --config fails before any file is read
  const configs = new ConfigResolver(options.config ?? null, overrides);
  const baseline = options.baseline ? readBaseline(options.baseline) : null;

  let checked: CheckedFile[] = [];
  let unreadable = 0;
  for (const file of await expandInputs(paths)) {
    const rules = configs.rulesFor(file); // a broken config stops the run (exit 2)
    try {
      checked.push(await checkFile(file, rules, lang, options.fix ?? false));
    } catch (e) {
      // a file that cannot be read, decoded or written back is reported; the others are still checked
      if (!(e instanceof ResolveError)) throw e;
      process.stderr.write(`resolve: ${e.message.startsWith(file) ? e.message : `${file}: ${e.message}`}\n`);
      unreadable++;
    }
  }

  if (options.writeBaseline) {
    const data = buildBaseline(options.writeBaseline, checked);
    await writeFile(options.writeBaseline, `${JSON.stringify(data, null, 2)}\n`);
    process.stderr.write(`resolve: wrote ${data.findings.length} accepted findings to ${options.writeBaseline}\n`);
    if (unreadable > 0) throw usageError('unreadable', `${unreadable} file(s) could not be checked`);
    return;
  }
  if (baseline) checked = applyBaseline(options.baseline!, baseline, checked);

  const rules: RuleMeta[] = RULES.map((r) => r.meta);
  await writeStdout(REPORTERS[options.format]({ files: checked, rules, lang }));

  if (unreadable > 0) throw usageError('unreadable', `${unreadable} file(s) could not be checked`);
  const counts = countOf(checked);
  if (counts.errors > 0) throw new ResolveError(uiText('failed', lang, { errors: counts.errors, warnings: counts.warnings }), EXIT.documentFailed, 'check-failed');
  if (options.maxWarnings >= 0 && counts.warnings > options.maxWarnings) {
    throw new ResolveError(uiText('tooManyWarnings', lang, { warnings: counts.warnings, max: options.maxWarnings }), EXIT.documentFailed, 'check-failed');
  }
}

/**
 * Parse and check one file; with `fix`, apply the autofixes (again on the
 * fixed text, until nothing is left to fix) and write the file back once.
 */
async function checkFile(path: string, active: ActiveRule[], lang: Lang, fix: boolean): Promise<CheckedFile> {
  const bytes = await readInput(path);
  const format = formatOf(path);
  // parsed once: the document, its stages' messages and the decoded text; lint adds the findings
  const diagnose = async (b: Uint8Array) => {
    const doc = lint(await parseDocument({ bytes: b, path, format }), active, lang);
    const source = splitLines(doc.source.text);
    return { result: { diagnostics: toSourceColumns(doc.output.diagnostics, source), lines: source.lines }, decoded: doc.source };
  };
  let { result, decoded } = await diagnose(bytes);
  if (!fix || !result.diagnostics.some((d) => d.fix)) return { path, ...result };

  const like = { encoding: decoded.encoding as Decoded['encoding'], bom: decoded.bom };
  if (!sameBytes(await encodeLike(decoded.text, like), bytes)) {
    process.stderr.write(`resolve: ${path}: not fixed: the file would not be written back byte for byte in ${decoded.encoding}\n`);
    return { path, ...result };
  }
  let text = decoded.text;
  let fixedBytes: Uint8Array | null = null;
  for (let pass = 0; pass < MAX_FIX_PASSES; pass++) {
    const next = applyFixes(text, result.diagnostics.flatMap((d) => (d.fix ? [d.fix] : [])));
    if (next === null) break;
    text = next;
    fixedBytes = await encodeLike(text, like);
    result = (await diagnose(fixedBytes)).result;
  }
  if (fixedBytes) await writeAtomically(path, fixedBytes);
  return { path, ...result };
}

function sameBytes(a: Uint8Array, b: Uint8Array): boolean {
  return a.length === b.length && Buffer.compare(Buffer.from(a.buffer, a.byteOffset, a.length), Buffer.from(b.buffer, b.byteOffset, b.length)) === 0;
}

function listRules(lang: Lang): string {
  const width = Math.max(...RULES.map((r) => r.meta.id.length));
  const lines = RULES.map((r) => {
    const fixable = r.meta.fixable ? ' (--fix)' : '';
    return `${r.meta.id.padEnd(width)}  ${r.meta.defaultSeverity.padEnd(5)}  ${r.meta.description[lang]}${fixable}`;
  });
  return `${lines.join('\n')}\n`;
}
