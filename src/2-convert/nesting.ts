// Markup nested without end ("<ol><li>" 12,000 times, 40,000 "<w:p>" never
// closed) costs htmlparser2 a scan of its whole open-element stack for every
// closing tag that matches none, and a list label grows with its depth: the
// work is quadratic in the depth. No real document nests deeper than a few
// dozen elements, so the converters stop at a depth no document reaches.
import { documentError } from '../shared/errors.js';

/** open elements at once; Word's deepest real markup is a few dozen */
export const MAX_NESTING = 1000;

export class NestingGuard {
  private depth = 0;

  constructor(
    private readonly what: string,
    private readonly limit = MAX_NESTING,
  ) {}

  open(): void {
    if (++this.depth > this.limit) {
      throw documentError('too-large', `its ${this.what} is nested more than ${this.limit} levels deep; no document is, so it is not read`);
    }
  }

  close(): void {
    if (this.depth > 0) this.depth--;
  }
}
