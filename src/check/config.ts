// resolve.config.json: found upward from each checked file (the nearest one
// wins) or given with --config. It sets rule severities and options:
//   { "rules": { "numbering": "off", "repeated-word": ["warn", { "allow": ["ура"] }] } }
// --rule id=severity on the command line overrides the file's severity and
// keeps its options. Every mistake is a one-line usage error (exit 2).
import { existsSync } from 'node:fs';
import { readJsonFile } from './json-file.js';
import { dirname, join, resolve } from 'node:path';
import { z } from 'zod';
import { usageError } from '../errors.js';
import { resolveRules, type ActiveRule, type RuleSetting } from './index.js';

export const CONFIG_FILE = 'resolve.config.json';

const Severity = z.enum(['error', 'warn', 'off']);
const Setting = z.union([Severity, z.tuple([Severity]), z.tuple([Severity, z.unknown()])]);

const ConfigSchema = z.strictObject({
  $schema: z.string().optional(),
  rules: z.record(z.string(), Setting).optional(),
});

export interface Config {
  /** the file it came from, or null for the built-in defaults */
  path: string | null;
  rules: Record<string, RuleSetting>;
}

export function loadConfig(path: string): Config {
  const data = readJsonFile(path, ConfigSchema, 'config-invalid');
  return { path, rules: (data.rules ?? {}) as Record<string, RuleSetting> };
}

/** "numbering=off" → ["numbering", "off"] */
export function parseRuleFlag(flag: string): [string, 'error' | 'warn' | 'off'] {
  const m = /^([a-z][a-z0-9-]{0,63})=(error|warn|off)$/.exec(flag.trim());
  if (!m) throw usageError('bad-rule-flag', `--rule ${flag}: expected id=error|warn|off, e.g. --rule numbering=off`);
  return [m[1]!, m[2] as 'error' | 'warn' | 'off'];
}

/**
 * Finds and loads configs, and resolves each to the active rules once.
 * `explicit` (--config) is used for every file; otherwise the nearest
 * resolve.config.json above the file, or the defaults when there is none.
 */
export class ConfigResolver {
  private readonly dirs = new Map<string, string | null>();
  private readonly active = new Map<string | null, ActiveRule[]>();

  constructor(
    private readonly explicit: string | null,
    private readonly overrides: Record<string, 'error' | 'warn' | 'off'>,
  ) {
    resolveRules(overrides, '--rule'); // unknown ids on the command line fail before any file is read
  }

  rulesFor(file: string): ActiveRule[] {
    const path = this.explicit ?? this.nearest(dirname(resolve(file)));
    let rules = this.active.get(path);
    if (!rules) {
      const config = path ? loadConfig(path) : { path: null, rules: {} };
      const merged: Record<string, RuleSetting> = { ...config.rules };
      for (const [id, level] of Object.entries(this.overrides)) {
        const current = merged[id];
        merged[id] = Array.isArray(current) && current.length > 1 ? [level, current[1]] : level;
      }
      resolveRules(config.rules, path ?? CONFIG_FILE);
      rules = resolveRules(merged, '--rule');
      this.active.set(path, rules);
    }
    return rules;
  }

  private nearest(dir: string): string | null {
    const seen: string[] = [];
    let found: string | null = null;
    for (let d = dir; ; d = dirname(d)) {
      const cached = this.dirs.get(d);
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
    for (const d of seen) this.dirs.set(d, found);
    return found;
  }
}
