// Ctrl-C and `kill` during a batch. The first SIGINT or SIGTERM only asks the run
// to stop: the listener records the signal and starts the runner's close().
// Batch.run sees it once the runner has returned, saves index.json, sweeps
// OUTDIR and ends with interruptedError, which main turns into the message and
// exit code 130 (SIGINT) or 143 (SIGTERM) like any ResolveError.
//
// A second Ctrl-C or kill before that means "stop now": the process ends at
// once, killed by that signal (a shell still sees 130 / 143). It leaves what
// `kill -9` leaves — complete files, the index.json of the last save, temporary
// files the next run sweeps. Once the runner has stopped, the listeners are gone
// and a signal gets Node's default handling, with the same effect.
import { EXIT, ResolveError } from '../shared/errors.js';

export type StopSignal = 'SIGINT' | 'SIGTERM';
const SIGNALS: readonly StopSignal[] = ['SIGINT', 'SIGTERM'];

export class StopSignals {
  /** the signal that asked the run to stop; null while none has */
  signal: StopSignal | null = null;

  /** Listen for SIGINT and SIGTERM until dispose(); `stop` is called on the first one. */
  constructor(private readonly stop: () => Promise<void>) {
    for (const s of SIGNALS) process.on(s, this.received);
  }

  /** Stop listening: the signals get Node's default handling again. */
  dispose(): void {
    for (const s of SIGNALS) process.off(s, this.received);
  }

  private readonly received = (signal: StopSignal): void => {
    if (this.signal) {
      // the second one: raised again with nobody listening, it ends the process the default way.
      // (Removing the listeners at the first would not do: when the thread is busy parsing, both
      // signals wait in libuv's queue, and the second would reach no listener and be lost.)
      this.dispose();
      process.kill(process.pid, signal);
      return;
    }
    this.signal = signal;
    // the caller awaits the same promise (Runner.close returns it on every call)
    void this.stop();
  };
}

/** The end of a stopped batch: main prints `message` and exits 130 (Ctrl-C) or 143 (kill). */
export function interruptedError(signal: StopSignal, message: string): ResolveError {
  return new ResolveError(message, signal === 'SIGINT' ? EXIT.interrupted : EXIT.terminated, 'interrupted');
}
