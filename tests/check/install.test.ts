// Install paths the README names, on this machine as a user would take them:
// the project packed with `npm pack` (dist/ inside: installing needs no
// esbuild), installed into a temporary prefix, and the README's GitHub Actions
// steps run exactly as written in a drafts repository with a seed document;
// and `npx --package git+…` on a `git clone` of this repository (its last
// commit), which builds dist/ in npm's prepare step (docs/check.md#installing).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { tmpdir } from 'node:os';
import { basename, delimiter, join } from 'node:path';
import { ROOT } from '../support/cli.js';

const work = mkdtempSync(join(tmpdir(), 'resolve-install-'));
const prefix = join(work, 'prefix');
const repo = join(work, 'drafts-repo');
const readme = readFileSync(join(ROOT, 'README.md'), 'utf8');
const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8'));
let tarball = '';

/** The workflow of the README's "In GitHub Actions": its env value and its `run:` steps, as written. */
function workflow(): { resolveFrom: string; steps: string[] } {
  const start = readme.indexOf('# .github/workflows/resolutions.yml');
  const block = readme.slice(start, readme.indexOf('```', start));
  const resolveFrom = /^\s+RESOLVE_FROM: (\S+)/m.exec(block)![1]!;
  const steps = [...block.matchAll(/^\s+- run: (.+)$/gm)].map((m) => m[1]!);
  return { resolveFrom, steps };
}

const env = () => ({
  ...process.env,
  PATH: `${join(prefix, 'bin')}${delimiter}${process.env.PATH}`,
  // where `npm install --global` puts the tool: a temporary prefix, not the machine's
  npm_config_prefix: prefix,
  npm_config_prefer_offline: 'true',
  npm_config_audit: 'false',
  npm_config_fund: 'false',
  NO_COLOR: '1',
});

/** One `run:` step as GitHub runs it: bash -e, in the repository's folder. */
const runStep = (command: string, jobEnv: Record<string, string> = {}) =>
  spawnSync('bash', ['-e', '-o', 'pipefail', '-c', command], { cwd: repo, env: { ...env(), ...jobEnv }, encoding: 'utf8', timeout: 180000 });

beforeAll(() => {
  // dist/ is built by the suite's global setup; pack it as it is (no prepare run)
  const packed = spawnSync('npm', ['pack', '--ignore-scripts', '--pack-destination', work], { cwd: ROOT, encoding: 'utf8', env: env() });
  expect(packed.status, packed.stderr).toBe(0);
  tarball = join(work, packed.stdout.trim().split('\n').pop()!);
  mkdirSync(join(repo, 'drafts'), { recursive: true });
  mkdirSync(join(repo, 'tools'));
  copyFileSync(join(ROOT, 'fixtures/seeds/002_27408a7706993244.txt'), join(repo, 'drafts', 'rez.txt'));
  copyFileSync(join(ROOT, 'fixtures/seeds/004_047d385403e37b2b.txt'), join(repo, 'drafts', 'protocol.txt'));
}, 120000);
afterAll(() => rmSync(work, { recursive: true, force: true }));

describe('install paths', () => {
  it('the tarball carries the built dist/, the grammars and the rules page, and no sources', () => {
    const list = spawnSync('tar', ['tzf', tarball], { encoding: 'utf8' }).stdout.split('\n');
    for (const f of ['package/dist/resolve.cjs', 'package/bin/resolve.js', 'package/grammars/deadlines.json', 'package/docs/rules.md']) expect(list).toContain(f);
    expect(list.some((f) => f.startsWith('package/src/'))).toBe(false);
    expect(basename(tarball)).toBe(`resolve-${pkg.version}.tgz`);
  });

  it('the README’s GitHub Actions steps, exactly as written, install the tarball and check the drafts', () => {
    const { resolveFrom, steps } = workflow();
    // the README names the tarball `npm pack` writes for this version
    expect(basename(resolveFrom)).toBe(basename(tarball));
    copyFileSync(tarball, join(repo, resolveFrom));
    expect(steps).toHaveLength(3);
    const [install, annotate, sarif] = steps.map((s) => ({ s, r: runStep(s, { RESOLVE_FROM: resolveFrom }) }));

    expect(install!.r.status, install!.r.stderr).toBe(0);
    expect(existsSync(join(prefix, 'bin', 'resolve'))).toBe(true);
    // the seed's one warning (a label written "2." after "1") as an annotation, within --max-warnings 20
    expect(annotate!.r.status, annotate!.r.stderr).toBe(0);
    expect(annotate!.r.stdout).toBe('::warning file=drafts/rez.txt,line=63,col=1,endLine=63,endColumn=3,title=numbering::Номер «2.» оформлен иначе, чем «1» в том же списке\n');
    expect(sarif!.r.status, sarif!.r.stderr).toBe(0);
    const log = JSON.parse(readFileSync(join(repo, 'resolve.sarif'), 'utf8'));
    expect(log.version).toBe('2.1.0');
    expect(log.runs[0].results.map((x: { ruleId: string }) => x.ruleId)).toEqual(['numbering']);
  }, 240000);

  it.skipIf(!existsSync(join(ROOT, '.git')))('npx with the git URL builds the tool from a fresh clone and runs it (the README’s git way)', () => {
    // the README's line, with its URL pointing at a clone of this repository
    const line = /^npx --yes --package (git\+https:\S+) (resolve check drafts\/)/m.exec(readme);
    expect(line).not.toBeNull();
    const clone = join(work, 'clone');
    const cloned = spawnSync('git', ['clone', '--quiet', ROOT, clone], { encoding: 'utf8' });
    expect(cloned.status, cloned.stderr).toBe(0);
    expect(existsSync(join(clone, 'dist'))).toBe(false); // dist/ is not in git: the install must build it
    const r = runStep(`npx --yes --package git+file://${clone} ${line![2]}`);
    expect(r.status, r.stderr).toBe(0);
    expect(r.stdout).toContain('drafts/rez.txt');
    expect(r.stdout).toMatch(/63:1 +предупр\. +Номер «2\.» оформлен иначе, чем «1» в том же списке +numbering/);
  }, 600000);

  it('npx with the tarball runs it once without installing (the README’s other way)', () => {
    const line = /^npx --yes --package \.\/(\S+) resolve check drafts\/ /m.exec(readme);
    expect(line).not.toBeNull();
    copyFileSync(tarball, join(repo, line![1]!));
    const r = runStep(`npx --yes --package ./${line![1]} resolve check drafts/`);
    expect(r.status, r.stderr).toBe(0);
    expect(r.stdout).toContain('drafts/rez.txt');
    expect(r.stdout).toContain('numbering');
  }, 240000);
});
