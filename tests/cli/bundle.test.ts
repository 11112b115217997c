// What keeps the cold start low (scripts/cold-start.mjs measures it): one
// bundled CommonJS file run with a V8 code cache, zod bundled by what is used,
// and everything only some runs need (remark, the .docx/.html converters'
// libraries, iconv-lite, the glob matcher) in files of their own that are
// loaded on first use.
import { describe, expect, it } from 'vitest';
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { createHash } from 'node:crypto';
import { spawnSync } from 'node:child_process';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ROOT } from '../support/cli.js';
import { declinePhrase } from '../../src/shared/morph/declension.js';

const dist = (name: string) => join(ROOT, 'dist', name);
/** What bin/resolve.js reads at every start. */
const startUpCode = () => readFileSync(dist('resolve.cjs'), 'utf8');

describe('the bundle', () => {
  it('keeps remark out of the start-up file and loads it from dist/remark.cjs', () => {
    const code = startUpCode();
    expect(code.match(/micromark|mdast-util-from-markdown/g)).toBeNull();
    expect(/node_modules\/zod\//.test(code)).toBe(true); // the pattern would see a bundled package
    expect(code.includes('require("./remark.cjs")')).toBe(true);
    expect(readFileSync(dist('remark.cjs'), 'utf8')).toMatch(/micromark/);
  });

  it('keeps iconv-lite, the glob matcher and the converters\' libraries out of the start-up file', () => {
    const code = startUpCode();
    // esbuild names every bundled package file ("node_modules/fflate/esm/index.mjs"); zod's and commander's are expected
    expect(/node_modules\/commander\//.test(code)).toBe(true);
    expect(code.match(/node_modules\/(?:iconv-lite|picomatch|fflate|htmlparser2|domhandler|micromark)\/[\w/.-]*/g)).toBeNull();
    for (const name of ['iconv-lite', 'picomatch', 'fflate', 'htmlparser2']) {
      expect(code.includes(`require("./vendor/${name}.cjs")`), name).toBe(true);
      expect(statSync(dist(`vendor/${name}.cjs`)).size).toBeGreaterThan(10_000);
    }
  });

  it('bundles only the zod it uses (no locales): the start-up file stays small', () => {
    const code = startUpCode();
    // the CommonJS bundle keeps zod's (empty) locales/index.js module wrapper, but no locale besides en
    expect(code.match(/zod\/v4\/locales\/(?!en\.js|index\.js)[\w-]+/g)).toBeNull();
    // all of zod would add ~570 KB: the cap catches that, with room for the parser's own growth
    // (644 KB after the sixth session's tables, deadlines, --explain and the message catalogue)
    expect(statSync(dist('resolve.cjs')).size).toBeLessThan(800 * 1024);
  });

  it('is ASCII: the Cyrillic of the patterns is written as escapes, so V8 holds the source one byte a character', () => {
    const bytes = readFileSync(dist('resolve.cjs'));
    const first = bytes.findIndex((b) => b > 0x7f);
    expect(first, first < 0 ? '' : `non-ASCII at byte ${first}: ${bytes.subarray(Math.max(0, first - 40), first + 20).toString('utf8')}`).toBe(-1);
    // the escapes mean the same characters: a pattern of Cyrillic letters from the sources still matches them
    expect(startUpCode()).toMatch(/\\u0451/);
    const out = spawnSync(process.execPath, [join(ROOT, 'bin/resolve.js'), 'parse', '-'], { encoding: 'utf8', input: 'РЕШЕНИЕ\n\nРуководителям школ:\n1. До 1 марта 2027 г. провести семинар.\n' });
    expect(JSON.parse(out.stdout).tasks[0].deadline.end).toBe('2027-03-01');
  });
});

/** A copy of the installed command (bin, dist, grammars) to break its caches in. */
function copyOfCommand(): string {
  const dir = mkdtempSync(join(tmpdir(), 'resolve-cache-'));
  for (const part of ['bin', 'dist', 'grammars', 'package.json']) cpSync(join(ROOT, part), join(dir, part), { recursive: true });
  return dir;
}

describe('the code cache', () => {
  const seed = join(ROOT, 'fixtures/seeds/002_27408a7706993244.txt');
  const parseWith = (dir: string) => spawnSync(process.execPath, [join(dir, 'bin/resolve.js'), 'parse', seed], { encoding: 'utf8' });
  /** Loads the bundle in a fresh process and tells whether V8 took the cache. */
  const cacheUsed = (dir: string) =>
    spawnSync(process.execPath, ['-e', `process.stdout.write(String(require(${JSON.stringify(join(dir, 'bin/bundle.cjs'))}).loadBundle().cacheUsed))`], {
      encoding: 'utf8',
    }).stdout;

  it('is written by the build for this very bundle and taken by V8', () => {
    const cache = readFileSync(dist('resolve.cache'));
    expect(cache.toString('latin1', 0, 64)).toBe(createHash('sha256').update(readFileSync(dist('resolve.cjs'))).digest('hex'));
    expect(cache.length).toBeGreaterThan(100_000); // bytecode of the functions a parse runs, not just the top level
    expect(cacheUsed(ROOT)).toBe('true');
  });

  it('is taken by the batch\'s worker threads too (bin/worker.cjs loads the same bundle)', () => {
    const code = `
      require(${JSON.stringify(join(ROOT, 'bin/bundle.cjs'))}).loadBundle();
      const { Worker } = require('node:worker_threads');
      const w = new Worker(${JSON.stringify(`const { parentPort } = require('node:worker_threads'); parentPort.postMessage(require(${JSON.stringify(join(ROOT, 'bin/bundle.cjs'))}).loadBundle().cacheUsed)`)}, { eval: true });
      w.once('message', (used) => { process.stdout.write(String(used)); w.terminate(); });`;
    expect(spawnSync(process.execPath, ['-e', code], { encoding: 'utf8' }).stdout).toBe('true');
  });

  it('is only an optimisation: missing, stale or corrupt, the command gives the same output', () => {
    const expected = parseWith(ROOT);
    expect(expected.status).toBe(0);
    const dir = copyOfCommand();
    try {
      const cacheFile = join(dir, 'dist/resolve.cache');
      const good = readFileSync(cacheFile);
      const cases: Array<[string, () => void]> = [
        ['missing', () => rmSync(cacheFile)],
        // a rebuilt bundle of the same length: V8 alone would not notice
        ['stale', () => writeFileSync(cacheFile, Buffer.concat([Buffer.from('0'.repeat(64)), good.subarray(64)]))],
        ['corrupt', () => writeFileSync(cacheFile, Buffer.concat([good.subarray(0, 64), Buffer.alloc(5000, 7)]))],
        ['truncated', () => writeFileSync(cacheFile, good.subarray(0, 30))],
      ];
      for (const [what, breakCache] of cases) {
        breakCache();
        expect(cacheUsed(dir), what).toBe('false');
        const r = parseWith(dir);
        expect({ what, status: r.status, stderr: r.stderr }).toEqual({ what, status: 0, stderr: '' });
        expect(r.stdout, what).toBe(expected.stdout);
      }
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('the grammar files validated at build time (dist/grammars.valid.json)', () => {
  const seed = join(ROOT, 'fixtures/seeds/002_27408a7706993244.txt');
  const sha256 = (bytes: Buffer) => createHash('sha256').update(bytes).digest('hex');
  interface List {
    build: string;
    entries: Record<string, { sha256: string; data: { months?: Array<{ forms: string[] }> } }>;
  }
  const readList = (dir: string) => JSON.parse(readFileSync(join(dir, 'dist/grammars.valid.json'), 'utf8')) as List;

  it('holds every grammar file the warm-up read, by the hash of its bytes', () => {
    const list = readList(ROOT);
    expect(readFileSync(dist('resolve.cjs'), 'utf8')).toContain(list.build);
    expect(Object.keys(list.entries).sort()).toEqual(
      readdirSync(join(ROOT, 'grammars'))
        .filter((f) => f.endsWith('.json'))
        .map((f) => f.slice(0, -5))
        .sort(),
    );
    for (const [name, g] of Object.entries(list.entries)) expect(g.sha256, name).toBe(sha256(readFileSync(join(ROOT, 'grammars', `${name}.json`))));
  });

  it('is used for unchanged files, ignored for edited files and for a list of another build', () => {
    const dir = copyOfCommand();
    try {
      const parse = () => spawnSync(process.execPath, [join(dir, 'bin/resolve.js'), 'parse', seed], { encoding: 'utf8' });
      const expected = parse();
      expect(expected.status).toBe(0);
      expect(expected.stdout).toContain('"deadline"');
      // the stored months lose their forms: only a run that takes the list sees that
      const list = readList(dir);
      for (const m of list.entries.months!.data.months!) m.forms = ['никогдабрь'];
      writeFileSync(join(dir, 'dist/grammars.valid.json'), JSON.stringify(list));
      expect(parse().stdout).not.toBe(expected.stdout);
      // another build's list is not trusted
      writeFileSync(join(dir, 'dist/grammars.valid.json'), JSON.stringify({ ...list, build: 'another' }));
      expect(parse().stdout).toBe(expected.stdout);
      // this build's list, but months.json edited: validated again, and its error reported as ever
      writeFileSync(join(dir, 'dist/grammars.valid.json'), JSON.stringify(list));
      const months = JSON.parse(readFileSync(join(dir, 'grammars/months.json'), 'utf8')) as { months: Array<{ number: number }> };
      months.months[0]!.number = 13;
      writeFileSync(join(dir, 'grammars/months.json'), JSON.stringify(months));
      const broken = parse();
      expect(broken.status).toBe(2);
      expect(broken.stderr).toMatch(/^resolve: grammars\/months\.json: months\.0\.number: /);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('the declined vocabularies stored at build time (dist/declined.json)', () => {
  it('hold, for this build, exactly what declension gives for each phrase', () => {
    const file = JSON.parse(readFileSync(dist('declined.json'), 'utf8')) as { build: string; entries: Record<string, unknown> };
    expect(readFileSync(dist('resolve.cjs'), 'utf8')).toContain(file.build);
    const keys = Object.keys(file.entries);
    expect(keys.length).toBeGreaterThan(100); // the vocabularies a seed needs, not a handful
    for (const key of keys) {
      const [head, phrase] = [key.slice(0, key.indexOf(':')), key.slice(key.indexOf(':') + 1)];
      expect(file.entries[key], key).toEqual(declinePhrase(phrase, head as 'phrase' | 'first'));
    }
  });
});
