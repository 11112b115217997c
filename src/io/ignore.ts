// Which files `resolve check` leaves alone, in gitignore syntax (the `ignore`
// package, as ESLint uses it): .resolveignore in the folder check runs in,
// --ignore-pattern and "!"-negated path arguments (relative to that folder),
// and `ignores` in resolve.config.json (relative to the config's folder).
import { existsSync, readFileSync } from 'node:fs';
import { dirname, isAbsolute, relative, resolve, sep } from 'node:path';
import ignore, { type Ignore } from 'ignore';
import type { Config } from '../8-check/config.js';

export const IGNORE_FILE = '.resolveignore';

export class Ignorer {
  private readonly own: Ignore;
  private readonly byConfig = new Map<string, Ignore>();

  constructor(
    patterns: readonly string[],
    private readonly cwd = process.cwd(),
  ) {
    this.own = ignore().add([...readIgnoreFile(resolve(cwd, IGNORE_FILE)), ...patterns]);
  }

  ignores(file: string, config: Config): boolean {
    if (file === '-') return false;
    if (matches(this.own, this.cwd, file)) return true;
    if (!config.path || config.ignores.length === 0) return false;
    let own = this.byConfig.get(config.path);
    if (!own) this.byConfig.set(config.path, (own = ignore().add(config.ignores)));
    return matches(own, dirname(resolve(config.path)), file);
  }
}

function matches(ig: Ignore, base: string, file: string): boolean {
  const rel = relative(base, resolve(file));
  // outside the folder the patterns are written for: none of them speaks of it
  if (rel === '' || rel.startsWith('..') || isAbsolute(rel)) return false;
  return ig.ignores(rel.split(sep).join('/'));
}

function readIgnoreFile(path: string): string[] {
  return existsSync(path) ? readFileSync(path, 'utf8').split(/\r?\n/) : [];
}
