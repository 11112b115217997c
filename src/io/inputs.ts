// Command-line inputs (folders, files, quoted globs) → the list of documents to
// parse, in a stable order: arguments in the order given, each folder walked
// depth-first with entries sorted by name. Hidden entries (".git", ".DS_Store"),
// Word's lock files ("~$отчет.docx", not documents) and the output folder are
// left out silently; files of other types are reported as skipped. Symlinks are
// followed, but a folder whose real path was already walked is not walked again,
// so a link loop ends at once. Names are read as bytes: one that is not UTF-8 is
// kept as bytes for the file system (`fsPath`) and shown escaped (file-names.ts).
import { readdirSync, realpathSync, statSync, type Dirent } from 'node:fs';
import { dirname, extname, isAbsolute, join, relative, resolve, sep } from 'node:path';
import picomatch from 'picomatch';
import { byteName, formatOf, type Format } from './read-input.js';
import { usageError } from '../shared/errors.js';
import { say } from '../shared/messages/ui.js';
import { nameText } from './file-names.js';

export const INPUT_EXTENSIONS = new Set(['.txt', '.md', '.markdown', '.docx', '.html', '.htm']);

export interface InputFile {
  /** the path as the user would write it: the argument joined with the walked part */
  path: string;
  /** absolute; a name that is not UTF-8 is written with "\xFF" escapes here, and `fsPath` holds its bytes */
  abs: string;
  /** the path's bytes when it is not UTF-8 (the file system is asked with these), else null */
  fsPath: Buffer | null;
  /** relative to the common root of all arguments, with "/" separators: mirrored in OUTDIR */
  rel: string;
  format: Format;
}

export interface SkippedInput {
  path: string;
  rel: string;
  /** why, as an id (index.json's `code`) and a sentence in the run's language */
  code: string;
  reason: string;
}

export interface InputSet {
  files: InputFile[];
  skipped: SkippedInput[];
  /** real paths of the folders given (or holding the files given): OUTDIR must not be one of them */
  roots: string[];
}

interface Argument {
  arg: string;
  /** where walking starts: the folder, the file, or the glob's fixed prefix */
  start: string;
  kind: 'folder' | 'file' | 'glob';
  match: ((rel: string) => boolean) | null;
  /** a file argument whose name is not UTF-8: its path's bytes (`arg` and `start` show it escaped) */
  bytes?: Buffer;
}

export function collectInputs(args: string[], options: { outDir?: string | null; inputFormat?: Format } = {}): InputSet {
  const parsed = args.map(classify);
  const base = commonAncestor(parsed.map((a) => resolve(a.kind === 'file' ? dirname(a.start) : a.start)));
  const outReal = options.outDir ? realOrSelf(options.outDir) : null;
  const set: InputSet = { files: [], skipped: [], roots: [] };
  const seenFiles = new Set<string>();
  const walkedDirs = new Set<string>();

  const addFile = (path: string, abs: string, fsPath: Buffer | null = null) => {
    const rel = toPosix(relative(base, abs));
    const ext = extname(abs).toLowerCase();
    if (!options.inputFormat && !INPUT_EXTENSIONS.has(ext)) {
      set.skipped.push({ path, rel, code: 'not-a-document', reason: say('notADocument', { ext: ext || say('noExtension') }) });
      return;
    }
    if (seenFiles.has(abs)) return; // the same file named twice
    seenFiles.add(abs);
    set.files.push({ path, abs, fsPath, rel, format: options.inputFormat ?? formatOf(abs) });
  };

  /** `dir` as text (escaped where it is not UTF-8), `dirBytes` its bytes when it is not */
  const walk = (dir: string, dirBytes: Buffer | null, display: string, match: Argument['match'], globBase: string) => {
    const real = realOrSelf(dirBytes ?? dir);
    if (real === outReal) return;
    if (walkedDirs.has(real)) {
      set.skipped.push({ path: display, rel: toPosix(relative(base, dir)), code: 'folder-repeated', reason: say('folderRepeated') });
      return;
    }
    walkedDirs.add(real);
    let entries: { name: string; bytes: Buffer | null; dirent: Dirent<Buffer> }[];
    try {
      entries = readdirSync(dirBytes ?? dir, { withFileTypes: true, encoding: 'buffer' }).map((dirent) => {
        const name = nameText(dirent.name);
        return { name: name.text, bytes: name.exact ? null : dirent.name, dirent };
      });
    } catch (e) {
      set.skipped.push({ path: display, rel: toPosix(relative(base, dir)), code: 'folder-unreadable', reason: say('folderUnreadable', { reason: String((e as NodeJS.ErrnoException).code) }) });
      return;
    }
    entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
    for (const { name, bytes, dirent: e } of entries) {
      if (name.startsWith('.') || name.startsWith('~$')) continue;
      const abs = join(dir, name);
      const absBytes = dirBytes || bytes ? Buffer.concat([dirBytes ?? Buffer.from(dir), Buffer.from(sep), bytes ?? Buffer.from(name)]) : null;
      const path = display === '.' ? name : join(display, name);
      let isDir = e.isDirectory();
      if (e.isSymbolicLink()) {
        try {
          isDir = statSync(absBytes ?? abs).isDirectory();
        } catch {
          isDir = false; // a dangling link: reading it fails and is reported with the file
        }
      }
      if (isDir) walk(abs, absBytes, path, match, globBase);
      else if (match && !match(toPosix(relative(globBase, abs)))) continue;
      else if (e.isFile() || e.isSymbolicLink()) addFile(path, abs, absBytes);
      else set.skipped.push({ path, rel: toPosix(relative(base, abs)), code: 'not-a-file', reason: say('specialFile') });
    }
  };

  for (const a of parsed) {
    if (a.kind === 'file') {
      set.roots.push(realOrSelf(resolve(dirname(a.start))));
      addFile(a.arg, resolve(a.start), a.bytes ? absoluteBytes(a.bytes) : null);
      continue;
    }
    set.roots.push(realOrSelf(resolve(a.start)));
    const before = set.files.length + set.skipped.length;
    walk(resolve(a.start), null, a.start, a.match, resolve(a.start));
    if (a.kind === 'glob' && set.files.length + set.skipped.length === before) throw usageError('no-match', say('noMatch', { path: a.arg }));
  }
  return set;
}

function classify(arg: string): Argument {
  let info;
  try {
    info = statSync(arg);
  } catch {
    info = null;
  }
  if (info?.isDirectory()) return { arg, start: arg, kind: 'folder', match: null };
  if (info) return { arg, start: arg, kind: 'file', match: null };
  // a name that is not UTF-8, which Node read with "�" (read-input.ts finds the one file meant)
  const bytes = byteName(arg);
  if (bytes) {
    const shown = nameText(bytes).text;
    return { arg: shown, start: shown, kind: 'file', match: null, bytes };
  }
  const scan = picomatch.scan(arg);
  if (scan.isGlob) {
    const start = scan.base || '.';
    try {
      if (!statSync(start).isDirectory()) throw new Error('not a folder');
    } catch {
      throw usageError('not-found', say('noSuchFolderFor', { path: arg, folder: start }));
    }
    const matcher = picomatch(scan.glob, { dot: false });
    return { arg, start, kind: 'glob', match: (rel) => matcher(rel) };
  }
  throw usageError('not-found', say('noSuchFileOrFolder', { path: arg }));
}

/** A path's bytes made absolute, as resolve() makes its text absolute. */
function absoluteBytes(path: Buffer): Buffer {
  return isAbsolute(path.toString('latin1')) ? path : Buffer.concat([Buffer.from(process.cwd() + sep), path]);
}

/** The deepest folder containing every path (all absolute). */
function commonAncestor(paths: string[]): string {
  let common = paths[0] ?? process.cwd();
  for (const p of paths.slice(1)) {
    while (p !== common && !p.startsWith(common.endsWith(sep) ? common : common + sep)) common = dirname(common);
  }
  return common;
}

function realOrSelf(path: string | Buffer): string {
  try {
    return typeof path === 'string' ? realpathSync(path) : nameText(realpathSync(path, { encoding: 'buffer' })).text;
  } catch {
    return typeof path === 'string' ? resolve(path) : nameText(path).text;
  }
}

const toPosix = (p: string) => (sep === '/' ? p : p.split(sep).join('/'));

/** "a/b.txt" → "a/b.json"; `taken` resolves "b.txt" + "b.docx" in one folder to "b.txt.json", "b.docx.json". */
export function outputNames(files: InputFile[]): string[] {
  const stem = (rel: string) => rel.slice(0, rel.length - extname(rel).length);
  const count = new Map<string, number>();
  for (const f of files) count.set(stem(f.rel), (count.get(stem(f.rel)) ?? 0) + 1);
  return files.map((f) => ((count.get(stem(f.rel)) ?? 0) > 1 ? `${f.rel}.json` : `${stem(f.rel)}.json`));
}
