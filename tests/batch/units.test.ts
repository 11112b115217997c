import { afterEach, describe, expect, it } from 'vitest';
import { setLang, langOf } from '../../src/shared/messages/lang.js';
import { outputNames, type InputFile } from '../../src/io/inputs.js';
import { Progress, formatSeconds, progressLine } from '../../src/batch/progress.js';

const file = (rel: string): InputFile => ({ path: rel, abs: `/x/${rel}`, fsPath: null, rel, format: 'text' });

describe('outputNames', () => {
  it('replaces the extension with .json, mirroring folders', () => {
    expect(outputNames([file('a/b.txt'), file('c.docx'), file('d/e.f.md')])).toEqual(['a/b.json', 'c.json', 'd/e.f.json']);
  });

  it('keeps the extension when two inputs in one folder share a name', () => {
    expect(outputNames([file('a/rez.txt'), file('a/rez.docx'), file('b/rez.txt')])).toEqual(['a/rez.txt.json', 'a/rez.docx.json', 'b/rez.json']);
  });
});

describe('progress', () => {
  afterEach(() => setLang(langOf(undefined, {})));

  it('shows done/total, a bar, the rate, ETA and failures: in Russian, and in English with --lang en', () => {
    setLang('ru');
    expect(progressLine({ done: 50, total: 200, failed: 2 }, 2, 100)).toBe('[########......................] 50/200 док.  25/с  осталось 6.0 с  не разобрано: 2');
    expect(progressLine({ done: 0, total: 10, failed: 0 }, 0, 100)).toMatch(/^\[\.+\] 0\/10 док\. {2}0\/с {2}осталось 0\.0 с$/);
    setLang('en');
    expect(progressLine({ done: 50, total: 200, failed: 2 }, 2, 100)).toBe('[########......................] 50/200 files  25/s  ETA 6.0 s  2 failed');
    expect(progressLine({ done: 0, total: 10, failed: 0 }, 0, 100)).toMatch(/^\[\.+\] 0\/10 files {2}0\/s {2}ETA 0\.0 s$/);
  });

  it('fits a narrow terminal', () => {
    expect(progressLine({ done: 5, total: 10, failed: 0 }, 1, 30).length).toBeLessThan(30);
  });

  it('draws only on a terminal', () => {
    const written: string[] = [];
    const tty = new Progress({ isTTY: true, columns: 80, write: (s: string) => written.push(s) });
    tty.update({ done: 1, total: 2, failed: 0 }, true);
    tty.message('resolve: a.txt: failed');
    expect(written[0]).toMatch(/^\r\[.*1\/2 док\./);
    expect(written.slice(1)).toEqual(['\r\x1b[K', 'resolve: a.txt: failed\n']);
    // a pseudo-terminal that reports no width still gets a readable line
    const narrow: string[] = [];
    new Progress({ isTTY: true, columns: 0, write: (s: string) => narrow.push(s) }).update({ done: 1, total: 2, failed: 0 }, true);
    expect(narrow[0]).toMatch(/1\/2 док\./);
    const piped: string[] = [];
    const log = new Progress({ isTTY: false, write: (s: string) => piped.push(s) });
    log.update({ done: 1, total: 2, failed: 0 }, true);
    expect(piped).toEqual([]);
  });

  it('formats durations for people', () => {
    setLang('ru');
    expect([formatSeconds(3.21), formatSeconds(42), formatSeconds(125)]).toEqual(['3.2 с', '42 с', '2 мин 5 с']);
    setLang('en');
    expect([formatSeconds(3.21), formatSeconds(42), formatSeconds(125)]).toEqual(['3.2 s', '42 s', '2 min 5 s']);
  });
});
