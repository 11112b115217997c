// `npm run grammar-schema`: writes grammars/schemas/NAME.json, the JSON Schema
// an editor uses for grammars/NAME.json and for an overlay's NAME.json (see
// src/shared/grammar/json-schema.ts, docs/grammars.md). Run it after changing
// src/shared/grammar/schemas.ts; a test fails while the files are out of date.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { grammarJsonSchemas, schemaFileText } from '../src/shared/grammar/json-schema.js';

const dir = fileURLToPath(new URL('../grammars/schemas', import.meta.url));
mkdirSync(dir, { recursive: true });
const schemas = grammarJsonSchemas();
for (const [name, schema] of Object.entries(schemas)) writeFileSync(join(dir, `${name}.json`), schemaFileText(schema));
process.stdout.write(`grammar-schema: ${Object.keys(schemas).length} schemas written to grammars/schemas/\n`);
