// The `resolve` command line. stdout carries data only; every message goes to
// stderr as one line. Exit codes: 0 ok, 1 a document could not be processed,
// 2 usage or I/O error, 130 / 143 a batch stopped by Ctrl-C / kill (see errors.ts
// and the README).
import { Command, CommanderError, Option } from 'commander';
import { EXIT, ResolveError } from '../errors.js';
import { runParse } from './parse-command.js';
import { runSchema } from './schema-command.js';
import { registerCheckCommand } from './check-command.js';
import { registerReportCommand } from './report-command.js';
import { VERSION } from '../version.js';
import { writeStdoutNow } from './stdout.js';

// for the build's warm-up run (bin/bundle.cjs --write-cache), which stores what it learnt about the grammars
export { startRecording, recordedBuildFiles } from '../grammar/build-files.js';

/** For a batch worker thread (bin/worker.cjs), which loads this same bundle: the parser of one job. */
export async function loadJobRunner() {
  return (await import('../batch/job.js')).runJob;
}

function program(): Command {
  const cli = new Command('resolve')
    .description('Turn Russian resolution documents (резолюции, протоколы, решения) into structured, validated JSON.')
    .version(VERSION, '-V, --version')
    .showSuggestionAfterError()
    // commander's own errors as one line, like ours: "resolve: unknown option '--x'"
    .configureOutput({
      // help and version text as the data is written (stdout.ts)
      writeOut: writeStdoutNow,
      writeErr: (s) => process.stderr.write(s),
      // "(Did you mean --pretty?)" comes on a line of its own: join it
      outputError: (s, write) => write(`resolve: ${s.replace(/^error: /, '').trimEnd().replace(/\s*\n\s*/g, ' ')}\n`),
    })
    .exitOverride();

  cli
    .command('parse')
    .description('parse documents: one to stdout as JSON, or folders, files and globs to --out DIR (see `resolve schema` for the shape)')
    .argument('<inputs...>', 'a .txt/.md/.docx/.html file, - for standard input, or (with --out / --format) folders, files and quoted globs')
    .option('--pretty', 'indent the JSON for reading')
    .addOption(new Option('--input-format <format>', 'input format (default: by extension)').choices(['text', 'markdown', 'docx', 'html']))
    .option('-o, --out <dir>', 'write one JSON per input into DIR, mirroring the folders, plus DIR/index.json')
    .addOption(
      new Option('--format <format>', 'output: JSON files (default); on stdout or --output-file: ndjson, csv (one row per task), ics (a calendar of deadlines); xlsx (an Excel workbook, needs --output-file)').choices([
        'json',
        'ndjson',
        'csv',
        'xlsx',
        'ics',
      ]),
    )
    .option('--output-file <file>', 'write the ndjson, csv, xlsx or ics output to FILE (replaced only when the run ends well)')
    .option('--today <date>', 'the day task statuses (просрочено, скоро, в срок) are reckoned against (default: today)')
    .option('--csv-delimiter <d>', 'csv: "," (default), ";" (Excel in a Russian locale), "tab", or "auto" (";" when the locale is Russian)')
    .addOption(new Option('--lang <lang>', 'csv: headers and words in Russian (default) or English (the JSON codes)').choices(['ru', 'en']))
    .option('-j, --jobs <n>', 'parse in N worker threads (default: the number of cores)')
    .option('--force', 'parse every input again, even when its output is up to date')
    .addHelpText(
      'after',
      `
The encoding is detected: UTF-8 (with or without BOM), UTF-16, windows-1251,
KOI8-R or IBM866; the output names it in source.encoding.

Examples:
  $ resolve parse fixtures/seeds/002_27408a7706993244.txt --pretty
  $ resolve parse protocol.txt | jq '.tasks[] | {number, text, deadline}'
  $ resolve parse protocol.txt | jq -r '.document.title'
  $ iconv -f utf-8 -t cp1251 rez.txt | resolve parse -
  $ resolve parse notes.md --input-format markdown --pretty > notes.json
  $ resolve parse archive/ --out archive-json/
  $ resolve parse archive/ --format xlsx --output-file задачи.xlsx
  $ resolve parse 'archive/**/*.docx' --format csv --csv-delimiter ';' --output-file tasks.csv
  $ resolve parse archive/ --format ics --output-file сроки.ics

Exit codes: 0 ok, 1 a document (any of them) could not be processed (empty,
binary, too large), 2 usage or I/O error (unknown option, missing file, a directory),
130 / 143 a batch stopped by Ctrl-C / kill (its progress is saved: rerun to finish).`,
    )
    .action(runParse);

  cli
    .command('schema')
    .description('print the JSON Schema of the output')
    .addHelpText('after', `\nExample:\n  $ resolve schema > resolve.schema.json`)
    .action(runSchema);

  registerCheckCommand(cli);
  registerReportCommand(cli);

  cli.addHelpText(
    'after',
    `
Examples:
  $ resolve parse fixtures/seeds/002_27408a7706993244.txt --pretty
  $ resolve parse rez.txt > rez.json
  $ cat rez.txt | resolve parse - | jq '.sections | length'
  $ resolve schema > resolve.schema.json
  $ resolve report archive/ -o отчёт.html
  $ resolve parse --help

Exit codes: 0 ok, 1 the document could not be processed, 2 usage or I/O error.`,
  );
  return cli;
}

export async function main(argv: string[]): Promise<number> {
  try {
    await program().parseAsync(argv, { from: 'user' });
    return EXIT.ok;
  } catch (e) {
    return reportError(e);
  }
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
  process.stderr.write(`resolve: internal error: ${err?.message ?? String(e)} (please report it)\n`);
  if (process.env.RESOLVE_DEBUG) process.stderr.write(`${err?.stack}\n`);
  return EXIT.internal;
}
