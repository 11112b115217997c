// `npm run schemas`: writes the JSON Schemas derived from the zod schemas.
// - grammars/schemas/NAME.json: the schema an editor uses for grammars/NAME.json
//   and for an overlay's NAME.json (src/shared/grammar/json-schema.ts, docs/grammars.md);
// - src/shared/schema/output.schema.json: the output's schema, which `resolve schema`
//   prints and every output is checked against (src/7-validate/check-output.ts).
// Run it after changing src/shared/grammar/schemas.ts or src/shared/schema/output.ts;
// a test fails while the files are out of date.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { grammarJsonSchemas, schemaFileText } from '../src/shared/grammar/json-schema.js';
import { outputJsonSchema } from '../src/shared/schema/output.js';

const dir = fileURLToPath(new URL('../grammars/schemas', import.meta.url));
mkdirSync(dir, { recursive: true });
const schemas = grammarJsonSchemas();
for (const [name, schema] of Object.entries(schemas)) writeFileSync(join(dir, `${name}.json`), schemaFileText(schema));
process.stdout.write(`schemas: ${Object.keys(schemas).length} grammar schemas written to grammars/schemas/\n`);
writeFileSync(fileURLToPath(new URL('../src/shared/schema/output.schema.json', import.meta.url)), schemaFileText(outputJsonSchema()));
process.stdout.write('schemas: the output schema written to src/shared/schema/output.schema.json\n');
