// Sections: headings that divide the body (not the title). For now the
// segmenter's explicit headings — "# …" and lines in capitals; topic lines
// without markup are recognised by the structure stage.
import type { Segmented } from '../segment/segmenter.js';
import type { Section } from '../schema/output.js';
import type { TitleInfo } from './title.js';

export function findSections(segmented: Segmented, title: TitleInfo): Section[] {
  const titleBlocks = new Set(title.blockIndexes);
  const sections: Section[] = [];
  segmented.blocks.forEach((b, i) => {
    if (b.kind !== 'heading' || titleBlocks.has(i)) return;
    sections.push({ id: `s${sections.length + 1}`, title: b.text.replace(/:$/, ''), parentId: null, line: b.line, endLine: b.line });
  });
  for (let i = 0; i < sections.length; i++) {
    const next = sections[i + 1];
    sections[i]!.endLine = next ? Math.max(sections[i]!.line, next.line - 1) : Math.max(sections[i]!.line, segmented.lineCount);
  }
  return sections;
}
