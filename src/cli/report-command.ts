// `resolve report DIR|FILES… -o report.html`: the archive as one HTML page for
// methodists (src/archive-report/). The documents go through the batch like
// `parse --format xlsx`; only the output differs.
import { Command, Option } from 'commander';
import type { Format } from '../io/read-input.js';

interface ReportOptions {
  output?: string;
  today?: string;
  jobs?: string;
  inputFormat?: Format;
}

export function registerReportCommand(cli: Command): void {
  cli
    .command('report')
    .description('one self-contained HTML page about an archive: deadlines by month, overdue and upcoming tasks, tasks by addressee and organisation, with filters')
    .argument('<inputs...>', 'folders, files and quoted globs, as for `resolve parse`')
    .option('-o, --output <file>', 'the HTML file to write (replaced only when the run ends well)')
    .option('--today <date>', 'the day statuses are reckoned against (default: today)')
    .option('-j, --jobs <n>', 'parse in N worker threads (default: the number of cores)')
    .addOption(new Option('--input-format <format>', 'input format (default: by extension)').choices(['text', 'markdown', 'docx', 'html']))
    .addHelpText('after', `\nExample:\n  $ resolve report archive/ -o отчёт.html\n  $ resolve report 'archive/2025/**/*.docx' -o 2025.html --today 01.09.2025`)
    .action(async (inputs: string[], options: ReportOptions) => {
      const { runBatch } = await import('../batch/run.js');
      await runBatch(inputs, { format: 'report', outputFile: options.output, today: options.today, jobs: options.jobs, inputFormat: options.inputFormat });
    });
}
