// Lines that annotate the task(s) before them instead of being tasks:
//   "Срок исполнения: постоянно."  "Сроки: сентябрь 2023 г."
//   "Ответственный: Иванова И.И."  "Ответственные – руководители ОО"
//   "Срок: до 01.10.2023. Ответственный: Петров П.П." (both on one line)
// They may also close a task's own text: "… (срок – до 01.10.2023)",
// "… Ответственный: зам. директора по УВР." — see readTrailing.
import { fold, squeeze } from '../shared/text/normalize.js';
import { indentWidth } from '../3-segment/lines.js';
import { deadlineSentenceValue, listScopeLength } from '../4-recognise/deadline/index.js';
import { endTrimmer, trimDots } from '../shared/text/trim.js';
import { isSpaceCode } from '../shared/text/chars.js';

export interface Attachment {
  /** the deadline phrase as written, or null */
  deadline: string | null;
  /** where the deadline phrase starts in the text read */
  deadlineAt: number;
  /** set when the deadline is written for every task read so far: "Срок исполнения всех поручений – …" */
  allItems?: true;
  /** the responsible phrase as written, or null */
  responsible: string | null;
}

// matched on fold(text); bounded, anchored alternatives only
const DEADLINE_HEAD = /^(?:срок[иа]?|дата)(?:\s+(?:исполнения|выполнения|реализации|проведения|исп\.))?/;
const LABEL_MARK = /^\s*(?:[:-]|—)\s*/;
const RESPONSIBLE_LABEL = /^(?:ответственн(?:ый|ые|ая|ое|ыми?)|отв\.|исполнител[ьи])(?:\s+(?:за\s+(?:исполнение|выполнение|реализацию)|исполнители))?\s*(?:[:-]|—)\s*/;
const SECOND_LABEL = /(?:^|[.;,]\s*|\s)(?=(?:срок[иа]?|ответственн(?:ый|ые|ая)|исполнител[ьи])(?:\s+[а-я.]{2,12}){0,2}\s*[:-])/g;

/** Trim a value; a final dot stays when it closes an abbreviation ("2023 г.", "Петров П.П."). */
const ANNOTATION_START = /^(?:[СсОоИиДд])/;
const ANNOTATION_WORD = /[Сс]рок|[Оо]тветствен|[Оо]тв\.|[Ии]сполнител/;

const trimValueEnd = endTrimmer('\\s;,');

const VALUE_LEAD = /^[\s:–—-]+/;

function trimValue(v: string): string {
  const t = trimValueEnd(v.replace(VALUE_LEAD, '')).trim();
  return ABBREVIATION_END.test(t) ? t : trimDots(t).trim();
}

/** Where trimValue's value starts in `v`. */
function valueLead(v: string): number {
  return VALUE_LEAD.exec(v)?.[0].length ?? 0;
}

const ABBREVIATION_END = /(?:^|[\s.])(?:[а-яё]{1,3}|[А-ЯЁ])\.$/u;

/** Read a whole block that is an annotation line; null for any other block. */
export function readAttachment(text: string): Attachment | null {
  if (!ANNOTATION_START.test(text)) return readDeadlineSentence(text); // most blocks: no fold needed
  const folded = fold(text);
  if (!deadlineLabel(folded) && !RESPONSIBLE_LABEL.test(folded)) return readDeadlineSentence(text);
  const result: Attachment = { deadline: null, deadlineAt: 0, responsible: null };
  for (const [start, end] of segments(folded)) {
    const f = folded.slice(start, end);
    const d = deadlineLabel(f);
    const r = d ? null : RESPONSIBLE_LABEL.exec(f);
    if (d && result.deadline === null) {
      const value = text.slice(start + d.length, end);
      result.deadline = trimValue(value) || null;
      result.deadlineAt = start + d.length + valueLead(value);
      if (d.allItems) result.allItems = true;
    } else if (r) result.responsible ??= trimValue(text.slice(start + r[0].length, end)) || null;
  }
  return result.deadline !== null || result.responsible !== null ? result : null;
}

/** "Все мероприятия провести до 01.09.2025." — a deadline line written as a sentence (deadlineSentence). */
function readDeadlineSentence(text: string): Attachment | null {
  const value = deadlineSentenceValue(text);
  // the value is the sentence's end, white space trimmed
  return value === null ? null : { deadline: trimValue(value), deadlineAt: text.trimEnd().length - value.length + valueLead(value), responsible: null };
}

/** "Срок исполнения:", "Срок исполнения всех поручений –" (listWideScope) at the start of a folded text. */
function deadlineLabel(folded: string): { length: number; allItems: boolean } | null {
  const head = DEADLINE_HEAD.exec(folded);
  if (!head) return null;
  const scope = listScopeLength(folded.slice(head[0].length));
  const mark = LABEL_MARK.exec(folded.slice(head[0].length + scope));
  return mark ? { length: head[0].length + scope + mark[0].length, allItems: scope > 0 } : null;
}

/** Offsets of the labelled parts of one line: "Срок: … . Ответственный: …". */
function segments(folded: string): [number, number][] {
  const starts = [0];
  SECOND_LABEL.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = SECOND_LABEL.exec(folded))) {
    const at = m.index + m[0].length;
    if (at > 0 && at > starts[starts.length - 1]!) starts.push(at);
    if (m[0].length === 0) SECOND_LABEL.lastIndex++;
  }
  return starts.map((s, i) => [s, starts[i + 1] ?? folded.length]);
}

// "… (срок – до 01.10.2023)", "… (ответственный – Иванова И.И.)": see parenTail
const PAREN_TAIL_WORD = /срок[иа]?|ответственн(?:ый|ые|ая)|исполнител[ьи]/y;
/** characters a parenthesised tail may hold after its label word */
const PAREN_TAIL_MAX = 200;
// "… для 8–11 классов (отв. — руководитель ГМО Петрова А.М.) — декабрь 2024": a labelled note in the middle
const PAREN_NOTE = /\(\s*((?:срок[иа]?|ответственн(?:ый|ые|ая)|отв\.|исполнител[ьи])\s*(?:[:-]|—)[^()]{1,200})\)/;
// "… . Ответственный: зам. директора по УВР." — after a sentence end
const SENTENCE_TAIL = /[.;]\s+((?:срок[иа]?|ответственн(?:ый|ые|ая)|исполнител[ьи])(?:\s+[а-я]{2,12})?\s*[:-].{1,200})$/;

/**
 * A labelled annotation that closes a task's own text. The text stays as
 * written (the contract keeps a task's words); the annotation is read from it.
 */
export function readTrailing(text: string): Attachment | null {
  if (!ANNOTATION_WORD.test(text)) return null;
  const folded = fold(text);
  const tail = parenTail(folded) ?? groupOf(SENTENCE_TAIL.exec(folded)) ?? groupOf(PAREN_NOTE.exec(folded));
  if (!tail) return null;
  const a = readAttachment(text.slice(tail.at, tail.at + tail.length));
  if (a) a.deadlineAt += tail.at;
  return a;
}

/** Where a match's first group is, as an offset into the text matched. */
function groupOf(m: RegExpExecArray | null): { at: number; length: number } | null {
  return m ? { at: m.index + m[0].indexOf(m[1]!), length: m[1]!.length } : null;
}

/**
 * A labelled annotation in parentheses that ends the text, "… (срок – до
 * 01.10.2023)." — what /\(\s*((?:срок[иа]?|ответственн(?:ый|ые|ая)|исполнител[ьи])[^()]{0,200})\)\s*[.;]?\s*$/
 * finds as its first group, in one backward scan: that expression, tried at
 * every "(", ran to the end of a run of white space each time (quadratic).
 * The closing ")" is the last character but white space and one "." or ";";
 * its "(" is the nearest before it, with no ")" between.
 */
export function parenTail(folded: string): { at: number; length: number } | null {
  let end = skipSpaceBack(folded, folded.length);
  if (folded[end - 1] === '.' || folded[end - 1] === ';') end = skipSpaceBack(folded, end - 1);
  if (folded[end - 1] !== ')') return null;
  const close = end - 1;
  let open = close - 1;
  while (open >= 0 && folded[open] !== '(' && folded[open] !== ')') open--;
  if (open < 0 || folded[open] === ')') return null;
  let at = open + 1;
  while (at < close && isSpaceCode(folded.charCodeAt(at))) at++;
  PAREN_TAIL_WORD.lastIndex = at;
  const word = PAREN_TAIL_WORD.exec(folded);
  if (!word || close - at - word[0].length > PAREN_TAIL_MAX) return null;
  return { at, length: close - at };
}

function skipSpaceBack(text: string, end: number): number {
  while (end > 0 && isSpaceCode(text.charCodeAt(end - 1))) end--;
  return end;
}

export interface GluedAnnotation {
  attachment: Attachment;
  line: number;
  /** the annotation line as read (squeezed), and the characters before it on its line */
  text: string;
  lead: number;
  /** indented under the item's first line ("\to\tРазработать …" / "\t\tСрок: …"): the item's own */
  hanging: boolean;
}

/**
 * "1.2. Разработать планы …\nСрок: до 15 сентября\nОтветственный: …" written
 * without blank lines reaches us as one block: split the annotation lines off.
 * Returns the task's own text and last line, and the annotations in order.
 */
export function splitGlued(block: { text: string; raw: string; line: number; endLine: number }): { text: string; endLine: number; annotations: GluedAnnotation[] } {
  const annotations: GluedAnnotation[] = [];
  if (!block.raw.includes('\n')) return { text: block.text, endLine: block.endLine, annotations };
  const rawLines = block.raw.split('\n');
  let cutLine = -1;
  for (let k = 1; k < rawLines.length; k++) {
    const raw = rawLines[k]!;
    const read = squeeze(raw);
    const attachment = readAttachment(read);
    if (!attachment) {
      if (cutLine >= 0) break;
      continue;
    }
    if (cutLine < 0) cutLine = k;
    const lead = raw.length - raw.trimStart().length;
    annotations.push({ attachment, line: block.line + k, text: read, lead, hanging: indentWidth(raw) > indentWidth(rawLines[0]!) });
  }
  if (cutLine < 0) return { text: block.text, endLine: block.endLine, annotations };
  const at = block.text.indexOf(squeeze(rawLines[cutLine]!));
  const text = at > 0 ? block.text.slice(0, at).trim() : block.text;
  return { text, endLine: block.line + cutLine - 1, annotations };
}
