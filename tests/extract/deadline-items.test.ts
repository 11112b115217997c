// A deadline line for several items: by their numbers, or for all of them (items.ts).
// The phrasings are our own.
import { describe, expect, it } from 'vitest';
import { deadlinesByItem, listScopeLength, namesItem, parseDeadlineSpan } from '../../src/4-recognise/deadline/index.js';

describe('deadlinesByItem', () => {
  it('splits a value into the parts written for item numbers', () => {
    const parts = deadlinesByItem('по пп. 2.1–2.3 – до 15.05.2031; по п. 3 – в течение года, по пункту 5 – ежемесячно.');
    expect(parts?.map((p) => p.phrase)).toEqual(['до 15.05.2031', 'в течение года', 'ежемесячно.']);
    expect(parts?.map((p) => p.items)).toEqual([[[[2, 1], [2, 3]]], [[[3], [3]]], [[[5], [5]]]]);
  });

  it('reads lists and ranges of numbers', () => {
    const [part] = deadlinesByItem('Для п. 1, 4 и 6–8: май 2031 г.')!;
    expect(part!.phrase).toBe('май 2031 г.');
    expect(['1', '2', '4.', '6)', '7', '8', '9', null].map((l) => namesItem(part!, l))).toEqual([true, false, true, true, true, true, false, false]);
  });

  it('a dotted number matches only a number of the same depth and prefix', () => {
    const [part] = deadlinesByItem('по пп. 1.2–1.4 – до 1 июня')!;
    expect(['1.3', '2.3', '1', '1.2.1'].map((l) => namesItem(part!, l))).toEqual([true, false, false, false]);
  });

  it('reads item numbers set apart by long gaps as one value', () => {
    const parts = deadlinesByItem('по   пп.    4     и     7    –   до 20.06.2031;      по   п.   9   –   ежегодно');
    expect(parts?.map((p) => p.phrase)).toEqual(['до 20.06.2031', 'ежегодно']);
    expect(parts?.map((p) => p.items)).toEqual([[[[4], [4]], [[7], [7]]], [[[9], [9]]]]);
  });

  it('is null for a value that names no items', () => {
    expect(deadlinesByItem('до 1 марта 2031 г.')).toBeNull();
    expect(deadlinesByItem('по графику, п. 2 плана')).toBeNull();
  });
});

describe('listScopeLength', () => {
  it('measures "всех поручений" / "по всем пунктам" opening a text', () => {
    expect(listScopeLength(' по всем пунктам – до 1 июня')).toBe(' по всем пунктам'.length);
    expect(listScopeLength(' всех мероприятий: постоянно')).toBe(' всех мероприятий'.length);
    expect(listScopeLength(' настоящей резолюции — до 1 июня')).toBe(' настоящей резолюции'.length);
    expect(listScopeLength(' поручений: до 1 июня')).toBe(' поручений'.length);
    expect(listScopeLength(' – до 1 июня')).toBe(0);
    expect(listScopeLength(' всех поручениях')).toBe(0);
  });
});

describe('parseDeadlineSpan: start and end written apart (startEndCells)', () => {
  const ctx = { documentDate: '2031-01-20' };
  const span = (start: string | null, end: string | null) => {
    const d = parseDeadlineSpan(start, end, ctx);
    return d && [d.kind, d.start, d.end];
  };
  it.each([
    ['03.02.2031', '14.02.2031', ['period', '2031-02-03', '2031-02-14']],
    ['март 2031 г.', 'апрель 2031 г.', ['period', '2031-03-01', '2031-04-30']],
    ['10 марта', '10 марта', ['date', '2031-03-10', '2031-03-10']],
    ['—', '15.05.2031', ['by', null, '2031-05-15']],
    [null, 'май 2031', ['by', null, '2031-05-31']],
    ['в течение года', '', ['period', '2031-01-01', '2031-12-31']],
    ['ежемесячно', '-', ['recurring', null, null]],
    ['20.04.2031', '01.04.2031', ['unparsed', null, null]],
  ] as const)('%s | %s', (start, end, expected) => {
    expect(span(start, end)).toEqual(expected);
  });

  it('is null when neither cell holds anything', () => {
    expect(span('—', ' ')).toBeNull();
  });
});
