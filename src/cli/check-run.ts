// Runs `resolve check` (declared in check-command.ts), loaded only when the command runs.
import { mkdirSync, writeFileSync } from 'node:fs';
import { writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import chalk from 'chalk';
import { EXIT, ResolveError, usageError } from '../shared/errors.js';
import { readInput, formatOf } from '../io/read-input.js';
import type { Decoded } from '../1-decode/decode.js';
import { parseDocument } from '../7-validate/pipeline.js';
import type { ActiveRule } from '../8-check/index.js';
import { lint } from '../8-check/lint.js';
import { CONFIG_FILE, ConfigResolver, loadConfig, parseRuleFlag } from '../8-check/config.js';
import { Ignorer } from '../io/ignore.js';
import { printConfig, starterConfig } from '../8-check/init.js';
import { applyBaseline, buildBaseline, readBaseline, type CheckedFile } from '../8-check/baseline.js';
import { applyFixes, encodeLike, unifiedDiff, writeAtomically } from '../8-check/fix.js';
import { splitLines, toSourceColumns } from '../8-check/source.js';
import { withPlaces } from '../8-check/converted.js';
import { expandInputs } from '../io/check-inputs.js';
import { say, uiText } from '../shared/messages/ui.js';
import { applyGrammarOverlay } from './grammars-option.js';
import { applyMemoryBudget } from '../shared/limits.js';
import { currentLang, langOf, setLang, type Lang } from '../shared/messages/lang.js';
import { RULES } from '../8-check/rules/index.js';
import type { RuleMeta } from '../8-check/types.js';
import type { Diagnostic, Fix } from '../shared/schema/output.js';
import { REPORTERS } from '../9-format/report/index.js';
import { countOf } from '../9-format/report/types.js';
import { writeStdout } from '../io/stdout.js';
import type { CheckCliOptions } from './check-options.js';

/** A fix loop ends here even if every pass still finds something to fix. */
const MAX_FIX_PASSES = 10;

type FixMode = 'none' | 'write' | 'dry-run';

interface FileResult extends CheckedFile {
  /** with --fix-dry-run: the fixed text, when it differs */
  output?: string;
  diff: string;
}

export async function runCheck(paths: string[], options: CheckCliOptions): Promise<void> {
  const lang = options.lang ? langOf(options.lang) : currentLang();
  setLang(lang);
  if (options.init) return writeStarter(lang);
  if (options.listRules) return writeStdout(listRules(lang));

  const overrides = Object.fromEntries(options.rule.map(parseRuleFlag));
  if (options.config) loadConfig(options.config); // a broken --config fails before any file is read
  applyMemoryBudget(options.maxMemory);
  await applyGrammarOverlay(options.grammars, options.config);
  const configs = new ConfigResolver(options.config ?? null, overrides);
  if (options.printConfig) return writeStdout(printConfig(configs, options.printConfig));
  if (paths.length === 0) throw usageError('no-input', say('noInput'));
  if (options.fix && paths.includes('-')) throw usageError('fix-stdin', say('fixStdin'));
  setColour(options);
  const baseline = options.baseline ? readBaseline(options.baseline) : null;
  const mode: FixMode = options.fix ? 'write' : options.fixDryRun ? 'dry-run' : 'none';

  const inputs = await expandInputs(paths);
  const ignorer = new Ignorer([...options.ignorePattern, ...inputs.excluded]);
  let checked: FileResult[] = [];
  let unreadable = 0;
  let ignored = 0;
  for (const file of inputs.files) {
    const name = file === '-' ? (options.stdinFilename ?? '-') : file;
    const config = configs.configFor(name); // a broken config stops the run (exit 2)
    if (ignorer.ignores(name, config)) {
      ignored++;
      if (paths.includes(file)) process.stderr.write(`resolve: ${say('ignoredNamed', { path: name })}\n`);
      continue;
    }
    try {
      checked.push(await checkFile(file, name, configs.rulesFor(name), lang, mode));
    } catch (e) {
      // a file that cannot be read, decoded or written back is reported; the others are still checked
      if (!(e instanceof ResolveError)) throw e;
      process.stderr.write(`resolve: ${e.message.startsWith(name) ? e.message : `${name}: ${e.message}`}\n`);
      unreadable++;
    }
  }
  if (ignored > 0 && ignored === inputs.files.length && !inputs.files.some((f) => paths.includes(f))) throw usageError('all-ignored', say('allIgnored'));

  if (options.writeBaseline) {
    const data = buildBaseline(options.writeBaseline, checked);
    await writeFile(options.writeBaseline, `${JSON.stringify(data, null, 2)}\n`);
    process.stderr.write(`resolve: ${say('wroteBaseline', { count: data.findings.length, path: options.writeBaseline })}\n`);
    if (unreadable > 0) throw usageError('unreadable', say('couldNotCheck', { count: unreadable }));
    return;
  }
  if (baseline) checked = applyBaseline(options.baseline!, baseline, checked);

  const counts = countOf(checked);
  // --quiet: errors only (warnings still count for an explicit --max-warnings, as in ESLint)
  const shown = options.quiet ? checked.map((f) => ({ ...f, diagnostics: f.diagnostics.filter((d) => d.severity === 'error') })) : checked;
  const rules: RuleMeta[] = RULES.map((r) => r.meta);
  const report = REPORTERS[options.format]({ files: shown, rules, lang });
  if (mode === 'dry-run' && options.format !== 'json') await writeStdout(checked.map((f) => f.diff).join(''));
  if (options.outputFile) writeReport(options.outputFile, report);
  else await writeStdout(report);

  if (unreadable > 0) throw usageError('unreadable', say('couldNotCheck', { count: unreadable }));
  if (counts.errors > 0) throw new ResolveError(uiText('failed', lang, { errors: counts.errors, warnings: counts.warnings }), EXIT.documentFailed, 'check-failed');
  if (options.maxWarnings >= 0 && counts.warnings > options.maxWarnings) {
    throw new ResolveError(uiText('tooManyWarnings', lang, { warnings: counts.warnings, max: options.maxWarnings }), EXIT.documentFailed, 'check-failed');
  }
}

/**
 * Parse and check one file (`name` is how the report calls it: --stdin-filename
 * for "-"); with a fix mode, apply the autofixes (again on the fixed text,
 * until nothing is left to fix), then write the file back once, or only show it.
 */
async function checkFile(path: string, name: string, active: ActiveRule[], lang: Lang, mode: FixMode): Promise<FileResult> {
  const bytes = await readInput(path);
  const format = formatOf(name);
  // parsed once: the document, its stages' messages and the decoded text; lint adds the findings
  const diagnose = async (b: Uint8Array) => {
    const doc = lint(await parseDocument({ bytes: b, path: name, format }), active, lang);
    const source = splitLines(doc.source.text);
    let diagnostics = toSourceColumns(doc.output.diagnostics, source);
    if (format === 'docx' || format === 'html') diagnostics = withPlaces(diagnostics, source.lines, doc.output.tasks, lang);
    return { result: { path: name, diagnostics, lines: source.lines, diff: '' }, decoded: doc.source };
  };
  let { result, decoded } = await diagnose(bytes);
  if (mode === 'none' || !result.diagnostics.some((d) => d.fix)) return result;
  if (format === 'docx' || format === 'html') {
    process.stderr.write(`resolve: ${say('fixTextOnly', { path: name, format })}\n`);
    return result;
  }

  const like = { encoding: decoded.encoding as Decoded['encoding'], bom: decoded.bom };
  if (!sameBytes(await encodeLike(decoded.text, like), bytes)) {
    process.stderr.write(`resolve: ${say('notFixedBytes', { path: name, encoding: decoded.encoding })}\n`);
    return result;
  }
  let text = decoded.text;
  let fixedBytes: Uint8Array | null = null;
  const done: Diagnostic[] = [];
  for (let pass = 0; pass < MAX_FIX_PASSES; pass++) {
    const fixing = result.diagnostics.filter((d) => d.fix);
    const applied: Fix[] = [];
    const next = applyFixes(text, fixing.map((d) => d.fix!), applied);
    if (next === null) break;
    done.push(...fixing.filter((d) => applied.includes(d.fix!)));
    text = next;
    fixedBytes = await encodeLike(text, like);
    result = (await diagnose(fixedBytes)).result;
  }
  if (!fixedBytes) return result;
  const list = done.map((d) => say('fixedAt', { rule: d.rule, line: d.line })).join(', ');
  process.stderr.write(`resolve: ${say(mode === 'write' ? 'fixed' : 'wouldFix', { path: name, list })}\n`);
  if (mode === 'write') {
    await writeAtomically(path, fixedBytes);
    return result;
  }
  return { ...result, output: text, diff: unifiedDiff(name, decoded.text, text) };
}

/** NO_COLOR, --color / --no-color; a report written to a file gets no colour codes unless asked. */
function setColour(options: CheckCliOptions): void {
  if (options.color === false) chalk.level = 0;
  else if (options.color === true) chalk.level = Math.max(chalk.level, 1) as typeof chalk.level;
  else if ((process.env.NO_COLOR ?? '') !== '' || options.outputFile) chalk.level = 0;
}

function writeReport(path: string, report: string): void {
  try {
    mkdirSync(dirname(path), { recursive: true });
    writeFileSync(path, report);
  } catch (e) {
    throw usageError('io', say('cannotWriteReport', { path, reason: (e as NodeJS.ErrnoException).code ?? String(e) }));
  }
}

function writeStarter(lang: Lang): void {
  const path = join(process.cwd(), CONFIG_FILE);
  try {
    writeFileSync(path, starterConfig(lang), { flag: 'wx' });
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'EEXIST') throw usageError('config-exists', say('initExists', { path: CONFIG_FILE }));
    throw usageError('io', say('cannotWriteReport', { path: CONFIG_FILE, reason: (e as NodeJS.ErrnoException).code ?? String(e) }));
  }
  process.stderr.write(`resolve: ${say('initWrote', { path: CONFIG_FILE })}\n`);
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
