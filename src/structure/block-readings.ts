// The questions the structure stages ask of a block's text more than once:
// sections ask of a block and of the block after it whether it opens with a
// directive or is an addressee header, then tasks ask again, and a task reads
// its inline addressee right after the directive test has read it. The answers
// depend on the text alone; one BlockReadings per document remembers them, so
// each text is read once (and nothing outlives the document).
import { readAddresseeHeader, readInlineAddressee, type AddresseeReading, type InlineAddressee } from './addressees.js';
import { opensWithDirective } from './directives.js';

export class BlockReadings {
  private readonly directives = new Map<string, boolean>();
  private readonly headers = new Map<string, AddresseeReading | null>();
  private readonly inlines = new Map<string, InlineAddressee | null>();
  private readonly readInline = (text: string): InlineAddressee | null => this.inlineAddressee(text);

  /** opensWithDirective(text) */
  opensWithDirective(text: string): boolean {
    let known = this.directives.get(text);
    if (known === undefined) {
      known = opensWithDirective(text, this.readInline);
      this.directives.set(text, known);
    }
    return known;
  }

  /** readAddresseeHeader(text) */
  addresseeHeader(text: string): AddresseeReading | null {
    let known = this.headers.get(text);
    if (known === undefined) {
      known = readAddresseeHeader(text);
      this.headers.set(text, known);
    }
    return known;
  }

  /** readInlineAddressee(text) */
  inlineAddressee(text: string): InlineAddressee | null {
    let known = this.inlines.get(text);
    if (known === undefined) {
      known = readInlineAddressee(text);
      this.inlines.set(text, known);
    }
    return known;
  }
}
