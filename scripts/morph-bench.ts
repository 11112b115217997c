// Measures the two ways to normalise addressees and to find infinitives:
// the `az` package (pymorphy2 port with OpenCorpora dictionaries) against the
// suffix grammar of src/shared/morph/. Run: npx tsx scripts/morph-bench.ts
// Prints accuracy on fixtures/morph/addressees.tsv, load time, memory, and the
// per-phrase cost; the figures are copied into docs/design.md, "Morphology".
import { createRequire } from 'node:module';
import { readFileSync, readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { nominativePhrase } from '../src/shared/morph/nominative.js';
import { isInfinitive } from '../src/shared/morph/infinitive.js';
import { cleanSource } from '../src/shared/text/normalize.js';
import { segment } from '../src/3-segment/segmenter.js';

const require = createRequire(import.meta.url);

interface AzParse {
  tag: Record<string, unknown> & { POS?: string; CAse?: string; NMbr?: string; GNdr?: string };
  word: string;
  score: number;
  inflect(grammemes: string[] | object, g?: string[]): AzParse | false;
}
type AzMorph = ((word: string) => AzParse[]) & { init(path: string, cb: (err: unknown) => void): void };

const readRows = (file: string) =>
  readFileSync(file, 'utf8')
    .split('\n')
    .filter((l) => l && !l.startsWith('#'))
    .map((l) => l.split('\t') as [string, 'dat' | 'gen', string]);
const sets = [
  ['development list', readRows('fixtures/morph/addressees.tsv')],
  ['held-out list', readRows('fixtures/morph/addressees-heldout.tsv')],
] as const;

async function loadAz(): Promise<{ Morph: AzMorph; ms: number; rssMb: number; heapMb: number }> {
  global.gc?.();
  const before = process.memoryUsage();
  const t0 = performance.now();
  const Az = require('az') as { Morph: AzMorph };
  const dicts = join(dirname(require.resolve('az/package.json')), 'dicts');
  await new Promise<void>((res, rej) => Az.Morph.init(dicts, (err) => (err ? rej(err) : res())));
  Az.Morph('руководителям'); // first lookup builds lazy tables
  const ms = performance.now() - t0;
  global.gc?.();
  const after = process.memoryUsage();
  return { Morph: Az.Morph, ms, rssMb: (after.rss - before.rss) / 2 ** 20, heapMb: (after.heapUsed + after.arrayBuffers - before.heapUsed - before.arrayBuffers) / 2 ** 20 };
}

const AZ_CASE = { dat: 'datv', gen: 'gent' } as const;

/** The same algorithm as src/shared/morph/nominative.ts, with az in place of the endings. */
function azNominative(Morph: AzMorph, phrase: string, c: 'dat' | 'gen'): string {
  const tokens = phrase.replace(/\([^()]*\)/g, ' ').replace(/[\s:;.,]+$/, '').replace(/\s+/g, ' ').trim().split(' ');
  const cas = AZ_CASE[c];
  const bare = (t: string) => t.replace(/^[«"(]+|[»"),.;:]+$/g, '');
  const parses = (t: string) => Morph(bare(t).toLowerCase()).filter((p) => p.tag[cas]);
  let i = 0;
  while (i < tokens.length - 1 && parses(tokens[i]!).some((p) => p.tag.ADJF || p.tag.PRTF) && !parses(tokens[i]!).some((p) => p.tag.NOUN && p.score > 0.5)) i++;
  const headToken = tokens[i]!;
  if (/^[А-ЯЁA-Z]{2,}/.test(bare(headToken))) {
    const plur = i > 0 && parses(tokens[0]!).some((p) => p.tag.plur);
    const adj = tokens.slice(0, i).map((t) => {
      const p = parses(t).find((x) => (plur ? x.tag.plur : x.tag.sing));
      const r = p && p.inflect(['nomn']);
      return r ? r.word : t;
    });
    return [...adj, ...tokens.slice(i)].join(' ').toLowerCase();
  }
  const headParts = bare(headToken).split('-');
  const headParse = parses(headParts[0]!).find((p) => p.tag.NOUN);
  if (!headParse) return tokens.join(' ').toLowerCase();
  const number = headParse.tag.plur ? 'plur' : 'sing';
  const gender = headParse.tag.masc ? 'masc' : headParse.tag.femn ? 'femn' : 'neut';
  const inflectNoun = (w: string) => {
    const p = parses(w).find((x) => x.tag.NOUN);
    const r = p && p.inflect(['nomn', number]);
    return r ? r.word : w.toLowerCase();
  };
  const agree = number === 'plur' ? ['nomn', 'plur'] : ['nomn', 'sing', gender];
  const inflectAdj = (t: string) => {
    const w = bare(t);
    const dash = w.lastIndexOf('-');
    const last = w.slice(dash + 1);
    const p = parses(last).find((x) => x.tag.ADJF || x.tag.PRTF);
    const r = p && p.inflect(agree);
    return r ? w.slice(0, dash + 1).toLowerCase() + r.word + (/[,;]$/.test(t) ? t.slice(-1) : '') : t;
  };
  const out = tokens.slice(0, i).map(inflectAdj);
  out.push(headParts.map(inflectNoun).join('-') + (/[,;]$/.test(headToken) ? headToken.slice(-1) : ''));
  for (let k = i + 1; k < tokens.length; k++) {
    const t = tokens[k]!;
    if (tokens[k - 1]!.endsWith(',') && parses(t).some((p) => p.tag.PRTF || p.tag.ADJF)) out.push(inflectAdj(t));
    else if (tokens[k - 1] === 'и' && k === i + 2 && parses(t).some((p) => p.tag.NOUN)) out.push(inflectNoun(bare(t)));
    else out.push(t);
  }
  return out.join(' ').toLowerCase();
}

function firstWords(): string[] {
  const words: string[] = [];
  for (const dir of ['fixtures/seeds', 'fixtures/docs']) {
    let files: string[] = [];
    try {
      files = readdirSync(dir).filter((f) => f.endsWith('.txt'));
    } catch {
      continue;
    }
    for (const f of files) {
      for (const b of segment(cleanSource(readFileSync(join(dir, f), 'utf8'))).blocks) {
        for (const w of b.text.split(/[^а-яёА-ЯЁ-]+/).slice(0, 12)) if (w.length > 3) words.push(w.toLowerCase());
      }
    }
  }
  return [...new Set(words)];
}

const { Morph, ms, rssMb, heapMb } = await loadAz();
console.log(`az load: ${ms.toFixed(0)} ms, +${rssMb.toFixed(0)} MB RSS, +${heapMb.toFixed(0)} MB heap+buffers`);

for (const [name, fn] of [
  ['suffix grammar', (p: string, c: 'dat' | 'gen') => nominativePhrase(p, c).text],
  ['az', (p: string, c: 'dat' | 'gen') => azNominative(Morph, p, c)],
] as const) {
  for (const [setName, rows] of sets) {
    let ok = 0;
    const misses: string[] = [];
    for (const [p, c, e] of rows) {
      const got = fn(p, c);
      if (got.replace(/ё/g, 'е') === e) ok++;
      else misses.push(`  ${p} → ${got}`);
    }
    const reps = 200;
    const t0 = performance.now();
    for (let r = 0; r < reps; r++) for (const [p, c] of rows) fn(p, c);
    const us = ((performance.now() - t0) * 1000) / (reps * rows.length);
    console.log(`${name}, ${setName}: ${ok}/${rows.length} right, ${us.toFixed(1)} µs per phrase`);
    for (const m of misses) console.log(m);
  }
}

// infinitives: every word among the first twelve of each block of the fixtures
const words = firstWords();
let agree = 0;
const differ: string[] = [];
for (const w of words) {
  const az = Morph(w).some((p) => p.tag.INFN && p.score >= 0.2);
  if (az === isInfinitive(w)) agree++;
  else differ.push(`${w} (az ${az ? 'INFN' : '—'}, suffix ${isInfinitive(w) ? 'INFN' : '—'})`);
}
console.log(`infinitive: suffix grammar agrees with az on ${agree}/${words.length} distinct words`);
for (const d of differ) console.log(`  ${d}`);
