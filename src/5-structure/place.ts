// The place of the event as the preamble writes it: a settlement on a line of
// its own ("ст. Динская"), before a comma and more ("г. Новоалтайск, 24 августа
// 2023 года"), or beside the date across a run of spaces, on either side
// ("г. Канск          15 марта 2024 г.", "от 27.02.2025          г. Верхнеборск").
import { squeeze } from '../shared/text/normalize.js';
import type { Block } from '../3-segment/segmenter.js';
import { leadingDate, readDocumentDate } from './document-date.js';

const SETTLEMENT =
  '(?:ст\\.|ст-ца|станица|г\\.|город|с\\.|село|пос\\.|п\\.|пгт\\.?|р\\.\\s?п\\.|рп\\.?|х\\.|хутор|д\\.|деревня)\\s*[А-ЯЁ][а-яё-]+(?:\\s+[А-ЯЁ][а-яё-]+)?';
// "ст. Динская", "г. Новоалтайск, 24 августа 2023 года" (a date may follow the comma)
const PLACE_LINE = new RegExp(`^(${SETTLEMENT})\\.?(?:$|,\\s*\\S.*\\d)`, 'u');
const PLACE = new RegExp(`^${SETTLEMENT}`, 'u');
const PLACE_ONLY = new RegExp(`^\\s*(${SETTLEMENT})\\.?\\s*$`, 'u');

/**
 * "г. Новоалтайск" is read by the segmenter as an item labelled "г": the place line keeps its marker;
 * a details row (isDetailsRow) reads as the line it is, its cells apart by a space.
 */
export function preambleText(b: Block): string {
  if (b.kind === 'table-row' && b.cells) return b.cells.filter((c) => c !== '').join(' ');
  return b.kind === 'item' ? squeeze(b.raw) : b.text;
}

/** what may follow a date to the end of its cell, trimmed: "05.02.2025 г." */
const DATE_END = /^(?:(?:г|года?)\.?)?$/u;
/** "№ 4/2", "N 112-р": a registration number, the whole cell */
const REGISTRATION_NUMBER = /^(?:№|N)\s*\S{1,20}$/u;

/**
 * `isDetailsRow`: Word aligns the document's details with TABs — the date left
 * and the number or the place right ("от 24.09.2026⇥⇥№ 4/2", "12 марта 2026 г.⇥г. Озёрск",
 * "г. Озёрск⇥15.03.2026") — and a TAB line reads as a table row. A row of one line
 * standing alone, of a date and a number or a place, is that line of the preamble, no table.
 */
export function isDetailsRow(blocks: readonly Block[], index: number): boolean {
  const b = blocks[index]!;
  if (b.kind !== 'table-row' || !b.cells || b.line !== b.endLine) return false;
  const sameTable = (other: Block | undefined) => other?.kind === 'table-row' && other.table === b.table;
  if (sameTable(blocks[index - 1]) || sameTable(blocks[index + 1])) return false;
  const cells = b.cells.filter((c) => c !== '');
  if (cells.length !== 2) return false;
  const [left, right] = cells as [string, string];
  const dated = (cell: string) => {
    const date = leadingDate(cell);
    return date !== null && DATE_END.test(cell.slice(date.end).trim());
  };
  if (dated(left)) return REGISTRATION_NUMBER.test(right) || PLACE_ONLY.test(right);
  return PLACE_ONLY.test(left) && dated(right);
}

/** A line that names the place of the event, possibly with the date. */
export function isPlaceLine(b: Block): boolean {
  return placeOf(preambleText(b)) !== null;
}

/** The place a preamble line names, or null. */
export function placeOf(text: string): string | null {
  return PLACE_LINE.exec(text)?.[1] ?? placeThenDate(text) ?? dateThenPlace(text);
}

/** `placeThenDate`: "г. Озёрск            с 3 по 5 октября 2024 г." — after the place, the date and nothing else. */
function placeThenDate(text: string): string | null {
  const m = PLACE.exec(text);
  if (!m) return null;
  const rest = text.slice(m[0].length);
  const date = readDocumentDate(rest);
  if (!date || rest.slice(0, date.start).trim() !== '' || !/^[\s.]*$/u.test(rest.slice(date.end))) return null;
  return m[0];
}

/** `dateThenPlace`: "27–28 августа 2024 г.          г. Северокамск" — the date, then the place and nothing else. */
function dateThenPlace(text: string): string | null {
  const date = leadingDate(text);
  return date ? (PLACE_ONLY.exec(text.slice(date.end))?.[1] ?? null) : null;
}
