import { entitiesOf } from '../tests/support/entities.ts';
const s = `СОШ №№ ${'1, '.repeat(200_000)}2`;
entitiesOf(s);
