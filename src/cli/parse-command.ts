import { readInput, formatOf, sourcePath, type Format } from '../io/read-input.js';
import { parseDocument } from '../7-validate/pipeline.js';
import { lint } from '../8-check/lint.js';
import { writeStdout } from '../io/stdout.js';
import { formatJson } from '../9-format/export/json.js';
import { isSingleDocument, type BatchFlags } from '../batch/options.js';
import { formatOutline } from '../9-format/report/outline.js';
import { usageError } from '../shared/errors.js';
import { say } from '../shared/messages/ui.js';
import { applyMemoryBudget } from '../shared/limits.js';
import { applyGrammarOverlay } from './grammars-option.js';

export interface ParseOptions extends BatchFlags {
  pretty?: boolean;
  inputFormat?: Format;
  /** print the decoded or converted text with line numbers instead of JSON */
  text?: boolean;
  /** print why each structural decision was taken instead of JSON */
  explain?: boolean;
  /** the memory budget per document, MB (limits.ts) */
  maxMemory?: string;
  /** a folder of grammar files whose entries are added to the built-in ones */
  grammars?: string;
}

export async function runParse(inputs: string[], options: ParseOptions): Promise<void> {
  applyMemoryBudget(options.maxMemory);
  await applyGrammarOverlay(options.grammars);
  // folders, several files, globs, --out, ndjson/csv: the batch (src/batch/, loaded only then)
  if (options.explain && !isSingleDocument(inputs, options)) throw usageError('usage', say('explainOne'));
  if (!isSingleDocument(inputs, options)) return (await import('../batch/run.js')).runBatch(inputs, options);
  const file = inputs[0]!;
  if (options.text) return (await import('./parse-text.js')).printText(file, options.inputFormat ?? formatOf(file));
  const bytes = await readInput(file);
  const format = options.inputFormat ?? formatOf(file);
  const parsed = await parseDocument({ bytes, path: sourcePath(file), format, explain: options.explain ?? false });
  if (options.explain) return writeStdout(formatOutline(parsed.output, parsed.decisions ?? [], parsed.lines));
  const { output } = lint(parsed);
  await writeStdout(formatJson(output, options.pretty ?? false));
}
