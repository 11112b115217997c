import { entitiesOf } from '../tests/support/entities.ts';
import { cleanSource } from '../src/text/normalize.ts';
import { segment } from '../src/segment/segmenter.ts';
for (const [label, s] of [['nums', `СОШ №№ ${'1, '.repeat(200_000)}2`], ['forms', 'МБОУ '.repeat(50_000)], ['names', 'Иванов '.repeat(50_000)], ['all', `СОШ №№ ${'1, '.repeat(200_000)}2 ${'МБОУ '.repeat(50_000)} ${'Иванов '.repeat(50_000)}`]] as const) {
  let t0 = performance.now(); const seg = segment(cleanSource(s)); const ts = performance.now() - t0;
  t0 = performance.now(); entitiesOf(s); console.log(label, s.length, 'segment', Math.round(ts), 'all', Math.round(performance.now() - t0));
}
