// The `resolve` command line. stdout carries data only; every message goes to
// stderr as one line. Exit codes: 0 ok, 1 a document could not be processed,
// 2 usage or I/O error, 130 / 143 a batch stopped by Ctrl-C / kill (see errors.ts
// and the README).
import { Command, CommanderError, Help, Option } from 'commander';
import { EXIT, ResolveError } from '../shared/errors.js';
import { runParse } from './parse-command.js';
import { runSchema } from './schema-command.js';
import { registerCheckCommand } from './check-command.js';
import { registerReportCommand } from './report-command.js';
import { VERSION } from '../shared/build.js';
import { writeStdoutNow } from '../io/stdout.js';
import { langOf, setLang, type Lang } from '../shared/messages/lang.js';
import { say } from '../shared/messages/ui.js';
import { COMMAND_HELP, commanderError, helpTitle, optionNotes, usageWords, type CommandHelpKey } from '../shared/messages/help.js';

// for the build's warm-up run (bin/bundle.cjs --write-cache), which stores what it learnt about the grammars
export { startRecording, recordedBuildFiles } from '../shared/grammar/build-files.js';

/** For a batch worker thread (bin/worker.cjs), which loads this same bundle: the parser of one job. */
export async function loadJobRunner() {
  return (await import('../batch/job.js')).runJob;
}

function program(lang: Lang): Command {
  const t = (key: CommandHelpKey) => COMMAND_HELP[key][lang];
  const cli = new Command('resolve')
    .description(t('program'))
    .version(VERSION, '-V, --version', t('version'))
    .helpOption('-h, --help', t('helpCommand'))
    .helpCommand('help [command]', t('helpCommand'))
    .showSuggestionAfterError()
    // commander's own errors as one line, like ours: "resolve: unknown option '--x'"
    .configureOutput({
      // help and version text as the data is written (stdout.ts)
      writeOut: writeStdoutNow,
      writeErr: (s) => process.stderr.write(s),
      // "(Did you mean --pretty?)" comes on a line of its own: join it
      outputError: (s, write) => write(`resolve: ${commanderError(s.replace(/^error: /, '').trimEnd().replace(/\s*\n\s*/g, ' '), lang)}\n`),
    })
    // commander's headings ("Usage:", "Options:") in the users' language, for every command
    .configureHelp({
      styleTitle: (title) => helpTitle(title, lang),
      styleUsage: (usage) => usageWords(usage, lang),
      subcommandTerm(command) {
        return usageWords(Help.prototype.subcommandTerm.call(this, command), lang);
      },
      optionDescription(option) {
        return optionNotes(Help.prototype.optionDescription.call(this, option), lang);
      },
    })
    .exitOverride();
  // read before parsing (main), declared so that it is accepted after any command
  const langOption = () => new Option('--lang <lang>', t('lang')).choices(['ru', 'en']);

  cli
    .command('parse')
    .description(t('parse'))
    .argument('<inputs...>', t('parseInputs'))
    .option('--pretty', t('pretty'))
    .addOption(new Option('--input-format <format>', t('inputFormat')).choices(['text', 'markdown', 'docx', 'html']))
    .option('-o, --out <dir>', t('out'))
    .addOption(new Option('--format <format>', t('format')).choices(['json', 'ndjson', 'csv', 'xlsx', 'ics']))
    .option('--output-file <file>', t('parseOutputFile'))
    .option('--today <date>', t('today'))
    .option('--csv-delimiter <d>', t('csvDelimiter'))
    .option('-j, --jobs <n>', t('jobs'))
    .option('--force', t('force'))
    .option('--max-memory <mb>', t('maxMemory'))
    .option('--text', t('text'))
    .option('--explain', t('explain'))
    .option('--grammars <dir>', t('grammars'))
    .addOption(langOption())
    .addHelpText('after', t('parseAfter'))
    .action(runParse);

  cli.command('schema').description(t('schema')).addOption(langOption()).addHelpText('after', t('schemaAfter')).action(runSchema);

  registerCheckCommand(cli, lang);
  registerReportCommand(cli, t, langOption);

  cli.addHelpText('after', t('programAfter'));
  return cli;
}

export async function main(argv: string[]): Promise<number> {
  try {
    // the language of help, usage errors and messages: --lang anywhere on the line, then RESOLVE_LANG
    const lang = langOf(langFlag(argv));
    setLang(lang);
    await program(lang).parseAsync(argv, { from: 'user' });
    return EXIT.ok;
  } catch (e) {
    return reportError(e);
  }
}

function langFlag(argv: readonly string[]): string | undefined {
  const i = argv.findIndex((a) => a === '--lang' || a.startsWith('--lang='));
  if (i === -1) return undefined;
  return argv[i]!.includes('=') ? argv[i]!.slice('--lang='.length) : argv[i + 1];
}

function reportError(e: unknown): number {
  if (e instanceof CommanderError) {
    // help and version are "errors" to commander; they already printed
    if (e.code === 'commander.helpDisplayed' || e.code === 'commander.version' || e.exitCode === 0) return EXIT.ok;
    return EXIT.usage; // commander already wrote its one-line message
  }
  if (e instanceof ResolveError) {
    process.stderr.write(`resolve: ${e.message}\n`);
    return e.exitCode;
  }
  const err = e as NodeJS.ErrnoException;
  if (err?.code === 'EPIPE') return EXIT.ok; // `resolve parse … | head` closed the pipe
  process.stderr.write(`resolve: ${say('internalError', { detail: err?.message ?? String(e) })}\n`);
  if (process.env.RESOLVE_DEBUG) process.stderr.write(`${err?.stack}\n`);
  return EXIT.internal;
}
