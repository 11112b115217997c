// blocks → document info, sections, addressees, tasks.
import type { Segmented } from '../3-segment/segmenter.js';
import type { Addressee, DocumentInfo, Section, Task } from '../shared/schema/output.js';
import { findTitle, titleTextDate } from './title.js';
import { frontMatterDate } from './document-date.js';
import { findSections } from './sections.js';
import { readDocumentInfo } from './document.js';
import { isDetailsRow, isPlaceLine } from './place.js';
import { findTasks } from './tasks.js';
import { narrativeHeadCount } from './head-count.js';
import { findPlans } from './tables.js';
import { BlockReadings } from './block-readings.js';
import type { Decisions } from './decisions.js';
import { planSchoolYear } from '../4-recognise/deadline/index.js';
import type { Positions } from './positions.js';
import { listTrees, type ListTree } from './list-tree.js';

export interface Structure {
  document: DocumentInfo;
  sections: Section[];
  addressees: Addressee[];
  tasks: Task[];
  /** where each task, deadline and addressee is written */
  positions: Positions;
  /** the lists under each header, as trees (list-tree.ts) */
  lists: ListTree[];
}

/** What the source says about the document outside its text, and where --explain collects reasons. */
export interface StructureOptions {
  /** an HTML page's <title> */
  pageTitle?: string | null;
  /** the reasons of each structural decision (`resolve parse --explain`); absent: none are kept */
  decisions?: Decisions | undefined;
}

/** `lines`: the cleaned source split into lines (index 0 is line 1). */
export function buildStructure(segmented: Segmented, lines: string[], options: StructureOptions = {}): Structure {
  const { decisions } = options;
  const title = findTitle(segmented.blocks);
  const plans = findPlans(segmented.blocks);
  const readings = new BlockReadings();
  const marks = findSections(segmented, title, plans, readings, decisions);
  const titleSet = new Set(title.blockIndexes);
  const firstMark = marks[0]?.blockIndex ?? segmented.blocks.length;
  // the preamble runs to the first list or table, and includes the first heading
  // sentence ("Участники конференции (212 человек), обсудив …, решили:")
  let bodyStart = segmented.blocks.findIndex((b, i) => !titleSet.has(i) && ((b.kind === 'item' && !isPlaceLine(b)) || (b.kind === 'table-row' && !isDetailsRow(segmented.blocks, i)) || b.endsWithColon));
  if (bodyStart < 0) bodyStart = segmented.blocks.length;
  else if (segmented.blocks[bodyStart]!.kind === 'paragraph') bodyStart++;
  const preambleEnd = Math.min(bodyStart, firstMark);
  const sourceDate = frontMatterDate(lines) ?? (options.pageTitle ? titleTextDate(options.pageTitle) : null);
  const document = readDocumentInfo({ blocks: segmented.blocks, title, bodyStart: preambleEnd, sourceDate, decisions });
  const lists = listTrees(segmented.blocks);
  const { addressees, tasks, positions } = findTasks({ segmented, lines, sections: marks, plans, lists, titleBlocks: titleSet, deadlineContext: { documentDate: document.date, schoolYear: document.title ? planSchoolYear(document.title) : null }, readings, decisions });
  // a head count the preamble does not state may be told in the narrative before the tasks
  if (document.participants === null) {
    const firstTaskLine = tasks.reduce((min, t) => Math.min(min, t.line), Number.POSITIVE_INFINITY);
    document.participants = narrativeHeadCount(segmented.blocks, preambleEnd, firstTaskLine);
  }
  return { document, sections: marks.map((m) => m.section), addressees, tasks, positions, lists };
}
