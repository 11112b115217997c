// Choosing OUTDIR safely. It may not be an input folder, nor contain one:
// outputs would land among the documents and a later run would read its own
// outputs as input. (OUTDIR inside an input folder is fine: the walk skips it.)
// It is created if missing — after the checks, so a refused run leaves nothing
// behind — and used by its real path from then on.
import { mkdirSync, realpathSync, statSync } from 'node:fs';
import { sep } from 'node:path';
import { usageError } from '../shared/errors.js';
import { say } from '../shared/messages/ui.js';

export function prepareOutDir(outDir: string, inputRoots: string[]): string {
  let real: string | null = null;
  try {
    real = realpathSync(outDir);
  } catch {
    // does not exist yet: it cannot be or contain an existing input folder
  }
  if (real) {
    if (!statSync(real).isDirectory()) throw usageError('usage', say('outNotFolder', { path: outDir }));
    for (const root of inputRoots) {
      if (root === real) throw usageError('usage', say('outIsInput', { path: outDir }));
      if (root.startsWith(real + sep)) throw usageError('usage', say('outHoldsInput', { path: outDir, root }));
    }
    return real;
  }
  try {
    mkdirSync(outDir, { recursive: true });
    return realpathSync(outDir);
  } catch (e) {
    throw usageError('io', say('outCannotCreate', { path: outDir, reason: String((e as NodeJS.ErrnoException).code) }));
  }
}
