// The documents named on the command line, found by the batch's walker
// (src/batch/inputs.ts: folders in name order, quoted globs, hidden entries
// left out, symlink loops ended). `resolve check` reads text: .txt and .md
// files. A .docx or .html in a folder or glob is left out — its lines are not
// the source a finding could point to, and --fix must never write one back —
// and one named on its own is a usage error. A file named on its own with
// another extension ("notes") is checked as text, as the user asked.
import { extname } from 'node:path';
import { usageError } from '../errors.js';

const CONVERTED = /^\.(?:docx|html?)$/i;

export async function expandInputs(inputs: readonly string[]): Promise<string[]> {
  // the walker (and picomatch) is loaded only when check runs, not at every start
  const { collectInputs } = await import('../batch/inputs.js');
  const files: string[] = [];
  const seen = new Set<string>();
  const add = (f: string) => {
    if (!seen.has(f)) {
      seen.add(f);
      files.push(f);
    }
  };
  for (const input of inputs) {
    if (input === '-') {
      add(input); // standard input
      continue;
    }
    const set = collectInputs([input]);
    const named = set.files.length + set.skipped.length === 1 && (set.files[0]?.path ?? set.skipped[0]?.path) === input;
    if (named && CONVERTED.test(extname(input))) {
      throw usageError('not-text', `${input}: check reads plain text and Markdown (.txt, .md); convert this file with resolve parse`);
    }
    const found = set.files.filter((f) => f.format === 'text' || f.format === 'markdown').map((f) => f.path);
    if (named && set.skipped.length === 1) found.push(input);
    if (found.length === 0) throw usageError('no-files', `${input}: no .txt or .md files here`);
    found.forEach(add);
  }
  return files;
}
