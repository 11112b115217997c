// `resolve report DIR|FILES… -o report.html`: the archive as one HTML page for
// methodists (src/9-format/archive-report/). The documents go through the batch like
// `parse --format xlsx`; only the output differs.
import { Command, Option } from 'commander';
import type { Format } from '../io/read-input.js';
import type { CommandHelpKey } from '../shared/messages/help.js';
import { applyGrammarOverlay } from './grammars-option.js';

interface ReportOptions {
  output?: string;
  today?: string;
  jobs?: string;
  inputFormat?: Format;
  grammars?: string;
}

export function registerReportCommand(cli: Command, t: (key: CommandHelpKey) => string, langOption: () => Option): void {
  cli
    .command('report')
    .description(t('report'))
    .argument('<inputs...>', t('reportInputs'))
    .option('-o, --output <file>', t('reportOutput'))
    .option('--today <date>', t('today'))
    .option('-j, --jobs <n>', t('jobs'))
    .addOption(new Option('--input-format <format>', t('inputFormat')).choices(['text', 'markdown', 'docx', 'html']))
    .option('--grammars <dir>', t('grammars'))
    .addOption(langOption())
    .addHelpText('after', t('reportAfter'))
    .action(async (inputs: string[], options: ReportOptions) => {
      await applyGrammarOverlay(options.grammars);
      const { runBatch } = await import('../batch/run.js');
      await runBatch(inputs, { format: 'report', outputFile: options.output, today: options.today, jobs: options.jobs, inputFormat: options.inputFormat });
    });
}
