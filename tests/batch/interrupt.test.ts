// Ctrl-C and kill as plain control flow (src/batch/stop-signals.ts, run.ts): the
// first signal stops the runner; the batch then saves index.json, sweeps OUTDIR
// and ends with a ResolveError that main turns into exit 130 / 143. A second
// signal ends the process at once. (The command itself: rerun.test.ts.)
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { StopSignals, interruptedError } from '../../src/batch/stop-signals.js';
import { runBatch } from '../../src/batch/run.js';
import { TEMP_SUFFIX } from '../../src/batch/atomic-write.js';
import { IndexSchema } from '../../src/batch/index-file.js';
import { EXIT, ResolveError } from '../../src/shared/errors.js';
import { listFiles, seedText, tempDir, writeTree } from './archive.js';

let work: string;
beforeAll(() => {
  work = tempDir();
});
afterAll(() => rmSync(work, { recursive: true, force: true }));
afterEach(() => {
  vi.restoreAllMocks();
});

const listeners = () => process.listenerCount('SIGINT') + process.listenerCount('SIGTERM');

describe('StopSignals', () => {
  it('the first SIGINT or SIGTERM is recorded and starts the stop, once', () => {
    const before = listeners();
    let stops = 0;
    const signals = new StopSignals(async () => void stops++);
    expect(listeners()).toBe(before + 2);
    process.emit('SIGTERM', 'SIGTERM');
    expect(signals.signal).toBe('SIGTERM');
    expect(stops).toBe(1);
    signals.dispose();
    expect(listeners()).toBe(before); // from here a signal gets Node's default handling
  });

  it('a second signal during the stop ends the process at once, killed by that signal', () => {
    const kill = vi.spyOn(process, 'kill').mockImplementation(() => true);
    const before = listeners();
    let stops = 0;
    const signals = new StopSignals(async () => void stops++);
    process.emit('SIGINT', 'SIGINT');
    expect(kill).not.toHaveBeenCalled();
    process.emit('SIGINT', 'SIGINT');
    // raised again with nobody listening: Node's default handling ends the process (status 130 in a shell)
    expect(listeners()).toBe(before);
    expect(kill).toHaveBeenCalledWith(process.pid, 'SIGINT');
    expect(stops).toBe(1); // no second stop, so no second save
    expect(signals.signal).toBe('SIGINT');
  });

  it('names the exit code of each signal', () => {
    expect(interruptedError('SIGINT', 'x').exitCode).toBe(EXIT.interrupted);
    expect(interruptedError('SIGTERM', 'x').exitCode).toBe(EXIT.terminated);
    expect([EXIT.interrupted, EXIT.terminated]).toEqual([130, 143]); // 128 + the signal's number, as shells report
  });
});

describe('a batch stopped by a signal (--jobs 1, in this thread)', () => {
  const until = async (ready: () => boolean) => {
    for (let i = 0; i < 2000 && !ready(); i++) await new Promise((r) => setTimeout(r, 5));
  };

  it.each([
    ['SIGINT', 130],
    ['SIGTERM', 143],
  ] as const)('%s ends the run with exit %i, index.json listing every output written and no temporary file left', async (signal, code) => {
    const src = join(work, `src-${signal}`);
    const out = join(work, `out-${signal}`);
    const files: Record<string, string> = {};
    for (let i = 0; i < 300; i++) files[`f${String(i).padStart(3, '0')}.txt`] = seedText(i).repeat(2);
    writeTree(src, files);
    const before = listeners();
    const outcome = runBatch([src], { out, jobs: '1' }).then(
      () => null,
      (e: unknown) => e,
    );
    const outputs = () => listFiles(out).filter((f) => f.endsWith('.json') && f !== 'index.json');
    await until(() => existsSync(out) && outputs().length >= 5);
    // what a write cut short would leave: the batch must sweep it before it ends
    writeFileSync(join(out, `.planted${TEMP_SUFFIX}`), '{');
    process.emit(signal, signal);

    const e = await outcome;
    expect(e).toBeInstanceOf(ResolveError);
    expect((e as ResolveError).exitCode).toBe(code);
    const m = /^прервано после (\d+) из 300 документов; запустите ту же команду снова, чтобы закончить$/.exec((e as Error).message);
    expect(m).not.toBeNull();
    const done = Number(m![1]);
    expect(done).toBeGreaterThanOrEqual(5);
    expect(done).toBeLessThan(300); // it really stopped
    // every output written is counted and listed, and nothing else
    expect(outputs()).toHaveLength(done);
    const index = IndexSchema.parse(JSON.parse(readFileSync(join(out, 'index.json'), 'utf8')));
    expect(index.summary).toMatchObject({ inputs: done, ok: done, failed: 0 });
    expect(listFiles(out).filter((f) => f.endsWith(TEMP_SUFFIX))).toEqual([]);
    expect(listeners()).toBe(before);
  });
});
