// `resolve schema`: the output's JSON Schema, the file every output is checked against.
import outputSchema from '../shared/schema/output.schema.json';
import { writeStdout } from '../io/stdout.js';

export async function runSchema(): Promise<void> {
  await writeStdout(`${JSON.stringify(outputSchema, null, 2)}\n`);
}
