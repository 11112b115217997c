// People, organisations, practices and projects.
// STUB (interface only): filled by the entity extractors.
import type { Segmented } from '../../segment/segmenter.js';
import type { Organization, Person, Practice, Project } from '../../schema/output.js';
import type { Structure } from '../../structure/index.js';

export interface EntityInput {
  segmented: Segmented;
  /** cleaned source lines; index 0 is line 1 */
  lines: string[];
  structure: Structure;
}

export interface Entities {
  people: Person[];
  organizations: Organization[];
  practices: Practice[];
  projects: Project[];
}

export function extractEntities(_input: EntityInput): Entities {
  return { people: [], organizations: [], practices: [], projects: [] };
}
