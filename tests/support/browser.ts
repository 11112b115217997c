// A headless Chromium for the tests that look at a page as a user would, when the
// machine has one (Debian: apt-get install chromium). RESOLVE_CHROMIUM names another
// binary. Tests that need it skip when there is none.
import { accessSync, constants } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { delimiter, join } from 'node:path';

const NAMES = ['chromium', 'chromium-browser', 'google-chrome', 'google-chrome-stable'];

export function findChromium(): string | null {
  if (process.env.RESOLVE_CHROMIUM) return process.env.RESOLVE_CHROMIUM;
  for (const dir of (process.env.PATH ?? '').split(delimiter)) {
    for (const name of NAMES) {
      try {
        accessSync(join(dir, name), constants.X_OK);
        return join(dir, name);
      } catch {
        // not here
      }
    }
  }
  return null;
}

const FLAGS = ['--headless', '--no-sandbox', '--disable-gpu', '--hide-scrollbars', '--no-first-run', '--disable-extensions', '--mute-audio'];

/** The DOM after the page's scripts ran. */
export function dumpDom(browser: string, url: string): string {
  const r = spawnSync(browser, [...FLAGS, '--dump-dom', url], { encoding: 'utf8', timeout: 90_000, maxBuffer: 64 * 1024 * 1024 });
  if (r.status !== 0) throw new Error(`${browser} --dump-dom exited ${r.status}: ${r.stderr.slice(0, 400)}`);
  return r.stdout;
}

export function screenshot(browser: string, url: string, file: string, size = '1280,1000'): void {
  const r = spawnSync(browser, [...FLAGS, `--window-size=${size}`, `--screenshot=${file}`, url], { encoding: 'utf8', timeout: 90_000 });
  if (r.status !== 0) throw new Error(`${browser} --screenshot exited ${r.status}: ${r.stderr.slice(0, 400)}`);
}
