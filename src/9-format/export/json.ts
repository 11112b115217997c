// The parse output as JSON text, for one document (`resolve parse`), a file of
// the batch (--out) and a line of NDJSON alike.

/** Deterministic JSON: key order is the schema's, no timestamps. */
export function formatJson(value: unknown, pretty: boolean): string {
  return `${JSON.stringify(value, null, pretty ? 2 : undefined)}\n`;
}
