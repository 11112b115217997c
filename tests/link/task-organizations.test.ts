import { describe, expect, it } from 'vitest';
import { parseDocument } from '../../src/7-validate/pipeline.js';
import { organizationKey } from '../../src/6-entities/link/task-organizations.js';

async function parse(text: string) {
  const { output } = await parseDocument({ bytes: new TextEncoder().encode(text), path: 'doc.txt', format: 'text' });
  return output;
}

const keysOf = (o: Awaited<ReturnType<typeof parse>>, ids: string[]) => ids.map((id) => o.organizations.find((x) => x.id === id)!.key);

describe('tasks linked to organisations', () => {
  it('links the schools a task names in its text, and no others', async () => {
    const o = await parse(
      [
        'Протокол совещания руководителей от 12.02.2025',
        'РЕШИЛИ:',
        '1. Провести семинар для педагогов на базе МБОУ СОШ № 12 г. Ачинска до 20.03.2025.',
        '2. Подготовить отчёт о работе библиотек до 01.04.2025.',
        '3. Обобщить опыт МБОУ СОШ № 12 г. Ачинска и МАОУ гимназии № 3 г. Ачинска в срок до 15.04.2025.',
      ].join('\n'),
    );
    expect(o.tasks).toHaveLength(3);
    expect(keysOf(o, o.tasks[0]!.organizationIds)).toEqual(['СОШ 12 | Ачинск']);
    expect(o.tasks[1]!.organizationIds).toEqual([]);
    expect(keysOf(o, o.tasks[2]!.organizationIds)).toEqual(['СОШ 12 | Ачинск', 'гимназия 3 | Ачинск']);
    // the same school in tasks 1 and 3 is one organisation
    expect(o.tasks[0]!.organizationIds[0]).toBe(o.tasks[2]!.organizationIds[0]);
  });

  it('gives the school named in an addressee line above a list to every item of the list', async () => {
    const o = await parse(
      [
        'Решение педагогического совета от 30.08.2024',
        'Администрации МБОУ ООШ № 7 г. Ачинска:',
        '1) организовать горячее питание обучающихся до 01.09.2024;',
        '2) обновить паспорт доступности здания до 15.09.2024.',
      ].join('\n'),
    );
    expect(o.tasks).toHaveLength(2);
    for (const t of o.tasks) expect(keysOf(o, t.organizationIds)).toEqual(['ООШ 7 | Ачинск']);
  });
});

describe('organizationKey', () => {
  const school = { form: 'МБОУ', type: 'СОШ', numbers: [18], name: null, locality: 'Канск' };

  it('is type, numbers and locality', () => {
    expect(organizationKey(school)).toBe('СОШ 18 | Канск');
    expect(organizationKey({ ...school, locality: null })).toBe('СОШ 18');
    expect(organizationKey({ ...school, numbers: [2, 18] })).toBe('СОШ 2, 18 | Канск');
  });

  it('does not depend on the form, ё, quote marks, spacing or how initials are spaced', () => {
    expect(organizationKey({ ...school, form: 'МАОУ' })).toBe(organizationKey(school));
    const named = { form: 'МДОУ', type: 'детский сад', numbers: [], name: '«Солнышко»', locality: null };
    expect(organizationKey(named)).toBe('детский сад Солнышко');
    expect(organizationKey({ ...named, name: 'Берёзка' })).toBe(organizationKey({ ...named, name: 'Березка' }));
    const namesake = { form: null, type: 'лицей', numbers: [2], name: 'имени А.С. Пушкина', locality: null };
    expect(organizationKey(namesake)).toBe(organizationKey({ ...namesake, name: 'имени  А.С.Пушкина' }));
  });

  it('names an organisation by its form when no type is known', () => {
    expect(organizationKey({ form: 'МКУ', type: null, numbers: [], name: 'Центр развития образования', locality: 'Ачинск' })).toBe(
      'МКУ Центр развития образования | Ачинск',
    );
  });

  it('gives the same school in two documents the same key', async () => {
    const a = await parse('Резолюция конференции от 10.10.2024\nПредложить МБОУ СОШ № 12 г. Ачинска представить опыт до 01.12.2024.');
    const b = await parse('Протокол от 05.03.2025\n1. Руководителю МБОУ «СОШ №12» города Ачинска обеспечить участие до 01.04.2025.');
    expect(a.organizations.map((x) => x.key)).toEqual(['СОШ 12 | Ачинск']);
    expect(b.organizations.map((x) => x.key)).toEqual(['СОШ 12 | Ачинск']);
  });
});
