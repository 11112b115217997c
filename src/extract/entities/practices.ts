import type { Practice } from '../../schema/output.js';
export function findPractices(_: unknown): Practice[] { return []; }
