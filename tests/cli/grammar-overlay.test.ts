// A grammar overlay (--grammars DIR, "grammars" in resolve.config.json) through
// the built command: words a methodist adds change the output of parse, check
// and the batch; a mistake in an overlay file is one line naming its file, line
// and column (exit 2).
import { afterAll, describe, expect, it } from 'vitest';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runCli } from '../support/cli.js';

const work = mkdtempSync(join(tmpdir(), 'resolve-overlay-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

let n = 0;
/** A fresh folder with the given files. */
function folder(files: Record<string, string>): string {
  const dir = join(work, `d${n++}`);
  mkdirSync(dir, { recursive: true });
  for (const [name, text] of Object.entries(files)) writeFileSync(join(dir, name), text);
  return dir;
}

// an event kind resolve does not know, and a task for it
const MARATHON = 'РЕЗОЛЮЦИЯ\nметодического марафона «Шаг вперёд»\n\nАдминистраторам школьных сайтов:\n1. Обновить раздел «Наставничество» до 1 марта 2026 года.\n';
const MARATHON_OVERLAY = '{\n  // марафон — новый вид мероприятия\n  "events": [\n    { "type": "методический марафон", "stems": ["марафон"] }\n  ]\n}\n';

const eventOf = (stdout: string) => JSON.parse(stdout).document.event;

describe('resolve parse --grammars DIR', () => {
  it('an event type added in an overlay names the event; without the overlay it is unknown', () => {
    const docs = folder({ 'rez.txt': MARATHON });
    const overlay = folder({ 'event-types.json': MARATHON_OVERLAY });
    const before = runCli(['parse', join(docs, 'rez.txt')]);
    expect(before.status).toBe(0);
    expect(eventOf(before.stdout)).toBeNull();
    const after = runCli(['parse', join(docs, 'rez.txt'), '--grammars', overlay]);
    expect(after.stderr).toBe('');
    expect(eventOf(after.stdout)).toEqual({ type: 'методический марафон', name: 'Шаг вперёд' });
    // the built-in entries are still there: a forum is still a forum
    const forum = runCli(['parse', '-', '--grammars', overlay], { input: 'РЕЗОЛЮЦИЯ\nпедагогического форума\n\n1. Провести форум в 2026 году.\n' });
    expect(eventOf(forum.stdout)).toMatchObject({ type: 'форум' });
  });

  it('an overlay entry with the plain values of a built-in entry extends it', () => {
    // "стенограмма" as one more word of the built-in protocol kind, not a kind of its own
    const overlay = folder({ 'document-kinds.json': '{ "kinds": [ { "kind": "protocol", "words": ["стенограмма заседания"] } ] }' });
    const input = 'СТЕНОГРАММА ЗАСЕДАНИЯ\nметодического совета школы\n\n1. Утвердить план работы на 2026 год.\n';
    expect(JSON.parse(runCli(['parse', '-'], { input }).stdout).document.kind).not.toBe('protocol');
    expect(JSON.parse(runCli(['parse', '-', '--grammars', overlay], { input }).stdout).document.kind).toBe('protocol');
  });

  it('the morphology reads its word lists through the overlay: an addressee noun is declined, a lead verb takes an addressee', () => {
    // "завуч" is no built-in addressee head: the singular dative "Завучу" names no one without the overlay
    const nouns = folder({ 'addressee-heads.json': '{ "nouns": [ { "sg": "завуч", "pl": "завучи", "person": true } ] }' });
    const head = 'РЕШЕНИЕ методического объединения\n\n1. Завучу гимназии Орловой Н.П. составить график открытых уроков до 10 февраля 2026 г.\n';
    const addressees = (args: string[], input: string) => JSON.parse(runCli(['parse', '-', ...args], { input }).stdout).addressees.map((a: { normalized: string }) => a.normalized);
    expect(addressees([], head)).toEqual([]);
    expect(addressees(['--grammars', nouns], head)).toEqual(['завуч гимназии']);
    // "предписать" is no built-in lead verb: the dative after it is an addressee only with the overlay
    const leads = folder({ 'directive-verbs.json': '{ "leads": ["предписать"] }' });
    const lead = 'РЕШЕНИЕ методического объединения\n\n1. Предписать руководителям кафедр пересмотреть рабочие программы до 1 апреля 2026 г.\n';
    expect(addressees([], lead)).toEqual([]);
    expect(addressees(['--grammars', leads], lead)).toEqual(['руководители кафедр']);
  });

  it('"grammars" in the resolve.config.json above the current folder, relative to that file', () => {
    const project = folder({ 'resolve.config.json': '{ "grammars": "словарь" }', 'rez.txt': MARATHON });
    mkdirSync(join(project, 'словарь'));
    writeFileSync(join(project, 'словарь', 'event-types.json'), MARATHON_OVERLAY);
    mkdirSync(join(project, 'inner'));
    const r = runCli(['parse', '../rez.txt'], { cwd: join(project, 'inner') });
    expect(r.stderr).toBe('');
    expect(eventOf(r.stdout)).toMatchObject({ type: 'методический марафон' });
  });

  it('a mistake in an overlay file is one line with its file, line and column, exit 2', () => {
    const cases: [Record<string, string>, RegExp][] = [
      // an empty stem, on line 4
      [{ 'event-types.json': '{\n  "events": [\n    { "type": "марафон",\n      "stems": [""] }\n  ]\n}\n' }, /event-types\.json:4:17: events\.\d+\.stems\.0: /],
      // a key the grammar does not have
      [{ 'event-types.json': '{\n  "events": [ { "type": "марафон", "stem": ["марафон"] } ]\n}\n' }, /event-types\.json:2:36: events\.\d+\.stem: такого ключа в этой грамматике нет/],
      // broken JSON
      [{ 'participants.json': '{\n  "persons": ["волонтёр"\n}\n' }, /participants\.json:3:1: ошибка в записи JSON/],
      // a built-in value cannot be changed
      [{ 'plan-columns.json': '{\n  "number": { "atStart": false }\n}\n' }, /plan-columns\.json:2:26: number\.atStart: встроенное значение true нельзя изменить/],
      // a file no grammar is named after
      [{ 'event-type.json': '{}' }, /event-type\.json: у resolve нет грамматики с таким именем; есть: addressee-heads, .*event-types/],
    ];
    for (const [files, message] of cases) {
      const r = runCli(['parse', '-', '--grammars', folder(files)], { input: MARATHON });
      expect(r.status, message.source).toBe(2);
      expect(r.stdout).toBe('');
      expect(r.stderr.trim().split('\n'), r.stderr).toHaveLength(1);
      expect(r.stderr).toMatch(message);
    }
    const missing = runCli(['parse', '-', '--grammars', join(work, 'no-such-folder')], { input: MARATHON });
    expect(missing.status).toBe(2);
    expect(missing.stderr).toMatch(/no-such-folder: нет такой папки грамматик/);
  });

  it('an overlay for a grammar the document does not need is still validated at start-up', () => {
    const r = runCli(['parse', '-', '--grammars', folder({ 'repeated-word.json': '{ "allowed": [1] }' })], { input: MARATHON });
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/repeated-word\.json:1:15: allowed\.\d+: /);
  });
});

describe('resolve check --grammars DIR', () => {
  it('a doubled word an overlay allows is no longer reported', () => {
    const docs = folder({ 'a.txt': 'РЕЗОЛЮЦИЯ\nсобрания\n\nВсе дружно кричали: браво браво!\n' });
    const off = ['--rule', 'document-date-missing=off', '--format', 'json'];
    const before = runCli(['check', join(docs, 'a.txt'), ...off]);
    expect(JSON.parse(before.stdout)[0].diagnostics.map((d: { rule: string }) => d.rule)).toContain('repeated-word');
    const overlay = folder({ 'repeated-word.json': '{ "allowed": ["браво"] }' });
    const after = runCli(['check', join(docs, 'a.txt'), ...off, '--grammars', overlay]);
    expect(after.stderr).toBe('');
    expect(JSON.parse(after.stdout)[0].diagnostics.map((d: { rule: string }) => d.rule)).not.toContain('repeated-word');
    // the same through --config's "grammars"
    const config = join(folder({}), 'ci.json');
    writeFileSync(config, JSON.stringify({ grammars: overlay }));
    const viaConfig = runCli(['check', join(docs, 'a.txt'), ...off, '--config', config]);
    expect(JSON.parse(viaConfig.stdout)[0].diagnostics.map((d: { rule: string }) => d.rule)).not.toContain('repeated-word');
    writeFileSync(config, '{\n  "grammars": 5\n}');
    const broken = runCli(['check', join(docs, 'a.txt'), ...off, '--config', config]);
    expect(broken.status).toBe(2);
    expect(broken.stderr).toMatch(/ci\.json:2:15: «grammars» — путь к папке дополнений грамматик/);
  });
});

describe('a batch with an overlay', () => {
  it('workers use the overlay, and a changed overlay re-parses what it may change', () => {
    const docs = folder({ 'a.txt': MARATHON, 'b.txt': MARATHON.replace('Шаг вперёд', 'Новые горизонты') });
    const out = join(work, 'batch-out');
    const overlay = folder({ 'event-types.json': '{ "events": [ { "type": "марафон", "stems": ["марафон"] } ] }' });
    const first = runCli(['parse', docs, '--out', out, '--jobs', '2', '--grammars', overlay]);
    expect(first.status).toBe(0);
    expect(eventOf(readFileSync(join(out, 'a.json'), 'utf8'))).toMatchObject({ type: 'марафон' });
    expect(eventOf(readFileSync(join(out, 'b.json'), 'utf8'))).toMatchObject({ type: 'марафон' });
    expect(runCli(['parse', docs, '--out', out, '--grammars', overlay]).stderr).toMatch(/разобрано: 0, без изменений: 2,/);

    writeFileSync(join(overlay, 'event-types.json'), MARATHON_OVERLAY);
    expect(runCli(['parse', docs, '--out', out, '--jobs', '2', '--grammars', overlay]).stderr).toMatch(/разобрано: 2, не разобрано: 0/);
    expect(eventOf(readFileSync(join(out, 'a.json'), 'utf8'))).toMatchObject({ type: 'методический марафон' });
    // without the overlay the key differs again
    expect(runCli(['parse', docs, '--out', out]).stderr).toMatch(/разобрано: 2, не разобрано: 0/);
    expect(eventOf(readFileSync(join(out, 'a.json'), 'utf8'))).toBeNull();
  });
});
