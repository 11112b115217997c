// `resolve report`: the page's content read from the file, then the page as a
// browser shows it (headless Chromium, when installed): filters applied by its
// script, and a screenshot.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { DomUtils, parseDocument } from 'htmlparser2';
import type { Element } from 'domhandler';
import { runCli } from '../support/cli.js';
import { dumpDom, findChromium, screenshot } from '../support/browser.js';
import { tempDir, writeTree } from '../batch/archive.js';
import { ARCHIVE, TODAY } from '../export/archive-docs.js';

let work: string;
let page: string;
let html: string;

beforeAll(() => {
  work = tempDir('resolve-report-');
  writeTree(join(work, 'arch'), ARCHIVE);
  mkdirSync(join(work, 'out'));
  const r = runCli(['report', 'arch', '-o', 'out/отчёт.html', '--today', TODAY], { cwd: work, env: {} });
  expect(r.stderr).toMatch(/записано в out\/отчёт\.html/);
  expect(r.status).toBe(1); // broken.txt
  page = join(work, 'out/отчёт.html');
  html = readFileSync(page, 'utf8');
}, 60_000);
afterAll(() => rmSync(work, { recursive: true, force: true }));

const dom = (text: string) => parseDocument(text);
const byId = (doc: ReturnType<typeof dom>, id: string) => DomUtils.findOne((e) => e.attribs.id === id, doc.children)!;
const tasksIn = (root: Element) => DomUtils.findAll((e) => 'data-task' in e.attribs, root.children);
const visible = (els: Element[]) => els.filter((e) => !('hidden' in e.attribs));
const text = (e: Element) => DomUtils.textContent(e).replace(/\s+/g, ' ').trim();

describe('resolve report', () => {
  it('is one self-contained page: no script, style, font or image from elsewhere', () => {
    expect(html).toMatch(/^<!DOCTYPE html>\n<html lang="ru">/);
    expect(html).toContain(`Content-Security-Policy" content="default-src 'none'`);
    expect(html).not.toMatch(/\s(?:src|srcset)=|<link\b|@import|url\(/);
    expect(html).not.toMatch(/https?:\/\//);
  });

  it('counts, lists overdue and upcoming tasks, and groups by month, addressee, organisation and document', () => {
    const doc = dom(html);
    expect(text(DomUtils.findOne((e) => e.name === 'p', doc.children)!)).toBe('На 10.02.2025: 3 документа (не прочитано: 1), 6 задач к исполнению.');
    const counts = DomUtils.findAll((e) => e.attribs.class?.startsWith('count ') ?? false, doc.children).map(text);
    expect(counts).toEqual(['1 просрочено', '1 скоро', '3 в срок', '1 без срока']);
    // overdue first, then soon, by date
    expect(tasksIn(byId(doc, 'urgent')).map((e) => e.attribs['data-status'])).toEqual(['overdue', 'soon']);
    expect(text(tasksIn(byId(doc, 'urgent'))[0]!)).toContain('Подготовить анализ результатов мониторинга');
    const months = DomUtils.findAll((e) => e.attribs.class === 'month', byId(doc, 'months').children).map(text);
    expect(months).toEqual(['январь 2025 1 задача, просрочено 1', 'февраль 2025 1 задача', 'апрель 2025 1 задача', 'июнь 2025 1 задача', 'декабрь 2025 1 задача']);
    const organisations = DomUtils.findAll((e) => e.name === 'h3', byId(doc, 'organizations').children).map(text);
    expect(organisations).toEqual(['СОШ 12 | Ачинск — 2', 'гимназия 3 | Ачинск — 1']);
    expect(tasksIn(byId(doc, 'all'))).toHaveLength(6);
    expect(text(byId(doc, 'all'))).toContain('Не прочитан: это двоичный файл');
  });

  it('links each task to its document (relative to the report) and names the line', () => {
    const doc = dom(html);
    const first = tasksIn(byId(doc, 'all'))[0]!;
    const link = DomUtils.findOne((e) => e.name === 'a', first.children)!;
    expect(link.attribs.href).toBe(`../arch/2025/${encodeURIComponent('протокол.txt')}`);
    expect(existsSync(resolve(dirname(page), decodeURIComponent(link.attribs.href!)))).toBe(true);
    expect(text(first)).toContain('протокол.txt, строка 4');
  });

  it('refuses to run without -o, in one line, exit 2', () => {
    const r = runCli(['report', 'arch'], { cwd: work });
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/^resolve: [^\n]*-o[^\n]*\n$/);
  });
});

const browser = findChromium();

describe.skipIf(!browser)('resolve report in a headless Chromium', () => {
  const url = (hash = '') => `${pathToFileURL(page).href}${hash}`;

  it('shows every task before any filter is chosen', () => {
    const doc = dom(dumpDom(browser!, url()));
    expect(text(byId(doc, 'shown'))).toBe('6');
    expect(visible(tasksIn(byId(doc, 'all')))).toHaveLength(6);
  }, 120_000);

  it('filters by status, organisation and words from the address, hiding groups left empty', () => {
    const overdue = dom(dumpDom(browser!, url('#status=overdue')));
    expect(text(byId(overdue, 'shown'))).toBe('1');
    const shown = visible(tasksIn(byId(overdue, 'all')));
    expect(shown.map((e) => e.attribs['data-status'])).toEqual(['overdue']);
    // the month of June has no overdue task: its list is hidden
    expect('hidden' in byId(overdue, 'm-2025-06').attribs).toBe(true);
    expect('hidden' in byId(overdue, 'm-2025-01').attribs).toBe(false);
    // the select shows the filter that is applied
    expect(DomUtils.findOne((e) => e.name === 'select' && e.attribs.name === 'status', overdue.children)).toBeTruthy();

    const school = dom(dumpDom(browser!, url(`#org=${encodeURIComponent('СОШ 12 | Ачинск')}`)));
    expect(visible(tasksIn(byId(school, 'all'))).map((e) => text(e))).toEqual([
      expect.stringContaining('провести семинар для педагогов'),
      expect.stringContaining('обеспечить участие команды в конкурсе'),
    ]);

    const words = dom(dumpDom(browser!, url(`#q=${encodeURIComponent('ОТЧЁТ')}`)));
    expect(visible(tasksIn(byId(words, 'all')))).toHaveLength(0);
    const seminar = dom(dumpDom(browser!, url(`#q=${encodeURIComponent('семинар')}`)));
    expect(visible(tasksIn(byId(seminar, 'all')))).toHaveLength(1);
  }, 240_000);

  it('renders: a screenshot of the page', () => {
    const png = join(work, 'report.png');
    screenshot(browser!, url(), png, '1200,900');
    const bytes = readFileSync(png);
    expect([...bytes.subarray(1, 4)].map((b) => String.fromCharCode(b)).join('')).toBe('PNG');
    expect(bytes.readUInt32BE(16)).toBe(1200); // IHDR width
    expect(bytes.readUInt32BE(20)).toBe(900);
    // a blank page compresses to almost nothing; text, tables and colours do not
    expect(bytes.length).toBeGreaterThan(30_000);
  }, 120_000);
});
