// The progress bar appears on a terminal only; redirected stderr gets the summary line alone.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { rmSync, readFileSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { BIN, runCli } from '../support/cli.js';
import { seedText, tempDir, writeTree } from './archive.js';

let work: string;
beforeAll(() => {
  work = tempDir();
  const files: Record<string, string> = {};
  for (let i = 0; i < 150; i++) files[`d/f${i}.txt`] = seedText(i);
  writeTree(work, files);
});
afterAll(() => rmSync(work, { recursive: true, force: true }));

// util-linux `script` runs the command on a pseudo-terminal
const hasScript = spawnSync('script', ['--version']).status === 0;

describe('progress on stderr', () => {
  it('is only the summary line when stderr is not a terminal', () => {
    const r = runCli(['parse', 'd', '--out', 'out-plain'], { cwd: work });
    expect(r.status).toBe(0);
    expect(r.stderr).not.toContain('\r');
    expect(r.stderr.trimEnd().split('\n')).toEqual([expect.stringMatching(/^resolve: документов: 150 — разобрано: 150, не разобрано: 0; за /)]);
  });

  it.skipIf(!hasScript)('draws a bar with done/total, rate and ETA on a terminal, then the summary', () => {
    const log = join(work, 'tty.log');
    const command = `${process.execPath} ${BIN} parse d --out out-tty --jobs 1`;
    const r = spawnSync('script', ['-qec', command, log], { cwd: work, encoding: 'utf8', timeout: 60000 });
    expect(r.status).toBe(0);
    const screen = readFileSync(log, 'utf8');
    expect(screen).toMatch(/\r\[[#.]{30}\] \d+\/150 док\. {2}\d+\/с {2}осталось /);
    expect(screen).toMatch(/\r\x1b\[Kresolve: документов: 150 — разобрано: 150, не разобрано: 0/);
  });
});
