// Runs the entity extractors on a text the way the pipeline does.
import { cleanSource } from '../../src/shared/text/normalize.js';
import { segment } from '../../src/3-segment/segmenter.js';
import { extractEntities, type Entities } from '../../src/6-entities/index.js';

export function entitiesOf(text: string): Entities {
  const clean = cleanSource(text);
  const segmented = segment(clean);
  const lines = clean.split('\n');
  return extractEntities({ segmented, lines });
}

/** [text, form, type, numbers, name, locality] of each organisation: compact to compare. */
export function orgRows(e: Entities) {
  return e.organizations.map((o) => [o.text, o.form, o.type, o.numbers, o.name, o.locality]);
}
