import { entityGrammar } from '../src/extract/entities/grammar.ts';
let t0 = performance.now(); entityGrammar(); console.log('compile', Math.round(performance.now() - t0));
import { entitiesOf } from '../tests/support/entities.ts';
t0 = performance.now(); entitiesOf('МБОУ СОШ № 1 Иванов И.И., директор'); console.log('first', Math.round(performance.now() - t0));
t0 = performance.now(); entitiesOf('МБОУ СОШ № 2 Петров И.И., директор'); console.log('second', Math.round(performance.now() - t0));
