// Incremental reruns and interrupted runs.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cpSync, readFileSync, rmSync, writeFileSync, existsSync, readdirSync } from 'node:fs';
import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { BIN, ROOT, runCli } from '../support/cli.js';
import { IndexSchema } from '../../src/batch/index-file.js';
import { listFiles, seedText, tempDir, writeTree } from './archive.js';

let work: string;
beforeAll(() => {
  work = tempDir();
});
afterAll(() => rmSync(work, { recursive: true, force: true }));

const index = (out: string) => IndexSchema.parse(JSON.parse(readFileSync(join(out, 'index.json'), 'utf8')));

describe('incremental reruns', () => {
  it('skips unchanged inputs, re-parses a changed one, and --force re-parses all', () => {
    const src = join(work, 'inc');
    const out = join(work, 'inc-out');
    writeTree(src, { 'a.txt': seedText(0), 'b/b.txt': seedText(1), 'c.md': seedText(2) });

    expect(runCli(['parse', src, '--out', out]).status).toBe(0);
    const first = index(out);
    expect(first.summary).toMatchObject({ ok: 3, reused: 0 });

    const again = runCli(['parse', src, '--out', out]);
    expect(again.status).toBe(0);
    expect(again.stderr).toMatch(/документов: 3 — разобрано: 0, без изменений: 3, не разобрано: 0/);
    const second = index(out);
    expect(second.inputs.every((e) => e.reused && e.status === 'ok')).toBe(true);
    // a reused entry keeps what the run that wrote the output knew
    expect(second.inputs.map((e) => [e.encoding, e.tasks])).toEqual(first.inputs.map((e) => [e.encoding, e.tasks]));

    writeFileSync(join(src, 'b/b.txt'), `${seedText(1)}\nДополнение.\n`);
    expect(runCli(['parse', src, '--out', out]).stderr).toMatch(/разобрано: 1, без изменений: 2/);
    expect(JSON.parse(readFileSync(join(out, 'b/b.json'), 'utf8')).source.bytes).toBe(Buffer.byteLength(`${seedText(1)}\nДополнение.\n`));

    expect(runCli(['parse', src, '--out', out, '--force']).stderr).toMatch(/разобрано: 3, не разобрано: 0/);
  });

  it('re-parses everything when a grammar file changes (the run key covers grammars)', () => {
    const src = join(work, 'gram');
    const out = join(work, 'gram-out');
    const grammars = join(work, 'grammars-copy');
    cpSync(join(ROOT, 'grammars'), grammars, { recursive: true });
    writeTree(src, { 'a.txt': seedText(0), 'b.txt': seedText(3) });
    const env = { RESOLVE_GRAMMARS: grammars };
    expect(runCli(['parse', src, '--out', out], { env }).status).toBe(0);
    expect(runCli(['parse', src, '--out', out], { env }).stderr).toMatch(/разобрано: 0, без изменений: 2/);
    const file = join(grammars, readdirSync(grammars).find((n) => n.endsWith('.json'))!);
    writeFileSync(file, `${readFileSync(file, 'utf8')}\n`); // same data, different bytes: still a new grammar
    expect(runCli(['parse', src, '--out', out], { env }).stderr).toMatch(/разобрано: 2, не разобрано: 0/);
  });

  it('re-parses an input whose output file was deleted', () => {
    const src = join(work, 'del');
    const out = join(work, 'del-out');
    writeTree(src, { 'a.txt': seedText(0), 'b.txt': seedText(1) });
    runCli(['parse', src, '--out', out]);
    rmSync(join(out, 'a.json'));
    expect(runCli(['parse', src, '--out', out]).stderr).toMatch(/разобрано: 1, без изменений: 1/);
    expect(existsSync(join(out, 'a.json'))).toBe(true);
  });
});

describe('an interrupted run', () => {
  it('leaves no half-written JSON when killed midway, and a rerun completes the job', async () => {
    const src = join(work, 'kill');
    const out = join(work, 'kill-out');
    const files: Record<string, string> = {};
    // large documents, so the kill lands while outputs are being written
    for (let i = 0; i < 400; i++) files[`d${String(i).padStart(3, '0')}/doc.txt`] = seedText(i).repeat(4);
    writeTree(src, files);

    const child = spawn(process.execPath, [BIN, 'parse', src, '--out', out, '--jobs', '2', '--pretty'], { stdio: 'ignore' });
    const exited = new Promise<void>((resolve) => child.on('exit', () => resolve()));
    // wait until some outputs exist, then kill without warning
    for (let i = 0; i < 400; i++) {
      await new Promise((r) => setTimeout(r, 25));
      if (existsSync(out) && listFiles(out).length >= 20) break;
    }
    child.kill('SIGKILL');
    await exited;

    const written = listFiles(out).filter((f) => f.endsWith('.json') && f !== 'index.json');
    expect(written.length).toBeGreaterThan(0);
    expect(written.length).toBeLessThan(400); // it really was stopped midway
    for (const f of written) expect(() => JSON.parse(readFileSync(join(out, f), 'utf8')), f).not.toThrow();

    const rerun = runCli(['parse', src, '--out', out, '--jobs', '2', '--pretty']);
    expect(rerun.status).toBe(0);
    expect(rerun.stderr).toMatch(/документов: 400 — разобрано: \d+, (без изменений: \d+, )?не разобрано: 0/);
    const all = listFiles(out);
    expect(all.filter((f) => f.endsWith('/doc.json'))).toHaveLength(400);
    expect(all.filter((f) => f.includes('resolve-tmp'))).toEqual([]); // leftovers swept
    expect(index(out).summary).toMatchObject({ ok: 400, failed: 0 });
  });

  /** 400 documents converted in a child process, sent `signals` (gapMs apart) once 20 outputs exist. */
  async function interruptedRun(name: string, jobs: number, signals: NodeJS.Signals[], gapMs = 0) {
    const src = join(work, name);
    const out = join(work, `${name}-out`);
    const files: Record<string, string> = {};
    for (let i = 0; i < 400; i++) files[`f${String(i).padStart(3, '0')}.txt`] = seedText(i).repeat(4);
    writeTree(src, files);
    const child = spawn(process.execPath, [BIN, 'parse', src, '--out', out, '--jobs', String(jobs)], { stdio: ['ignore', 'ignore', 'pipe'] });
    let stderr = '';
    child.stderr.on('data', (d) => (stderr += d));
    const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) => child.on('exit', (code, signal) => resolve({ code, signal })));
    for (let i = 0; i < 400; i++) {
      await new Promise((r) => setTimeout(r, 25));
      if (existsSync(out) && listFiles(out).length >= 20) break;
    }
    for (const s of signals) {
      child.kill(s);
      await new Promise((r) => setTimeout(r, gapMs));
    }
    const { code, signal } = await exited;
    return { src, out, code, signal, stderr };
  }

  it.each([1, 2])('on Ctrl-C (SIGINT) with --jobs %i keeps finished work in index.json and exits 130', async (jobs) => {
    const { src, out, code, stderr } = await interruptedRun(`int-${jobs}`, jobs, ['SIGINT']);
    expect(code).toBe(130);
    expect(stderr).toMatch(/прервано после \d+ из 400 документов/);
    const kept = index(out);
    expect(kept.summary.ok).toBeGreaterThan(0);
    expect(listFiles(out).filter((f) => f.includes('resolve-tmp'))).toEqual([]);
    const rerun = runCli(['parse', src, '--out', out]);
    expect(rerun.stderr).toMatch(new RegExp(`разобрано: ${400 - kept.summary.ok}, без изменений: ${kept.summary.ok}, не разобрано: 0`));
  });

  it.each([1, 2])('on kill (SIGTERM) with --jobs %i does the same and exits 143', async (jobs) => {
    const { src, out, code, stderr } = await interruptedRun(`term-${jobs}`, jobs, ['SIGTERM']);
    expect(code).toBe(143);
    expect(stderr).toBe(`resolve: прервано после ${index(out).summary.ok} из 400 документов; запустите ту же команду снова, чтобы закончить\n`);
    expect(listFiles(out).filter((f) => f.includes('resolve-tmp'))).toEqual([]);
    const kept = index(out).summary.ok;
    expect(runCli(['parse', src, '--out', out]).stderr).toMatch(new RegExp(`разобрано: ${400 - kept}, без изменений: ${kept}, не разобрано: 0`));
  });

  it('a second Ctrl-C ends it at once, like kill -9, and a rerun still completes the job', async () => {
    // large documents with --jobs 1: the second Ctrl-C lands while the first is still being handled
    const { src, out, code, signal, stderr } = await interruptedRun('twice', 1, ['SIGINT', 'SIGINT'], 50);
    // killed by the second (a shell shows 130), or — if the stop was quicker than 50 ms — ended by the first
    if (signal === null) expect(code).toBe(130);
    else expect(signal).toBe('SIGINT');
    // no crash, and the line is printed at most once: no second save
    expect(stderr).toMatch(/^(resolve: прервано после \d+ из 400 документов; запустите ту же команду снова, чтобы закончить\n)?$/);
    for (const f of listFiles(out).filter((n) => n.endsWith('.json'))) expect(() => JSON.parse(readFileSync(join(out, f), 'utf8')), f).not.toThrow();
    const rerun = runCli(['parse', src, '--out', out]);
    expect(rerun.status).toBe(0);
    expect(rerun.stderr).toMatch(/документов: 400 — разобрано: \d+, (без изменений: \d+, )?не разобрано: 0/);
    expect(listFiles(out).filter((f) => f.includes('resolve-tmp'))).toEqual([]); // swept by the rerun
  });
});
