import { entitiesOf } from '../tests/support/entities.ts';
for (const n of [1000, 2000, 4000, 8000]) {
  for (const [label, s] of [['nums', `СОШ №№ ${'1, '.repeat(n)}2`], ['forms', 'МБОУ '.repeat(n)], ['names', 'Иванов '.repeat(n)], ['caps', 'Иванова И.И., '.repeat(n)], ['dots', 'г. '.repeat(n)]] as const) {
    const t0 = performance.now(); entitiesOf(s); console.log(label, n, Math.round(performance.now() - t0));
  }
}
