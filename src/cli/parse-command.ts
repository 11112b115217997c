import { readInput, formatOf, type Format } from '../io/read-input.js';
import { parseDocument } from '../pipeline.js';
import { writeStdout } from './stdout.js';

export interface ParseOptions {
  pretty?: boolean;
  format?: Format;
}

export async function runParse(file: string, options: ParseOptions): Promise<void> {
  const bytes = await readInput(file);
  const format = options.format ?? formatOf(file);
  const { output } = await parseDocument({ bytes, path: file, format });
  await writeStdout(formatJson(output, options.pretty ?? false));
}

/** Deterministic JSON: key order is the schema's, no timestamps. */
export function formatJson(value: unknown, pretty: boolean): string {
  return `${JSON.stringify(value, null, pretty ? 2 : undefined)}\n`;
}
