import { describe, expect, it } from 'vitest';
import { readAttachment, readTrailing, splitGlued } from '../../src/5-structure/attachments.js';
import { splitResponsible } from '../../src/5-structure/responsible.js';

describe('"Срок" and "Ответственный" lines', () => {
  it.each([
    ['Срок выполнения – до 20.05.2024', { deadline: 'до 20.05.2024', responsible: null }],
    ['Сроки: октябрь–ноябрь 2024 г.', { deadline: 'октябрь–ноябрь 2024 г.', responsible: null }],
    ['Срок исполнения: в течение учебного года.', { deadline: 'в течение учебного года', responsible: null }],
    ['Ответственная: Орлова Е.П.', { deadline: null, responsible: 'Орлова Е.П.' }],
    ['Ответственные – руководители ШМО.', { deadline: null, responsible: 'руководители ШМО' }],
    ['Исполнители: методисты ИМЦ', { deadline: null, responsible: 'методисты ИМЦ' }],
    ['Срок: 15.09.2024. Ответственный: Сидоров П.П.', { deadline: '15.09.2024', responsible: 'Сидоров П.П.' }],
    ['Ответственный: зам. директора по ВР Климова Т.А., срок – до конца четверти', { deadline: 'до конца четверти', responsible: 'зам. директора по ВР Климова Т.А.' }],
  ])('%s', (line, expected) => {
    const { deadlineAt, ...read } = readAttachment(line)!;
    expect(read).toEqual(expected);
    // where the deadline phrase starts in the line: positions are carried, not searched for again
    if (expected.deadline) expect(line.slice(deadlineAt, deadlineAt + expected.deadline.length)).toBe(expected.deadline);
  });

  it('a sentence that only starts like one is not an annotation', () => {
    expect(readAttachment('Сроком на один год продлить действие положения.')).toBeNull();
    expect(readAttachment('Ответственность за исполнение возложить на завуча.')).toBeNull();
  });

  it('a trailing annotation is read from the task', () => {
    expect(readTrailing('Провести смотр кабинетов (срок – до 01.11.2024).')).toEqual({ deadline: 'до 01.11.2024', deadlineAt: 33, responsible: null });
    expect(readTrailing('Подготовить отчет. Ответственный: Карпова Н.В.')).toMatchObject({ deadline: null, responsible: 'Карпова Н.В.' });
    expect(readTrailing('Обновить стенды (в течение месяца).')).toBeNull();
    expect(readTrailing('Провести срочный ремонт кабинета.')).toBeNull();
  });

  it('annotation lines glued to the item are cut from it', () => {
    const r = splitGlued({ text: 'Обновить стенды. Срок: май 2024 г. Ответственный: Котова Л.А.', raw: '3. Обновить стенды.\nСрок: май 2024 г.\nОтветственный: Котова Л.А.', line: 10, endLine: 12 });
    expect(r.text).toBe('Обновить стенды.');
    expect(r.endLine).toBe(10);
    expect(r.annotations.map((a) => a.line)).toEqual([11, 12]);
  });
});

describe('splitResponsible', () => {
  it.each([
    ['Громова Т.Н., Лапина О.С.', ['Громова Т.Н.', 'Лапина О.С.']],
    ['Громова Т.Н., директор школы', ['Громова Т.Н., директор школы']],
    ['руководители ОО; заведующие ДОУ', ['руководители ОО', 'заведующие ДОУ']],
    ['Климова Т.А. и Орлов В.В.', ['Климова Т.А.', 'Орлов В.В.']],
  ])('%s', (value, expected) => expect(splitResponsible(value)).toEqual(expected));
});
