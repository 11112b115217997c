import { outputJsonSchema } from '../schema/output.js';
import { writeStdout } from './stdout.js';

export async function runSchema(): Promise<void> {
  await writeStdout(`${JSON.stringify(outputJsonSchema(), null, 2)}\n`);
}
