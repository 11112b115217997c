import { describe, expect, it } from 'vitest';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { readHeadCount } from '../../src/5-structure/head-count.js';
import { runCli } from '../support/cli.js';
import { doc, structureOf } from './helpers.js';

describe('readHeadCount: a number before a noun that counts people', () => {
  it.each([
    ['В семинаре приняли участие 64 педагога из 21 образовательной организации района.', 64],
    ['На совещании присутствовало 25 педагогов.', 25],
    ['Конференция собрала 350 человек.', 350],
    ['(350 чел.)', 350],
    ['В работе секции участвовали 12 молодых специалистов.', 12],
    ['Приняли участие 64 педагогических работника района.', 64],
    ['На собрании присутствовали 1 200 родителей обучающихся.', 1200],
    ['В конкурсе участвовали 40 обучающихся 9-х классов.', 40],
    ['Присутствовали: 17 человек', 17],
    ['Участники конференции (212 человек), обсудив доклад, считают необходимым:', 212],
    ['Присутствовали: 29 человек (приложение 1)', 29],
  ])('%s → %i', (text, n) => expect(readHeadCount(text, false)).toBe(n));
});

describe('readHeadCount: a number right after a word of participation', () => {
  it.each([
    ['Участников — 120.', 120],
    ['Количество участников: более 300', 300],
    ['Приняли участие: 48', 48],
    ['Присутствовало – около 60.', 60],
  ])('%s → %i', (text, n) => expect(readHeadCount(text, false)).toBe(n));

  it('but not a number followed by another word', () => {
    expect(readHeadCount('Участники 3 школ обменялись опытом.', false)).toBeNull();
    expect(readHeadCount('участников 5 классов', false)).toBeNull();
  });
});

describe('readHeadCount: the groups one sentence enumerates are summed', () => {
  it.each([
    ['В форуме приняли участие 28 директоров МО Динской район, 4 директора г. Горячий ключ.', 32],
    ['В семинаре участвовали 15 учителей начальных классов и 7 воспитателей.', 22],
    ['Присутствовали 3 заместителя директора; 11 руководителей ШМО; 2 методиста.', 16],
    ['Приняли участие 20 директоров (Канский район), 6 директоров (г. Канск).', 26],
  ])('%s → %i', (text, n) => expect(readHeadCount(text, false)).toBe(n));

  it('a bracket or "из них" after a count explains it and is not added', () => {
    expect(readHeadCount('Присутствовали 350 человек (120 педагогов, 30 директоров).', false)).toBe(350);
    expect(readHeadCount('Приняли участие 64 педагога, из них 12 руководителей.', false)).toBe(64);
    expect(readHeadCount('Приняли участие 64 педагога, в том числе 12 молодых специалистов.', false)).toBe(64);
  });

  it('a group of another sentence is not added', () => {
    expect(readHeadCount('Присутствовали 46 человек. 3 человека были на курсах.', false)).toBe(46);
  });
});

describe('readHeadCount: what counts nobody', () => {
  it.each([
    ['Совещание состоялось 12 мая 2023 года.'],
    ['Приняли участие 11 января 2023 года представители школ.'],
    ['Педагоги школы № 5 приняли участие в форуме.'],
    ['Педагоги школы №5 педагогов не направили.'],
    ['На совещании присутствовали руководители 18 общеобразовательных организаций.'],
    ['Доля педагогов составила 2,5 человека на класс.'],
    ['Отсутствовали: 3 человека (отпуск по уходу за ребенком)'],
  ])('%s', (text) => expect(readHeadCount(text, false)).toBeNull());

  it('the absent are not the participants', () => {
    expect(readHeadCount('Присутствовали 46 человек, 3 человека не явились по болезни.', false)).toBe(46);
    expect(readHeadCount('Отсутствовали 2 человека, присутствовали 31 человек.', false)).toBe(31);
  });
});

describe('readHeadCount with a lead required (past the preamble)', () => {
  it('reads only a sentence of participation', () => {
    expect(readHeadCount('Провести обучение 20 педагогов по программе наставничества.', true)).toBeNull();
    expect(readHeadCount('Провести обучение 20 педагогов по программе наставничества.', false)).toBe(20);
    expect(readHeadCount('Целью форума является консолидация сообщества. В форуме приняли участие 28 директоров.', true)).toBe(28);
    expect(readHeadCount('64 педагога приняли участие в работе площадок.', true)).toBe(64);
  });
});

describe('the head count of a document', () => {
  it('is read from the narrative before the tasks when the preamble has none', () => {
    const s = structureOf(
      doc(`
      РЕЗОЛЮЦИЯ
      районного семинара заместителей директоров

      15 марта 2024 года

      1. Семинар организован методическим центром.
      2. Цель семинара — обмен опытом. В работе семинара приняли участие 40 заместителей директоров и 5 методистов.

      Участники семинара рекомендуют:
      1. Провести обучение 20 педагогов по программе наставничества.
      2. Обобщить опыт школ района.
      `),
    );
    expect(s.tasks.length).toBeGreaterThan(0);
    expect(s.document.participants).toBe(45);
  });

  it('never from the tasks', () => {
    const s = structureOf(
      doc(`
      РЕШЕНИЕ
      совещания руководителей

      РЕШИЛИ:
      1. Провести обучение 20 педагогов по программе наставничества.
      2. Обеспечить участие 12 учителей в конкурсе; в конкурсе приняли участие 30 учителей в прошлом году.
      `),
    );
    expect(s.tasks.length).toBe(2);
    expect(s.document.participants).toBeNull();
  });

  it('the preamble wins over the narrative', () => {
    const s = structureOf('ПРОТОКОЛ\nзаседания совета\n\nПрисутствовали: 17 человек\n\n1. Совет собрался впервые. Приняли участие 30 гостей.\n\nРЕШИЛИ:\n1. Утвердить план.\n');
    expect(s.document.participants).toBe(17);
  });

  it('stays linear on hostile input', () => {
    for (const text of [
      '0 человек, '.repeat(100000),
      `приняли участие ${'участник'.repeat(125000)}`,
      `${'1 '.repeat(300000)}педагогов`,
      `В форуме приняли участие${' 28 молодых молодых молодых'.repeat(30000)}`,
      // every count introduced by a word of participation, and found by both patterns
      `Присутствовали ${'– 5 человек, присутствовали '.repeat(40000)}– 5 человек.`,
      `Присутствовало ${'46 из 49 членов, '.repeat(60000)}`,
    ]) {
      const t0 = performance.now();
      readHeadCount(text, true);
      expect(performance.now() - t0).toBeLessThan(2000);
    }
  });
});

describe('grammars/participants.json is data', () => {
  it('a person noun a methodist adds is counted', () => {
    const dir = mkdtempSync(join(tmpdir(), 'resolve-grammars-'));
    try {
      cpSync('grammars', dir, { recursive: true });
      const file = join(dir, 'participants.json');
      const data = JSON.parse(readFileSync(file, 'utf8'));
      const input = 'РЕЗОЛЮЦИЯ\nслёта волонтёров\n\nВ слёте приняли участие 85 волонтёров.\n\n1. Провести слёт в 2025 году.\n';
      const before = runCli(['parse', '-'], { input, env: { RESOLVE_GRAMMARS: dir } });
      expect(JSON.parse(before.stdout).document.participants).toBeNull();
      data.persons.push('волонтёр');
      writeFileSync(file, JSON.stringify(data));
      const after = runCli(['parse', '-'], { input, env: { RESOLVE_GRAMMARS: dir } });
      expect(JSON.parse(after.stdout).document.participants).toBe(85);
      data.persons.push('');
      writeFileSync(file, JSON.stringify(data));
      const broken = runCli(['parse', '-'], { input, env: { RESOLVE_GRAMMARS: dir } });
      expect(broken.status).toBe(2);
      expect(broken.stderr).toContain('grammars/participants.json: persons.');
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('readHeadCount: a quorum stated against the membership', () => {
  it.each([
    ['Списочный состав – 49 человек, присутствовали – 46 человек.', 46],
    ['Всего членов совета 25 человек; присутствовало 19 человек.', 19],
    ['Присутствовало 46 из 49 членов педагогического совета.', 46],
    ['Из 49 членов педагогического совета присутствовали 46.', 46],
    ['Из 30 приглашенных руководителей приняли участие 27.', 27],
    ['Отсутствовали: 3 человека, присутствовали: 46 человек.', 46],
  ])('%s → %i', (text, n) => expect(readHeadCount(text, false)).toBe(n));

  it('the number after "из" is the whole, never the head count', () => {
    expect(readHeadCount('Приглашены представители из 12 школ района.', false)).toBeNull();
    expect(readHeadCount('Присутствовали: 46 человек из 49.', false)).toBe(46);
  });
});
