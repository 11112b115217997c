import { describe, expect, it } from 'vitest';
import { at, docOf, runRule } from '../support/check-doc.js';
import { ruleById } from '../../src/8-check/rules/index.js';

const lines = (...l: string[]) => l.join('\n');

describe('duplicate-item', () => {
  it('reports the second copy of an item in one list, with the line of the first', () => {
    const text = lines('Основные треки:', '', '- Проектный офис «Строим школу»;', '', '- Управленческий квиз;', '', '- Проектный офис «Строим школу»;');
    const found = runRule('duplicate-item', docOf(text));
    expect(found.map((d) => [at(d), d.severity, d.message])).toEqual([['7:3-7:33', 'error', 'Пункт повторяет пункт этого же списка']]);
    // the first copy is a related location, not a number inside the message
    expect(found[0]!.related).toEqual([{ line: 3, column: 3, endLine: 3, endColumn: 33, message: 'первое упоминание' }]);
  });

  it('ignores case, ё/е, quote styles and trailing punctuation', () => {
    const text = lines('1. Утвердить план «Ёлочка».', '2. Провести семинар.', '3. утвердить план "Елочка";');
    expect(runRule('duplicate-item', docOf(text)).map(at)).toEqual(['3:4-3:28']);
  });

  it('the same item under two different headers is not a duplicate', () => {
    const text = lines('Задачи муниципального уровня:', '- обеспечить методическую поддержку;', 'Задачи уровня образовательной организации:', '- обеспечить методическую поддержку;');
    expect(runRule('duplicate-item', docOf(text))).toEqual([]);
  });

  it('different items are fine', () => {
    expect(runRule('duplicate-item', docOf(lines('а) закрепить наставников;', 'б) обеспечить поддержку;')))).toEqual([]);
  });
});

describe('numbering', () => {
  const run = (...l: string[]) => runRule('numbering', docOf(lines(...l)));

  it('reports a gap: 1, 2, 4', () => {
    const found = run('1. Первое.', '2. Второе.', '4. Четвёртое.');
    expect(found.map((d) => [at(d), d.message])).toEqual([['3:1-3:3', 'Нумерация: после 2 идёт 4, пропущено 3']]);
  });

  it('reports a repeat and a restart without a new header', () => {
    expect(run('1) один;', '2) два;', '2) три;').map((d) => [at(d), d.message, d.related])).toEqual([
      ['3:1-3:3', 'Нумерация: номер 2 повторяется', [{ line: 2, column: 1, endLine: 2, endColumn: 1, message: 'первое упоминание' }]],
    ]);
    expect(run('1. один.', '2. два.', '3. три.', '1. снова один.').map((d) => d.message)).toEqual(['Нумерация начата заново: 1 после 3']);
  });

  it('reports mixed label styles in one list: 1) … 3).', () => {
    const found = run('1) До 01.09.2022 обеспечить участие;', '2) До 31.03.2022 разработать программу;', '3). Обобщить опыт:');
    expect(found.map((d) => [at(d), d.message])).toEqual([['3:1-3:4', 'Номер «3).» оформлен иначе, чем «1)» в том же списке']]);
    // the style check can be turned off
    expect(runRule('numbering', docOf(lines('1) а;', '2) б;', '3). в;')), { mixedStyles: false })).toEqual([]);
  });

  it('checks letters and roman numerals too', () => {
    expect(run('а) первое;', 'б) второе;', 'г) четвёртое;').map((d) => d.message)).toEqual(['Нумерация: после б идёт г, пропущено 1']);
    expect(run('I. Введение.', 'II. Итоги.', 'IV. Решения.').map((d) => d.message)).toEqual(['Нумерация: после II идёт IV, пропущено 1']);
  });

  it('compound labels: the decisions on the next agenda item start again at N.1, within one head they must count', () => {
    expect(run('1.1. Признать работу удовлетворительной.', '1.2. Обеспечить подготовку к ГИА.', 'Ответственные: руководители ШМО.', '2.1. Утвердить план работы.', '2.2. Провести инструктажи.')).toEqual([]);
    expect(run('1.1. Первое.', '1.2. Второе.', '1.4. Четвёртое.', '2.1. Пятое.').map((d) => d.message)).toEqual(['Нумерация: после 1.2 идёт 1.4, пропущено 1.3']);
    expect(run('2.1. Первое.', '2.2. Второе.', '2.2. Снова второе.').map((d) => d.message)).toEqual(['Нумерация: номер 2.2 повторяется']);
  });

  it('a sub-list under an item ending with ":" starts again at 1, and the outer list resumes', () => {
    expect(run('1. Провести:', '1) семинар;', '2) конференцию;', '2. Утвердить план.', '3. Обновить сайт.')).toEqual([]);
  });

  it('paragraphs between items ("Срок исполнения: …") do not break a list; a new header starts a new one', () => {
    expect(run('1. Первое.', '', 'Срок исполнения: постоянно.', '', '2. Второе.', '', 'Управлению образования:', '', '1. Третье.')).toEqual([]);
  });

  it('in Markdown, a list numbered "1. 1. 1." is the usual shorthand; in plain text it restarts', () => {
    const doc = docOf(lines('1. один', '1. два', '1. три'));
    expect(runRule('numbering', doc).map((d) => d.message)).toEqual(['Нумерация начата заново: 1 после 1', 'Нумерация начата заново: 1 после 1']);
    const md = { ...doc, output: { ...doc.output, source: { ...doc.output.source, format: 'markdown' as const } } };
    expect(runRule('numbering', md)).toEqual([]);
  });

  it('roman parts count across the headers inside them; the points of each part count from 1 under it', () => {
    const part = (...l: string[]) => run('I. ИТОГИ ГОДА', 'Коллегия отмечает:', '1. Школы района приняты.', '2. Кадрами укомплектованы.', ...l);
    expect(part('II. ДИРЕКТОРАМ ШКОЛ поручить:', '1. Обновить паспорта доступности.', '2. Провести эвакуацию.')).toEqual([]);
    expect(part('III. ДИРЕКТОРАМ ШКОЛ поручить:', '1. Обновить паспорта доступности.').map((d) => d.message)).toEqual(['Нумерация: после I идёт III, пропущено 1']);
  });

  it('"I." after the last part starts the parts anew: the record of a protocol goes over its agenda again', () => {
    expect(run('Повестка дня:', 'I. Об итогах олимпиады.', 'II. О наставничестве.', '', 'I. СЛУШАЛИ: Орлову Н.П. об итогах олимпиады.', 'II. СЛУШАЛИ: Зуева К.С. о наставничестве.')).toEqual([]);
  });

  it('a header item at an outer level after a sub-list is not a defect', () => {
    expect(run('1. Оказывать поддержку.', '2. Продолжить работу.', '3. Назначить ответственных.', '2. Управлению образованием:', '- 1. Принять меры;', '- 2. продолжить работу;')).toEqual([]);
  });
});

describe('unbalanced-quotes', () => {
  const run = (...l: string[]) => runRule('unbalanced-quotes', docOf(lines(...l)));

  it('reports a » closed inside parentheses opened after its «', () => {
    const found = run('- Презентация «Форум «Флагманы» как механизм (Чернова Л.В., СОШ № 4 имени Г.К. Жукова»);');
    expect(found.map((d) => [at(d), d.severity, d.message])).toEqual([
      ['1:86-1:87', 'error', 'Кавычка » закрыта внутри скобок, открытых после неё: кавычки и скобки пересекаются'],
    ]);
  });

  it('reports an unclosed « and a » without «, in a paragraph over two lines', () => {
    expect(run('Провести конкурс «Учитель года', 'в рамках проекта.').map((d) => [at(d), d.message])).toEqual([['1:18-1:19', 'Открывающая кавычка « не закрыта']]);
    expect(run('Принять участие в проекте Успех каждого ребенка».').map((d) => [at(d), d.message])).toEqual([['1:48-1:49', 'Закрывающая кавычка » без открывающей']]);
  });

  it('one » may close a quote and the quote inside it (Розенталь): «Практика … «500+»', () => {
    expect(run('1. «Практика повышения качества в рамках проекта «500+». Чулков И.П.')).toEqual([]);
    expect(run('Гимназия «Школа «Лидер» и лицей «Эрудит».')).toEqual([]);
  });

  it('properly nested quotes and parentheses are fine', () => {
    expect(run('Проект «Школа Минпросвещения России» (см. «Положение о проекте»).', 'в) пункт с буквой')).toEqual([]);
  });

  it('reports an odd straight quote " in a paragraph', () => {
    expect(run('Конкурс "Учитель года" и "Воспитатель года.').map(at)).toEqual(['1:26-1:27']);
    expect(run('Конкурс "Учитель года" и "Воспитатель года".')).toEqual([]);
  });
});

describe('repeated-word', () => {
  const run = (text: string, options?: unknown) => runRule('repeated-word', docOf(text), options);

  it('reports a word written twice, with a fix that deletes the second copy', () => {
    const found = run('Ващенко С.В., директор директор МАОУ СОШ № 35');
    expect(found.map((d) => [at(d), d.message])).toEqual([['1:24-1:32', 'Слово «директор» повторено дважды подряд']]);
    expect(found[0]!.fix).toEqual({ line: 1, column: 23, endLine: 1, endColumn: 32, text: '' });
  });

  it('compares case-insensitively, ё as е, and across a line break in one paragraph', () => {
    expect(run('Провести в в течение года.').map(at)).toEqual(['1:12-1:13']);
    expect(run('Всё все педагоги').map(at)).toEqual(['1:5-1:8']);
    const found = run('рекомендовать руководителям\nруководителям школ');
    expect(found.map(at)).toEqual(['2:1-2:14']);
    expect(found[0]!.fix).toEqual({ line: 2, column: 1, endLine: 2, endColumn: 15, text: '' });
  });

  it('hyphenated reduplication, numbers, punctuation and initials are not repeats', () => {
    expect(run('еле-еле успели; давным-давно; 2 2; директор, директор; С. С. Петров; А.А. Иванов')).toEqual([]);
  });

  it('legitimate doublings from the grammar are allowed: "да да", "что что бы ни"', () => {
    expect(run('Известно, что что бы ни случилось, план выполним.')).toEqual([]);
    expect(run('Очень очень важно.')).toEqual([]);
    // …but "что что" before another word is still a typo
    expect(run('Отметили, что что педагоги готовы.').map(at)).toEqual(['1:15-1:18']);
  });

  it('the allow option adds words', () => {
    expect(run('Ура ура выпускникам!', { allow: ['ура'] })).toEqual([]);
    expect(run('Ура ура выпускникам!')).toHaveLength(1);
  });

  it('table cells with the same value are not repeated words', () => {
    expect(run('да\tда\tнет')).toEqual([]);
    expect(run('| Иванов | Иванов |\n|---|---|')).toEqual([]);
  });
});

describe('glued-number', () => {
  const run = (text: string) => runRule('glued-number', docOf(text));

  it('reports a word glued to №, with a fix that inserts a space before the sign', () => {
    const found = run('директор МАОУ СОШ№4 имени Г.К. Жукова');
    expect(found.map((d) => [at(d), d.message])).toEqual([['1:15-1:20', 'Знак № слит с предыдущим словом: «СОШ№4»']]);
    expect(found[0]!.fix).toEqual({ line: 1, column: 18, endLine: 1, endColumn: 18, text: ' ' });
    expect(run('гимназия№ 2').map(at)).toEqual(['1:1-1:12']);
  });

  it('reports a number glued to "г." before a town, and a year glued to "г."', () => {
    const found = run('зам. директора МБОУ СОШ № 5г. Канска; принято 28.08.2024г.');
    expect(found.map((d) => [at(d), d.message])).toEqual([
      ['1:27-1:37', 'Число слито с сокращением: «5г. Канска»'],
      ['1:53-1:59', 'Число слито с сокращением: «2024г.»'],
    ]);
    expect(found.map((d) => d.fix!.column)).toEqual([28, 57]);
    expect(run('в 2023-2024гг. учебных годах').map((d) => d.message)).toEqual(['Число слито с сокращением: «2024гг.»']);
  });

  it('spaced forms, a class letter and grams are fine', () => {
    expect(run('СОШ № 4, МБОУ СОШ № 5 г. Канска, 2023 г., дом №169, (№№1,2,4)')).toEqual([]);
    expect(run('ученики 5г класса; 5гр. соли; урок в 5г. классе')).toEqual([]);
  });
});

describe('unbalanced-quotes on hostile input', () => {
  it('100,000 « and then 100,000 ( closed by » and ): linear, every » crosses a (', () => {
    const n = 100000;
    const t0 = performance.now();
    let crossed = 0;
    ruleById('unbalanced-quotes')!.check!(docOf(`${'«'.repeat(n)}${'('.repeat(n)}${'»'.repeat(n)}${')'.repeat(n)}`), {
      options: undefined,
      report: (f) => void (f.messageId === 'crossed' && crossed++),
    });
    expect(performance.now() - t0).toBeLessThan(5000);
    expect(crossed).toBe(n);
  });
});
