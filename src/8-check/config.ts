// resolve.config.json: found upward from each checked file (the nearest one
// wins) or given with --config. JSON with comments (JSONC), one flat object:
//   { "rules": { "numbering": "off", "repeated-word": ["warn", { "allow": ["ура"] }] },
//     "ignores": ["archive/**"] }
// --rule id=severity on the command line overrides the file's severity and
// keeps its options. Every mistake is a one-line usage error (exit 2) naming
// the file, line and column, with the allowed values or the nearest rule id.
import { readFileSync } from 'node:fs';
import { CONFIG_FILE, nearestConfig } from '../shared/config-file.js';
import { dirname, resolve } from 'node:path';
import { positionsIn } from '../shared/text/json-where.js';
// the ES module build: the UMD one (package main) require()s its parts by computed names, which a bundle cannot follow
import { findNodeAtLocation, parseTree, printParseErrorCode, type Node, type ParseError } from 'jsonc-parser/lib/esm/main.js';
import { usageError } from '../shared/errors.js';
import { resolveRules, type ActiveRule, type RuleSetting } from './index.js';
import { RULES, ruleById } from './rules/index.js';
import { nearest } from './nearest.js';
import { say } from '../shared/messages/ui.js';
import { readFailureAt } from '../shared/read-failures.js';

export { CONFIG_FILE };
const KEYS = ['$schema', 'rules', 'ignores', 'grammars'];
const SEVERITIES = ['error', 'warn', 'off'];

export interface Config {
  /** the file it came from, or null for the built-in defaults */
  path: string | null;
  rules: Record<string, RuleSetting>;
  /** gitignore-style patterns, relative to the config's folder */
  ignores: string[];
  /** a grammar overlay folder (absolute: written relative to the config's folder), or null */
  grammars: string | null;
}

export function loadConfig(path: string): Config {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (e) {
    throw usageError('config-invalid', readFailureAt(path, e));
  }
  return parseConfig(path, text);
}

/** The text of a config → its rules and ignores, every value checked where it is written. */
export function parseConfig(path: string, text: string): Config {
  const at = positionsIn(path, text);
  const errors: ParseError[] = [];
  const root = parseTree(text, errors, { allowTrailingComma: true, disallowComments: false });
  const fail = (key: Parameters<typeof say>[0], node: Node | number | undefined, data: Record<string, string> = {}) =>
    usageError('config-invalid', say(key, { where: at(typeof node === 'number' ? node : (node?.offset ?? 0)), ...data }));
  if (errors.length > 0) throw fail('configSyntax', errors[0]!.offset, { problem: printParseErrorCode(errors[0]!.error) });
  if (!root || root.type !== 'object') throw fail('configRoot', root);

  for (const prop of root.children ?? []) {
    const key = prop.children![0]!;
    if (!KEYS.includes(key.value)) throw fail('configUnknownKey', key, { key: key.value, allowed: KEYS.join(', ') });
  }
  const rules: Record<string, RuleSetting> = {};
  const rulesNode = findNodeAtLocation(root, ['rules']);
  if (rulesNode && rulesNode.type !== 'object') throw fail('configRulesObject', rulesNode);
  for (const prop of rulesNode?.children ?? []) {
    const [idNode, valueNode] = prop.children as [Node, Node];
    const id = idNode.value as string;
    const rule = ruleById(id);
    if (!rule) throw fail('unknownRule', idNode, { id, hint: ruleHint(id) });
    const value = valueNode.type === 'array' ? valueNode.children ?? [] : [valueNode];
    const [level, options] = value;
    if (!level || level.type !== 'string' || !SEVERITIES.includes(level.value) || value.length > 2 || (valueNode.type === 'array' && value.length === 0)) {
      throw fail('configSeverity', level ?? valueNode, { id, value: text.slice(valueNode.offset, valueNode.offset + Math.min(valueNode.length, 40)) });
    }
    if (options) {
      if (!rule.meta.options) throw fail('configNoOptions', options, { id });
      const parsed = rule.meta.options.safeParse(nodeValue(options));
      if (!parsed.success) {
        const issue = parsed.error.issues[0]!;
        const where = findNodeAtLocation(options, issue.path as (string | number)[]) ?? options;
        throw fail('configOptions', where, { id, path: issue.path.join('.') || '(root)', problem: issue.message });
      }
    }
    rules[id] = (options ? [level.value, nodeValue(options)] : level.value) as RuleSetting;
  }
  const ignoresNode = findNodeAtLocation(root, ['ignores']);
  const ignores: string[] = [];
  if (ignoresNode) {
    if (ignoresNode.type !== 'array') throw fail('configIgnores', ignoresNode);
    for (const item of ignoresNode.children ?? []) {
      if (item.type !== 'string' || item.value.trim() === '') throw fail('configIgnores', item);
      ignores.push(item.value);
    }
  }
  const grammarsNode = findNodeAtLocation(root, ['grammars']);
  if (grammarsNode && (grammarsNode.type !== 'string' || grammarsNode.value.trim() === '')) throw fail('configGrammars', grammarsNode);
  const grammars = grammarsNode ? resolve(dirname(path), grammarsNode.value as string) : null;
  return { path, rules, ignores, grammars };
}

/** " — может быть, «numbering»?" for a misspelt rule id, else where to find the list. */
export function ruleHint(id: string): string {
  const near = nearest(id, RULES.map((r) => r.meta.id));
  return near ? say('didYouMean', { id: near }) : say('seeListRules');
}

function nodeValue(node: Node): unknown {
  if (node.type === 'object') return Object.fromEntries((node.children ?? []).map((p) => [p.children![0]!.value, nodeValue(p.children![1]!)]));
  if (node.type === 'array') return (node.children ?? []).map(nodeValue);
  return node.value;
}

/** "numbering=off" → ["numbering", "off"] */
export function parseRuleFlag(flag: string): [string, 'error' | 'warn' | 'off'] {
  const m = /^([a-z][a-z0-9-]{0,63})=(error|warn|off)$/.exec(flag.trim());
  if (!m) throw usageError('bad-rule-flag', say('ruleFlag', { flag }));
  if (!ruleById(m[1]!)) throw usageError('unknown-rule', say('unknownRule', { where: '--rule', id: m[1]!, hint: ruleHint(m[1]!) }));
  return [m[1]!, m[2] as 'error' | 'warn' | 'off'];
}

/**
 * Finds and loads configs, and resolves each to the active rules once.
 * `explicit` (--config) is used for every file; otherwise the nearest
 * resolve.config.json above the file, or the defaults when there is none.
 */
export class ConfigResolver {
  private readonly dirs = new Map<string, string | null>();
  private readonly configs = new Map<string | null, { config: Config; active: ActiveRule[]; merged: Record<string, RuleSetting> }>();

  constructor(
    private readonly explicit: string | null,
    private readonly overrides: Record<string, 'error' | 'warn' | 'off'>,
  ) {}

  configFor(file: string): Config {
    return this.entry(file).config;
  }

  rulesFor(file: string): ActiveRule[] {
    return this.entry(file).active;
  }

  /** the settings in force for `file`: the config's, with --rule applied (--print-config) */
  settingsFor(file: string): Record<string, RuleSetting> {
    return this.entry(file).merged;
  }

  private entry(file: string) {
    const path = this.explicit ?? (file === '-' ? this.nearest(process.cwd()) : this.nearest(dirname(resolve(file))));
    let entry = this.configs.get(path);
    if (!entry) {
      const config = path ? loadConfig(path) : { path: null, rules: {}, ignores: [], grammars: null };
      const merged: Record<string, RuleSetting> = { ...config.rules };
      for (const [id, level] of Object.entries(this.overrides)) {
        const current = merged[id];
        merged[id] = Array.isArray(current) && current.length > 1 ? [level, current[1]] : level;
      }
      entry = { config, active: resolveRules(merged, '--rule'), merged };
      this.configs.set(path, entry);
    }
    return entry;
  }

  private nearest(dir: string): string | null {
    return nearestConfig(dir, this.dirs);
  }

}
