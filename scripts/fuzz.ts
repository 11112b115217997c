// npm run fuzz [-- --cases 100000 --seed 1 --show-slowest]: the long fuzz run (issue 17). The
// families of tests/fuzz/families.ts, each parsed twice in process; prints the
// cases per second and every failure class found, with the reproducer fast-check
// shrank it to. Exit 1 when any class was found.
// npm run fuzz -- --cli 500 [--seed 1]: the same families as files through the built
// command, `resolve parse FILE` and small --jobs 2 batches (tests/fuzz/cli.ts); run
// `npm run build` first. Failing files are kept and named.
import fc from 'fast-check';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { FAMILIES, checkInput, type FuzzInput } from '../tests/fuzz/families.ts';
import { runCliFuzz } from '../tests/fuzz/cli.ts';

const arg = (name: string, fallback: number) => {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 ? Number(process.argv[i + 1]) : fallback;
};
const total = arg('cases', 100_000);
const seed = arg('seed', Date.now() % 1_000_000);

if (process.argv.includes('--cli')) {
  const cases = arg('cli', 500);
  const dir = mkdtempSync(join(tmpdir(), 'resolve-cli-fuzz-'));
  console.log(`fuzz through the CLI: ${cases} files, seed ${seed}, in ${dir}`);
  const kinds = new Map<string, number>();
  const result = await runCliFuzz({
    cases,
    seed,
    dir,
    onFailure(f) {
      kinds.set(f.kind, (kinds.get(f.kind) ?? 0) + 1);
      if (kinds.get(f.kind) === 1) console.log(`  FAILURE: ${f.kind}\n    ${f.detail}: ${f.file}`);
    },
  });
  console.log(`${result.cases} files and ${result.batches} batches in ${result.seconds.toFixed(0)} s: ${(result.cases / result.seconds).toFixed(1)} files/s (each parsed alone and in a batch)`);
  console.log(`${kinds.size} failure class${kinds.size === 1 ? '' : 'es'}`);
  for (const [kind, n] of kinds) console.log(`- ${kind} (${n}×)`);
  if (result.failures.length === 0) rmSync(dir, { recursive: true, force: true });
  process.exit(result.failures.length > 0 ? 1 : 0);
}
/** the share of the cases each family gets */
const SHARE: Record<string, number> = {
  'mutated fixtures': 0.3,
  'random bytes': 0.2,
  'TABs, control characters, surrogates, marks': 0.2,
  'mutated .docx': 0.15,
  'nested HTML': 0.15,
};

interface Found {
  family: string;
  failure: string;
  reproducer: string;
}

const found: Found[] = [];
const known = new Set<string>();
let slowest = { msPerKb: 0, family: '', kb: 0, input: '' };

async function runFamily(family: string, cases: number, familySeed: number): Promise<number> {
  let done = 0;
  let s = familySeed;
  const timed = async (input: FuzzInput) => {
    const t = performance.now();
    const failure = await checkInput(input);
    const kb = input.bytes.length / 1024;
    // time per KB on inputs large enough for it to mean something (a parse has a fixed cost too)
    const msPerKb = (performance.now() - t) / 2 / kb;
    if (kb >= 4 && msPerKb > slowest.msPerKb) slowest = { msPerKb, family, kb, input: fc.stringify(input) };
    // a class already reported does not stop the run: the search goes on for others
    return failure === null || known.has(failure);
  };
  while (done < cases) {
    const result = await fc.check(fc.asyncProperty(FAMILIES[family]!, timed), { seed: s++, numRuns: cases - done });
    done += result.numRuns;
    if (!result.failed) break;
    const input = result.counterexample![0];
    const failure = (await checkInput(input)) ?? 'flaky: failed once, passed when run again';
    known.add(failure);
    found.push({ family, failure, reproducer: fc.stringify(input) });
    process.stdout.write(`  FAILURE in ${family}: ${failure}\n    shrunk reproducer: ${fc.stringify(input).slice(0, 2000)}\n`);
    if (found.length >= 50) break;
  }
  return done;
}

const started = performance.now();
let all = 0;
console.log(`fuzz: ${total} cases, seed ${seed}`);
for (const [family, share] of Object.entries(SHARE)) {
  const t = performance.now();
  const cases = Math.round(total * share);
  const done = await runFamily(family, cases, seed);
  all += done;
  const seconds = (performance.now() - t) / 1000;
  console.log(`${family.padEnd(46)} ${String(done).padStart(7)} cases  ${(done / seconds).toFixed(0).padStart(5)} cases/s`);
}
const seconds = (performance.now() - started) / 1000;
console.log(`total ${all} cases in ${seconds.toFixed(0)} s: ${(all / seconds).toFixed(0)} cases/s (each parsed twice)`);
console.log(`slowest input of 4 KB or more: ${slowest.msPerKb.toFixed(2)} ms per KB (${slowest.family}, ${slowest.kb.toFixed(1)} KB)`);
if (process.argv.includes('--show-slowest')) console.log(`  ${slowest.input}`);
console.log(`${found.length} failure class${found.length === 1 ? '' : 'es'}`);
for (const f of found) console.log(`- ${f.family}: ${f.failure}\n  ${f.reproducer.slice(0, 500)}`);
process.exitCode = found.length > 0 ? 1 : 0;
