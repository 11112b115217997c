// What every converter gives the pipeline: the text and how it was read.
import type { InvalidBytes } from '../1-decode/decode.js';

export interface Converted {
  text: string;
  /** the character encoding the text was read in ("utf-8", "windows-1251", …) */
  encoding: string;
  /** a byte-order mark was read (plain text only) */
  bom?: boolean;
  /** bytes that were not valid in `encoding` (plain text only) */
  invalid?: InvalidBytes;
  /** an HTML page's <title>, not part of `text`: the document's date may be written only there */
  pageTitle?: string | null;
}
