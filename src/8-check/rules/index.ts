// Every rule `resolve check` knows, in the order `--list-rules` prints them.
import type { Rule } from '../types.js';
import { deadlineMissing } from './deadline-missing.js';
import { deadlineUnparsed } from './deadline-unparsed.js';
import { deadlineInvalidDate } from './deadline-invalid-date.js';
import { deadlineYearUnknown } from './deadline-year-unknown.js';
import { deadlineBeforeAdoption } from './deadline-before-adoption.js';
import { addresseeMissing } from './addressee-missing.js';
import { addresseeEmpty } from './addressee-empty.js';
import { duplicateItem } from './duplicate-item.js';
import { numbering } from './numbering.js';
import { unbalancedQuotes } from './unbalanced-quotes.js';
import { repeatedWord } from './repeated-word.js';
import { documentDateMissing } from './document-date-missing.js';
import { documentTitleMissing } from './document-title-missing.js';
import { gluedNumber } from './glued-number.js';
import { invalidBytes } from './invalid-bytes.js';

export const RULES: readonly Rule<any>[] = [
  deadlineMissing,
  deadlineUnparsed,
  deadlineInvalidDate,
  deadlineYearUnknown,
  deadlineBeforeAdoption,
  addresseeMissing,
  addresseeEmpty,
  duplicateItem,
  numbering,
  unbalancedQuotes,
  repeatedWord,
  documentDateMissing,
  documentTitleMissing,
  gluedNumber,
  invalidBytes,
];

// every rule is documented in docs/rules.md under a heading of its id
for (const rule of RULES) rule.meta.url ??= `docs/rules.md#${rule.meta.id}`;

const BY_ID = new Map(RULES.map((r) => [r.meta.id, r]));

export function ruleById(id: string): Rule<any> | undefined {
  return BY_ID.get(id);
}
