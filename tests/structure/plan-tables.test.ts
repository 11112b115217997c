// Plans of measures in tables of every drawing: which rows are tasks, and what
// their cells give. Each plan is written here, in no fixture.
import { describe, expect, it } from 'vitest';
import { structureOf } from './helpers.js';
import { columnKind, planColumns } from '../../src/3-segment/columns.js';

const tasks = (text: string) =>
  structureOf(text).tasks.map((t) => [t.number, t.text, t.deadline ? [t.deadline.kind, t.deadline.start, t.deadline.end] : null, t.responsible]);

describe('the header of a plan', () => {
  it('names its columns in many wordings', () => {
    expect(['№ п/п', 'Наименование работ', 'Срок выполнения', 'Исполнитель', 'Что нужно сделать', 'Кто отвечает', 'Когда', 'Отметка об исполнении'].map(columnKind)).toEqual([
      'number', 'text', 'deadline', 'responsible', 'text', 'responsible', 'deadline', 'report',
    ]);
  });

  it('a column for the mark of execution makes the table a report: no plan', () => {
    expect(planColumns(['№', 'Поручение', 'Срок', 'Исполнено / не исполнено'])).toBeNull();
    expect(planColumns(['№', 'Поручение', 'Срок', 'Ответственный'])).toMatchObject({ number: 0, text: 1, deadline: 2, responsible: 3 });
  });
});

describe('rows of a plan', () => {
  it('box-drawing plan with wrapped cells: a section row spanning the table and the column-number row are no tasks', () => {
    const text = [
      'План мероприятий',
      '',
      '┌─────┬──────────────────────────┬────────────────┬───────────────────┐',
      '│ №   │ Мероприятие              │ Срок           │ Ответственный     │',
      '├─────┼──────────────────────────┼────────────────┼───────────────────┤',
      '│ 1   │ 2                        │ 3              │ 4                 │',
      '├─────┴──────────────────────────┴────────────────┴───────────────────┤',
      '│ Раздел 1. Работа с кадрами                                          │',
      '├─────┬──────────────────────────┬────────────────┬───────────────────┤',
      '│ 1.1 │ Провести аттестацию      │ до 15 декабря  │ Заместитель       │',
      '│     │ учителей физики          │ 2026 г.        │ директора Орлова  │',
      '│     │                          │                │ В.К.              │',
      '├─────┼──────────────────────────┼────────────────┼───────────────────┤',
      '│ 1.2 │ Обновить стенды          │ III квартал    │ Завхоз            │',
      '│     │                          │ 2026 г.        │                   │',
      '└─────┴──────────────────────────┴────────────────┴───────────────────┘',
    ].join('\n');
    expect(tasks(text)).toEqual([
      ['1.1', 'Провести аттестацию учителей физики', ['by', null, '2026-12-15'], ['Заместитель директора Орлова В.К.']],
      ['1.2', 'Обновить стенды', ['period', '2026-07-01', '2026-09-30'], ['Завхоз']],
    ]);
    expect(structureOf(text).sections.map((s) => s.title)).toContain('Раздел 1. Работа с кадрами');
  });

  it('a report on decisions taken earlier ("Отметка о выполнении") assigns nothing new', () => {
    const text = [
      '+---+------------------------------+-------------+----------------------+',
      '| № | Мероприятие                  | Срок        | Отметка о выполнении |',
      '+---+------------------------------+-------------+----------------------+',
      '| 1 | Провести смотр строя и песни | до 1 марта  | выполнено            |',
      '|   |                              | 2026 г.     |                      |',
      '+---+------------------------------+-------------+----------------------+',
    ].join('\n');
    expect(tasks(text)).toEqual([]);
  });

  it('periodSubHeader: "Срок" over "с" | "по" gives a period from the start cell to the end cell', () => {
    const text = [
      '| № | Мероприятие | Срок | | Ответственный |',
      '|---|---|---|---|---|',
      '| | | с | по | |',
      '| 1 | Неделя математики | 10.02.2026 | 14.02.2026 | Учителя математики |',
      '| 2 | Сдача отчётов | – | 25.05.2026 | Классные руководители |',
      '| 3 | День открытых дверей | 18.04.2026 | 18.04.2026 | Директор |',
      '| 4 | Работа с сайтом | постоянно | | Ответственный за сайт |',
    ].join('\n');
    expect(tasks(text).map((t) => [t[0], t[2]])).toEqual([
      ['1', ['period', '2026-02-10', '2026-02-14']],
      ['2', ['by', null, '2026-05-25']],
      ['3', ['date', '2026-04-18', '2026-04-18']],
      ['4', ['ongoing', null, null]],
    ]);
  });
});

describe('periodSubHeader when the other heads span both header rows', () => {
  it('the row "с | по" alone: the columns after the deadline move one to the right', () => {
    const text = [
      'Мероприятие\tСроки проведения\tИсполнитель',
      'с\tпо',
      'Декада русского языка\t02.11.2026\t12.11.2026\tМО филологов',
      'Итоговый отчёт\t—\t30.11.2026\tЗавуч',
    ].join('\n');
    expect(tasks(text).map((t) => [t[1], t[2], t[3]])).toEqual([
      ['Декада русского языка', ['period', '2026-11-02', '2026-11-12'], ['МО филологов']],
      ['Итоговый отчёт', ['by', null, '2026-11-30'], ['Завуч']],
    ]);
  });
});

describe('a plan drawn with spaces only', () => {
  it('labelInTextCell: the number written in the text cell is the task\'s number; Кто and Когда give responsible and deadline', () => {
    const text = [
      'Протокол совещания',
      '',
      '01.09.2026',
      '',
      'Что сделать                          Кто                     Когда',
      '----------------------------------------------------------------------',
      '1. Проверить готовность              Заведующие              до 15 сентября',
      '   спортивных площадок               ДОУ',
      '2. Сдать сведения о питании          Бухгалтерия             ежемесячно',
    ].join('\n');
    expect(tasks(text)).toEqual([
      ['1', 'Проверить готовность спортивных площадок', ['by', null, '2026-09-15'], ['Заведующие ДОУ']],
      ['2', 'Сдать сведения о питании', ['recurring', null, null], ['Бухгалтерия']],
    ]);
  });
});

describe('where the header is', () => {
  it('headerWithinFirstRows: a title row spanning the table may stand above the header', () => {
    const text = ['| План работы кружка «Юный эколог» | | |', '|---|---|---|', '| Вид работы | Сроки | Ответственный |', '| Экскурсия в парк | май | Руководитель кружка |'].join('\n');
    expect(tasks(text).map((t) => [t[1], t[3]])).toEqual([['Экскурсия в парк', ['Руководитель кружка']]]);
  });

  it('repeatedHeader: the header row repeated after a page break is no measure', () => {
    const text = [
      'Мероприятие\tСрок\tИсполнитель',
      'Смотр кабинетов\tавгуст\tЗавуч',
      'Мероприятие\tСрок\tИсполнитель',
      'Конкурс плакатов\tапрель\tВожатая',
    ].join('\n');
    expect(tasks(text).map((t) => t[1])).toEqual(['Смотр кабинетов', 'Конкурс плакатов']);
  });
});
