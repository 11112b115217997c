// What a batch says on stderr. On a terminal: one line redrawn in place at most
// ten times a second — files done/total, a bar, files per second, ETA and the
// failures so far. Elsewhere (CI logs, redirection): nothing until the summary.
import { say } from '../shared/messages/ui.js';

export interface Counts {
  done: number;
  total: number;
  failed: number;
}

export interface ProgressStream {
  isTTY?: boolean;
  columns?: number;
  write(text: string): unknown;
}

const REDRAW_MS = 100;

export class Progress {
  private readonly started = performance.now();
  private lastDraw = 0;
  private drawn = false;

  constructor(private readonly stream: ProgressStream) {}

  get interactive(): boolean {
    return this.stream.isTTY === true;
  }

  update(counts: Counts, force = false): void {
    if (!this.interactive) return;
    const now = performance.now();
    if (!force && now - this.lastDraw < REDRAW_MS) return;
    this.lastDraw = now;
    this.stream.write(`\r${progressLine(counts, (now - this.started) / 1000, this.stream.columns || 80)}\x1b[K`);
    this.drawn = true;
  }

  /** Print a message line without tearing the bar. */
  message(line: string): void {
    this.clear();
    this.stream.write(`${line}\n`);
  }

  clear(): void {
    if (this.drawn) this.stream.write('\r\x1b[K');
    this.drawn = false;
  }
}

export function progressLine(c: Counts, seconds: number, columns: number): string {
  const rate = seconds > 0 ? c.done / seconds : 0;
  const eta = rate > 0 ? (c.total - c.done) / rate : 0;
  const stats = say('progress', { done: c.done, total: c.total, rate: rate.toFixed(0), eta: formatSeconds(eta) }) + (c.failed ? say('progressFailed', { count: c.failed }) : '');
  const width = Math.max(0, Math.min(30, columns - stats.length - 4));
  if (width < 5) return stats.slice(0, Math.max(0, columns - 1));
  const filled = c.total > 0 ? Math.round((c.done / c.total) * width) : width;
  return `[${'#'.repeat(filled)}${'.'.repeat(width - filled)}] ${stats}`;
}

export function formatSeconds(s: number): string {
  if (s < 60) return say('seconds', { n: s.toFixed(s < 10 ? 1 : 0) });
  const m = Math.floor(s / 60);
  return say('minutes', { m, s: Math.round(s - m * 60) });
}
