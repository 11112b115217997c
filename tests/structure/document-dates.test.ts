// The document's date, kind and title wherever a document writes them. Every
// phrasing here is written for the test and appears in no fixture.
import { describe, expect, it } from 'vitest';
import { cleanSource } from '../../src/shared/text/normalize.js';
import { segment } from '../../src/3-segment/segmenter.js';
import { buildStructure, type Structure } from '../../src/5-structure/index.js';
import { frontMatterDate, leadingDate, readDocumentDate, readHeldDate } from '../../src/5-structure/document-date.js';
import { parseDocument } from '../../src/7-validate/pipeline.js';
import { doc, structureOf } from './helpers.js';

function markdownStructureOf(text: string): Structure {
  const clean = cleanSource(text);
  return buildStructure(segment(clean, { format: 'markdown' }), clean.split('\n'));
}

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

describe('white space between the words of a date is one gap however long', () => {
  it.each([
    ['с 6     по   8 октября    2026 г.', '2026-10-06', { start: '2026-10-06', end: '2026-10-08' }],
    ['12\t\tи 13     ноября 2026 года', '2026-11-12', { start: '2026-11-12', end: '2026-11-13' }],
    ['"5"     марта     2027     года', '2027-03-05', null],
  ])('%s', (text, date, period) => {
    expect(readDocumentDate(text)).toMatchObject({ date, period });
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

describe('date under the title', () => {
  it('"от DD.MM.YYYY № N" on its own line is the date, not the title', () => {
    const s = structureOf(
      doc(`
    РЕШЕНИЕ
    коллегии управления образования

    от 11.11.2025 № 4

    Коллегия решила:
    1. Провести мониторинг питания.
    `),
    );
    expect(s.document).toMatchObject({ kind: 'decision', title: 'РЕШЕНИЕ коллегии управления образования', date: '2025-11-11' });
  });

  it('the date line with no blank line after the title (titleDate)', () => {
    const s = structureOf(
      doc(`
    ПРОТОКОЛ № 6
    совещания заведующих детскими садами
    от 9 апреля 2026 г.
    Присутствовали: 14 человек.
    `),
    );
    expect(s.document).toMatchObject({ kind: 'protocol', title: 'ПРОТОКОЛ № 6 совещания заведующих детскими садами', date: '2026-04-09' });
  });

  it('a one-line title with its date: the kind word is no cited protocol', () => {
    expect(structureOf('Протокол заседания экспертной группы от 03.06.2026\n\n1. Утвердить состав жюри.').document).toMatchObject({
      kind: 'protocol',
      title: 'Протокол заседания экспертной группы',
      date: '2026-06-03',
    });
  });

  it('the number and date of the document inside its title leave the title', () => {
    const s = structureOf('ПРОТОКОЛ № 4 от 19 мая 2026 года\nзаседания родительского совета гимназии\nПрисутствовали: 11 человек.\n\n1. Провести.');
    expect(s.document).toMatchObject({ kind: 'protocol', title: 'ПРОТОКОЛ № 4 заседания родительского совета гимназии', date: '2026-05-19' });
  });

  it('a date after the quoted name closes the title; a date inside the title stays', () => {
    const s = structureOf('РЕЗОЛЮЦИЯ ГОРОДСКОГО СЕМИНАРА\n«Цифровой урок: первые шаги» 22.04.2026\n\nУчастники семинара решили:\n1. Обобщить опыт.');
    expect(s.document).toMatchObject({ title: 'РЕЗОЛЮЦИЯ ГОРОДСКОГО СЕМИНАРА «Цифровой урок: первые шаги»', date: '2026-04-22' });
    const inside = structureOf('Решение круглого стола 5 мая 2026 года «Семья и школа»\n\n1. Обобщить опыт.');
    expect(inside.document).toMatchObject({ title: 'Решение круглого стола 5 мая 2026 года «Семья и школа»', date: '2026-05-05' });
  });

  it('issue 15: a draft dated "от DD.MM.YYYY № N" under its title gets no «Не указана дата документа»', async () => {
    const text = 'РЕШЕНИЕ\nсовещания руководителей школ\n\nот 20.01.2026 № 3\n\n1. Руководителям ОО обеспечить подвоз учащихся до 1 февраля 2026 г.\n';
    const { output } = await parseDocument({ bytes: new TextEncoder().encode(text), path: 'draft.txt', format: 'text' });
    expect(output.document.date).toBe('2026-01-20');
    expect(output.diagnostics.map((d) => d.rule)).not.toContain('document-date-missing');
  });
});

describe('pageTitleDate', () => {
  const page = (title: string) =>
    `<html><head><title>${title}</title></head><body><h1>Протокол заседания родительского комитета</h1><p>Присутствовали: 9 человек.</p><ol><li>Провести родительский лекторий.</li></ol></body></html>`;
  const parse = async (html: string) => (await parseDocument({ bytes: new TextEncoder().encode(html), path: 'page.html', format: 'html' })).output.document;
  it('a web page dated only in its <title> dates its document from there', async () => {
    expect(await parse(page('Протокол заседания родительского комитета от 12.02.2026 &mdash; Лицей № 9'))).toMatchObject({ kind: 'protocol', date: '2026-02-12' });
  });
  it('a <title> that is no document title gives no date', async () => {
    expect((await parse(page('Новости 12.02.2026 &mdash; Лицей № 9'))).date).toBeNull();
  });
});

describe('frontMatterDate', () => {
  it('"date:" or "дата:" between the "---" lines at the top', () => {
    expect(frontMatterDate(['---', 'layout: doc', "date: '2026-03-05'", '---'])?.date).toBe('2026-03-05');
    expect(frontMatterDate(['---', 'Дата: 5 марта 2026 г.', '---', '', '# Решение'])?.date).toBe('2026-03-05');
  });
  it('no front matter, or none with a date', () => {
    expect(frontMatterDate(['# Решение', '---', 'date: 2026-03-05', '---'])).toBeNull();
    expect(frontMatterDate(['---', 'layout: doc', '---', 'date: 2026-03-05'])).toBeNull();
    expect(frontMatterDate(['---', 'date: 2026-02-31', '---'])).toBeNull();
  });
  it('a Markdown export dated only in its front matter', () => {
    const s = markdownStructureOf('---\nlayout: doc\nдата: 2026-03-05\n---\n\n# Решение совета родителей\n\n1. Провести субботник до 1 апреля.\n');
    expect(s.document).toMatchObject({ kind: 'decision', title: 'Решение совета родителей', date: '2026-03-05' });
    expect(s.tasks[0]?.deadline).toMatchObject({ kind: 'by', end: '2026-04-01' });
  });
});

describe('place and date on one line', () => {
  it('placeThenDate: the settlement, a run of spaces, the date', () => {
    const s = structureOf('ПРОТОКОЛ № 7\nзаседания методического совета\n\nпгт. Излучинск                          9 декабря 2025 г.\n\nПрисутствовали: 12 человек.');
    expect(s.document).toMatchObject({ title: 'ПРОТОКОЛ № 7 заседания методического совета', date: '2025-12-09', place: 'пгт. Излучинск' });
  });

  it('dateThenPlace: the date, a run of spaces, the settlement', () => {
    const s = structureOf('РЕЗОЛЮЦИЯ\nрайонного слёта вожатых\n\n2–3 февраля 2026 года                       ст. Полтавская\n\nСлёт рекомендует:\n1. Провести сборы.');
    expect(s.document).toMatchObject({ date: '2026-02-02', period: { start: '2026-02-02', end: '2026-02-03' }, place: 'ст. Полтавская' });
  });

  it('a place line ends the title', () => {
    const s = structureOf('РЕЗОЛЮЦИЯ\nокружного форума вожатых\nр.п. Таёжный                 «5» июня 2026 г.\n\n1. Провести сборы.');
    expect(s.document).toMatchObject({ title: 'РЕЗОЛЮЦИЯ окружного форума вожатых', date: '2026-06-05', place: 'р.п. Таёжный' });
  });
});

describe('the title in markup', () => {
  it('a Markdown title runs on in a lower-case heading', () => {
    const s = markdownStructureOf('# РЕШЕНИЕ\n\n## коллегии отдела образования «Школа полного дня»\n\n**Дата заседания:** 2 октября 2025 г.\n\n## 1. Решили\n\n1. Утвердить план.\n');
    expect(s.document).toMatchObject({ kind: 'decision', title: 'РЕШЕНИЕ коллегии отдела образования «Школа полного дня»', date: '2025-10-02' });
  });

  it('a wiki heading "== … ==" is a title without its marks', () => {
    expect(structureOf('== Решение круглого стола педагогов ==\n\nДата: 12.12.2025\n\n1. Обобщить опыт.').document).toMatchObject({
      kind: 'decision',
      title: 'Решение круглого стола педагогов',
      date: '2025-12-12',
    });
  });

  it('kindLineInBlock: a wiki heading right under a markup line, with no blank line between', () => {
    const s = structureOf('{{Навигация МО|предмет=математика и информатика|год=2025-2026}}\n= Решение заседания ШМО учителей математики =\nДата: 14.01.2026\n\n1. Утвердить план.');
    expect(s.document).toMatchObject({ kind: 'decision', title: 'Решение заседания ШМО учителей математики', date: '2026-01-14' });
  });

  it('a sentence under a markup line is not a title', () => {
    const s = structureOf('{{Навигация МО|предмет=математика и информатика|год=2025-2026}}\n= Решения совета выполнены. =\n\n1. Утвердить план.');
    expect(s.document).toMatchObject({ kind: 'other', title: null });
  });
});

describe('kind words of several words', () => {
  it.each([
    ['ИТОГОВАЯ РЕЗОЛЮЦИЯ\nокружного слёта наставников', 'resolution'],
    ['Проект резолюции\nсеминара завучей', 'resolution'],
    ['Выписка из решения\nкоординационного совета', 'decision'],
    ['ПРОТОКОЛЬНОЕ РЕШЕНИЕ\nсовещания при начальнике управления', 'decision'],
    ['Календарный план\nвоспитательной работы', 'other'],
  ])('%s → %s', (head, kind) => {
    const s = structureOf(`${head}\n\nот 02.02.2026\n\n1. Провести.`);
    expect(s.document).toMatchObject({ kind, title: head.replace('\n', ' '), date: '2026-02-02' });
  });
});

describe('approvalStampDate', () => {
  const plan = (stamp: string) => `${stamp}\n\nПЛАН МЕРОПРИЯТИЙ\nпо профилактике детского травматизма на 2025–2026 учебный год\n\n1. Провести инструктажи.`;
  it('a plan dated nowhere else dates from its approval stamp', () => {
    const stamp = doc(`
    СОГЛАСОВАНО                         УТВЕРЖДАЮ
    Председатель профкома               Заведующий МБДОУ № 7
    (протокол от 28.08.2025 № 1)        «02» сентября 2025 г.`);
    expect(structureOf(plan(stamp)).document.date).toBe('2025-09-02');
  });
  it('a stamp over several lines: "УТВЕРЖДЕНО" / "приказом от …" is the approval, not a cited order', () => {
    expect(structureOf('УТВЕРЖДЕНО\nприказом директора от 30.08.2025 № 112\n\nПЛАН-ГРАФИК\nвнутришкольного контроля\n\n1. Провести проверку журналов.').document).toMatchObject({
      kind: 'other',
      title: 'ПЛАН-ГРАФИК внутришкольного контроля',
      date: '2025-08-30',
    });
  });
  it('a plan appended to an order dates from the order', () => {
    const s = structureOf('Приложение № 2\nк распоряжению управления образования\nот 12 января 2026 г. № 5-р\n\nКАЛЕНДАРНЫЙ ПЛАН\nспортивно-массовых мероприятий\n\n1. Провести кросс.');
    expect(s.document).toMatchObject({ kind: 'other', title: 'КАЛЕНДАРНЫЙ ПЛАН спортивно-массовых мероприятий', date: '2026-01-12' });
  });
  it('a date above the title without a stamp is not the document date', () => {
    expect(structureOf(plan('Исх. № 14 от 05.05.2025')).document.date).toBeNull();
  });
});

describe('monthOnlyDay', () => {
  const text = (held: string) =>
    doc(`
    Резолюция районной конференции молодых педагогов

    Ноябрь, 2025

    Участники конференции решили:

    1. Обобщить опыт наставников.

    ${held} в Доме учителя прошла районная конференция молодых педагогов.
    `);
  it('a month is refined by the day the event took place', () => {
    expect(structureOf(text('14 ноября 2025 года')).document.date).toBe('2025-11-14');
  });
  it('a day of another month does not refine it', () => {
    expect(structureOf(text('3 декабря 2025 года')).document.date).toBe('2025-11-01');
  });
});
