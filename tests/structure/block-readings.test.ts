import { describe, expect, it } from 'vitest';
import { BlockReadings } from '../../src/5-structure/block-readings.js';
import { readAddresseeHeader, readInlineAddressee } from '../../src/5-structure/addressees.js';
import { opensWithDirective } from '../../src/5-structure/directives.js';

const TEXTS = [
  'Руководителям образовательных организаций:',
  'Заместителям директоров по УВР обеспечить участие педагогов в семинаре.',
  'Поручить методическому отделу (Петрова А.А.) подготовить отчёт.',
  'Обсуждены следующие вопросы:',
  'Форум был организован в три этапа.',
  'В срок до 1 июня провести анкетирование родителей.',
];

describe('BlockReadings', () => {
  it('answers as the readers themselves do, asked once or again', () => {
    const readings = new BlockReadings();
    for (let round = 0; round < 2; round++) {
      for (const text of TEXTS) {
        expect(readings.opensWithDirective(text)).toBe(opensWithDirective(text));
        expect(readings.addresseeHeader(text)).toEqual(readAddresseeHeader(text));
        expect(readings.inlineAddressee(text)).toEqual(readInlineAddressee(text));
      }
    }
  });

  it('gives the remembered reading the second time (the same object, not a new one)', () => {
    const readings = new BlockReadings();
    const text = TEXTS[1]!;
    expect(readings.opensWithDirective(text)).toBe(true);
    const inline = readings.inlineAddressee(text);
    expect(inline).not.toBeNull();
    expect(readings.inlineAddressee(text)).toBe(inline);
  });
});
