// The report formats of `resolve check --format`.
import type { Reporter } from './types.js';
import type { ReportFormat } from './formats.js';
import { stylish } from './stylish.js';
import { json } from './json.js';
import { sarif } from './sarif.js';
import { github } from './github.js';

/** One reporter for every name in formats.ts, and none besides. */
export const REPORTERS = { stylish, json, sarif, github } satisfies Record<ReportFormat, Reporter>;
