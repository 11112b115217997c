import { describe, expect, it } from 'vitest';
import { entitiesOf } from '../support/entities.js';

const people = (text: string) => entitiesOf(text).people;
const person = (text: string) => {
  const list = people(text);
  expect(list).toHaveLength(1);
  return list[0]!;
};

describe('name forms found in the seeds', () => {
  it.each([
    ['Чулков И.П., директор', 'Чулков И.П.', 'Чулков', 'И.П.', 'male'],
    ['Бавыкина Н. Н., зам. директора по ВР', 'Бавыкина Н.Н.', 'Бавыкина', 'Н.Н.', 'female'],
    ['Председатель – С.А. Костикова', 'Костикова С.А.', 'Костикова', 'С.А.', 'female'],
    ['заслушав доклад Э.В. Боровского, руководителя УО', 'Боровский Э.В.', 'Боровский', 'Э.В.', 'male'],
    ['доклад председателя Комитета по образованию С.А. Костиковой, итоги', 'Костикова С.А.', 'Костикова', 'С.А.', 'female'],
    ['*Сечко И. В., зам. директора по ВР МБОУ СОШ № 21 г. Канска.*', 'Сечко И.В.', 'Сечко', 'И.В.', null],
    ['-Венцене Т.Л., Чернюк Е.В., МОУ Хазанская СОШ', 'Венцене Т.Л.', 'Венцене', 'Т.Л.', null],
    ['21. Муфтахин Р. Ф., директор МОУ Басалаевская ООШ', 'Муфтахин Р.Ф.', 'Муфтахин', 'Р.Ф.', 'male'],
  ])('%s → %s', (text, name, surname, initials, gender) => {
    expect(people(text)[0]).toMatchObject({ name, surname, initials, gender });
  });

  it('the role and the organisation from the context, for everyone listed before it', () => {
    const list = people('1. «Практика». Чулков И.П., директор, Лузгина Е.В., зам. директора по УВР МБОУ ООШ № 9 г. Канска.');
    expect(list.map((p) => [p.name, p.role, p.organizationId])).toEqual([
      ['Чулков И.П.', 'директор', 'o1'],
      ['Лузгина Е.В.', 'заместитель директора по УВР', 'o1'],
    ]);
  });

  it.each([
    ['11. Степаненко Г.Н., директор МОУ Батаминская СОШ', 'директор', true],
    ['15. Соснова О.А., и.о. директора МОУ Новолетниковская СОШ', 'исполняющий обязанности директора', true],
    ['7. Посторнак Л.Н., заведующий, Карпова Н.В., ст. воспитатель МБДОУ № 25.', 'заведующий', true],
    ['Курбалова И.А., руководитель местного отделения Движения Первых, Евсина А.А., координатор', 'руководитель местного отделения Движения Первых', false],
    ['7. Волкова В.А., гл. специалист Комитета по образованию', 'главный специалист Комитета по образованию', false],
    ['Сидорова Е.В., зам. директора по НМРМБУ ДО ЦДиК г. Канска.', 'заместитель директора по НМР', true],
    ['(Ващенко С.В., директор директор МАОУ МО Динской район СОШ№35)', 'директор', true],
  ])('%s → %s', (text, role, hasOrg) => {
    const p = people(text)[0]!;
    expect(p.role).toBe(role);
    expect(p.organizationId !== null).toBe(hasOrg);
  });

  it('roles written before names; a role running into the next name is that name\'s', () => {
    const list = people('приняли участие заместитель главы муниципального образования Темрюкский район Дяденко О.В., председатель Совета депутатов муниципального образования Темрюкский район С.И. Чмулева, педагоги.');
    expect(list.map((p) => [p.name, p.role, p.gender])).toEqual([
      ['Дяденко О.В.', 'заместитель главы муниципального образования Темрюкский район', null],
      ['Чмулева С.И.', 'председатель Совета депутатов муниципального образования Темрюкский район', 'female'],
    ]);
  });

  it('the gender a verb gives when the surname does not ("выступила … Руденко Е.В.")', () => {
    expect(person('С докладом выступила начальник управления образованием Руденко Е.В.').gender).toBe('female');
    expect(person('Сорока М.Ю., директор МБОУ ООШ №17').gender).toBeNull();
  });

  it('the gender a woman’s position gives when the surname does not (grammar person-names, femaleRoles)', () => {
    expect(person('Бондаренко Т.Ю., заведующая МБДОУ д/с № 14').gender).toBe('female');
    expect(person('Слово предоставлено: заведующая методическим кабинетом Лысенко О.П.').gender).toBe('female');
    // "заведующий" is said of a man and of a woman alike
    expect(person('Шевченко А.А., заведующий МБДОУ д/с № 2').gender).toBeNull();
  });

  it('a signature: the role line above, the verb of "Справку составила:"', () => {
    const p = person('Справку составила:\n\nспециалист МКУ РМЦ г. Канска\n\nЗ.А.Легенченко');
    expect(p).toMatchObject({ name: 'Легенченко З.А.', role: 'специалист', gender: 'female', organizationId: 'o1', lines: [5] });
  });

  it('one entry per person across the document, with every line', () => {
    const list = people('Председатель – С.А. Костикова\n\nСекретарь – Е.Г. Макарова\n\nдоклад С.А. Костиковой принят.\n\n1. Костикова С.А., председатель Комитета по образованию, председатель\n2. Макарова Е.Г., ведущий аналитик, секретарь');
    expect(list.map((p) => [p.name, p.role, p.lines])).toEqual([
      ['Костикова С.А.', 'председатель Комитета по образованию', [1, 5, 7]],
      ['Макарова Е.Г.', 'ведущий аналитик', [3, 8]],
    ]);
  });

  it.each([
    'Место проведения: МАОУ МО Динской район СОШ № 29 имени Броварца В.Т. по адресу',
    'директор МАОУ МО Динской район СОШ№4 имени Г.К.Жукова',
    'директор МАОУ МО Динской район имени Туркина А.А.)',
    'в МБОУ СОШ № 1 им. А.С. Пушкина',
  ])('no namesake is a person: %s', (text) => {
    expect(people(text).map((p) => p.surname)).not.toContain(expect.stringMatching(/Броварц|Жуков|Туркин|Пушкин/));
    expect(people(text).filter((p) => /Броварц|Жуков|Туркин|Пушкин/.test(p.surname))).toEqual([]);
  });
});

describe('name forms not in the seeds', () => {
  it.each([
    ['Выступил И. П. Чулков.', 'Чулков И.П.', 'male'],
    ['Иванов И., учитель истории', 'Иванов И.', 'male'],
    ['выступление Петрова А.А. одобрено', 'Петров А.А.', 'male'],
    ['доклад А.А. Смирновой одобрен', 'Смирнова А.А.', 'female'],
    ['благодарность Иванову И.И., директору школы', 'Иванов И.И.', 'male'],
    ['Заслушали Беляеву М.К., руководителя ШМО, об итогах года', 'Беляева М.К.', 'female'],
    ['опыт Достоевского Ф.М. изучен', 'Достоевский Ф.М.', 'male'],
    ['Петрова-Водкина К.С., учитель', 'Петрова-Водкина К.С.', 'female'],
    ['Коваленко О.О., методист', 'Коваленко О.О.', null],
    ['Толстой Л.Н., писатель', 'Толстой Л.Н.', 'male'],
    ['учитель-логопед Петрова А.А. провела занятие', 'Петрова А.А.', 'female'],
  ])('%s → %s', (text, name, gender) => {
    expect(person(text)).toMatchObject({ name, gender });
  });

  it('full names, in either order and any case, with the full name in the nominative', () => {
    expect(person('Чулков Иван Петрович, директор')).toMatchObject({ name: 'Чулков И.П.', fullName: 'Чулков Иван Петрович', gender: 'male', role: 'директор' });
    expect(person('Иван Петрович Чулков выступил')).toMatchObject({ name: 'Чулков И.П.', fullName: 'Чулков Иван Петрович' });
    expect(person('поручить Ивановой Марии Сергеевне')).toMatchObject({ name: 'Иванова М.С.', fullName: 'Иванова Мария Сергеевна', gender: 'female' });
    expect(person('доклад Сидорова Павла Андреевича')).toMatchObject({ name: 'Сидоров П.А.', fullName: 'Сидоров Павел Андреевич', gender: 'male' });
  });

  it('roles: "И.о. директора" before the name, a colon, a table row', () => {
    expect(person('И.о. директора Сидоров С.С. подписал приказ')).toMatchObject({ role: 'исполняющий обязанности директора' });
    expect(person('Секретарь: Е.Г. Макарова')).toMatchObject({ role: 'секретарь' });
    const row = entitiesOf('| ФИО | Должность | Организация |\n|---|---|---|\n| Иванов И.И. | директор | МБОУ СОШ № 1 |');
    expect(row.people).toMatchObject([{ name: 'Иванов И.И.', role: 'директор', organizationId: 'o1', lines: [3] }]);
  });

  it('a role with a verb in it is not a role ("директору принять опыт")', () => {
    expect(person('Рекомендовать директору принять опыт Иванова И.И.').role).toBeNull();
  });

  it('an ambiguous form joins the other reading: "Чулкова И.П." is Чулков in the genitive', () => {
    const list = people('Чулков И.П., директор.\n\nОдобрить опыт работы Чулкова И.П.');
    expect(list.map((p) => [p.name, p.gender, p.lines])).toEqual([['Чулков И.П.', 'male', [1, 3]]]);
  });

  it('"-ову" read from the case joins the "-ова" written in the nominative: one woman', () => {
    const list = people('Доклад (Сорокина Е.М., методист).\n\nЗАСЛУШАЛИ: Сорокину Е.М. об итогах.\n\nПоручить Селиванову В.К. подготовить, Селиванова В.К. согласна.');
    expect(list.map((p) => [p.name, p.lines])).toEqual([
      ['Сорокина Е.М.', [1, 3]],
      ['Селиванова В.К.', [5]],
    ]);
  });

  it('a consonant-ending surname in the dative joins its nominative: "Оганесяну А.Р." is Оганесян', () => {
    const list = people('Присутствовали: Оганесян А.Р., Шевчук Д.Д.\n\nЧленам комиссии Оганесяну А.Р. и Шевчуку Д.Д. подготовить акт.');
    expect(list.map((p) => [p.name, p.lines])).toEqual([
      ['Оганесян А.Р.', [1, 3]],
      ['Шевчук Д.Д.', [1, 3]],
    ]);
  });

  it('"-ой" in the nominative beside a role is a man: "Луговой П.С., учитель"', () => {
    expect(person('| 2 | Луговой П.С., учитель истории | МБОУ СОШ № 3 |')).toMatchObject({ name: 'Луговой П.С.', gender: 'male' });
  });

  it('a list may drop the last dot of the initials before a comma: "Гусев Л.Т, Пронина О.О."', () => {
    expect(people('В заседании участвовали Гусев Л.Т, Пронина О.О.').map((p) => p.name)).toEqual(['Гусев Л.Т.', 'Пронина О.О.']);
  });

  it('a place after "г." / "с." before initials is not a surname: "с. Кедровка В. А. Тихонова"', () => {
    expect(people('Выступила учитель МКОУ ООШ с. Кедровка В. А. Тихонова.').map((p) => p.name)).toEqual(['Тихонова В.А.']);
  });

  it('a chain written initials-first is read so throughout: "Н.В. Орлова Е.С. Дымова"', () => {
    expect(people('Ответственные: методисты ИМЦ Н.В. Орлова Е.С. Дымова').map((p) => p.name)).toEqual(['Орлова Н.В.', 'Дымова Е.С.']);
  });

  it('a child named by a first name and one initial is not a person with initials', () => {
    expect(people('Обследованы воспитанники (Кирилл Т., 6 лет; Алиса М., 5 лет), логопед Гарипова И.Р.').map((p) => p.name)).toEqual(['Гарипова И.Р.']);
  });

  it('"Иванов И." is the one "Иванов И.П." of the document', () => {
    expect(people('Иванов И.П., директор.\n\nИванов И., учитель.').map((p) => p.lines)).toEqual([[1, 3]]);
  });

  it('namesakes in awards and titles are not people', () => {
    expect(people('премия имени В.А. Сухомлинского')).toEqual([]);
    expect(people('семинар «Педагогическое наследие А.С. Макаренко» прошёл')).toEqual([]);
  });

  it('capitalised words before initials are not surnames', () => {
    expect(people('Приложение А. Председатель Е.Г. Макарова').map((p) => p.name)).toEqual(['Макарова Е.Г.']);
  });

  it('two names on two lines stay two people', () => {
    expect(people('С.А. Костикова\nЕ.Г. Макарова').map((p) => [p.name, p.lines])).toEqual([
      ['Костикова С.А.', [1]],
      ['Макарова Е.Г.', [2]],
    ]);
  });
});

describe('a role stops at the end of a sentence', () => {
  it.each([
    ['Доклад сделал методист. Петрова А.А. рассказала об опыте школы.', 'Петрова А.А.'],
    ['Работу секции вёл заместитель директора. Иванов И.И. подвёл итоги.', 'Иванов И.И.'],
    ['Выступил директор школы. С.А. Костикова представила проект.', 'Костикова С.А.'],
  ])('%s', (text, name) => {
    expect(people(text).find((p) => p.name === name)).toMatchObject({ role: null });
  });

  it('but not at an abbreviation: "зам. директора по УВР Иванов И.И."', () => {
    expect(people('Выступила зам. директора по УВР Петрова А.А.')[0]).toMatchObject({ name: 'Петрова А.А.', role: 'заместитель директора по УВР' });
  });
});

describe('a role before an organisation whose name is quoted', () => {
  it.each([
    ['С докладом выступил директор МБОУ «Центр образования № 5» Петров П.П.', 'Петров П.П.', 'директор', 'МБОУ «Центр образования № 5»'],
    ['Выступила заместитель директора по УВР МАОУ «Гимназия № 2» г. Тулы Смирнова О.В.', 'Смирнова О.В.', 'заместитель директора по УВР', 'МАОУ «Гимназия № 2» г. Тулы'],
  ])('%s', (text, name, role, org) => {
    const found = entitiesOf(text);
    const person = found.people.find((p) => p.name === name)!;
    expect(person.role).toBe(role);
    expect(found.organizations.find((o) => o.id === person.organizationId)?.text).toBe(org);
  });
});
