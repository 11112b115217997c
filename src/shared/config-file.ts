// Where resolve.config.json is: the nearest one above a folder, as ESLint and
// markdownlint-cli2 find theirs. `check` asks it for every file's folder (with
// a cache, since a run's files share folders); `parse` once, for its grammar
// overlay, without loading the config module unless a config is there.
import { existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';

export const CONFIG_FILE = 'resolve.config.json';

/** The config file in `dir` or the nearest folder above it, or null; `cache` remembers each folder walked. */
export function nearestConfig(dir: string, cache?: Map<string, string | null>): string | null {
  const seen: string[] = [];
  let found: string | null = null;
  for (let d = resolve(dir); ; d = dirname(d)) {
    const cached = cache?.get(d);
    if (cached !== undefined) {
      found = cached;
      break;
    }
    seen.push(d);
    if (existsSync(join(d, CONFIG_FILE))) {
      found = join(d, CONFIG_FILE);
      break;
    }
    if (dirname(d) === d) break;
  }
  if (cache) for (const d of seen) cache.set(d, found);
  return found;
}
