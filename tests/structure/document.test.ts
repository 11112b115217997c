import { describe, expect, it } from 'vitest';
import { readDocumentDate } from '../../src/5-structure/document-date.js';
import { findEvent, quotedName } from '../../src/5-structure/document.js';
import { doc, structureOf } from './helpers.js';

describe('readDocumentDate', () => {
  it.each([
    ['15 марта 2024 года', '2024-03-15'],
    ['05.09.2023 г.', '2023-09-05'],
    ['от 12.04.24', '2024-04-12'],
    ['«25» мая 2021 г.', '2021-05-25'],
    ['Март, 2023', '2023-03-01'],
    ['Октябрь 2022 г.', '2022-10-01'],
    ['3 ноября 2023 г. состоялось заседание методического совета', '2023-11-03'],
  ])('%s → %s', (text, date) => expect(readDocumentDate(text)?.date).toBe(date));

  it('a range gives the first day and the period', () => {
    expect(readDocumentDate('с 21 по 25 октября 2024 г. прошла неделя')).toMatchObject({ date: '2024-10-21', period: { start: '2024-10-21', end: '2024-10-25' } });
    expect(readDocumentDate('с 28 марта по 3 апреля 2024 года')).toMatchObject({ date: '2024-03-28', period: { start: '2024-03-28', end: '2024-04-03' } });
  });
  it('the date of a cited order is not the document date', () => {
    expect(readDocumentDate('на основании приказа министерства от 2 мая 2024 года № 18')).toBeNull();
    expect(readDocumentDate('согласно письму от 10.01.2024 семинар 17.01.2024 г.')?.date).toBe('2024-01-17');
    expect(readDocumentDate('Утвержден приказом отдела образования от 3 июня 2024 г. № 77')?.date).toBe('2024-06-03');
  });
  it('an impossible date is no date', () => {
    expect(readDocumentDate('30.02.2024')).toBeNull();
  });
});

describe('event', () => {
  it('names the event and its quoted name', () => {
    expect(findEvent(['Резолюция межрайонного круглого стола «Школа и семья: диалог поколений»'])).toEqual({ type: 'круглый стол', name: 'Школа и семья: диалог поколений' });
    expect(findEvent(['Протокол заседания педагогического совета'])).toEqual({ type: 'педагогический совет', name: null });
    expect(findEvent(['Итоговый документ форсайт-сессии'])).toEqual({ type: 'форсайт-сессия', name: null });
  });
  it('keeps nested quotes and skips an organisation name', () => {
    expect(quotedName('форума «Проект «Успех» как ресурс»')).toBe('Проект «Успех» как ресурс');
    expect(quotedName('совета МБОУ «Лицей № 2» по теме «Цифровая школа»')).toBe('Цифровая школа');
  });
});

describe('document info from the preamble', () => {
  const s = structureOf(
    doc(`
    РЕЗОЛЮЦИЯ
    районной конференции педагогов дошкольного образования «Детство без границ»

    с. Красноярка, 14 апреля 2023 года

    В конференции приняли участие педагоги (87 человек). Участники конференции рекомендуют:

    1. Провести мастер-классы для молодых воспитателей.
    `),
  );
  it('reads kind, title, event, date, place and head count', () => {
    expect(s.document).toEqual({
      kind: 'resolution',
      title: 'РЕЗОЛЮЦИЯ районной конференции педагогов дошкольного образования «Детство без границ»',
      event: { type: 'конференция', name: 'Детство без границ' },
      date: '2023-04-14',
      period: null,
      place: 'с. Красноярка',
      participants: 87,
    });
  });
  it('takes "Присутствовали: N человек" in a protocol', () => {
    const p = structureOf('ПРОТОКОЛ № 4\nзаседания методического совета\n\n12.12.2023\n\nПрисутствовали: 17 человек\n\nРЕШИЛИ:\n1. Утвердить план.\n');
    expect(p.document).toMatchObject({ kind: 'protocol', date: '2023-12-12', participants: 17, event: { type: 'заседание', name: null } });
  });
  it('a date in the tasks is not the document date', () => {
    const p = structureOf('РЕШЕНИЕ\nсовещания заместителей директоров\n\n1. Провести семинар 12 мая 2024 года.\n');
    expect(p.document.date).toBeNull();
  });
});

describe('title run-on', () => {
  it('stops at a body sentence that opens with a date', () => {
    const p = structureOf('ПРОТОКОЛ\nзаседания методического совета гимназии\n\n«12» марта 2024 г. состоялось заседание методического совета.\n\nРЕШИЛИ:\n1. Утвердить план.\n');
    expect(p.document.title).toBe('ПРОТОКОЛ заседания методического совета гимназии');
    expect(p.document.date).toBe('2024-03-12');
  });
  it('keeps a date inside the run-on', () => {
    const p = structureOf('РЕЗОЛЮЦИЯ\nсеминара заместителей директоров, проведенного 5 марта 2024 года в г. Канске\n\nУчастники семинара рекомендуют:\n1. Провести открытые уроки.\n');
    expect(p.document.title).toBe('РЕЗОЛЮЦИЯ семинара заместителей директоров, проведенного 5 марта 2024 года в г. Канске');
  });
  it('runs on in a line that opens with the capital of a place name in the genitive', () => {
    const s = structureOf('ПРОТОКОЛ № 2\nзаседания совета руководителей школ\nКрасноармейского района\n\n17.10.2025\n\nРЕШИЛИ:\n\n1. Провести смотр до 1 декабря 2025 г.\n');
    expect(s.document.title).toBe('ПРОТОКОЛ № 2 заседания совета руководителей школ Красноармейского района');
    const plain = structureOf('ПРОТОКОЛ № 2\nзаседания совета руководителей школ\n\nПрисутствовали: 14 человек.\n\nРЕШИЛИ:\n\n1. Провести смотр до 1 декабря 2025 г.\n');
    expect(plain.document.title).toBe('ПРОТОКОЛ № 2 заседания совета руководителей школ');
  });
  it('a title run on in a second heading in the genitive ("# конференции …") heads no tasks', () => {
    const s = structureOf('# РЕЗОЛЮЦИЯ\n\n# районного семинара заместителей директоров по воспитательной работе\n\nУчастники семинара решили:\n\n1. Школам района провести акцию «Читаем вместе» до 1 апреля 2025 г.\n');
    expect(s.document.title).toBe('РЕЗОЛЮЦИЯ районного семинара заместителей директоров по воспитательной работе');
    expect(s.addressees.map((a) => a.text)).toEqual(['Школам района']);
  });
});

describe('the details line aligned with TABs (a Word paragraph, not a table)', () => {
  it('a date and a registration number apart by TABs date the document', () => {
    const s = structureOf('ПОСТАНОВЛЕНИЕ\nметодического совета\n\n05.02.2025 г.\t\t\t\tN 7-мс\n\nМетодический совет постановил:\n\n1. Утвердить темы самообразования до 1 марта 2025 г.\n');
    expect(s.document.date).toBe('2025-02-05');
  });

  it('a place and a date apart by TABs give both, either way round', () => {
    const placeFirst = structureOf('ПРОТОКОЛ № 5\nзаседания школьного методического объединения\n\nс. Нижние Пески\t\t\t«14» января 2025 года\n\nРЕШИЛИ:\n\n1. Провести неделю математики до 1 февраля 2025 г.\n');
    expect(placeFirst.document).toMatchObject({ date: '2025-01-14', place: 'с. Нижние Пески' });
    const dateFirst = structureOf('ПРОТОКОЛ № 5\nзаседания школьного методического объединения\n\n14.01.2025\tс. Нижние Пески\n\nРЕШИЛИ:\n\n1. Провести неделю математики до 1 февраля 2025 г.\n');
    expect(dateFirst.document).toMatchObject({ date: '2025-01-14', place: 'с. Нижние Пески' });
  });

  it('a table of dates and events typed with TABs stays a table', () => {
    const s = structureOf('ПЛАН\nработы методического объединения\n\n14.01.2025\tЗаседание МО\n21.01.2025\tОткрытый урок\n');
    expect(s.document.date).toBeNull();
  });
});
