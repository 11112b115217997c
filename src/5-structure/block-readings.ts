// The questions the structure stages ask of a block's text more than once:
// sections ask of a block and of the block after it whether it opens with a
// directive or is an addressee header, then tasks ask again, and a task reads
// its inline addressee right after the directive test has read it. The answers
// depend on the text alone; one BlockReadings per document remembers them, so
// each text is read once (and nothing outlives the document).
import { readAddresseeHeader, readAddresseeHeading, readChargedAddressee, readInlineAddressee, type AddresseeReading, type InlineAddressee } from './addressees.js';
import { directiveOpening, type DirectiveOpening } from './directives.js';

export class BlockReadings {
  private readonly directives = new Map<string, DirectiveOpening | null>();
  private readonly headers = new Map<string, AddresseeReading | null>();
  private readonly inlines = new Map<string, InlineAddressee | null>();
  private readonly headings = new Map<string, AddresseeReading | null>();
  private readonly charged = new Map<string, AddresseeReading | null>();
  private readonly readInline = (text: string): InlineAddressee | null => this.inlineAddressee(text);
  private readonly readDirective = (text: string): DirectiveOpening | null => directiveOpening(text, this.readInline);

  /** opensWithDirective(text) */
  opensWithDirective(text: string): boolean {
    return this.directiveOpening(text) !== null;
  }

  /** directiveOpening(text): how the text opens as a directive, or null */
  directiveOpening(text: string): DirectiveOpening | null {
    return remembered(this.directives, text, this.readDirective);
  }

  /** readAddresseeHeader(text) */
  addresseeHeader(text: string): AddresseeReading | null {
    return remembered(this.headers, text, readAddresseeHeader);
  }

  /** readAddresseeHeading(text) */
  addresseeHeading(text: string): AddresseeReading | null {
    return remembered(this.headings, text, readAddresseeHeading);
  }

  /** readChargedAddressee(text) */
  chargedAddressee(text: string): AddresseeReading | null {
    return remembered(this.charged, text, readChargedAddressee);
  }

  /** readInlineAddressee(text) */
  inlineAddressee(text: string): InlineAddressee | null {
    return remembered(this.inlines, text, readInlineAddressee);
  }
}

/** The answer `known` holds for the text, or read and kept (no reading is undefined). */
function remembered<T>(known: Map<string, T>, text: string, read: (text: string) => T): T {
  let value = known.get(text);
  if (value === undefined) {
    value = read(text);
    known.set(text, value);
  }
  return value;
}
