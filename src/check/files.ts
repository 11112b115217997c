// The documents named on the command line: files as given, folders walked for
// .txt and .md files (hidden folders and node_modules skipped), glob patterns
// expanded. Every name must yield at least one file, or it is a usage error.
import { readdir, stat } from 'node:fs/promises';
import { isAbsolute, join } from 'node:path';
import { usageError } from '../errors.js';

const DOCUMENT = /\.(?:txt|md|markdown)$/i;
const GLOB_MAGIC = /[*?[\]{}]/;

export async function expandInputs(inputs: readonly string[]): Promise<string[]> {
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
    const info = await stat(input).catch(() => null);
    if (info?.isFile()) add(input);
    else if (info?.isDirectory()) {
      const found = await walk(input);
      if (found.length === 0) throw usageError('no-files', `${input}: no .txt or .md files in this folder`);
      found.forEach(add);
    } else if (GLOB_MAGIC.test(input)) {
      const { glob } = await import('tinyglobby');
      const found = (await glob(input, { onlyFiles: true, expandDirectories: false, absolute: isAbsolute(input) })).sort();
      if (found.length === 0) throw usageError('no-files', `${input}: no files match`);
      found.forEach(add);
    } else {
      throw usageError('not-found', `${input}: no such file or folder`);
    }
  }
  return files;
}

async function walk(dir: string): Promise<string[]> {
  const out: string[] = [];
  const entries = await readdir(dir, { withFileTypes: true }).catch((e: NodeJS.ErrnoException) => {
    throw usageError('io', `${dir}: cannot read the folder (${e.code ?? e.message})`);
  });
  entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  for (const e of entries) {
    if (e.name.startsWith('.') || e.name === 'node_modules') continue;
    const path = join(dir, e.name);
    if (e.isDirectory()) out.push(...(await walk(path)));
    else if (e.isFile() && DOCUMENT.test(e.name)) out.push(path);
  }
  return out;
}
