// A JSON file the user wrote (config, baseline), read and validated by a zod
// schema. Any problem is a one-line usage error naming the file and the field.
import { readFileSync } from 'node:fs';
import type { z } from 'zod';
import { usageError } from '../shared/errors.js';
import { readFailureAt } from '../shared/read-failures.js';

export function readJsonFile<S extends z.ZodType>(path: string, schema: S, code: string, missingHint = ''): z.infer<S> {
  let data: unknown;
  try {
    data = JSON.parse(readFileSync(path, 'utf8'));
  } catch (e) {
    const missing = (e as NodeJS.ErrnoException).code === 'ENOENT';
    throw usageError(code, missing ? `${readFailureAt(path, e)}${missingHint}` : `${path}: ${(e as Error).message}`);
  }
  const parsed = schema.safeParse(data);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    throw usageError(code, `${path}: ${issue.path.join('.') || '(root)'}: ${issue.message}`);
  }
  return parsed.data;
}
