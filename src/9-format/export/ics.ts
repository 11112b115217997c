// Deadlines as an iCalendar file (--format ics, RFC 5545) for Outlook, Yandex
// Calendar or Google Calendar: one all-day VEVENT per task with a dated deadline.
// - "до 1 марта", "1 марта": an event on that day;
// - a period of up to MAX_SPAN_DAYS ("с 1 по 10 марта", "март"): an event across it;
//   a longer one ("в течение 2025 года") only on its last day, or a calendar would
//   show it as a banner on every day of the year;
// - ongoing, recurring and not understood deadlines have no day: left out.
// Summary: the addressee and the start of the task; description: the whole task,
// the deadline as written, the document and line. The UID is a hash of the
// document path, the line and the task text: the same task gets the same UID on
// every run, so importing a newer export updates the events instead of doubling them.
// ical-generator writes the lines (escaping, folding at 75 octets, CRLF).
import { endTrimmer, lastWord } from '../../shared/text/trim.js';
import { createHash } from 'node:crypto';
// a named import: the bundle loads the package as CommonJS, where its default export is not the module
import { ICalCalendar } from 'ical-generator';
import { daysBetween, type DocumentTable, type TaskRow } from './rows.js';

export const MAX_SPAN_DAYS = 31;
const SUMMARY_TASK_CHARS = 80;

export interface CalendarDay {
  /** ISO first day and the day after the last (DTEND of an all-day event is exclusive) */
  start: string;
  endExclusive: string;
}

/** The days of a task's event, or null when its deadline has no day. */
export function eventDays(row: Pick<TaskRow, 'deadlineKind' | 'start' | 'end'>): CalendarDay | null {
  if (!row.end) return null;
  const start = row.start && daysBetween(row.start, row.end) < MAX_SPAN_DAYS ? row.start : row.end;
  return { start, endExclusive: addDays(row.end, 1) };
}

export function icsFormat() {
  let calendar: ICalCalendar | null = null;
  return {
    head: () => '',
    /** one document of the run: its table rows, when it was read */
    body(result: { table?: DocumentTable | null }): string {
      for (const row of result.table?.tasks ?? []) {
        const days = eventDays(row);
        if (!days) continue;
        calendar ??= newCalendar();
        calendar.createEvent({
          id: `${uid(row)}@resolve`,
          allDay: true,
          start: new Date(`${days.start}T00:00:00Z`),
          end: new Date(`${days.endExclusive}T00:00:00Z`),
          summary: summary(row),
          description: description(row),
        });
      }
      return '';
    },
    tail: () => (calendar ?? newCalendar()).toString(),
  };
}

const newCalendar = () => new ICalCalendar({ name: 'Сроки по документам', prodId: { company: 'resolve', product: 'resolve', language: 'RU' } });

const trimTaskEnd = endTrimmer('\\s;,.');
const trimSpaceEnd = endTrimmer('\\s');

/** `text.replace(/\s+\S*$/, '')`: the text cut before its last (perhaps broken) word, when white space precedes it. */
function withoutLastWord(text: string): string {
  const word = lastWord(text);
  const before = text.slice(0, text.length - word.length);
  const cut = trimSpaceEnd(before);
  return cut.length < before.length ? cut : text;
}

/** "Руководителям ОО: обновить планы работы…"; a task that starts with its addressee ("Директору … провести") as it is. */
function summary(row: TaskRow): string {
  const text = trimTaskEnd(row.task);
  const task = text.length > SUMMARY_TASK_CHARS ? `${withoutLastWord(text.slice(0, SUMMARY_TASK_CHARS))}…` : text;
  const named = row.addressee && !text.toLowerCase().startsWith(row.addressee.split('; ')[0]!.toLowerCase());
  return named ? `${row.addressee}: ${task}` : task;
}

function description(row: TaskRow): string {
  return [
    row.task,
    `Срок: ${row.deadline}`,
    row.responsible ? `Ответственный: ${row.responsible}` : null,
    `Документ: ${row.file}${row.number ? `, пункт ${row.number}` : ''}, строка ${row.line}`,
  ]
    .filter((l) => l !== null)
    .join('\n');
}

function uid(row: TaskRow): string {
  return createHash('sha256').update(`${row.file}\n${row.line}\n${row.task}`).digest('hex').slice(0, 32);
}

function addDays(iso: string, days: number): string {
  return new Date(Date.parse(`${iso}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);
}
