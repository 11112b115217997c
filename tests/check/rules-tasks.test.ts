import { describe, expect, it } from 'vitest';
import { addressee, at, deadline, docOf, runRule, task } from '../support/check-doc.js';
import { runCli } from '../support/cli.js';

const LIST = ['Руководителям образовательных организаций:', '', '1. Провести педсовет.', '', 'Срок: до 30 сентября 2023 г.', '', '2. Утвердить план работы.', '', '3. Назначить ответственных.'].join('\n');

describe('deadline-missing', () => {
  const withDeadline = task(3, { number: '1', path: ['1'], deadline: deadline(5, 'до 30 сентября 2023 г.', { end: '2023-09-30' }) });

  const alsoWithDeadline = task(7, { number: '2', path: ['2'], deadline: deadline(7, 'постоянно', { kind: 'ongoing' }) });

  it('reports a task of a list without a deadline when most tasks of it have one', () => {
    const doc = docOf(LIST, { tasks: [withDeadline, alsoWithDeadline, task(9, { number: '3', path: ['3'] })] });
    const found = runRule('deadline-missing', doc);
    expect(found.map((d) => d.message)).toEqual(['Пункт 3: не указан срок исполнения, хотя у других пунктов этого списка он есть']);
    // the column is where the item's text starts, after "3. "
    expect(found.map(at)).toEqual(['9:4-9:28']);
    expect(found[0]!.severity).toBe('warning');
  });

  it('is silent when only a minority of the list has deadlines: those are particular to their tasks', () => {
    const doc = docOf(LIST, { tasks: [withDeadline, task(7, { number: '2', path: ['2'] }), task(9, { number: '3', path: ['3'] })] });
    expect(runRule('deadline-missing', doc)).toEqual([]);
    const half = [withDeadline, task(7, { number: '2', path: ['2'] })];
    expect(runRule('deadline-missing', docOf(LIST, { tasks: half }))).toEqual([]);
  });

  it('names an unnumbered task by its first words, and speaks English with lang en', () => {
    const doc = docOf(LIST, { tasks: [withDeadline, alsoWithDeadline, task(9, { text: 'Разработать план работы на новый учебный год' })] });
    expect(runRule('deadline-missing', doc)[0]!.message).toContain('Пункт «Разработать план работы на…»');
    expect(runRule('deadline-missing', doc, undefined, 'en')[0]!.message).toBe('Item «Разработать план работы на…»: no deadline, though other items of this list have one');
  });

  it('is silent when no task of the list has a deadline, or all have one', () => {
    expect(runRule('deadline-missing', docOf(LIST, { tasks: [task(3, { path: ['1'] }), task(7, { path: ['2'] })] }))).toEqual([]);
    const all = [withDeadline, task(7, { path: ['2'], deadline: deadline(7, 'постоянно', { kind: 'ongoing' }) })];
    expect(runRule('deadline-missing', docOf(LIST, { tasks: all }))).toEqual([]);
  });

  it('compares a task only with its own list (another parent item or addressee is another list)', () => {
    const other = task(7, { path: ['2', '1'], addresseeIds: [] });
    const elsewhere = task(9, { path: ['3'], addresseeIds: ['a2'] });
    expect(runRule('deadline-missing', docOf(LIST, { tasks: [withDeadline, other, elsewhere] }))).toEqual([]);
  });

  it('takes the list from the list tree: unlabelled topic headers ("o по вопросам …:") head lists of their own', () => {
    const text = [
      'Заведующим детскими садами:',
      '•\tпо вопросам питания:',
      '\to\tпровести проверку пищеблоков до 1 октября;',
      '\to\tобновить меню до 15 октября;',
      '•\tпо вопросам безопасности:',
      '\to\tпровести учебную эвакуацию.',
    ].join('\n');
    const kitchen = [task(3, { deadline: deadline(3, 'до 1 октября', { end: '2023-10-01' }) }), task(4, { deadline: deadline(4, 'до 15 октября', { end: '2023-10-15' }) })];
    // no label tells the two topics apart (every path is []): the drill is a list of its own
    expect(runRule('deadline-missing', docOf(text, { tasks: [...kitchen, task(6)] }))).toEqual([]);
    // under the same topic it is reported
    const oneTopic = text.replace('•\tпо вопросам безопасности:\n', '');
    expect(runRule('deadline-missing', docOf(oneTopic, { tasks: [...kitchen, task(5)] })).map((d) => d.line)).toEqual([5]);
  });

  it('asks no deadline of a decision carried out by adopting the document, and does not count it in its list', () => {
    const taken = task(7, { number: '2', path: ['2'], text: 'Информацию о ходе подготовки к учебному году принять к сведению.' });
    expect(runRule('deadline-missing', docOf(LIST, { tasks: [withDeadline, alsoWithDeadline, { ...taken, line: 9, number: '3', path: ['3'] }] }))).toEqual([]);
    // it does not dilute the majority: of the three work items two have a deadline, so the third is reported
    const list = [withDeadline, taken, task(9, { number: '3', path: ['3'] }), task(11, { number: '4', path: ['4'], deadline: deadline(11, 'ежегодно', { kind: 'recurring' }) })];
    expect(runRule('deadline-missing', docOf(LIST, { tasks: list })).map((d) => d.line)).toEqual([9]);
    // a work item in its place is still reported
    const work = task(9, { number: '3', path: ['3'], text: 'Обеспечить подготовку кабинетов к учебному году.' });
    expect(runRule('deadline-missing', docOf(LIST, { tasks: [withDeadline, alsoWithDeadline, work] })).map((d) => d.line)).toEqual([9]);
  });
});

describe('deadline-unparsed and deadline-invalid-date', () => {
  const text = ['1. Проводить мониторинг.', 'Срок: по мере необходимости', '2. Сдать отчёт.', 'Срок исполнения: 31.02.2024', '3. Провести семинар до 30 февраля.'].join('\n');

  it('deadline-unparsed reports a phrase the grammar did not understand, at the phrase', () => {
    const tasks = [
      task(1, { deadline: deadline(2, 'по мере необходимости', { kind: 'unparsed', problem: 'not-understood' }) }),
      task(3, { deadline: deadline(4, '31.02.2024', { kind: 'unparsed', problem: 'invalid-date' }) }),
    ];
    const found = runRule('deadline-unparsed', docOf(text, { tasks }));
    expect(found).toHaveLength(1);
    expect(found[0]!.message).toBe('Срок «по мере необходимости» не распознан: укажите дату или период');
    expect(at(found[0]!)).toBe('2:7-2:28');
  });

  it('deadline-invalid-date reports impossible dates as errors, in numbers or in words', () => {
    const tasks = [
      task(3, { deadline: deadline(4, '31.02.2024', { kind: 'unparsed', problem: 'invalid-date' }) }),
      task(5, { deadline: deadline(5, 'до 30 февраля', { kind: 'unparsed', problem: 'invalid-date' }) }),
      task(1, { deadline: deadline(2, 'по мере необходимости', { kind: 'unparsed', problem: 'not-understood' }) }),
    ];
    const found = runRule('deadline-invalid-date', docOf(text, { tasks }));
    expect(found.map((d) => [at(d), d.severity, d.message])).toEqual([
      ['4:18-4:28', 'error', 'В сроке «31.02.2024» указана несуществующая дата'],
      ['5:21-5:34', 'error', 'В сроке «до 30 февраля» указана несуществующая дата'],
    ]);
  });

  it('understood deadlines are not reported by any of these rules', () => {
    const tasks = [task(1, { deadline: deadline(2, 'до 30.08.2023', { end: '2023-08-30' }) })];
    expect(runRule('deadline-unparsed', docOf(text, { tasks }))).toEqual([]);
    expect(runRule('deadline-invalid-date', docOf(text, { tasks }))).toEqual([]);
    expect(runRule('deadline-year-unknown', docOf(text, { tasks }))).toEqual([]);
  });
});

describe('deadline-year-unknown', () => {
  const text = ['Решение совещания', '1. Подготовить кабинеты к учебному году до 1 сентября.', '2. Сдать отчёт.', 'Срок: декабрь', '3. Провести педсовет.', 'Срок: по мере необходимости'].join('\n');
  const tasks = [
    task(2, { deadline: deadline(2, 'до 1 сентября', { kind: 'unparsed', problem: 'year-unknown' }) }),
    task(3, { deadline: deadline(4, 'декабрь', { kind: 'unparsed', problem: 'year-unknown' }) }),
    task(5, { deadline: deadline(6, 'по мере необходимости', { kind: 'unparsed', problem: 'not-understood' }) }),
  ];

  it('reports a year-less date at the phrase, as a warning, and nothing else', () => {
    const found = runRule('deadline-year-unknown', docOf(text, { tasks }));
    expect(found.map((d) => [at(d), d.severity, d.message])).toEqual([
      ['2:41-2:54', 'warning', 'В сроке «до 1 сентября» не указан год, а дата документа неизвестна: укажите год'],
      ['4:7-4:14', 'warning', 'В сроке «декабрь» не указан год, а дата документа неизвестна: укажите год'],
    ]);
    expect(runRule('deadline-year-unknown', docOf(text, { tasks }), undefined, 'en')[0]!.message).toBe(
      'The deadline “до 1 сентября” gives no year, and the document has no date to take it from: give the year',
    );
    // the other deadline rules leave it to this one
    expect(runRule('deadline-unparsed', docOf(text, { tasks })).map((d) => d.line)).toEqual([6]);
  });

  it('reports what the parser marks: a year-less date in an undated document, not in a dated one', () => {
    const undated = runCli(['check', '-', '--format', 'json'], { input: 'РЕШЕНИЕ\nсовещания руководителей\n\n1. Подготовить кабинеты к учебному году до 1 сентября.\n' });
    const rules = (JSON.parse(undated.stdout) as { diagnostics: { rule: string; line: number }[] }[])[0]!.diagnostics.map((d) => `${d.rule}:${d.line}`);
    expect(rules).toContain('deadline-year-unknown:4');
    const dated = runCli(['check', '-', '--format', 'json'], { input: 'РЕШЕНИЕ\nсовещания руководителей\n\n12.05.2024\n\n1. Подготовить кабинеты к учебному году до 1 сентября.\n' });
    const datedRules = (JSON.parse(dated.stdout) as { diagnostics: { rule: string }[] }[])[0]!.diagnostics.map((d) => d.rule);
    expect(datedRules).not.toContain('deadline-year-unknown');
  });
});

describe('deadline-before-adoption', () => {
  const text = ['Протокол от 28.08.2024 г.', '1. Сдать отчёт до 01.03.2023.', '2. Провести семинар в декабре 2023 г.', '3. Обновить план до 01.09.2024.', '4. Проводить мониторинг ежегодно.'].join('\n');
  const tasks = [
    task(2, { deadline: deadline(2, 'до 01.03.2023', { kind: 'by', end: '2023-03-01' }) }),
    task(3, { deadline: deadline(3, 'в декабре 2023 г.', { kind: 'period', start: '2023-12-01', end: '2023-12-31' }) }),
    task(4, { deadline: deadline(4, 'до 01.09.2024', { kind: 'by', end: '2024-09-01' }) }),
    task(5, { deadline: deadline(5, 'ежегодно', { kind: 'recurring', frequency: 'year' }) }),
  ];

  it('reports by and period deadlines that end before the document date', () => {
    const found = runRule('deadline-before-adoption', docOf(text, { document: { date: '2024-08-28' }, tasks }));
    expect(found.map((d) => [at(d), d.message])).toEqual([
      ['2:16-2:29', 'Срок «до 01.03.2023» истекает (2023-03-01) раньше даты документа (2024-08-28)'],
      ['3:21-3:38', 'Срок «в декабре 2023 г.» истекает (2023-12-31) раньше даты документа (2024-08-28)'],
    ]);
  });

  it('a deadline on the adoption day itself, or a document without a date, is fine', () => {
    const same = [task(4, { deadline: deadline(4, 'до 01.09.2024', { kind: 'by', end: '2024-08-28' }) })];
    expect(runRule('deadline-before-adoption', docOf(text, { document: { date: '2024-08-28' }, tasks: same }))).toEqual([]);
    expect(runRule('deadline-before-adoption', docOf(text, { document: { date: null }, tasks }))).toEqual([]);
  });
});

describe('addressee-missing and addressee-empty', () => {
  const text = ['1. Провести совещание.', '', 'Руководителям ОО:', '', '2. Обновить сайт.', '', 'Управлению образования:', '', 'Методистам ЦДО:', '3. Провести семинар.'].join('\n');
  const addressees = [addressee('a1', 3, 'Руководителям ОО'), addressee('a2', 7, 'Управлению образования'), addressee('a3', 9, 'Методистам ЦДО')];
  const tasks = [task(1, { number: '1' }), task(5, { number: '2', addresseeIds: ['a1'] }), task(10, { number: '3', addresseeIds: ['a3'] })];

  it('addressee-missing reports a task outside every addressee', () => {
    const found = runRule('addressee-missing', docOf(text, { addressees, tasks }));
    expect(found.map((d) => [at(d), d.message])).toEqual([['1:4-1:23', 'Пункт 1: не указан адресат, хотя в документе адресаты есть']]);
  });

  it('addressee-missing is silent for a task whose executor is named ("Ответственный: Кузнецова Л.А.")', () => {
    const named = [task(1, { number: '1', responsible: ['Кузнецова Л.А.'] }), ...tasks.slice(1)];
    expect(runRule('addressee-missing', docOf(text, { addressees, tasks: named }))).toEqual([]);
  });

  it.each([
    'Информацию о результатах мониторинга принять к сведению.',
    'Принять к сведению информацию начальника управления образования.',
    'Принять информацию заместителя директора к сведению.',
    'Признать работу педагогического коллектива удовлетворительной.',
    'Работу методического совета признать удовлетворительной.',
    'Утвердить годовой план работы школы на 2023-2024 учебный год.',
    'Одобрить опыт работы школ района по наставничеству.',
    'Отметить положительную динамику результатов ГИА.',
    'Поддержать инициативу Совета молодых педагогов.',
    'Считать работу по профориентации приоритетной.',
  ])('addressee-missing is silent for a decision taken by adopting the document: %s', (text) => {
    const taken = [task(1, { number: '1', text }), ...tasks.slice(1)];
    expect(runRule('addressee-missing', docOf(text, { addressees, tasks: taken }))).toEqual([]);
  });

  it.each([
    'Обеспечить реализацию рабочих программ в соответствии с ФООП.',
    'Принять меры по снижению бюрократической нагрузки на педагогов.',
    'Продолжить работу по достижению целевых показателей.',
    'Информацию о результатах мониторинга довести до сведения педагогов.',
  ])('addressee-missing still reports a work item with no executor: %s', (text) => {
    const work = [task(1, { number: '1', text }), ...tasks.slice(1)];
    expect(runRule('addressee-missing', docOf(text, { addressees, tasks: work })).map((d) => d.line)).toEqual([1]);
  });

  it('addressee-missing reports a self-executing verb given a deadline: someone must do it by then', () => {
    const dated = [task(1, { number: '1', text: 'Утвердить положение о наставничестве.', deadline: deadline(1, 'до 1 октября 2023 г.', { end: '2023-10-01' }) }), ...tasks.slice(1)];
    expect(runRule('addressee-missing', docOf(text, { addressees, tasks: dated })).map((d) => d.line)).toEqual([1]);
  });

  it('addressee-missing is silent in a document without addressees', () => {
    expect(runRule('addressee-missing', docOf(text, { tasks }))).toEqual([]);
  });

  it('addressee-empty reports a header with no task under it, as an error at the header', () => {
    const found = runRule('addressee-empty', docOf(text, { addressees, tasks }));
    expect(found.map((d) => [at(d), d.severity, d.message])).toEqual([['7:1-7:23', 'error', 'У адресата «Управлению образования» нет ни одного пункта']]);
  });

  it('addressee-empty is silent when every addressee has a task', () => {
    const all = [...tasks, task(8, { addresseeIds: ['a2'] })];
    expect(runRule('addressee-empty', docOf(text, { addressees, tasks: all }))).toEqual([]);
  });
});

describe('document-date-missing and document-title-missing', () => {
  const text = '\n\nРезолюция\n\nсеминара заместителей директоров';

  it('report a document without a date (or period) and without a title, at its first block', () => {
    const doc = docOf(text, { document: { date: null, period: null, title: null } });
    expect(runRule('document-date-missing', doc).map((d) => [at(d), d.message])).toEqual([['3:1-3:10', 'Не указана дата документа']]);
    expect(runRule('document-title-missing', doc, undefined, 'en').map((d) => d.message)).toEqual(['No document title found (Резолюция, Протокол, Решение…)']);
  });

  it('a date, or a period alone, and a title are enough', () => {
    expect(runRule('document-date-missing', docOf(text, { document: { date: '2023-01-11' } }))).toEqual([]);
    expect(runRule('document-date-missing', docOf(text, { document: { date: null, period: { start: '2023-08-17', end: '2023-08-28' } } }))).toEqual([]);
    expect(runRule('document-title-missing', docOf(text, { document: { title: 'Резолюция семинара' } }))).toEqual([]);
  });

  it('an empty document points at line 1', () => {
    expect(runRule('document-title-missing', docOf('\n\n', { document: { title: null } })).map(at)).toEqual(['1:1-1:1']);
  });
});
