// `resolve check FILE|DIR|GLOB …`: the CI gate. Exit 0 when no errors (and
// warnings within --max-warnings), 1 when the checks fail, 2 for usage or read
// errors. The report goes to stdout (or --output-file) in the chosen format;
// one-line messages to stderr. The options follow ESLint's names where ESLint
// has one. This file only declares the command; check-run.ts runs it.
import { Command, InvalidArgumentError, Option } from 'commander';
import type { Lang } from '../shared/messages/lang.js';
import { CHECK_HELP, type CheckHelpKey } from '../shared/messages/help.js';
import { REPORT_FORMATS } from '../9-format/report/formats.js';
import type { CheckCliOptions } from './check-options.js';

export function registerCheckCommand(cli: Command, lang: Lang): void {
  const t = (key: CheckHelpKey) => CHECK_HELP[key][lang];
  cli
    .command('check')
    .description(t('description'))
    .argument('[paths...]', t('paths'))
    .addOption(new Option('-f, --format <format>', t('format')).choices(REPORT_FORMATS).default('stylish'))
    .option('-o, --output-file <file>', t('outputFile'))
    .option('--color', t('color'))
    .option('--no-color', t('noColor'))
    .option('-c, --config <file>', t('config'))
    .option('--rule <id=severity>', t('rule'), collect, [])
    .option('--quiet', t('quiet'))
    .option('--max-warnings <n>', t('maxWarnings'), warningLimit, -1)
    .addOption(new Option('--lang <lang>', t('lang')).choices(['ru', 'en']))
    .option('--ignore-pattern <pattern>', t('ignorePattern'), collect, [])
    .option('--stdin-filename <name>', t('stdinFilename'))
    .option('--baseline <file>', t('baseline'))
    .option('--write-baseline <file>', t('writeBaseline'))
    .option('--fix', t('fix'))
    .option('--fix-dry-run', t('fixDryRun'))
    .option('--print-config <file>', t('printConfig'))
    .option('--init', t('init'))
    .option('--list-rules', t('listRules'))
    .option('--grammars <dir>', t('grammars'))
    .option('--max-memory <mb>', t('maxMemory'))
    .helpOption('-h, --help', t('help'))
    .addHelpText(
      'after',
      `
${t('examples')}
  $ resolve check drafts/
  $ resolve check 'archive/**/*.txt' '!archive/old/**' -f sarif -o resolve.sarif
  $ resolve check rez.txt --rule numbering=off --max-warnings 0
  $ resolve check plan.docx
  $ cat rez.txt | resolve check - --stdin-filename drafts/rez.txt
  $ resolve check archive/ --write-baseline resolve-baseline.json
  $ resolve check archive/ --baseline resolve-baseline.json

${t('exitCodes')}`,
    )
    // the checking itself (rules, reporters, baseline, fixes) loads only when `check` runs
    .action(async (paths: string[], options: CheckCliOptions) => (await import('./check-run.js')).runCheck(paths, options));
}

function collect(value: string, previous: string[]): string[] {
  return [...previous, value];
}

/** ESLint's --max-warnings: a whole number, or -1 for no limit */
function warningLimit(value: string): number {
  if (!/^(?:-1|\d{1,9})$/.test(value.trim())) throw new InvalidArgumentError('≥ -1');
  return Number(value);
}
