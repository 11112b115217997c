// Issue 17: a run killed (kill -9) before its first index.json save re-parsed
// everything, though its finished outputs were complete. Each output written is
// now recorded in OUTDIR/.resolve-journal with the run key; a rerun keeps those
// whose sha256, path, format and key match.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { BIN, runCli } from '../support/cli.js';
import { IndexSchema, journalLine, withJournal, type IndexEntry } from '../../src/batch/index-file.js';
import { listFiles, seedText, tempDir, writeTree } from './archive.js';

let work: string;
beforeAll(() => {
  work = tempDir();
});
afterAll(() => rmSync(work, { recursive: true, force: true }));

const entry = (output: string, sha256: string): IndexEntry => ({
  path: `in/${output}`, output, status: 'ok', reused: false, code: null, reason: null, format: 'text', encoding: 'utf-8',
  bytes: 1, sha256, tasks: 0, people: 0, organizations: 0, ms: 1,
});

describe('the journal of a killed run', () => {
  it('lays its last line per output over the index: another key makes an output not reusable', () => {
    const previous = new Map([['a.json', entry('a.json', 'old')], ['b.json', entry('b.json', 'b')]]);
    const journal = journalLine('K', entry('a.json', 'new')) + journalLine('OTHER', entry('b.json', 'b2')) + journalLine('K', entry('c.json', 'c')) + '{"key":"K","ent';
    const merged = withJournal(previous, journal, 'K');
    expect([...merged.keys()].sort()).toEqual(['a.json', 'c.json']);
    expect(merged.get('a.json')!.sha256).toBe('new');
  });

  it('kill -9 before index.json is saved: the rerun keeps the finished outputs, byte-identical to a clean run', async () => {
    const src = join(work, 'src');
    const out = join(work, 'out');
    const files: Record<string, string> = {};
    for (let i = 0; i < 150; i++) files[`f${String(i).padStart(3, '0')}.txt`] = seedText(i).repeat(3);
    writeTree(src, files);
    const child = spawn(process.execPath, [BIN, 'parse', src, '--out', out, '--jobs', '1'], { stdio: 'ignore' });
    const exited = new Promise<void>((done) => child.on('exit', () => done()));
    // kill once the journal lists a few outputs (a save of index.json in between empties it)
    const journalPath = join(out, '.resolve-journal');
    const lines = () => (existsSync(journalPath) ? readFileSync(journalPath, 'utf8').split('\n').filter((l) => l.endsWith('}')).length : 0);
    while (lines() < 3) await new Promise((r) => setTimeout(r, 5));
    child.kill('SIGKILL');
    await exited;

    // killed before its first save (every 3 s); on a loaded machine the save may come first, and
    // without it the folder is what a kill just before it leaves (the journal holds what came after)
    rmSync(join(out, 'index.json'), { force: true });
    const finished = listFiles(out).filter((f) => f.endsWith('.json'));
    expect(finished.length).toBeLessThan(150);
    const journaled = lines();
    expect(journaled).toBeGreaterThan(0);

    const rerun = runCli(['parse', src, '--out', out, '--jobs', '1']);
    expect(rerun.status).toBe(0);
    const reused = Number(/без изменений: (\d+)/.exec(rerun.stderr)?.[1] ?? 0);
    expect(reused).toBe(journaled); // every output the journal lists, no more
    expect(existsSync(join(out, '.resolve-journal'))).toBe(false); // a finished run leaves none

    const clean = join(work, 'clean');
    expect(runCli(['parse', src, '--out', clean, '--jobs', '1']).status).toBe(0);
    for (const f of listFiles(clean).filter((n) => n !== 'index.json')) expect(readFileSync(join(out, f), 'utf8'), f).toBe(readFileSync(join(clean, f), 'utf8'));
    expect(IndexSchema.parse(JSON.parse(readFileSync(join(out, 'index.json'), 'utf8'))).summary).toMatchObject({ ok: 150, reused });
  }, 120_000);

  it('an output overwritten by a run under another key and then killed is parsed again', () => {
    const src = join(work, 'keys');
    const out = join(work, 'keys-out');
    writeTree(src, { 'a.txt': seedText(1) });
    expect(runCli(['parse', src, '--out', out]).status).toBe(0);
    // as if a --pretty run rewrote a.json and was killed before saving its index
    writeFileSync(join(out, 'a.json'), 'pretty bytes');
    const index = IndexSchema.parse(JSON.parse(readFileSync(join(out, 'index.json'), 'utf8')));
    writeFileSync(join(out, '.resolve-journal'), journalLine('another key', index.inputs[0]!));
    expect(runCli(['parse', src, '--out', out]).stderr).toMatch(/разобрано: 1, не разобрано: 0/);
    expect(() => JSON.parse(readFileSync(join(out, 'a.json'), 'utf8'))).not.toThrow();
  });
});
