// The document's date, kind and title wherever a document writes them. Every
// phrasing here is written for the test and appears in no fixture.
import { describe, expect, it } from 'vitest';
import { leadingDate, readDocumentDate, readHeldDate } from '../../src/structure/document-date.js';

describe('a range of days gives the first day and the period', () => {
  it.each([
    ['18–19 ноября 2026 г.', '2026-11-18', '2026-11-19'],
    ['3 и 4 декабря 2025 года', '2025-12-03', '2025-12-04'],
    ['29 сентября — 1 октября 2026 г.', '2026-09-29', '2026-10-01'],
    ['11-12.03.2026', null, null],
  ])('%s', (text, start, end) => {
    const d = readDocumentDate(text);
    if (start === null) return expect(d?.period ?? null).toBeNull();
    expect(d).toMatchObject({ date: start, period: { start, end } });
  });
});

describe('publicationStamp', () => {
  it('a date after "Опубликовано" or "Дата публикации" dates the page, not the document', () => {
    expect(readDocumentDate('Дата публикации: 14.05.2025. 12 мая 2025 года в Доме детского творчества прошёл семинар')?.date).toBe('2025-05-12');
    expect(readDocumentDate('Размещено 03.03.2026 | Автор: администратор')).toBeNull();
  });
});

describe('leadingDate', () => {
  it('a date that opens the line, bare or after "от" and a number', () => {
    expect(leadingDate('от 11.11.2025 № 4')?.date).toBe('2025-11-11');
    expect(leadingDate('№ 17-р от 2 февраля 2026 г.')?.date).toBe('2026-02-02');
    expect(leadingDate('заседания совета от 11.11.2025')).toBeNull();
  });
});

describe('readHeldDate', () => {
  it('a sentence that opens with the date and tells the event took place', () => {
    expect(readHeldDate('14 ноября 2025 года в Доме учителя прошла конференция')?.date).toBe('2025-11-14');
    expect(readHeldDate('14 ноября 2025 года педагоги сдали отчёты')).toBeNull();
    expect(readHeldDate('Конференция состоялась 14 ноября 2025 года')).toBeNull();
  });
});
