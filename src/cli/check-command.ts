// `resolve check FILE|DIR|GLOB …`: the CI gate. Exit 0 when no errors (and
// warnings within --max-warnings), 1 when the checks fail, 2 for usage or read
// errors. The report goes to stdout in the chosen format; one-line messages to stderr.
// This file only declares the command; check-run.ts runs it.
import { Command, InvalidArgumentError, Option } from 'commander';
import type { Lang } from '../check/types.js';
import { REPORT_FORMATS, type ReportFormat } from '../report/formats.js';

export interface CheckCliOptions {
  format: ReportFormat;
  config?: string;
  rule: string[];
  maxWarnings: number;
  lang: Lang;
  baseline?: string;
  writeBaseline?: string;
  fix?: boolean;
  listRules?: boolean;
}

export function registerCheckCommand(cli: Command): void {
  cli
    .command('check')
    .description('check documents for defects (missing deadlines, numbering, quotes, repeated words …) like a linter')
    .argument('[paths...]', 'files, folders (searched for .txt and .md) or glob patterns; - for standard input')
    .addOption(new Option('--format <format>', 'report format').choices(REPORT_FORMATS).default('stylish'))
    .option('--config <file>', 'use this resolve.config.json for every file (default: the nearest one above each file)')
    .option('--rule <id=severity>', 'set a rule to error, warn or off (repeatable)', collect, [])
    .option('--max-warnings <n>', 'fail when there are more warnings than this', nonNegativeInt, -1)
    .addOption(new Option('--lang <lang>', 'language of the messages').choices(['ru', 'en']).default('ru'))
    .option('--baseline <file>', 'ignore the findings accepted in this baseline file')
    .option('--write-baseline <file>', 'write the current findings to a baseline file and exit 0')
    .option('--fix', 'apply safe autofixes (repeated words, glued numbers) to the files in place')
    .option('--list-rules', 'print every rule with its default severity and description')
    .addHelpText(
      'after',
      `
Examples:
  $ resolve check drafts/
  $ resolve check 'archive/**/*.txt' --format sarif > resolve.sarif
  $ resolve check rez.txt --rule numbering=off --max-warnings 0
  $ resolve check archive/ --write-baseline resolve-baseline.json
  $ resolve check archive/ --baseline resolve-baseline.json

Exit codes: 0 no errors (and warnings within --max-warnings), 1 the checks failed, 2 usage or read error.`,
    )
    // the checking itself (rules, reporters, baseline, fixes) loads only when `check` runs
    .action(async (paths: string[], options: CheckCliOptions) => (await import('./check-run.js')).runCheck(paths, options));
}

function collect(value: string, previous: string[]): string[] {
  return [...previous, value];
}

function nonNegativeInt(value: string): number {
  if (!/^\d{1,9}$/.test(value)) throw new InvalidArgumentError('expected a whole number ≥ 0');
  return Number(value);
}
