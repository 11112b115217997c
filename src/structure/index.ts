// blocks → document info, sections, addressees, tasks.
import type { Segmented } from '../segment/segmenter.js';
import type { Addressee, DocumentInfo, Section, Task } from '../schema/output.js';
import { findTitle } from './title.js';
import { findSections } from './sections.js';
import { isPlaceLine, readDocumentInfo } from './document.js';
import { findTasks } from './tasks.js';
import { narrativeHeadCount } from './head-count.js';
import { findPlans } from './tables.js';
import { BlockReadings } from './block-readings.js';
import { planSchoolYear } from '../extract/deadline/index.js';

export interface Structure {
  document: DocumentInfo;
  sections: Section[];
  addressees: Addressee[];
  tasks: Task[];
}

/** `lines`: the cleaned source split into lines (index 0 is line 1). */
export function buildStructure(segmented: Segmented, lines: string[]): Structure {
  const title = findTitle(segmented.blocks);
  const plans = findPlans(segmented.blocks);
  const readings = new BlockReadings();
  const marks = findSections(segmented, title, plans, readings);
  const titleSet = new Set(title.blockIndexes);
  const firstMark = marks[0]?.blockIndex ?? segmented.blocks.length;
  // the preamble runs to the first list or table, and includes the first heading
  // sentence ("Участники конференции (212 человек), обсудив …, решили:")
  let bodyStart = segmented.blocks.findIndex((b, i) => !titleSet.has(i) && ((b.kind === 'item' && !isPlaceLine(b)) || b.kind === 'table-row' || b.endsWithColon));
  if (bodyStart < 0) bodyStart = segmented.blocks.length;
  else if (segmented.blocks[bodyStart]!.kind === 'paragraph') bodyStart++;
  const preambleEnd = Math.min(bodyStart, firstMark);
  const document = readDocumentInfo({ blocks: segmented.blocks, title, bodyStart: preambleEnd });
  const { addressees, tasks } = findTasks({ segmented, lines, sections: marks, plans, deadlineContext: { documentDate: document.date, schoolYear: document.title ? planSchoolYear(document.title) : null }, readings });
  // a head count the preamble does not state may be told in the narrative before the tasks
  if (document.participants === null) {
    const firstTaskLine = tasks.reduce((min, t) => Math.min(min, t.line), Number.POSITIVE_INFINITY);
    document.participants = narrativeHeadCount(segmented.blocks, preambleEnd, firstTaskLine);
  }
  return { document, sections: marks.map((m) => m.section), addressees, tasks };
}
