import { describe, expect, it } from 'vitest';
import { readLabel } from '../../src/3-segment/labels.js';

describe('readLabel', () => {
  it.each([
    ['1. Утвердить план', '1', '1.'],
    ['1) создать группу', '1', '1)'],
    ['3). Обобщить опыт', '3', '3).'],
    ['1.Утвердить план', '1', '1.'],
    ['2.3.1. Провести семинар', '2.3.1', '2.3.1.'],
    ['2.3.1 Провести семинар', '2.3.1', '2.3.1'],
    ['- 4. принять меры', '4', '- 4.'],
    ['б) обеспечить поддержку', 'б', 'б)'],
    ['II.Цель проекта', 'II', 'II.'],
    ['IV. Решили', 'IV', 'IV.'],
  ])('%s → label %s', (line, value, marker) => {
    const label = readLabel(line);
    expect(label?.value).toBe(value);
    expect(label?.marker).toBe(marker);
  });

  it.each(['-Рекомендовать руководителям', '– обеспечить', '— провести', '• организовать', '* пункт'])('%s is a bullet', (line) => {
    const label = readLabel(line);
    expect(label?.style).toBe('bullet');
    expect(label?.value).toBeNull();
  });

  it.each([
    '28.08.2024 г.',
    '25. 02 .2022 г. № _____',
    'С.А. Костикова',
    'I муниципального форума',
    '**Протокол',
    '*Сечко И. В.*',
    '---',
    '-5 градусов',
    '3.5 млн рублей',
  ])('%s is not a label', (line) => {
    expect(readLabel(line)).toBeNull();
  });
});
