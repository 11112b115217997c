import { describe, expect, it } from 'vitest';
import { announcesNonTasks, announcesTasks, hasEarlyInfinitive, opensWithDirective, protocolPart } from '../../src/structure/directives.js';

describe('directive items', () => {
  it.each([
    'Обеспечить участие педагогов в муниципальном конкурсе.',
    'продолжить работу по развитию школьных музеев;',
    'Признать работу методического совета удовлетворительной.',
    'Рекомендовать педагогам использовать цифровые ресурсы.',
    'До 1 июня 2024 г. провести анализ результатов ВПР.',
    'В срок до 15.10.2024 представить отчеты.',
    'Ежегодно проводить смотр кабинетов.',
    'Классным руководителям провести беседы с обучающимися.',
  ])('%s — a task', (t) => expect(opensWithDirective(t)).toBe(true));

  it.each([
    'Семинар был проведен на базе МБОУ СОШ № 3.',
    'Развитие системы наставничества как условие профессионального роста.',
    'Деятельность ШМО в условиях обновленных ФГОС.',
    '78 % выпускников подтвердили свои отметки.',
    '«Читательская грамотность: от слова к смыслу». Петрова А.А., учитель начальных классов.',
    'Иванова С.П., директор МБОУ СОШ № 12',
    'Голосовали: «за» – 31, «против» – 0.',
  ])('%s — not a task', (t) => expect(opensWithDirective(t)).toBe(false));

  it('within an addressee block the verb may come later in the first sentence', () => {
    expect(hasEarlyInfinitive('в план внутришкольного контроля включить посещение уроков;')).toBe(true);
    expect(hasEarlyInfinitive('при организации летнего отдыха особое внимание уделить детям группы риска.')).toBe(true);
    expect(hasEarlyInfinitive('Отмечена положительная динамика. Рекомендуется продолжить работу.')).toBe(false);
  });
});

describe('headings that announce lists', () => {
  it.each(['На семинаре рассмотрены вопросы:', 'Темы выступлений:', 'Работали дискуссионные площадки:', 'Были представлены практики педагогов:'])(
    '%s — not tasks',
    (h) => expect(announcesNonTasks(h)).toBe(true),
  );
  it.each(['Коллегия ПОСТАНОВИЛА:', 'Участники семинара рекомендуют:', 'Педагогический совет решил:', 'Считаем необходимым:'])('%s — decisions', (h) =>
    expect(announcesTasks(h)).toBe(true),
  );
  it('a standing part of a protocol, in any case', () => {
    expect(protocolPart('ПОСТАНОВИЛИ:')).toEqual({ part: 'постановили', decisions: true });
    expect(protocolPart('Повестка дня')).toEqual({ part: 'повестка дня', decisions: false });
    expect(protocolPart('Решили провести семинар')).toBeNull();
  });
});
