// Bytes of any supported input format → the text the pipeline reads, and the
// character encoding it was read in. Plain text and Markdown are decoded as
// they are; .docx and .html are converted to text with list labels and
// pipe-table rows the segmenter understands. The converters are imported on
// first use, so a run over .txt files never loads them.
import { say } from '../shared/messages/ui.js';
import { decodeDocument } from '../1-decode/decode.js';
import type { Converted } from './converted.js';

export type { Converted };
import { documentError } from '../shared/errors.js';
import type { Format } from '../shared/schema/output.js';


export async function convertSource(bytes: Uint8Array, format: Format): Promise<Converted> {
  if (format !== 'docx' && format !== 'html') return decodeDocument(bytes);
  if (bytes.length === 0) throw documentError('empty', say('fileEmpty'));
  const converted = format === 'docx' ? (await import('./docx.js')).docxToText(bytes) : (await import('./html.js')).htmlBytesToText(bytes);
  const result = await converted;
  if (result.text.trim() === '') throw documentError('empty', say('convertedEmpty', { format }));
  return result;
}
