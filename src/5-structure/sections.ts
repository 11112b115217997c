// Sections: what divides the body, besides the title.
//   explicit — "# …" and lines in capitals ("РЕШИЛИ:"), the standing parts of a
//              protocol in any case ("Повестка дня:", "Ход заседания:"), roman
//              headings ("II. В сфере дополнительного образования"), and the
//              title of a second document in the same file ("Аналитическая справка …")
//   topic    — a short line without a label or a verb that heads an addressee
//              block or a list of tasks ("Воспитание.", "Профориентация");
//              nested in the explicit section around it.
import type { Block, Segmented } from '../3-segment/segmenter.js';
import type { Section } from '../shared/schema/output.js';
import { documentKindOf, type TitleInfo } from './title.js';
import type { BlockReadings } from './block-readings.js';
import { readAttachment } from './attachments.js';
import type { PlanRun } from './tables.js';
import { protocolPart, announcesNonTasks, announcesTasks } from './directives.js';
import type { Decisions, ReasonId } from './decisions.js';
import { endTrimmer } from '../shared/text/trim.js';
import { announcedListEnd } from './announced-list.js';

export interface SectionMark {
  blockIndex: number;
  section: Section;
  kind: 'explicit' | 'topic';
  /** the section introduces decisions ("РЕШИЛИ:") */
  decisions: boolean;
  /** the section introduces a list that is not tasks ("Повестка дня:") */
  nonTasks: boolean;
  /** a roman heading item: its label starts the path of the tasks below */
  label: string | null;
}

const TOPIC_MAX_LENGTH = 160;
const INITIALS = /[А-ЯЁ]\.\s?[А-ЯЁ]\./u;
// "Резолюция принята участниками …": a short participle after the kind word is a sentence, not a title
const SENTENCE_AFTER_KIND = /^\S+(?:\s+\S+)?\s+[а-яё]+(?:[нт][аоы])(?:\s|$)/u;

const trimTitleEnd = endTrimmer('\\s:.');

function sectionTitle(text: string): string {
  return trimTitleEnd(text).trim();
}

function isTopic(blocks: Block[], i: number, readings: BlockReadings): boolean {
  const b = blocks[i]!;
  if (b.kind !== 'paragraph' || b.endsWithColon || b.text.length > TOPIC_MAX_LENGTH) return false;
  if (!/^[А-ЯЁA-Z]/.test(b.text) || INITIALS.test(b.text) || /[,;]$/.test(b.text)) return false;
  if (/\d{2}/.test(b.text)) return false; // dates, phone numbers, statistics
  if (readings.opensWithDirective(b.text) || readAttachment(b.text)) return false;
  const next = blocks[i + 1];
  if (!next) return false;
  if (next.endsWithColon && readings.addresseeHeader(next.text)) return true;
  return next.kind === 'item' && readings.opensWithDirective(next.text);
}

/** A heading announces topics ("ОБСУЖДАЕМЫЕ ВОПРОСЫ") or decisions ("УПРАВЛЯЮЩИЙ СОВЕТ РЕШИЛ:"), or neither. */
function headingMeaning(text: string): Pick<SectionMark, 'nonTasks' | 'decisions'> {
  const nonTasks = announcesNonTasks(text);
  return { nonTasks, decisions: !nonTasks && announcesTasks(text) };
}

function isEmbeddedTitle(b: Block): boolean {
  if (b.kind === 'item' || b.kind === 'table-row' || b.text.length > 300) return false;
  return documentKindOf(b) !== null && !SENTENCE_AFTER_KIND.test(b.text);
}

export function findSections(segmented: Segmented, title: TitleInfo, plans: PlanRun[], readings: BlockReadings, decisions?: Decisions): SectionMark[] {
  const { blocks } = segmented;
  const groups = new Set(plans.flatMap((p) => p.groupIndexes));
  const titleBlocks = new Set(title.blockIndexes);
  const afterTitle = title.blockIndexes.length ? Math.max(...title.blockIndexes) : -1;
  const marks: SectionMark[] = [];
  let parent: SectionMark | null = null;
  const add = (i: number, kind: SectionMark['kind'], reason: ReasonId, extra: Partial<SectionMark> = {}) => {
    const b = blocks[i]!;
    decisions?.add(b.line, `раздел s${marks.length + 1} «${sectionTitle(b.text)}»`, reason);
    const mark: SectionMark = {
      blockIndex: i,
      kind,
      decisions: false,
      nonTasks: false,
      label: null,
      ...extra,
      section: { id: `s${marks.length + 1}`, title: sectionTitle(b.text), parentId: kind === 'topic' && parent ? parent.section.id : null, line: b.line, endLine: b.endLine },
    };
    marks.push(mark);
    if (kind === 'explicit') parent = mark;
  };
  const titleStart = title.blockIndexes.length ? Math.min(...title.blockIndexes) : 0;
  blocks.forEach((b, i) => {
    // before the title is the letterhead ("ПРОЕКТ", the organisation's name)
    if (i < titleStart || titleBlocks.has(i)) return;
    // a plan's group rows ("| | Организационная работа | | |") are topics of the rows below
    if (groups.has(i)) return add(i, 'topic', 'section.plan-group');
    if (b.kind === 'table-row') return;
    const part = protocolPart(b.text);
    if (part) add(i, 'explicit', 'section.protocol-part', { decisions: part.decisions, nonTasks: announcesNonTasks(b.text) });
    // "### Администрации гимназии:" (HTML, Markdown): a heading that names an addressee heads its tasks, not a section
    else if (b.kind === 'heading' && !readings.addresseeHeading(b.text)) add(i, 'explicit', 'section.heading', headingMeaning(b.text));
    else if (i > afterTitle && afterTitle >= 0 && b.kind === 'paragraph' && isEmbeddedTitle(b)) add(i, 'explicit', 'section.embedded-title');
    else if (b.kind === 'item' && b.labelStyle === 'roman' && !readings.opensWithDirective(b.text) && !(b.endsWithColon && readings.addresseeHeader(b.text)))
      add(i, 'explicit', 'section.roman', { label: b.label });
    else if (isTopic(blocks, i, readings)) add(i, 'topic', 'section.topic');
  });
  // a section runs to the line before the next section of its level (or any, for topics);
  // one that announces a list which is not tasks ("Повестка дня:") ends with its list
  const byId = new Map(marks.map((m) => [m.section.id, m.section]));
  for (let k = 0; k < marks.length; k++) {
    const m = marks[k]!;
    let end = segmented.lineCount;
    for (let j = k + 1; j < marks.length; j++) {
      const n = marks[j]!;
      if (m.kind === 'topic' || n.kind === 'explicit') {
        end = n.section.line - 1;
        break;
      }
    }
    end = lastContentLine(segmented, end);
    if (m.kind === 'explicit' && m.nonTasks) {
      const listEnd = announcedListEnd(blocks, m.blockIndex, end);
      if (listEnd < end) decisions?.add(m.section.line, `раздел ${m.section.id} кончается на строке ${listEnd}`, 'section.list-end');
      end = listEnd;
    }
    m.section.endLine = Math.max(m.section.line, end);
    // a topic after the end of the section above it is in none
    const parent = m.section.parentId === null ? undefined : byId.get(m.section.parentId);
    if (parent && parent.endLine < m.section.line) m.section.parentId = null;
  }
  return marks;
}

/** Trailing blank lines do not belong to a section: the end of the last block that starts by `limit`. */
function lastContentLine(segmented: Segmented, limit: number): number {
  const blocks = segmented.blocks;
  let lo = 0;
  let hi = blocks.length - 1;
  let found = -1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (blocks[mid]!.line <= limit) {
      found = mid;
      lo = mid + 1;
    } else hi = mid - 1;
  }
  return found < 0 ? 0 : Math.min(blocks[found]!.endLine, limit);
}
