import { describe, expect, it } from 'vitest';
import { doc, structureOf } from './helpers.js';

describe('tasks under addressee blocks', () => {
  it('a numbered header item is the addressee; its sub-items are the tasks, and numbering says where a list ends', () => {
    const s = structureOf(
      doc(`
      Участники совещания решили:

      1. Руководителям школ:
      1. Организовать горячее питание обучающихся.
      2. Обеспечить охват детей летним отдыхом.

      2. Отделу опеки и попечительства:
      - 1. провести проверку условий проживания;
      - 2. подготовить сведения для комиссии.
      `),
    );
    expect(s.addressees.map((a) => a.normalized)).toEqual(['руководители школ', 'отдел опеки и попечительства']);
    expect(s.tasks.map((t) => [t.path.join('.'), t.addresseeIds.join()])).toEqual([
      ['1.1', 'a1'],
      ['1.2', 'a1'],
      ['2.1', 'a2'],
      ['2.2', 'a2'],
    ]);
  });

  it('a header label left alone on its line is recovered when the next header continues the numbering', () => {
    const s = structureOf('РЕШЕНИЕ\n\n1\n\nЗаведующим ДОУ:\n\n1. Обновить паспорта групп.\n\n2. Методистам:\n\n- 1. провести семинар.\n');
    expect(s.tasks.map((t) => t.path)).toEqual([['1', '1'], ['2', '1']]);
  });

  it('unlabelled paragraphs after a header are tasks of that addressee', () => {
    const s = structureOf('Учителям физической культуры:\n\nПровести школьный этап ГТО.\n\nОрганизовать секции по плаванию.\n\nМБУ ДО «Спортивная школа»:\n\nОказать методическую помощь.\n');
    expect(s.tasks.map((t) => t.addresseeIds)).toEqual([['a1'], ['a1'], ['a2']]);
  });

  it('a person named with the addressee is responsible for its tasks', () => {
    const s = structureOf('Начальнику отдела кадров (Белова О.И.):\n- подготовить приказ;\n- ознакомить работников.\n');
    expect(s.tasks.map((t) => t.responsible)).toEqual([['Белова О.И.'], ['Белова О.И.']]);
  });

  it('an inline addressee belongs to its own item only', () => {
    const s = structureOf('Решили:\n1. Утвердить положение о конкурсе.\n2. Педагогам-организаторам разработать сценарий праздника.\n3. Поручить завхозу (Титов Р.А.) подготовить зал.\n');
    expect(s.tasks.map((t) => s.addressees.filter((a) => t.addresseeIds.includes(a.id)).map((a) => a.normalized))).toEqual([[], ['педагоги-организаторы'], ['завхоз']]);
    expect(s.tasks[2]!.responsible).toEqual(['Титов Р.А.']);
  });
});

describe('lists that are not tasks', () => {
  it('topics, narrative statements, attendees and votes', () => {
    const s = structureOf(
      doc(`
      РЕЗОЛЮЦИЯ
      семинара заместителей директоров

      1. Семинар проведен на базе МБОУ «Лицей № 3».
      2. В работе семинара приняли участие 40 человек.

      Обсуждены темы:
      - Организация внеурочной деятельности.
      - Работа с одаренными детьми.

      Голосовали: единогласно.

      Участники семинара рекомендуют:
      1. Обобщить опыт лицея.

      Список присутствующих:
      1. Иванова А.А., директор
      2. Петров Б.Б., заместитель директора
      `),
    );
    expect(s.tasks.map((t) => t.text)).toEqual(['Обобщить опыт лицея.']);
  });

  it('a directive that introduces a list of practices is one task', () => {
    const s = structureOf('Рекомендовать к распространению следующие практики:\n1. «Школа полного дня». Орлова А.А., директор.\n2. «Наставник рядом». Белов Б.Б., учитель.\n');
    expect(s.tasks.map((t) => t.text)).toEqual(['Рекомендовать к распространению следующие практики:']);
  });

  it('the topics a task announces, written as parts of its sentence, are the task\'s words, not tasks', () => {
    const s = structureOf(doc(`
      РЕШЕНИЕ

      1. Управлению образования:
      1.1. Провести в ноябре 2026 г. семинары для заместителей директоров по вопросам:
      а) организации наставничества молодых педагогов;
      б) работы с обучающимися группы риска.
      1.2. Обновить положение о конкурсе «Учитель года».
      2. Рекомендовать педагогам подготовить доклады по темам:
      - ВПР по математике в 5-х классах;
      - ОГЭ по химии.
      `));
    expect(s.tasks.map((t) => [t.number, t.text, t.line, t.endLine])).toEqual([
      ['1.1', 'Провести в ноябре 2026 г. семинары для заместителей директоров по вопросам: а) организации наставничества молодых педагогов; б) работы с обучающимися группы риска.', 4, 6],
      ['1.2', 'Обновить положение о конкурсе «Учитель года».', 7, 7],
      ['2', 'Рекомендовать педагогам подготовить доклады по темам: - ВПР по математике в 5-х классах; - ОГЭ по химии.', 8, 10],
    ]);
    expect(s.tasks[0]!.addresseeIds).toHaveLength(1);
  });

  it('a directive container whose items are tasks gives way to them and heads their path', () => {
    const s = structureOf('1. Утвердить следующие задачи на учебный год:\nОбщее образование\nЗадачи уровня школы:\n- обновить рабочие программы;\n- провести диагностику.\n');
    expect(s.tasks.map((t) => [t.path, t.text])).toEqual([
      [['1'], 'обновить рабочие программы;'],
      [['1'], 'провести диагностику.'],
    ]);
    expect(s.sections.map((x) => x.title)).toEqual(['Общее образование']);
  });
});

describe('deadlines and responsible written as lines', () => {
  it('after each item: that item only; after the list: every item of the list', () => {
    const s = structureOf(
      doc(`
      Руководителям ОО:
      1. Провести инструктажи по охране труда.
      Срок: до 05.09.2024.
      2. Обновить паспорта безопасности.
      Срок: до 01.10.2024.

      Методистам ИМЦ:
      - подготовить методические рекомендации;
      - провести консультации.

      Срок: ноябрь 2024 г.
      Ответственные: Зуева Т.Г., Котова Л.А.
      `),
    );
    expect(s.tasks.map((t) => [t.deadline?.text ?? null, t.deadline?.line ?? null, t.responsible])).toEqual([
      ['до 05.09.2024', 3, []],
      ['до 01.10.2024', 5, []],
      ['ноябрь 2024 г.', 11, ['Зуева Т.Г.', 'Котова Л.А.']],
      ['ноябрь 2024 г.', 11, ['Зуева Т.Г.', 'Котова Л.А.']],
    ]);
  });

  it('an item with its own addressee keeps the annotation after it', () => {
    const s = structureOf('РЕШИЛИ:\n2.1. Принять к сведению информацию директора.\n2.2. Учителям истории подготовить экскурсии.\nСрок: до 20.10.2024.\n');
    expect(s.tasks.map((t) => t.deadline?.text ?? null)).toEqual([null, 'до 20.10.2024']);
  });

  it('a trailing "(срок – …)" belongs to its task, whose text stays as written', () => {
    const s = structureOf('Решили:\n1. Провести педсовет (срок – до 30.10.2024).\n2. Обновить сайт.\n');
    expect(s.tasks.map((t) => [t.text, t.deadline?.text ?? null])).toEqual([
      ['Провести педсовет (срок – до 30.10.2024).', 'до 30.10.2024'],
      ['Обновить сайт.', null],
    ]);
  });
});

describe('a plan of measures as a table', () => {
  it('rows are tasks; the Срок and Ответственный columns fill deadline and responsible', () => {
    const s = structureOf('Содержание работы\tСрок проведения\tОтветственные\nПровести день открытых дверей\tапрель 2024 г.\tМаслова Е.Н.\nОбновить стенд «Безопасность»\tдо 1 мая\tзавхоз; Маслова Е.Н.\n');
    expect(s.tasks.map((t) => [t.text, t.deadline?.text, t.responsible, t.line])).toEqual([
      ['Провести день открытых дверей', 'апрель 2024 г.', ['Маслова Е.Н.'], 2],
      ['Обновить стенд «Безопасность»', 'до 1 мая', ['завхоз', 'Маслова Е.Н.'], 3],
    ]);
  });
  it('a group row of a plan is a topic section of the rows below it', () => {
    const s = structureOf('№\tНаименование мероприятия\tСроки\tИсполнители\n\tРабота с родителями\t\t\n1\tПровести общешкольное собрание\tсентябрь\tдиректор\n\tРабота с обучающимися\t\t\n2\tОрганизовать олимпиаду\tоктябрь\tзавуч\n');
    expect(s.sections.map((x) => [x.title, x.line])).toEqual([['Работа с родителями', 2], ['Работа с обучающимися', 4]]);
    expect(s.tasks.map((t) => [t.number, t.sectionId])).toEqual([['1', 's1'], ['2', 's2']]);
  });
  it('a table without a measure column gives no tasks', () => {
    expect(structureOf('ФИО\tДолжность\nИванова А.А.\tучитель\n').tasks).toEqual([]);
  });
});

describe('deadlines read by the deadline module', () => {
  const deadlines = (text: string) => structureOf(text).tasks.map((t) => (t.deadline ? [t.deadline.kind, t.deadline.start, t.deadline.end, t.deadline.line] : null));

  it('inside the task: in parentheses, leading, trailing', () => {
    expect(
      deadlines('РЕШЕНИЕ\n\n01.02.2024\n\nРешили:\n1. Обновить планы ШМО (в течение 2024 года).\n2. До 15.05.2024 провести пробные экзамены.\n3. Подготовить отчет до 1 июня 2024 года.\n4. Обеспечить контроль.\n'),
    ).toEqual([
      ['period', '2024-01-01', '2024-12-31', 6],
      ['by', null, '2024-05-15', 7],
      ['by', null, '2024-06-01', 8],
      null,
    ]);
  });

  it('a year left out comes from the document date', () => {
    expect(deadlines('РЕШЕНИЕ\n\n10.05.2024\n\nРешили:\n1. Сдать отчеты.\nСрок: до 1 сентября.\n')).toEqual([['by', null, '2024-09-01', 7]]);
  });

  it('a list-level line and a table cell are understood like any deadline', () => {
    expect(deadlines('Учителям:\n- провести консультации;\n- обновить стенды.\n\nСрок исполнения: систематически.\n')).toEqual([
      ['ongoing', null, null, 5],
      ['ongoing', null, null, 5],
    ]);
    expect(deadlines('| Мероприятие | Срок | Ответственный |\n|---|---|---|\n| Провести смотр | I квартал 2025 г. | Котова Л.А. |\n')).toEqual([['period', '2025-01-01', '2025-03-31', 3]]);
  });

  it('a date in a narrative preamble is not a task deadline', () => {
    const s = structureOf('РЕШЕНИЕ\n\nВ соответствии с приказом от 16 августа 2023 года № 606 проведен мониторинг.\n\nРешили:\n1. Обсудить итоги мониторинга на педсовете.\n');
    expect(s.tasks.map((t) => t.deadline)).toEqual([null]);
    expect(s.document.date).toBeNull();
  });
});

describe('selfExecuting: decisions carried out by adopting the document', () => {
  it('marks an item of the meeting itself, not work given to an addressee, a responsible person or a date', () => {
    const s = structureOf(
      doc(`
      ПРОТОКОЛ
      заседания педагогического совета

      РЕШИЛИ:
      1. Информацию заместителя директора принять к сведению.
      2. Утвердить план работы на 2024-2025 учебный год.
      3. Утвердить положение о наставничестве до 1 октября 2024 г.
      4. Признать работу методического объединения удовлетворительной.
      Ответственный: Петрова А.А.
      5. Обеспечить подготовку кабинетов к учебному году.

      Руководителям образовательных организаций:
      6. Утвердить программы наставничества.
      `),
    );
    expect(s.tasks.map((t) => [t.number, t.selfExecuting])).toEqual([
      ['1', true],
      ['2', true],
      ['3', false],
      ['4', false],
      ['5', false],
      ['6', false],
    ]);
  });

  it('reads the verb of a container item with its sub-items joined in', () => {
    const s = structureOf(doc(`
      РЕШЕНИЕ

      1. Одобрить:
      - опыт работы школы № 5 по наставничеству;
      - проект «Читающая школа».
      `));
    expect(s.tasks.map((t) => t.selfExecuting)).toEqual([true]);
  });
});

describe('the deadline of a task with an inline addressee', () => {
  it('is read from the words after the addressee, where "постоянно" opens the task', () => {
    const s = structureOf(
      doc(`
      РЕШЕНИЕ
      совещания руководителей от 20.08.2024

      1. Заместителям директоров по ВР постоянно информировать родителей о мероприятиях.
      2. Классным руководителям ежемесячно проводить инструктажи по ТБ.
      3. Руководителям ОО в срок до 1 сентября 2024 г. обеспечить готовность зданий.
      4. Руководителям ШМО постоянно обновлять страницы на сайте школы.
      `),
    );
    expect(s.tasks.map((t) => [t.deadline?.kind, t.deadline?.text])).toEqual([
      ['ongoing', 'постоянно'],
      ['recurring', 'ежемесячно'],
      ['by', 'в срок до 1 сентября 2024 г.'],
      ['ongoing', 'постоянно'],
    ]);
    expect(s.addressees.map((a) => a.text)).toEqual(['Заместителям директоров по ВР', 'Классным руководителям', 'Руководителям ОО', 'Руководителям ШМО']);
  });

  it('a "постоянно" inside the task, not first, stays an adverb', () => {
    const s = structureOf(doc(`
      РЕШЕНИЕ

      1. Руководителям ОО обеспечить постоянно действующий контроль за питанием.
      `));
    expect(s.tasks[0]!.deadline).toBeNull();
  });
});
