// stdout is written with write(2) on descriptor 1 (src/cli/stdout.ts); when
// the descriptor is a non-blocking pipe that is full (EAGAIN), the rest goes
// through process.stdout, which waits for the reader. The output must arrive
// whole and in order either way.
import { describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { BIN, ROOT, runCli } from '../support/cli.js';

const hasPython = spawnSync('python3', ['-c', 'pass']).status === 0;

/**
 * Runs the command with stdout on a non-blocking pipe that is read only once
 * it is full (64 KiB waiting) and a little after, so the command's first write
 * meets EAGAIN.
 */
const SLOW_READER = `
import array, fcntl, os, subprocess, sys, termios, time
r, w = os.pipe()
fcntl.fcntl(w, fcntl.F_SETFL, fcntl.fcntl(w, fcntl.F_GETFL) | os.O_NONBLOCK)
child = subprocess.Popen(sys.argv[1:], stdout=w)
os.close(w)
waiting = array.array('i', [0])
while child.poll() is None:
    fcntl.ioctl(r, termios.FIONREAD, waiting)
    if waiting[0] >= 65536: break
    time.sleep(0.01)
time.sleep(0.2)
out = b''
while True:
    chunk = os.read(r, 65536)
    if not chunk: break
    out += chunk
sys.stdout.buffer.write(out)
sys.exit(child.wait())
`;

describe('stdout', () => {
  it.skipIf(!hasPython)('a full non-blocking pipe gets the whole output, in order', () => {
    const dir = mkdtempSync(join(tmpdir(), 'resolve-stdout-'));
    try {
      const seed = readFileSync(join(ROOT, 'fixtures/seeds/004_047d385403e37b2b.txt'), 'utf8');
      const big = join(dir, 'big.txt');
      writeFileSync(big, seed.repeat(20));
      const expected = runCli(['parse', big, '--pretty']);
      expect(expected.status).toBe(0);
      expect(expected.stdout.length).toBeGreaterThan(256 * 1024); // several pipe buffers
      const r = spawnSync('python3', ['-c', SLOW_READER, process.execPath, BIN, 'parse', big, '--pretty'], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
      expect(r.stderr).toBe('');
      expect(r.status).toBe(0);
      expect(r.stdout.length).toBe(expected.stdout.length);
      expect(r.stdout === expected.stdout).toBe(true);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('help and version go to stdout', () => {
    const version = runCli(['--version']);
    expect(version.status).toBe(0);
    expect(version.stdout).toMatch(/^\d+\.\d+\.\d+\n$/);
    const help = runCli(['parse', '--help']);
    expect(help.status).toBe(0);
    expect(help.stdout).toMatch(/^Использование: resolve parse /);
  });
});
