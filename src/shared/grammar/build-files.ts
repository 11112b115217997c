// What the build's warm-up run (bin/bundle.cjs --write-cache) learns about the
// grammars and stores in dist/ so that a cold start need not learn it again:
// which grammar files zod accepted (load.ts) and the declined forms of the
// vocabularies (entities/grammar.ts). Each file is tied to its build by an id
// inlined in the bundle: the code that validated or computed it may change
// from one build to the next. Running from source, nothing is stored or read.
import { readFileSync } from 'node:fs';
import { BUILD_ID as BUILD } from '../build.js';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';


/** A file of dist/ written by the warm-up. */
interface BuildFile {
  build: string;
  entries: Record<string, unknown>;
}

/** The entries of dist/NAME as this very build wrote them; empty from source, without the file, or from another build. */
export function readBuildFile<T>(name: string): Record<string, T> {
  if (BUILD === null) return {};
  try {
    const file = JSON.parse(readFileSync(join(dirname(fileURLToPath(import.meta.url)), name), 'utf8')) as Partial<BuildFile>;
    return file.build === BUILD && file.entries && typeof file.entries === 'object' ? (file.entries as Record<string, T>) : {};
  } catch {
    return {}; // missing or broken: everything is computed as without it
  }
}

/** The stored entry for a key, never an Object.prototype member ("constructor"). */
export const storedEntry = <T>(entries: Record<string, T>, key: string): T | undefined => (Object.hasOwn(entries, key) ? entries[key] : undefined);

const recorded = new Map<string, Record<string, unknown>>();
let recording = false;

/** The warm-up starts recording before its first parse. */
export function startRecording(): void {
  recording = true;
}

/** Is this the warm-up run? (What costs extra only to be recorded is done only then.) */
export const isRecording = (): boolean => recording;

/** Note what a cold start may take from dist/NAME instead of computing it (only while recording). */
export function record(name: string, key: string, value: unknown): void {
  if (!recording) return;
  let entries = recorded.get(name);
  if (!entries) recorded.set(name, (entries = {}));
  entries[key] = value;
}

/** The files the warm-up writes into dist/: name → content. */
export function recordedBuildFiles(): Record<string, string> {
  const build = BUILD;
  if (build === null) return {};
  return Object.fromEntries([...recorded].map(([name, entries]) => [name, JSON.stringify({ build, entries } satisfies BuildFile)]));
}

/** A function of a string whose results the warm-up stores (it must return plain JSON data, never mutated by callers). */
export function storedFunction<T>(name: string, compute: (key: string) => T): (key: string) => T {
  let stored: Record<string, T> | null = null;
  return (key) => {
    stored ??= readBuildFile<T>(name);
    const hit = storedEntry(stored, key);
    if (hit !== undefined) return hit;
    const value = compute(key);
    record(name, key, value);
    return value;
  };
}
