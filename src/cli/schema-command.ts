import { outputJsonSchema } from '../shared/schema/output.js';
import { writeStdout } from '../io/stdout.js';

export async function runSchema(): Promise<void> {
  await writeStdout(`${JSON.stringify(outputJsonSchema(), null, 2)}\n`);
}
