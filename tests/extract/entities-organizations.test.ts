import { describe, expect, it } from 'vitest';
import { entitiesOf, orgRows } from '../support/entities.js';
import { spells } from '../../src/6-entities/organizations.js';

const one = (text: string) => {
  const orgs = entitiesOf(text).organizations;
  expect(orgs).toHaveLength(1);
  return orgs[0]!;
};

describe('organisation forms found in the seeds', () => {
  it.each([
    ['директор МБОУ ООШ № 9 г. Канска.', 'МБОУ', 'ООШ', [9], null, 'Канск'],
    ['директор МБОУ ООШ №17 г. Канска.', 'МБОУ', 'ООШ', [17], null, 'Канск'],
    ['директор МАОУ МО Динской район СОШ№4 имени Г.К.Жукова.', 'МАОУ', 'СОШ', [4], 'имени Г.К.Жукова', 'Динской район'],
    ['зам. директора МБОУ СОШ № 5г. Канска.', 'МБОУ', 'СОШ', [5], null, 'Канск'],
    ['зам. директора МАОУ «Гимназия №1 г. Канска».', 'МАОУ', 'гимназия', [1], null, 'Канск'],
    ['заведующий МБДОУ № 21.', 'МБДОУ', 'ДОУ', [21], null, null],
    ['директор МОУ Хазанская СОШ', 'МОУ', 'СОШ', [], 'Хазанская', null],
    ['директор МОУ Б-Воронежская ООШ', 'МОУ', 'ООШ', [], 'Б-Воронежская', null],
    ['заведующий МДОУ Хазанский детский сад «Ёлочка»', 'МДОУ', 'детский сад', [], 'Ёлочка', null],
    ['зам. директора по НМРМБУ ДО ЦДиК г. Канска.', 'МБУ ДО', 'ЦДиК', [], null, 'Канск'],
    ['ГАУ ДПОС «Смоленский областной институт развития образования»:', 'ГАУ ДПОС', null, [], 'Смоленский областной институт развития образования', null],
    ['методическому отделу МКУ ЦПО МО Динской район', 'МКУ', 'ЦПО', [], null, 'Динской район'],
    ['директор МАОУ МО Динской район имени Туркина А.А.)', 'МАОУ', null, [], 'имени Туркина А.А.', 'Динской район'],
  ])('%s', (text, form, type, numbers, name, locality) => {
    const o = one(text);
    expect([o.form, o.type, o.numbers, o.name, o.locality]).toEqual([form, type, numbers, name, locality]);
  });

  it('"СОШ №№ 2, 18" is one organisation with both numbers', () => {
    expect(orgRows(entitiesOf('программу разработать МБОУ СОШ №№ 2, 18, а МБОУ СОШ №№ 7, 15, ООШ № 8 внести изменения.'))).toEqual([
      ['МБОУ СОШ №№ 2, 18', 'МБОУ', 'СОШ', [2, 18], null, null],
      ['МБОУ СОШ №№ 7, 15', 'МБОУ', 'СОШ', [7, 15], null, null],
      ['ООШ № 8', null, 'ООШ', [8], null, null],
    ]);
  });

  it('"СОШ (№№1,2,4,29,30,35)" and a bare list of school numbers (type null)', () => {
    expect(orgRows(entitiesOf('закрепить за директорами-флагманами СОШ (№№1,2,4,29,30,35) наставничество над молодыми директорами (№№ 9,25,26,39,53);'))).toEqual([
      ['СОШ (№№1,2,4,29,30,35)', null, 'СОШ', [1, 2, 4, 29, 30, 35], null, null],
      ['№№ 9,25,26,39,53', null, null, [9, 25, 26, 39, 53], null, null],
    ]);
  });

  it('"гимназии № 1 и № 4" are two; a list with notes "(2 пр.)" is one; "ДОУ №№ 7, 16, 18"', () => {
    const rows = orgRows(entitiesOf('практики команд: гимназии № 1 и № 4, СОШ №№ 5, 6 (2 пр.), 11, ДОУ №№ 7, 16, 18.'));
    expect(rows.map((r) => [r[2], r[3]])).toEqual([
      ['гимназия', [1]],
      ['гимназия', [4]],
      ['СОШ', [5, 6, 11]],
      ['ДОУ', [7, 16, 18]],
    ]);
  });

  it('one entry per organisation across mentions, the fullest text kept', () => {
    const e = entitiesOf('Лучшие команды: гимназии № 1.\n\nТеряева Н.В., зам. директора по УВР МАОУ «Гимназия №1 г. Канска».\n\nЦДиК и МБУ ДО ЦДиК г. Канска.');
    expect(orgRows(e)).toEqual([
      ['МАОУ «Гимназия №1 г. Канска»', 'МАОУ', 'гимназия', [1], null, 'Канск'],
      ['МБУ ДО ЦДиК г. Канска', 'МБУ ДО', 'ЦДиК', [], null, 'Канск'],
    ]);
    expect(e.organizations.map((o) => o.lines)).toEqual([[1, 3], [5]]);
  });
});

describe('organisation forms not in the seeds', () => {
  it.each([
    ['учителя МБОУ «Лицей № 7» провели', 'МБОУ', 'лицей', [7], null, null],
    ['педагоги муниципального бюджетного общеобразовательного учреждения средней общеобразовательной школы № 12 г. Москвы', 'МБОУ', 'СОШ', [12], null, 'Москва'],
    ['воспитатели МАДОУ детский сад № 15 «Солнышко» г. Братска', 'МАДОУ', 'детский сад', [15], 'Солнышко', 'Братск'],
    ['учащиеся лицея № 2 г. Твери', null, 'лицей', [2], null, 'Тверь'],
    ['коллектив МБОУ «СОШ № 4» г. Канска', 'МБОУ', 'СОШ', [4], null, 'Канск'],
    ['в MБOУ СОШ № 2 (латинские буквы)', 'МБОУ', 'СОШ', [2], null, null],
    ['по программе Erasmus+ в СOШ № 6 (O латинская), Latin words kept', null, 'СОШ', [6], null, null],
    ['в СОШ № 7 Зиминского района', null, 'СОШ', [7], null, 'Зиминский район'],
    ['педагоги МБОУ ДО ЦДТ г. Канска', 'МБОУ ДО', 'ЦДТ', [], null, 'Канск'],
    ['коллектив Хазанской СОШ', null, 'СОШ', [], 'Хазанская', null],
    ['в Кимильтейском детском саду', null, null, [], null, null],
    ['директор МБОУ СОШ № 3 им. Героя Советского Союза И.И. Иванова', 'МБОУ', 'СОШ', [3], 'им. Героя Советского Союза И.И. Иванова', null],
    ['в школе № 5 ст. Динской', null, 'школа', [5], null, 'Динской'],
    ['СОШ №№ 1-4 г. Канска', null, 'СОШ', [1, 2, 3, 4], null, 'Канск'],
    ['МКОУ «Средняя общеобразовательная школа № 3 с. Хазан»', 'МКОУ', 'СОШ', [3], null, 'Хазан'],
    // a quoted full name that opens with the type and number: the proper name is what follows them
    ['воспитатели МБДОУ «Детский сад № 7 "Ромашка"» провели', 'МБДОУ', 'детский сад', [7], 'Ромашка', null],
    ['МАДОУ «Детский сад № 21 «Колокольчик» г. Братска»', 'МАДОУ', 'детский сад', [21], 'Колокольчик', 'Братск'],
    ['МБОУ «Средняя общеобразовательная школа № 9 имени А.С. Пушкина»', 'МБОУ', 'СОШ', [9], 'имени А.С. Пушкина', null],
  ])('%s', (text, form, type, numbers, name, locality) => {
    const orgs = entitiesOf(text).organizations;
    if (form === null && type === null) {
      expect(orgs).toEqual([]);
      return;
    }
    expect(orgs).toHaveLength(1);
    const o = orgs[0]!;
    expect([o.form, o.type, o.numbers, o.name, o.locality]).toEqual([form, type, numbers, name, locality]);
  });

  it.each([
    'Работа в школах района и в гимназиях города.',
    '«Школа как среда для профессиональной адаптации».',
    'региональных проектов «Современная школа», «Успех каждого ребенка»',
    'улица Луначарского, дом №169',
    'Протокол № 1 от 28.08.2024',
    'выполнить пункты №№ 3, 5 плана',
    'руководителям ОО и СОШ района',
  ])('no organisation in %s', (text) => {
    expect(entitiesOf(text).organizations).toEqual([]);
  });

  it('"N"/"NN" written for "№"/"№№" where the encoding has none', () => {
    const e = entitiesOf('Педагогам МКОУ ООШ N 6, лицея N8 и МБОУ СОШ NN 14, 21 принять участие.\n\nРеспиратор N95, Windows NT 4 и ГОСТ N-ного образца.');
    expect(e.organizations.map((o) => [o.type, o.numbers])).toEqual([
      ['ООШ', [6]],
      ['лицей', [8]],
      ['СОШ', [14, 21]],
    ]);
    expect(e.organizations[0]!.text).toBe('МКОУ ООШ № 6');
  });

  it('an adjective name before an abbreviated type inside the quotes: «Заречная ООШ № 3»', () => {
    const e = entitiesOf('Учитель МКОУ «Заречная ООШ № 3» и директор МБОУ «Кедровская СОШ» выступили.');
    expect(orgRows(e)).toEqual([
      ['МКОУ «Заречная ООШ № 3»', 'МКОУ', 'ООШ', [3], 'Заречная', null],
      ['МБОУ «Кедровская СОШ»', 'МБОУ', 'СОШ', [], 'Кедровская', null],
    ]);
  });

  it('"д/с" and "д/сад" are a kindergarten', () => {
    const e = entitiesOf('Воспитатели МАДОУ д/с № 41 и МБДОУ д/сад №8 «Берёзка» провели занятие.');
    expect(e.organizations.map((o) => [o.type, o.numbers])).toEqual([
      ['детский сад', [41]],
      ['детский сад', [8]],
    ]);
  });

  it('numbers joined by "и" after one "№" are a list: "гимназий № 2, 6 и 11"; a count of classes is not', () => {
    expect(entitiesOf('Педагоги гимназий № 2, 6 и 11 провели семинар.').organizations.map((o) => [o.type, o.numbers])).toEqual([['гимназия', [2, 6, 11]]]);
    expect(entitiesOf('В ООШ № 8 и 9 проведены проверки.').organizations.map((o) => o.numbers)).toEqual([[8, 9]]);
    expect(entitiesOf('В СОШ № 4 и 5 классы переведены на пятидневку.').organizations.map((o) => o.numbers)).toEqual([[4]]);
  });

  it('the same number in different towns, or a lyceum and a gymnasium, stay apart', () => {
    expect(entitiesOf('СОШ № 5 г. Канска и СОШ № 5 г. Ачинска').organizations).toHaveLength(2);
    expect(entitiesOf('гимназия № 1, лицей № 1').organizations).toHaveLength(2);
  });

  it('a short mention joins the full one: "СОШ № 5" is "МБОУ СОШ № 5 г. Канска"', () => {
    const e = entitiesOf('Директор МБОУ СОШ № 5 г. Канска выступил.\n\nОпыт СОШ № 5 одобрен.');
    expect(orgRows(e)).toEqual([['МБОУ СОШ № 5 г. Канска', 'МБОУ', 'СОШ', [5], null, 'Канск']]);
    expect(e.organizations[0]!.lines).toEqual([1, 3]);
  });

  it('a letterhead: the form on one line, the quoted name below, joined to the short mention', () => {
    const e = entitiesOf('Муниципальное казенное учреждение\n\n**«Информационно-методический центр города Братска»**\n\nСправку составил:\n\nметодист МКУ ИМЦ г. Братска\n\nП.П. Коваленко');
    expect(orgRows(e)).toEqual([
      // the quoted name is the type spelled out and a town: no proper name is left
      ['Муниципальное казенное учреждение «Информационно-методический центр города Братска»', 'МКУ', 'ИМЦ', [], null, 'Братск'],
    ]);
    expect(e.organizations[0]!.lines).toEqual([1, 7]);
  });

  it('an abbreviation spells a name, the locality left out', () => {
    expect(spells('РМЦ', 'Ресурсно-методический центр города Канска')).toBe(true);
    expect(spells('ИМЦ', 'Ресурсно-методический центр')).toBe(false);
  });

  it('a letterhead name that is not a type phrase joins its abbreviation by the initials', () => {
    const e = entitiesOf('Муниципальное казенное учреждение\n\n«Ресурсно-методический центр города Ачинска»\n\nспециалист МКУ РМЦ г. Ачинска');
    expect(e.organizations).toHaveLength(1);
    expect(e.organizations[0]).toMatchObject({ form: 'МКУ', type: 'РМЦ', name: 'Ресурсно-методический центр города Ачинска', locality: 'Ачинск', lines: [1, 5] });
  });

  it('stays fast on hostile input (a megabyte of numbers and forms)', () => {
    const t0 = performance.now();
    entitiesOf(`СОШ №№ ${'1, '.repeat(200_000)}2 ${'МБОУ '.repeat(50_000)} ${'Иванов '.repeat(50_000)}`);
    expect(performance.now() - t0).toBeLessThan(5000);
  });
});

describe('the joined-number, "N" and quoted-adjective rules on a megabyte line', () => {
  it.each([
    ['numbers after one "№" with no "и" to end them', `СОШ № 1${', 2'.repeat(300_000)}`, [[1]]],
    ['"N" before numbers', `гимназии N 4 ${'N 5 '.repeat(200_000)}`, [[4]]],
    ['a quoted run of adjectives before the type', `МКОУ «${'Заречная '.repeat(100_000)}ООШ № 2»`, [[2]]],
  ])('%s', (_name, text, numbers) => {
    expect(entitiesOf(text).organizations.map((o) => o.numbers)).toEqual(numbers);
  });
});

describe('a centre of education (ЦО) is a school type', () => {
  it.each([
    ['Директору МБОУ «Центр образования № 5» обеспечить работу.', 'МБОУ «Центр образования № 5»', 5],
    ['Учителям Центра образования № 12 провести уроки.', 'Центра образования № 12', 12],
    ['Учителям МБОУ ЦО № 4 провести уроки.', 'МБОУ ЦО № 4', 4],
  ])('%s', (text, written, number) => {
    const org = entitiesOf(text).organizations[0]!;
    expect([org.text, org.type, org.numbers]).toEqual([written, 'ЦО', [number]]);
  });
});
