// blocks → document info, sections, addressees, tasks.
import type { Segmented } from '../segment/segmenter.js';
import type { Addressee, DocumentInfo, Section, Task } from '../schema/output.js';
import { findTitle } from './title.js';
import { findSections } from './sections.js';

export interface Structure {
  document: DocumentInfo;
  sections: Section[];
  addressees: Addressee[];
  tasks: Task[];
}

export function buildStructure(segmented: Segmented): Structure {
  const title = findTitle(segmented.blocks);
  return {
    document: {
      kind: title.kind,
      title: title.title,
      event: null,
      date: null,
      period: null,
      place: null,
      participants: null,
    },
    sections: findSections(segmented, title),
    addressees: [],
    tasks: [],
  };
}
