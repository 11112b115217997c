// "file:line:column" for an offset into a JSON file the user wrote
// (resolve.config.json, a grammar overlay), so an error points at the value.
import { isAbsolute, relative } from 'node:path';

/** offset → "file:line:column" (1-based); the file relative to the current folder when it lies below it. */
export function positionsIn(path: string, text: string): (offset: number) => string {
  const rel = relative(process.cwd(), path);
  const shown = rel.startsWith('..') || isAbsolute(rel) ? path : rel;
  return (offset) => {
    let line = 1;
    let start = 0;
    for (let i = text.indexOf('\n'); i !== -1 && i < offset; i = text.indexOf('\n', i + 1)) {
      line++;
      start = i + 1;
    }
    return `${shown}:${line}:${offset - start + 1}`;
  };
}
