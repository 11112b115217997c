// The complete people, organisations, practices and projects of each seed,
// counted by hand from the documents (fixtures/seeds/*.txt), line by line.
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { parseDocument } from '../../src/7-validate/pipeline.js';
import { lint } from '../../src/8-check/lint.js';
import type { Output } from '../../src/shared/schema/output.js';

async function parse(seed: string): Promise<Output> {
  const path = `fixtures/seeds/${seed}.txt`;
  return lint(await parseDocument({ bytes: readFileSync(path), path, format: 'text' })).output;
}

type OrgRow = [text: string, form: string | null, type: string | null, numbers: number[], name: string | null, locality: string | null, lines: number[]];
type PersonRow = [name: string, gender: 'male' | 'female' | null, role: string | null, organization: string | null, lines: number[]];
type PracticeRow = [title: string, authors: string[], organizations: string[], lines: number[]];

function rows(out: Output) {
  const orgText = (id: string | null) => out.organizations.find((o) => o.id === id)?.text ?? null;
  const personName = (id: string) => out.people.find((p) => p.id === id)!.name;
  return {
    organizations: out.organizations.map((o): OrgRow => [o.text, o.form, o.type, o.numbers, o.name, o.locality, o.lines]),
    people: out.people.map((p): PersonRow => [p.name, p.gender, p.role, orgText(p.organizationId), p.lines]),
    practices: out.practices.map((p): PracticeRow => [p.title, p.authorIds.map(personName), p.organizationIds.map((id) => orgText(id)!), p.lines]),
    projects: out.projects.map((p) => [p.name, p.lines]),
  };
}

const DINSKOY = 'Динской район';
const KANSK = 'Канск';
const ZAM_UVR = 'заместитель директора по УВР';
const ZAM_VR = 'заместитель директора по ВР';

describe('seed 000: forum «Флагманы образования. Директор»', () => {
  it('has its organisations, people, practice and no project', async () => {
    const r = rows(await parse('000_e63f3ed35c16b4b3'));
    const o29 = 'МАОУ МО Динской район СОШ № 29 имени Броварца В.Т.';
    const o4 = 'МАОУ МО Динской район СОШ№4 имени Г.К.Жукова';
    const o35 = 'МАОУ МО Динской район СОШ№35';
    const oTurkin = 'МАОУ МО Динской район имени Туркина А.А.';
    expect(r.organizations).toEqual([
      [o29, 'МАОУ', 'СОШ', [29], 'имени Броварца В.Т.', DINSKOY, [11, 21, 23]],
      [o4, 'МАОУ', 'СОШ', [4], 'имени Г.К.Жукова', DINSKOY, [19]],
      [o35, 'МАОУ', 'СОШ', [35], null, DINSKOY, [21, 23]],
      [oTurkin, 'МАОУ', null, [], 'имени Туркина А.А.', DINSKOY, [25, 27]],
      ['МКУ ЦПО МО Динской район', 'МКУ', 'ЦПО', [], null, DINSKOY, [31]],
      ['СОШ (№№1,2,4,29,30,35)', null, 'СОШ', [1, 2, 4, 29, 30, 35], null, null, [33]],
      ['№№ 9,25,26,39,53', null, null, [9, 25, 26, 39, 53], null, null, [33]],
    ]);
    expect(r.people).toEqual([
      ['Чернова Л.В.', 'female', 'директор', o4, [19]],
      ['Кунаковская М.А.', 'female', 'директор', o29, [21, 23]],
      ['Ващенко С.В.', null, 'директор', o35, [21, 23]],
      ['Булатова Л.П.', 'female', 'директор', oTurkin, [25, 27]],
    ]);
    expect(r.practices).toEqual([
      [
        'Форум «Флагманы образования Кубани. Директор школы» как эффективный механизм повышения компетентности руководителей ОО и развития профессиональных связей',
        ['Чернова Л.В.'],
        [o4],
        [19],
      ],
    ]);
    expect(r.projects).toEqual([]);
  });
});

describe('seed 001: regional webinar', () => {
  it('has one institute and nothing else', async () => {
    const r = rows(await parse('001_e77e360ac022ffa0'));
    expect(r.organizations).toEqual([
      ['ГАУ ДПОС «Смоленский областной институт развития образования»', 'ГАУ ДПОС', null, [], 'Смоленский областной институт развития образования', null, [27]],
    ]);
    expect(r.people).toEqual([]);
    expect(r.practices).toEqual([]);
    expect(r.projects).toEqual([]);
  });
});

describe('seed 002: Темрюкский район August conference', () => {
  it('has its school, three officials and nine projects', async () => {
    const r = rows(await parse('002_27408a7706993244'));
    expect(r.organizations).toEqual([['МБОУ СОШ № 8', 'МБОУ', 'СОШ', [8], null, null, [15]]]);
    expect(r.people).toEqual([
      ['Руденко Е.В.', 'female', 'начальник управления образованием администрации муниципального образования Темрюкский район', null, [9, 17]],
      ['Дяденко О.В.', null, 'заместитель главы муниципального образования Темрюкский район', null, [11]],
      ['Чмулева С.И.', 'female', 'председатель Совета депутатов муниципального образования Темрюкский район', null, [11]],
    ]);
    expect(r.practices).toEqual([]);
    expect(r.projects).toEqual([
      ['Движение Первых', [23, 67]],
      ['Орлята России', [23]],
      ['Футбол в школу', [31]],
      ['Самбо в школу', [31]],
      ['Спортивная борьба', [31]],
      ['Современная школа', [69]],
      ['Успех каждого ребенка', [69]],
      ['Цифровая образовательная среда', [69]],
      ['Патриотическое воспитание', [69]],
    ]);
  });
});

describe('seed 003: Канск forum of management practices', () => {
  const o9 = 'МБОУ ООШ № 9 г. Канска';
  const o17 = 'МБОУ ООШ №17 г. Канска';
  const gym1 = 'МАОУ «Гимназия №1 г. Канска»';
  const d21 = 'МБДОУ № 21';
  const s18 = 'МБОУ СОШ № 18 г. Канска';
  const o22 = 'МБОУ ООШ № 22';
  const d25 = 'МБДОУ № 25';
  const s5 = 'МБОУ СОШ № 5г. Канска';
  const cdik = 'МБУ ДО ЦДиК г. Канска';
  const s6 = 'МБОУ СОШ № 6 г. Канска';
  const s21 = 'МБОУ СОШ № 21 г. Канска';
  const rmc = 'Муниципальное казенное учреждение «Ресурсно-методический центр города Канска»';

  it('has every organisation once, groups of numbers kept together', async () => {
    const r = rows(await parse('003_be9be29293db61bd'));
    expect(r.organizations).toEqual([
      ['МБОУ СОШ №№ 2, 18', 'МБОУ', 'СОШ', [2, 18], null, null, [39]],
      ['МБОУ СОШ №№ 7, 15', 'МБОУ', 'СОШ', [7, 15], null, null, [39]],
      ['ООШ № 8', null, 'ООШ', [8], null, null, [39]],
      [o9, 'МБОУ', 'ООШ', [9], null, KANSK, [43, 118]],
      [o17, 'МБОУ', 'ООШ', [17], null, KANSK, [45, 119]],
      [gym1, 'МАОУ', 'гимназия', [1], null, KANSK, [47, 114, 120]],
      [d21, 'МБДОУ', 'ДОУ', [21], null, null, [49, 121]],
      [s18, 'МБОУ', 'СОШ', [18], null, KANSK, [51, 122]],
      [o22, 'МБОУ', 'ООШ', [22], null, null, [53, 123]],
      [d25, 'МБДОУ', 'ДОУ', [25], null, null, [55, 124]],
      [s5, 'МБОУ', 'СОШ', [5], null, KANSK, [57, 125]],
      [cdik, 'МБУ ДО', 'ЦДиК', [], null, KANSK, [59, 114, 127]],
      [s6, 'МБОУ', 'СОШ', [6], null, KANSK, [61, 129]],
      [s21, 'МБОУ', 'СОШ', [21], null, KANSK, [63, 131]],
      [rmc, 'МКУ', 'РМЦ', [], 'Ресурсно-методический центр города Канска', KANSK, [67, 157]],
      ['№ 4', null, 'гимназия', [4], null, null, [114]],
      ['СОШ №№ 5, 6 (2 пр.), 11, 18 (2 пр.), 19, 21', null, 'СОШ', [5, 6, 11, 18, 19, 21], null, null, [114]],
      ['ООШ №№ 9, 17, 22', null, 'ООШ', [9, 17, 22], null, null, [114]],
      ['ДОУ №№ 7, 16, 18, 21, 25, 27, 28', null, 'ДОУ', [7, 16, 18, 21, 25, 27, 28], null, null, [114]],
    ]);
  });

  it('has every person once with both lines, and no namesake', async () => {
    const r = rows(await parse('003_be9be29293db61bd'));
    expect(r.people).toEqual([
      ['Боровский Э.В.', 'male', 'руководитель УО администрации г. Канска', null, [9]],
      ['Чулков И.П.', 'male', 'директор', o9, [43, 118]],
      ['Лузгина Е.В.', 'female', ZAM_UVR, o9, [43, 118]],
      ['Сорока М.Ю.', null, 'директор', o17, [45, 119]],
      ['Теряева Н.В.', 'female', ZAM_UVR, gym1, [47, 120]],
      ['Овчинникова А.С.', 'female', 'заведующий', d21, [49, 121]],
      ['Бавыкина Н.Н.', 'female', ZAM_VR, s18, [51, 122]],
      ['Кович Л.Б.', null, ZAM_UVR, o22, [53, 123]],
      ['Макарова Е.В.', 'female', ZAM_VR, o22, [53, 123]],
      ['Посторнак Л.Н.', null, 'заведующий', d25, [55, 124]],
      ['Карпова Н.В.', 'female', 'старший воспитатель', d25, [55, 124]],
      ['Козлова И.В.', 'female', ZAM_UVR, s5, [57, 125]],
      ['Клепцова А.А.', 'female', 'директор', cdik, [59, 127]],
      ['Сидорова Е.В.', 'female', 'заместитель директора по НМР', cdik, [59, 127]],
      ['Таранова А.В.', 'female', ZAM_VR, s6, [61, 129]],
      ['Сечко И.В.', null, ZAM_VR, s21, [63, 131]],
      ['Легенченко З.А.', 'female', 'специалист', rmc, [159]],
    ]);
  });

  it('has the eleven recommended practices once each, with both lines', async () => {
    const r = rows(await parse('003_be9be29293db61bd'));
    expect(r.practices).toEqual([
      ['Практика повышения качества образовательных результатов обучающихся в рамках проекта «500+»', ['Чулков И.П.', 'Лузгина Е.В.'], [o9], [43, 118]],
      ['Организация работы по рисковому профилю школ с низкими образовательными результатами и выстраивание работы по преодолению рисков', ['Сорока М.Ю.'], [o17], [45, 119]],
      ['Управление процессами по результатам оценочных процедур', ['Теряева Н.В.'], [gym1], [47, 120]],
      ['Приобщение детей дошкольного возраста к языку и культуре другого народа через организацию встреч этноязыкового клуба', ['Овчинникова А.С.'], [d21], [49, 121]],
      ['Школа как среда для профессиональной адаптации первых навыков профессиональных проб и воспитание трудовых традиций', ['Бавыкина Н.Н.'], [s18], [51, 122]],
      ['Самоопределение и профессиональная ориентация обучающихся через профессиональные конкурсы JuniorSkills', ['Кович Л.Б.', 'Макарова Е.В.'], [o22], [53, 123]],
      ['От индивидуального плана профессионального роста к индивидуальному образовательному маршруту педагога ДОО', ['Посторнак Л.Н.', 'Карпова Н.В.'], [d25], [55, 124]],
      ['Организация деятельности по повышению профессионального уровня молодых специалистов', ['Козлова И.В.'], [s5], [57, 125]],
      ['Внедрение практико-ориентированных форм взаимодействия с родителями воспитанников, вовлечение их в дополнительное образование', ['Клепцова А.А.', 'Сидорова Е.В.'], [cdik], [59, 127]],
      ['Развитие субъектной позиции родителя в условиях уклада школьной жизни', ['Таранова А.В.'], [s6], [61, 129]],
      ['Российское движение школьников как ресурс для воспитательной работы и внеурочной деятельности обучающихся', ['Сечко И.В.'], [s21], [63, 131]],
    ]);
  });

  it('has the regional projects and «500+»', async () => {
    const r = rows(await parse('003_be9be29293db61bd'));
    expect(r.projects).toEqual([
      ['Современная школа', [15]],
      ['Успех каждого ребенка', [15]],
      ['Поддержка семей, имеющих детей', [15]],
      ['Цифровая образовательная среда', [15]],
      ['Учитель будущего', [15]],
      ['500+', [43, 118]],
    ]);
  });
});

describe('seed 004: Зиминский район protocol', () => {
  const SOSH = (name: string) => `МОУ ${name} СОШ`;
  const OOSH = (name: string) => `МОУ ${name} ООШ`;
  const SAD = (adj: string, name: string) => `МДОУ ${adj} детский сад «${name}»`;
  const KOMITET = 'Комитета по образованию';

  it('has the schools and kindergartens of the attendance list', async () => {
    const r = rows(await parse('004_047d385403e37b2b'));
    const school = (text: string, type: string, name: string, lines: number[]): OrgRow => [text, text.startsWith('МДОУ') ? 'МДОУ' : 'МОУ', type, [], name, null, lines];
    expect(r.organizations).toEqual([
      school(SOSH('Хазанская'), 'СОШ', 'Хазанская', [30, 247]),
      school(SOSH('Филипповская'), 'СОШ', 'Филипповская', [30, 246]),
      school(SOSH('Ухтуйская'), 'СОШ', 'Ухтуйская', [115, 245]),
      school(SOSH('Батаминская'), 'СОШ', 'Батаминская', [238]),
      school(SOSH('Зулумайская'), 'СОШ', 'Зулумайская', [239]),
      school(SOSH('Кимильтейская'), 'СОШ', 'Кимильтейская', [240]),
      school(SOSH('Масляногорская'), 'СОШ', 'Масляногорская', [241]),
      school(SOSH('Новолетниковская'), 'СОШ', 'Новолетниковская', [242]),
      school(SOSH('Покровская'), 'СОШ', 'Покровская', [243]),
      school(SOSH('Самарская'), 'СОШ', 'Самарская', [244]),
      school(OOSH('Басалаевская'), 'ООШ', 'Басалаевская', [248]),
      school(OOSH('Б-Воронежская'), 'ООШ', 'Б-Воронежская', [249]),
      school(OOSH('Верх-Окинская'), 'ООШ', 'Верх-Окинская', [250]),
      school(OOSH('Боровская'), 'ООШ', 'Боровская', [251]),
      school(SAD('Хазанский', 'Ёлочка'), 'детский сад', 'Ёлочка', [252]),
      school(SAD('Ухтуйский', 'Тополёк'), 'детский сад', 'Тополёк', [253]),
      school(SAD('Услонский', 'Подснежник'), 'детский сад', 'Подснежник', [254]),
      school(SAD('Кимильтейский', 'Колосок'), 'детский сад', 'Колосок', [255]),
      school(SAD('Перевозский', 'Багульник'), 'детский сад', 'Багульник', [256]),
    ]);
  });

  it('has the chair, the secretary, the speakers and all 29 attendees once each', async () => {
    const r = rows(await parse('004_047d385403e37b2b'));
    const analyst = 'ведущий аналитик';
    expect(r.people).toEqual([
      ['Костикова С.А.', 'female', `председатель ${KOMITET}`, null, [10, 26, 34, 223, 228]],
      ['Макарова Е.Г.', 'female', analyst, null, [12, 224, 235]],
      ['Курбалова И.А.', 'female', 'руководитель местного отделения Движения Первых', null, [28]],
      ['Евсина А.А.', 'female', 'муниципальный координатор советников директоров по воспитанию и взаимодействию с детскими общественными объединениями', null, [28]],
      ['Венцене Т.Л.', null, null, SOSH('Хазанская'), [30]],
      ['Чернюк Е.В.', null, null, SOSH('Хазанская'), [30]],
      ['Зубакова Л.В.', 'female', null, SOSH('Филипповская'), [30]],
      ['Терехова Т.В.', 'female', null, SOSH('Филипповская'), [30]],
      ['Кузнецова О.А.', 'female', `заместитель председателя ${KOMITET}`, null, [32, 229]],
      ['Слепнева Г.П.', 'female', 'старший инспектор', null, [230]],
      ['Романчук Е.А.', null, `главный специалист ${KOMITET}`, null, [231]],
      ['Симонова И.Е.', 'female', analyst, null, [232]],
      ['Котова Л.А.', 'female', analyst, null, [233]],
      ['Волкова В.А.', 'female', `главный специалист ${KOMITET}`, null, [234]],
      ['Матвеевко Н.В.', null, analyst, null, [236]],
      ['Тарханова Ю.И.', 'female', analyst, null, [237]],
      ['Степаненко Г.Н.', null, 'директор', SOSH('Батаминская'), [238]],
      ['Кайгородова Е.И.', 'female', 'директор', SOSH('Зулумайская'), [239]],
      ['Клешкова С.В.', 'female', 'директор', SOSH('Кимильтейская'), [240]],
      ['Корнилова Н.Н.', 'female', 'директор', SOSH('Масляногорская'), [241]],
      ['Соснова О.А.', 'female', 'исполняющий обязанности директора', SOSH('Новолетниковская'), [242]],
      ['Потыльцева Л.В.', 'female', 'директор', SOSH('Покровская'), [243]],
      ['Толстова Е.А.', 'female', 'директор', SOSH('Самарская'), [244]],
      ['Полухина В.Г.', 'female', 'заместитель директора ВР', SOSH('Ухтуйская'), [245]],
      ['Пивоварова Т.А.', 'female', 'директор', SOSH('Филипповская'), [246]],
      ['Опарина О.О.', 'female', 'директор', SOSH('Хазанская'), [247]],
      ['Муфтахин Р.Ф.', 'male', 'директор', OOSH('Басалаевская'), [248]],
      ['Гусакова Е.Ю.', 'female', 'директор', OOSH('Б-Воронежская'), [249]],
      ['Гросс В.Н.', null, 'директор', OOSH('Верх-Окинская'), [250]],
      ['Грифонова Г.Н.', 'female', 'директор', OOSH('Боровская'), [251]],
      ['Елина С.В.', 'female', 'заведующий', SAD('Хазанский', 'Ёлочка'), [252]],
      ['Евланова Т.И.', 'female', 'старший методист', SAD('Ухтуйский', 'Тополёк'), [253]],
      ['Романенко Н.В.', null, 'заведующий', SAD('Услонский', 'Подснежник'), [254]],
      ['Чайкисова В.А.', 'female', 'заведующий', SAD('Кимильтейский', 'Колосок'), [255]],
      ['Кузьмина Т.А.', 'female', 'заведующий', SAD('Перевозский', 'Багульник'), [256]],
    ]);
  });

  it('has the one presentation of experience as a practice, sessions left out', async () => {
    const r = rows(await parse('004_047d385403e37b2b'));
    expect(r.practices).toEqual([
      [
        'Презентация опыта работы по формированию традиционной российской ценности «Крепкая семья – сильная Россия»',
        ['Венцене Т.Л.', 'Чернюк Е.В.', 'Зубакова Л.В.', 'Терехова Т.В.'],
        [SOSH('Хазанская'), SOSH('Филипповская')],
        [30],
      ],
    ]);
  });

  it('has the two projects', async () => {
    const r = rows(await parse('004_047d385403e37b2b'));
    expect(r.projects).toEqual([
      ['Школа Минпросвещения России', [34, 36, 61, 62, 121]],
      ['Билет в будущее', [109]],
    ]);
  });
});
