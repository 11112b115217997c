import type { Rule } from '../types.js';
import { RULE_TEXT } from '../../shared/messages/rules.js';

/**
 * Reported by the decoder while parsing (1-decode/decode.ts), not by a check of its
 * own: registered here so that it is configured, listed and documented like
 * every other rule.
 */
export const invalidBytes: Rule = {
  meta: {
    id: 'invalid-bytes',
    defaultSeverity: 'warn',
    description: RULE_TEXT['invalid-bytes'].description,
    docs: 'Some bytes of the file are not valid in the encoding it was read in (a damaged download, or text pasted from documents saved in different encodings). They are replaced by U+FFFD, so words around them may be lost. Save the file again as UTF-8.',
    fixable: false,
    stage: 'decode',
  },
};
