// `resolve parse DIR|FILE|GLOB … --out OUTDIR | --format ndjson|csv`: the
// batch, wired from the small modules beside this one. Inputs are parsed on
// worker threads, results are put back in input order, one bad file is one
// failed entry (never the end of the run); the exit code is 1 when any input
// failed, 130 / 143 when Ctrl-C / kill stopped the run (stop-signals.ts).
import { closeSync, ftruncateSync, openSync, readFileSync, rmSync, writeSync } from 'node:fs';
import { join, relative } from 'node:path';
import { documentError } from '../shared/errors.js';
import { collectInputs, outputNames, type InputFile, type SkippedInput } from '../io/inputs.js';
import { batchOptions, type BatchFlags, type BatchOptions } from './options.js';
import { prepareOutDir } from './outdir.js';
import { OutputDir, sweepTemporaryFiles } from './atomic-write.js';
import { INDEX_FILE, JOURNAL_FILE, formatIndex, journalLine, previousEntries, readIndex, runKey, withJournal, type Index, type IndexEntry } from './index-file.js';
import { grammarOverlayDir } from '../shared/grammar/load.js';
import type { Job, JobResult } from './result.js';
import { inlineRunner, workerRunner, type Runner } from './pool.js';
import { Progress, formatSeconds } from './progress.js';
import { InputOrder } from './input-order.js';
import { openSink, type Sink } from './sinks.js';
import { StopSignals, interruptedError, type StopSignal } from './stop-signals.js';
import { VERSION } from '../shared/build.js';
import { printablePath } from '../io/file-names.js';
import { say } from '../shared/messages/ui.js';
import { currentLang } from '../shared/messages/lang.js';
import { memoryBudgetMb } from '../shared/limits.js';

/** index.json is rewritten this often during a run, so an interrupted run keeps its progress */
const INDEX_EVERY_MS = 3000;
/** failure lines printed before "… and N more" */
const MAX_FAILURE_LINES = 20;

export async function runBatch(inputs: string[], flags: BatchFlags): Promise<void> {
  const options = batchOptions(inputs, flags);
  const set = collectInputs(inputs, { outDir: options.outDir, inputFormat: options.inputFormat ?? undefined });
  const outRoot = options.outDir ? prepareOutDir(options.outDir, set.roots) : null;
  await new Batch(options, set.files, set.skipped.map(skippedEntry), outRoot).run();
}

function skippedEntry({ path, code, reason }: SkippedInput): IndexEntry {
  return { path, output: null, status: 'skipped', reused: false, code, reason, format: null, encoding: null, bytes: null, sha256: null, tasks: null, people: null, organizations: null, ms: 0 };
}

class Batch {
  private readonly results: (IndexEntry | undefined)[];
  private readonly outputs: string[];
  private readonly progress = new Progress(process.stderr);
  private readonly key: string;
  /** output path → its entry in the last run's index.json, when that run had the same key */
  private readonly previous: Map<string, IndexEntry>;
  private readonly outDir: OutputDir | null;
  private readonly started = performance.now();
  private done = 0;
  private failed = 0;
  private failureLines = 0;
  private bytes = 0;
  /** stdout modes: where the documents go */
  private sink: Sink | null = null;
  /** results waiting for the inputs before them, to be printed in input order */
  private readonly order = new InputOrder<JobResult>();
  private lastIndexWrite = performance.now();
  /** OUTDIR/.resolve-journal, open for appending (index-file.ts) */
  private journal: number | null = null;

  constructor(
    private readonly options: BatchOptions,
    private readonly files: InputFile[],
    /** entries of the inputs skipped by the walk (other file types, loops) */
    private readonly skipped: IndexEntry[],
    private readonly outRoot: string | null,
  ) {
    this.results = new Array(files.length);
    this.outputs = outputNames(files);
    this.key = runKey({ pretty: options.pretty, inputFormat: options.inputFormat });
    this.previous = outRoot ? withJournal(previousEntries(readIndex(outRoot), this.key), readJournal(outRoot), this.key) : new Map();
    this.outDir = outRoot ? new OutputDir(outRoot) : null;
  }

  async run(): Promise<void> {
    if (this.outRoot) {
      sweepTemporaryFiles(this.outRoot);
      this.journal = openSync(join(this.outRoot, JOURNAL_FILE), 'a');
    }
    if (this.options.mode !== 'json') {
      this.sink = await openSink(this.options);
      await this.sink.start();
    }
    const runner = await this.runner();
    // Ctrl-C / kill: the runner stops early, and the run ends below as interrupted
    const signals = new StopSignals(() => runner.close());
    try {
      await runner.run(this.jobs(), (r) => this.onResult(r));
    } catch (e) {
      // a failure while stopping (Ctrl-C reaches a whole pipeline: `resolve … | jq` loses its reader): the interruption is the news
      if (!signals.signal) {
        this.sink?.abort();
        throw e;
      }
    } finally {
      signals.dispose();
      // after a signal, the close its listener started: no write is in flight once it settles
      await runner.close();
    }
    this.progress.clear();
    if (signals.signal) {
      // the failures that finished behind an input the stop left unparsed
      for (const due of this.order.rest()) if (due.status === 'failed') this.reportFailure(due);
      this.sink?.abort();
      this.interrupted(signals.signal);
    }
    try {
      await this.sink?.finish();
    } catch (e) {
      this.sink?.abort();
      throw e;
    }
    this.writeIndex();
    this.closeJournal();
    const summary = this.summary();
    if (this.failed > 0) throw documentError('batch-failed', summary);
    process.stderr.write(`resolve: ${summary}\n`);
  }

  private async runner(): Promise<Runner> {
    const size = Math.min(this.options.jobs, this.files.length);
    // the parser is loaded in this thread only when it parses here
    if (size <= 1) return inlineRunner((await import('./job.js')).runJob);
    // bin/worker.cjs, found from dist/resolve.cjs, the bundle this module is part of (scripts/build.mjs)
    return workerRunner(new URL('../bin/worker.cjs', import.meta.url), size, memoryBudgetMb());
  }

  private *jobs(): Generator<Job> {
    for (let index = 0; index < this.files.length; index++) {
      const f = this.files[index]!;
      const output = this.outputs[index]!;
      yield {
        index,
        path: f.path,
        abs: f.abs,
        fsPath: f.fsPath,
        format: f.format,
        mode: this.options.mode,
        pretty: this.options.pretty,
        today: this.options.today,
        grammars: grammarOverlayDir(),
        outRoot: this.outRoot,
        output: this.outRoot ? output : null,
        previousSha256: this.options.force ? null : this.reusableSha256(f, output),
        lang: currentLang(),
      };
    }
  }

  /**
   * The sha256 under which the last run's output for `output` may be kept. Its
   * bytes are not all that made it: "a.txt" renamed "a.md" (same bytes, same
   * a.json) reads as Markdown and writes its new path, so path and format must
   * match too (the options are in the run key).
   */
  private reusableSha256(f: InputFile, output: string): string | null {
    const old = this.previous.get(output);
    return old && old.path === f.path && old.format === f.format ? old.sha256 : null;
  }

  private async onResult(r: JobResult): Promise<void> {
    const f = this.files[r.index]!;
    this.done++;
    this.bytes += r.bytes ?? 0;
    const entry: IndexEntry = {
      path: f.path,
      output: this.outRoot ? this.outputs[r.index]! : null,
      status: r.status === 'failed' ? 'failed' : 'ok',
      reused: r.status === 'up-to-date',
      code: r.code,
      reason: r.reason,
      format: f.format,
      encoding: r.encoding,
      bytes: r.bytes,
      sha256: r.sha256,
      tasks: r.tasks,
      people: r.people,
      organizations: r.organizations,
      ms: r.ms,
    };
    if (entry.reused) this.keepPreviousCounts(entry);
    this.results[r.index] = entry;
    // the output is in place: a rerun after kill -9 may keep it even if index.json is never saved
    if (this.journal !== null && r.status === 'ok') writeSync(this.journal, journalLine(this.key, entry));
    if (r.status === 'failed') this.failed++;
    this.progress.update({ done: this.done, total: this.files.length, failed: this.failed });
    if (this.outRoot && performance.now() - this.lastIndexWrite > INDEX_EVERY_MS) this.writeIndex();
    for (const due of this.order.put(r.index, r)) {
      if (due.status === 'failed') this.reportFailure(due);
      if (this.sink) await this.sink.add(due, this.files[due.index]!.path);
    }
  }

  /** The failure's one line on stderr, until MAX_FAILURE_LINES; the rest are counted in the summary and listed in index.json. */
  private reportFailure(r: JobResult): void {
    const path = this.files[r.index]!.path;
    const reason = r.reason ?? r.code ?? 'failed';
    if (this.failureLines < MAX_FAILURE_LINES) this.progress.message(`resolve: ${printablePath(path)}: ${reason}`);
    else if (this.failureLines === MAX_FAILURE_LINES) this.progress.message(`resolve: ${this.outRoot ? say('moreFailuresIn', { file: INDEX_FILE }) : say('moreFailures')}`);
    this.failureLines++;
  }

  /** Counts of a reused output come from the index entry that produced it. */
  private keepPreviousCounts(entry: IndexEntry): void {
    const old = this.previous.get(entry.output!);
    if (!old) return;
    entry.encoding = old.encoding;
    entry.tasks = old.tasks;
    entry.people = old.people;
    entry.organizations = old.organizations;
  }

  private index(): Index {
    const entries: IndexEntry[] = [];
    this.results.forEach((e, i) => {
      // an input not reached yet (interrupted run) keeps what the last run knew of it
      const kept = e ?? this.previous.get(this.outputs[i]!);
      if (kept) entries.push(kept);
    });
    entries.push(...this.skipped);
    const count = (s: IndexEntry['status']) => entries.filter((e) => e.status === s).length;
    return {
      resolve: VERSION,
      key: this.key,
      summary: {
        inputs: entries.length,
        ok: count('ok'),
        reused: entries.filter((e) => e.reused).length,
        skipped: count('skipped'),
        failed: count('failed'),
        ms: Math.round(performance.now() - this.started),
      },
      inputs: entries,
    };
  }

  private writeIndex(): void {
    if (!this.outDir) return;
    this.lastIndexWrite = performance.now();
    this.outDir.write(INDEX_FILE, formatIndex(this.index()));
    // everything the journal held is in index.json now
    if (this.journal !== null) ftruncateSync(this.journal, 0);
  }

  /** index.json holds everything now: the journal goes (only a killed run leaves one). */
  private closeJournal(): void {
    if (this.journal === null || !this.outRoot) return;
    closeSync(this.journal);
    this.journal = null;
    rmSync(join(this.outRoot, JOURNAL_FILE), { force: true });
  }

  private summary(): string {
    const seconds = (performance.now() - this.started) / 1000;
    const reused = this.results.filter((e) => e?.reused).length;
    const parsed = this.done - this.failed - reused;
    const parts = [say('parsedCount', { count: parsed })];
    if (reused) parts.push(say('reusedCount', { count: reused }));
    if (this.skipped.length) parts.push(say('skippedCount', { count: this.skipped.length }));
    parts.push(say('failedCount', { count: this.failed }));
    const perSecond = this.done / seconds;
    const rate = seconds > 0 ? say('rate', { files: perSecond < 10 ? perSecond.toFixed(1) : Math.round(perSecond), mb: (this.bytes / 1048576 / seconds).toFixed(1) }) : '';
    const where = this.outRoot
      ? say('detailsIn', { path: relative(process.cwd(), join(this.outRoot, INDEX_FILE)) || INDEX_FILE })
      : this.options.outputFile
        ? say('writtenTo', { path: this.options.outputFile })
        : '';
    const documents = this.files.length === 1 ? say('documentOne') : say('documents', { count: this.files.length });
    return say('summary', { documents, parts: parts.join(', '), time: formatSeconds(seconds), rate, where });
  }

  /** After Ctrl-C / kill, the runner stopped: keep what is done in index.json, leave no temporary files. */
  private interrupted(signal: StopSignal): never {
    try {
      this.writeIndex();
      this.closeJournal();
    } catch {
      // the run ends as interrupted anyway: a rerun keeps what the journal lists, re-parses the rest
    }
    if (this.outRoot) sweepTemporaryFiles(this.outRoot);
    throw interruptedError(signal, say('interrupted', { done: this.done, total: this.files.length }));
  }
}


/** The journal a killed run left in OUTDIR, or null. */
function readJournal(outRoot: string): string | null {
  try {
    return readFileSync(join(outRoot, JOURNAL_FILE), 'utf8');
  } catch {
    return null;
  }
}
