import { entitiesOf } from '../tests/support/entities.ts';
for (const t of process.argv.slice(2)) console.log(JSON.stringify(entitiesOf(t)));
