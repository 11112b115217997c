// The report formats of `resolve check --format`.
import type { Reporter } from './types.js';
import { stylish } from './stylish.js';
import { json } from './json.js';
import { sarif } from './sarif.js';
import { github } from './github.js';

export const REPORTERS = { stylish, json, sarif, github } satisfies Record<string, Reporter>;
export type ReportFormat = keyof typeof REPORTERS;
export const REPORT_FORMATS = Object.keys(REPORTERS) as ReportFormat[];
