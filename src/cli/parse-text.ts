// `resolve parse FILE --text`: the text the pipeline reads, after decoding or
// converting (.docx, .html), with line numbers — the lines that diagnostics
// and `resolve check` name.
import { readInput, type Format } from '../io/read-input.js';
import { convertSource } from '../2-convert/index.js';
import { splitLines } from '../8-check/source.js';
import { writeStdout } from '../io/stdout.js';

export async function printText(file: string, format: Format): Promise<void> {
  const { text } = await convertSource(await readInput(file), format);
  const { lines } = splitLines(text);
  if (lines.length > 1 && lines[lines.length - 1] === '') lines.pop();
  const width = String(lines.length).length;
  await writeStdout(lines.map((l, i) => `${String(i + 1).padStart(width)}\t${l}\n`).join(''));
}
