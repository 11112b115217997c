// The documents named on the command line, found by the batch's walker
// (src/batch/inputs.ts: folders in name order, quoted globs, hidden entries
// left out, symlink loops ended): .txt, .md, .docx and .html. A path argument
// that starts with "!" excludes instead ("!drafts/old/**"), like
// --ignore-pattern. A file named on its own with another extension ("notes")
// is checked as text, as the user asked.
import { usageError } from '../shared/errors.js';
import { say } from '../shared/messages/ui.js';

export interface InputList {
  files: string[];
  /** "!pattern" arguments, without the "!" */
  excluded: string[];
}

export async function expandInputs(inputs: readonly string[]): Promise<InputList> {
  // the walker (and picomatch) is loaded only when check runs, not at every start
  const { collectInputs } = await import('./inputs.js');
  const files: string[] = [];
  const excluded: string[] = [];
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
    if (input.startsWith('!')) {
      excluded.push(input.slice(1).replace(/^\.\//, ''));
      continue;
    }
    const set = (() => {
      try {
        return collectInputs([input]);
      } catch (e) {
        // the walker's own wording is English; say it in the users' language
        const code = (e as { code?: string }).code;
        if (code === 'not-found') throw usageError('not-found', say('noSuchFileOrFolder', { path: input }));
        if (code === 'no-match') throw usageError('no-match', say('noMatch', { path: input }));
        throw e;
      }
    })();
    const named = set.files.length + set.skipped.length === 1 && (set.files[0]?.path ?? set.skipped[0]?.path) === input;
    const found = set.files.map((f) => f.path);
    if (named && set.skipped.length === 1) found.push(input);
    if (found.length === 0) throw usageError('no-files', say('noDocumentsHere', { path: input }));
    found.forEach(add);
  }
  return { files, excluded };
}
