import { readFileSync } from 'node:fs';
import { cleanSource } from '../src/text/normalize.ts';
import { segment } from '../src/segment/segmenter.ts';
import { extractEntities } from '../src/extract/entities/index.ts';
const seeds = ['000_e63f3ed35c16b4b3','001_e77e360ac022ffa0','002_27408a7706993244','003_be9be29293db61bd','004_047d385403e37b2b'].map(s => cleanSource(readFileSync(`fixtures/seeds/${s}.txt`, 'utf8')));
const pre = seeds.map(t => ({ segmented: segment(t), lines: t.split('\n'), structure: null as never }));
for (let i = 0; i < 3000; i++) extractEntities(pre[i % 5]!);
