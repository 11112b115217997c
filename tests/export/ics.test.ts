// --format ics, read back with ical.js (Mozilla's RFC 5545 parser): one all-day event
// per dated task, dates as DATE values, stable UIDs, folded and escaped lines.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import ICAL from 'ical.js';
import { runCli } from '../support/cli.js';
import { tempDir, writeTree } from '../batch/archive.js';
import { ARCHIVE, TODAY } from './archive-docs.js';
import { eventDays, MAX_SPAN_DAYS } from '../../src/9-format/export/ics.js';

let work: string;
let text: string;
let events: ICAL.Event[];

beforeAll(() => {
  work = tempDir('resolve-ics-');
  writeTree(join(work, 'arch'), ARCHIVE);
  const r = runCli(['parse', 'arch', '--format', 'ics', '--output-file', 'сроки.ics', '--today', TODAY], { cwd: work });
  expect(r.status).toBe(1); // broken.txt
  text = readFileSync(join(work, 'сроки.ics'), 'utf8');
  const calendar = new ICAL.Component(ICAL.parse(text));
  expect(calendar.name).toBe('vcalendar');
  events = calendar.getAllSubcomponents('vevent').map((v) => new ICAL.Event(v));
});
afterAll(() => rmSync(work, { recursive: true, force: true }));

describe('--format ics', () => {
  it('is RFC 5545 text: CRLF lines of at most 75 octets, VERSION and PRODID', () => {
    expect(text.startsWith('BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:')).toBe(true);
    expect(text.trimEnd().endsWith('END:VCALENDAR')).toBe(true);
    const lines = text.split('\r\n');
    expect(lines.every((l) => !l.includes('\n'))).toBe(true);
    for (const l of lines) expect(Buffer.byteLength(l), l).toBeLessThanOrEqual(75);
    // a long Cyrillic summary was folded, and unfolds to the whole text
    expect(lines.some((l) => l.startsWith(' '))).toBe(true);
  });

  it('has one all-day event per task with a day; ongoing tasks are left out', () => {
    // protocol: до 20.02, до 01.06, постоянно (left out), до 10.01; decision: до 01.04, в течение 2025 года
    expect(events).toHaveLength(5);
    for (const e of events) expect(e.startDate.isDate).toBe(true);
    const days = events.map((e) => [e.startDate.toString(), e.endDate.toString()]);
    expect(days).toEqual([
      ['2025-02-20', '2025-02-21'],
      ['2025-06-01', '2025-06-02'],
      ['2025-01-10', '2025-01-11'],
      ['2025-04-01', '2025-04-02'],
      // a year is too long to span: the event marks its last day
      ['2025-12-31', '2026-01-01'],
    ]);
  });

  it('names the addressee and the task, and points back to the document and line', () => {
    const [first, second] = events;
    // the task starts with its addressee: not repeated
    expect(first!.summary).toBe('Директору МБОУ СОШ № 12 г. Ачинска провести семинар для педагогов до 20.02.2025');
    expect(second!.summary).toBe('Руководителям образовательных организаций: обновить планы работы методических объединений до 01.06.2025');
    // escaped ";" and "," come back as written
    expect(second!.description).toContain('обновить планы работы методических объединений до 01.06.2025;');
    expect(second!.description).toContain('Документ: arch/2025/протокол.txt, пункт 2.а, строка 6');
    expect(second!.description).toContain('Срок: до 01.06.2025');
  });

  it('gives every task its own UID, the same on every run', () => {
    const uids = events.map((e) => e.uid);
    expect(new Set(uids).size).toBe(uids.length);
    const again = runCli(['parse', 'arch/2025', '--format', 'ics'], { cwd: work });
    expect(again.status).toBe(0);
    const second = new ICAL.Component(ICAL.parse(again.stdout)).getAllSubcomponents('vevent').map((v) => new ICAL.Event(v).uid);
    expect(second).toEqual(uids);
  });

  it('spans a short period and marks the last day of a long one', () => {
    expect(eventDays({ deadlineKind: 'period', start: '2025-03-10', end: '2025-03-20' })).toEqual({ start: '2025-03-10', endExclusive: '2025-03-21' });
    expect(eventDays({ deadlineKind: 'period', start: '2025-09-01', end: '2026-05-31' })).toEqual({ start: '2026-05-31', endExclusive: '2026-06-01' });
    expect(eventDays({ deadlineKind: 'period', start: '2025-03-01', end: `2025-03-${MAX_SPAN_DAYS}` })).toEqual({ start: '2025-03-01', endExclusive: '2025-04-01' });
    expect(eventDays({ deadlineKind: 'ongoing', start: null, end: null })).toBeNull();
  });

  it('is a valid empty calendar when no task has a day', () => {
    writeTree(join(work, 'plain'), { 'plan.txt': 'План работы методического объединения\n1. Постоянно информировать родителей о мероприятиях.\n' });
    const r = runCli(['parse', 'plain/plan.txt', '--format', 'ics'], { cwd: work });
    expect(r.status).toBe(0);
    const calendar = new ICAL.Component(ICAL.parse(r.stdout));
    expect(calendar.name).toBe('vcalendar');
    expect(calendar.getAllSubcomponents('vevent')).toHaveLength(0);
  });
});
