// Writes inside OUTDIR only, and never half a file. A file is written to a
// temporary name beside its target and renamed over it, so a run killed at any
// moment leaves either the old output or the new one; leftovers of a killed run
// carry TEMP_SUFFIX and are swept away by the next run. Every directory between
// OUTDIR and the file is checked to be a real directory, not a symlink: a link
// planted in OUTDIR ("a -> /etc") must not carry a write outside it. A folder
// checked once may be swapped for a link later in the run, so every write checks
// again at the last moment: the folder the temporary file landed in must still be
// the one inside OUTDIR (its real path) before the rename makes it an output.
// (Node has no renameat(); a swap between that check and the rename makes the
// rename fail, as the temporary file is not in the new folder.)
import { lstatSync, mkdirSync, readdirSync, realpathSync, renameSync, rmSync, unlinkSync, writeFileSync } from 'node:fs';
import { realpath, rename, rm, writeFile } from 'node:fs/promises';
import { dirname, join, relative, resolve, sep, isAbsolute } from 'node:path';
import { threadId } from 'node:worker_threads';
import { ResolveError, documentError } from '../shared/errors.js';
import { say } from '../shared/messages/ui.js';

export const TEMP_SUFFIX = '.resolve-tmp';
let counter = 0;

export class OutputDir {
  /** directories already checked (and created) in this thread */
  private readonly checked = new Set<string>();

  /** `root` must be an absolute, real (symlink-free) path; see prepareOutDir. */
  constructor(readonly root: string) {
    this.checked.add(root);
  }

  /** Write `data` to `rel` (a path relative to the root) atomically. */
  write(rel: string, data: string): void {
    const { target, temp } = this.place(rel);
    try {
      this.verifyFolder(rel, dirname(temp), realpathSync.native(dirname(temp)));
      writeFileSync(temp, data, { flag: 'wx' });
      this.verifyFolder(rel, dirname(temp), realpathSync.native(dirname(temp)));
      renameSync(temp, target);
    } catch (e) {
      rmSync(temp, { force: true });
      throw writeFailed(rel, e);
    }
  }

  /**
   * write, with the file system's work on libuv's threads: the calling thread
   * parses the next document meanwhile. Creating a file is the slow part (0.3–0.8
   * ms here, some of it waiting on the journal), as much as a tenth of a parse.
   */
  async writeInBackground(rel: string, data: string): Promise<void> {
    const { target, temp } = this.place(rel);
    try {
      this.verifyFolder(rel, dirname(temp), await realpath(dirname(temp)));
      await writeFile(temp, data, { flag: 'wx' });
      this.verifyFolder(rel, dirname(temp), await realpath(dirname(temp)));
      await rename(temp, target);
    } catch (e) {
      await rm(temp, { force: true });
      throw writeFailed(rel, e);
    }
  }

  /** `dir` is still itself, not a link swapped in since it was checked: before the temporary file is created, and again before it is renamed. */
  private verifyFolder(rel: string, dir: string, real: string): void {
    if (real === dir) return;
    this.checked.delete(dir); // the next write to it is refused by ensureDir, or finds it repaired
    throw documentError('outside-outdir', say('swappedForLink', { path: rel }));
  }

  /** The target of `rel`, its folder made, and a temporary name beside it. */
  private place(rel: string): { target: string; temp: string } {
    const target = this.resolveInside(rel);
    this.ensureDir(dirname(target));
    return { target, temp: join(dirname(target), `.${process.pid}-${threadId}-${counter++}${TEMP_SUFFIX}`) };
  }

  /** The absolute path of `rel`, refused when it would leave the root ("..", an absolute path). */
  resolveInside(rel: string): string {
    const target = resolve(this.root, rel);
    const back = relative(this.root, target);
    if (back === '' || back.startsWith(`..${sep}`) || back === '..' || isAbsolute(back)) {
      throw documentError('outside-outdir', say('outsideOutdir', { path: rel }));
    }
    return target;
  }

  private ensureDir(dir: string): void {
    if (this.checked.has(dir)) return;
    this.ensureDir(dirname(dir));
    const name = relative(this.root, dir);
    let info;
    try {
      info = lstatSync(dir);
    } catch {
      try {
        mkdirSync(dir);
      } catch (e) {
        // another worker may have created it in between: that is fine, it is checked below
        if ((e as NodeJS.ErrnoException).code !== 'EEXIST') throw documentError('write-failed', say('cannotCreateIn', { name, reason: String((e as NodeJS.ErrnoException).code) }));
      }
      info = lstatSync(dir);
    }
    if (info.isSymbolicLink()) throw documentError('outside-outdir', say('throughSymlink', { name }));
    if (!info.isDirectory()) throw documentError('write-failed', say('notADirectoryIn', { name }));
    this.checked.add(dir);
  }
}

function writeFailed(rel: string, e: unknown) {
  if (e instanceof ResolveError) return e;
  return documentError('write-failed', say('cannotWrite', { path: rel, reason: (e as NodeJS.ErrnoException).code ?? (e as Error).message }));
}

/** Remove temporary files a killed run left in the output folder (symlinks are not followed). */
export function sweepTemporaryFiles(root: string): number {
  let removed = 0;
  const visit = (dir: string) => {
    let entries;
    try {
      entries = readdirSync(dir, { withFileTypes: true });
    } catch {
      return;
    }
    for (const e of entries) {
      if (e.isDirectory()) visit(join(dir, e.name));
      else if (e.isFile() && e.name.endsWith(TEMP_SUFFIX)) {
        try {
          unlinkSync(join(dir, e.name));
          removed++;
        } catch {
          // gone already, or not ours to remove: the run goes on
        }
      }
    }
  };
  visit(root);
  return removed;
}
