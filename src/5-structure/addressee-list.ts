// The addressees of a document, numbered in the order they are read (a1, a2 …),
// each with the span of its words in the text it was read from.
import type { Addressee } from '../shared/schema/output.js';
import type { AddresseeReading } from './addressees.js';
import type { PhraseAt } from './deadlines.js';
import type { PositionsBuilder } from './positions.js';

export class AddresseeList {
  readonly all: Addressee[] = [];

  constructor(private readonly positions: PositionsBuilder) {}

  /** The addressees a reading names, on `line`; `where`: where the text read stands. Returns their ids. */
  add(reading: AddresseeReading, line: number, where: PhraseAt): string[] {
    const { text } = where.read;
    let from = where.at;
    return reading.parts.map((p) => {
      const a: Addressee = { id: `a${this.all.length + 1}`, text: p.text, normalized: p.normalized, line };
      this.all.push(a);
      // the reading gives each part's words, not their offsets: a part is looked up in the text it was read from, after the one before it
      const at = text.indexOf(p.text, from);
      if (at >= 0) from = at + p.text.length;
      this.positions.addressee(a, at >= 0 ? where.read.place(at, from) : where.read.place(where.at, text.length));
      return a.id;
    });
  }

  byId(id: string | undefined): Addressee | undefined {
    return id === undefined ? undefined : this.all.find((a) => a.id === id);
  }
}
