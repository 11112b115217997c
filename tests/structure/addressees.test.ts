import { describe, expect, it } from 'vitest';
import { readAddresseeHeader, readChargedAddressee, readInlineAddressee } from '../../src/5-structure/addressees.js';
import { structureOf } from './helpers.js';

const norm = (header: string) => readAddresseeHeader(header)?.parts.map((p) => p.normalized);

describe('addressee headers (shapes of official writing, phrasings not in the seeds)', () => {
  it('1. a dative plural header', () => {
    expect(norm('Классным руководителям 1–11 классов:')).toEqual(['классные руководители 1–11 классов']);
    expect(norm('Педагогическим работникам школ района:')).toEqual(['педагогические работники школ района']);
  });
  it('2. a dative singular organisation', () => {
    expect(norm('Отделу дошкольного образования:')).toEqual(['отдел дошкольного образования']);
    expect(norm('Районной психолого-медико-педагогической комиссии:')).toEqual(['районная психолого-медико-педагогическая комиссия']);
  });
  it('3. a body defined by a participle after a comma', () => {
    expect(norm('муниципальным органам, курирующим вопросы опеки и попечительства:')).toEqual(['муниципальные органы, курирующие вопросы опеки и попечительства']);
  });
  it('4. a person in parentheses stays out of the normalized form and is kept apart', () => {
    const r = readAddresseeHeader('Заместителю главы администрации (Петрова Н.С.):');
    expect(r?.parts).toEqual([{ text: 'Заместителю главы администрации (Петрова Н.С.)', normalized: 'заместитель главы администрации' }]);
    expect(r?.persons).toEqual(['Петрова Н.С.']);
  });
  it('4a. several people in one pair of parentheses, each kept apart', () => {
    const r = readAddresseeHeader('Руководителям методических объединений (Гуляева О.Н., А.С. Тимофеев, Белых Д.И.):');
    expect(r?.parts).toEqual([{ text: 'Руководителям методических объединений (Гуляева О.Н., А.С. Тимофеев, Белых Д.И.)', normalized: 'руководители методических объединений' }]);
    expect(r?.persons).toEqual(['Гуляева О.Н.', 'А.С. Тимофеев', 'Белых Д.И.']);
    // a parenthesis that is not only names is not read as people
    expect(readAddresseeHeader('Руководителям методических объединений (Гуляева О.Н. и другие):')?.persons).toEqual([]);
  });
  it('5. a nominative organisation header', () => {
    expect(norm('МБУ ДО «Центр детского творчества»:')).toEqual(['мбу до «центр детского творчества»']);
    expect(norm('Комитет по образованию администрации города:')).toEqual(['комитет по образованию администрации города']);
  });
  it('6. "Для" + genitive', () => {
    expect(norm('Для заместителей директоров по воспитательной работе:')).toEqual(['заместители директоров по воспитательной работе']);
    expect(norm('Для педагогов дополнительного образования:')).toEqual(['педагоги дополнительного образования']);
  });
  it('7. a lead verb or noun before the dative', () => {
    expect(norm('Рекомендовать педагогам-психологам школ:')).toEqual(['педагоги-психологи школ']);
    expect(norm('Предложить управлению культуры администрации округа:')).toEqual(['управление культуры администрации округа']);
    expect(norm('Рекомендации методистам ИМЦ:')).toEqual(['методисты имц']);
  });
  it('8. a level of tasks', () => {
    expect(norm('Задачи регионального уровня:')).toEqual(['региональный уровень']);
    expect(norm('Задачи уровня дошкольной образовательной организации:')).toEqual(['уровень дошкольной образовательной организации']);
  });
  it('9. two addressees in one header', () => {
    expect(norm('Методическому совету и руководителям ШМО:')).toEqual(['методический совет', 'руководители шмо']);
    expect(norm('Для учителей начальных классов, воспитателей групп продленного дня:')).toEqual(['учителя начальных классов', 'воспитатели групп продленного дня']);
  });
  it('10. written in capitals: read in lower case, reported as written; abbreviations stay', () => {
    expect(norm('КЛАССНЫМ РУКОВОДИТЕЛЯМ 5–9 КЛАССОВ:')).toEqual(['классные руководители 5–9 классов']);
    expect(norm('МЕТОДИЧЕСКОМУ СОВЕТУ ШКОЛЫ:')).toEqual(['методический совет школы']);
    const r = readAddresseeHeader('ЗАВЕДУЮЩИМ МБДОУ РАЙОНА:');
    expect(r?.parts).toEqual([{ text: 'ЗАВЕДУЮЩИМ МБДОУ РАЙОНА', normalized: 'заведующие мбдоу района' }]);
  });
  it('11. the lead verb after the addressee ("… рекомендовать:", "… предлагается:") is no part of it', () => {
    expect(norm('Социальным педагогам предложить:')).toEqual(['социальные педагоги']);
    expect(norm('Отделу опеки поручается:')).toEqual(['отдел опеки']);
    expect(norm('ЗАМЕСТИТЕЛЯМ ДИРЕКТОРОВ ПО ВОСПИТАТЕЛЬНОЙ РАБОТЕ рекомендуется:')).toEqual(['заместители директоров по воспитательной работе']);
  });
  it('a body that decides is no addressee: "Методический совет ПОСТАНОВИЛ:", "Коллегия решила:"', () => {
    expect(norm('Методический совет ПОСТАНОВИЛ:')).toBeUndefined();
    expect(norm('Коллегия управления образования решила:')).toBeUndefined();
    expect(norm('Методический совет:')).toEqual(['методический совет']);
  });
  it('a heading that is not an addressee', () => {
    for (const h of ['Участники совещания отметили:', 'Выступили:', 'Председатель:', 'Справку подготовила:', 'Рассмотрены следующие вопросы:', 'По итогам обсуждения:', 'Темы выступлений:'])
      expect(readAddresseeHeader(h), h).toBeNull();
  });
});

describe('inline addressees', () => {
  it('10. a dative before the verb', () => {
    const r = readInlineAddressee('Социальным педагогам организовать встречи с родителями.');
    expect(r?.parts.map((p) => p.normalized)).toEqual(['социальные педагоги']);
    expect(r?.end).toBe('Социальным педагогам'.length);
  });
  it.each([
    ['Классным руководителям 1–11 классов ежемесячно проводить инструктажи.', 'классные руководители 1–11 классов', 'Классным руководителям 1–11 классов'],
    ['Руководителям ОО в срок до 1 сентября 2024 г. обеспечить готовность зданий.', 'руководители оо', 'Руководителям ОО'],
    ['Учителям начальных классов в течение 2024-2025 учебного года вести мониторинг.', 'учителя начальных классов', 'Учителям начальных классов'],
    ['Руководителям ШМО своевременно представлять отчеты.', 'руководители шмо', 'Руководителям ШМО'],
    ['Заместителям директоров по ВР систематически информировать родителей.', 'заместители директоров по вр', 'Заместителям директоров по ВР'],
  ])('a deadline or an adverb before the verb is the task\'s, not the addressee\'s: %s', (text, normalized, written) => {
    const r = readInlineAddressee(text)!;
    expect(r.parts.map((p) => p.normalized)).toEqual([normalized]);
    expect(text.slice(0, r.end)).toBe(written);
  });
  it('11. after "Рекомендовать" and "Поручить"', () => {
    expect(readInlineAddressee('Рекомендовать родителям обеспечить посещение занятий.')?.parts[0]?.normalized).toBe('родители');
    const r = readInlineAddressee('Поручить отделу кадров (Морозова Е.В.) подготовить приказ.');
    expect(r?.parts[0]).toEqual({ text: 'отделу кадров (Морозова Е.В.)', normalized: 'отдел кадров' });
    expect(r?.persons).toEqual(['Морозова Е.В.']);
  });
  it('no addressee in a plain directive', () => {
    expect(readInlineAddressee('Обеспечить участие педагогов в конкурсе.')).toBeNull();
    expect(readInlineAddressee('Организовать работу с родителями обучающихся.')).toBeNull();
  });
});

describe('a charge names the addressee ("… возложить на …")', () => {
  const charged = (text: string) => readChargedAddressee(text)?.parts.map((p) => p.normalized);
  it('the accusative of the people charged is read as their genitive, up to a name or a comma', () => {
    expect(charged('Ответственность за организацию питания возложить на заместителя директора по АХР Гусеву Л.Н.')).toEqual(['заместитель директора по АХР'.toLowerCase()]);
    expect(charged('Контроль исполнения приказа возлагается на руководителей методических объединений, в том числе …')).toEqual(['руководители методических объединений']);
    expect(charged('Координацию работы возложить на старшего методиста Т.Е. Зуеву.')).toEqual(['старший методист']);
  });
  it('nothing when no one is charged', () => {
    expect(charged('Возложить венки к мемориалу.')).toBeUndefined();
    expect(charged('Провести собрание коллектива.')).toBeUndefined();
  });
  it('such a sentence is a task of that addressee, though it opens with a noun', () => {
    const s = structureOf('РЕШИЛИ:\n\n1. Провести аудит библиотечного фонда.\n\n2. Ответственность за проведение аудита возложить на заведующую библиотекой Орлову Е.В.\n');
    expect(s.tasks.map((t) => t.addresseeIds.length)).toEqual([0, 1]);
    expect(s.addressees.map((a) => a.normalized)).toEqual(['заведующая библиотекой']);
  });
});

describe('bodies and organisations named in the nominative', () => {
  it('a header opened by the abbreviation of a body ("РМО …:", "ППк:")', () => {
    expect(norm('РМО учителей химии и биологии:')).toEqual(['рмо учителей химии и биологии']);
    expect(norm('ППк школы:')).toEqual(['ппк школы']);
  });
  it('before the task\'s verb, as written and lower-cased, the person in parentheses kept apart', () => {
    const body = readInlineAddressee('ГМО учителей физической культуры подготовить сборную к спартакиаде.');
    expect(body?.parts).toEqual([{ text: 'ГМО учителей физической культуры', normalized: 'гмо учителей физической культуры' }]);
    const org = readInlineAddressee('МБУ ДО «Дом детского творчества» (Кириллова Н.П.) организовать выставку работ.');
    expect(org?.parts.map((p) => p.normalized)).toEqual(['мбу до «дом детского творчества»']);
    expect(org?.persons).toEqual(['Кириллова Н.П.']);
  });
  it('a nominative name with no verb after it is the subject of a sentence, not an addressee', () => {
    expect(readInlineAddressee('МБОУ «Гимназия № 2» заняла первое место в конкурсе.')).toBeNull();
    expect(readInlineAddressee('ГМО учителей химии работает по плану.')).toBeNull();
  });
});

describe('a long list of organisations before the verb', () => {
  it('names of schools and people in parentheses do not count as words of a sentence', () => {
    const r = readInlineAddressee('Директорам МАОУ «Гимназия № 7», МБОУ СОШ № 12, МБОУ СОШ № 40 (Лебедев К.С.) и МКОУ «Ивановская ООШ» представить отчёты о ремонте.');
    expect(r?.parts.map((p) => p.text).join(' ')).toBe('Директорам МАОУ «Гимназия № 7», МБОУ СОШ № 12, МБОУ СОШ № 40 (Лебедев К.С.) и МКОУ «Ивановская ООШ»');
  });
  it('but a long sentence before an infinitive is no addressee', () => {
    expect(readInlineAddressee('Педагогам в течение всего учебного года при подготовке к урокам и внеурочным занятиям с детьми нужно будет регулярно использовать пособия.')).toBeNull();
  });
});

describe('a lead verb before organisations named by form', () => {
  it('"Рекомендовать МАДОУ «Детский сад № 5» и МБДОУ № 9 обновить …"', () => {
    const r = readInlineAddressee('Рекомендовать МАДОУ «Детский сад № 5» и МБДОУ № 9 обновить паспорта доступности.');
    expect(r?.parts.map((p) => p.normalized)).toEqual(['мадоу «детский сад № 5» и мбдоу № 9']);
  });
});
