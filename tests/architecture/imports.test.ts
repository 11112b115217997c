// The house has one way through it (issue 16): the stages in src/ import only
// what runs before them, so there is no import cycle, and the folders' order is
// the run order. A file's layer is its folder under src/ (see LAYERS); a
// relative import may stay in its layer or go down, never up.
import { describe, expect, it } from 'vitest';
import { readFileSync, readdirSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { ROOT } from '../support/cli.js';

const SRC = join(ROOT, 'src');

/** Bottom to top. `shared` is the libraries every stage uses; io, batch and cli are the floors above the stages. */
const LAYERS = ['shared', '1-decode', '2-convert', '3-segment', '4-recognise', '5-structure', '6-entities', '7-validate', '8-check', '9-format', 'io', 'batch', 'cli'];

/** The modules of src/: TypeScript, and JSON data a module imports (shared/schema/output.schema.json), which imports nothing. */
function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? sourceFiles(join(dir, e.name)) : e.name.endsWith('.ts') || e.name.endsWith('.json') ? [join(dir, e.name)] : [],
  );
}

/** file → the src files it imports (static, dynamic and type-only imports and re-exports alike) */
function importGraph(): Map<string, string[]> {
  const graph = new Map<string, string[]>();
  for (const file of sourceFiles(SRC)) {
    const targets: string[] = [];
    graph.set(file, targets);
    if (file.endsWith('.json')) continue;
    const text = readFileSync(file, 'utf8');
    for (const m of text.matchAll(/(?:^|\n)\s*(?:import|export)\b[^'"]*?from\s*'(\.[^']+)'|\bimport\(\s*'(\.[^']+)'\s*\)/g)) {
      targets.push(resolve(dirname(file), (m[1] ?? m[2])!).replace(/\.js$/, '.ts'));
    }
  }
  return graph;
}

const layerOf = (file: string) => relative(SRC, file).split('/')[0]!;

/** Strongly connected components of more than one file, or a file importing itself (Tarjan). */
function cycles(graph: Map<string, string[]>): string[][] {
  let next = 0;
  const index = new Map<string, number>();
  const low = new Map<string, number>();
  const stack: string[] = [];
  const onStack = new Set<string>();
  const found: string[][] = [];
  const visit = (v: string) => {
    index.set(v, next);
    low.set(v, next++);
    stack.push(v);
    onStack.add(v);
    for (const w of graph.get(v) ?? []) {
      if (!graph.has(w)) continue;
      if (!index.has(w)) {
        visit(w);
        low.set(v, Math.min(low.get(v)!, low.get(w)!));
      } else if (onStack.has(w)) low.set(v, Math.min(low.get(v)!, index.get(w)!));
    }
    if (low.get(v) === index.get(v)) {
      const component: string[] = [];
      let w: string;
      do {
        w = stack.pop()!;
        onStack.delete(w);
        component.push(relative(SRC, w));
      } while (w !== v);
      if (component.length > 1 || graph.get(v)!.includes(v)) found.push(component.sort());
    }
  };
  for (const v of graph.keys()) if (!index.has(v)) visit(v);
  return found;
}

describe('src/ imports', () => {
  const graph = importGraph();

  it('every folder of src/ is a known layer', () => {
    const unknown = [...new Set([...graph.keys()].map(layerOf))].filter((l) => !LAYERS.includes(l));
    expect(unknown).toEqual([]);
  });

  it('every relative import names a file that exists', () => {
    const missing = [...graph].flatMap(([file, targets]) => targets.filter((t) => !graph.has(t)).map((t) => `${relative(SRC, file)} → ${relative(SRC, t)}`));
    expect(missing).toEqual([]);
  });

  it('no layer imports a layer above it (the stages in run order, the CLI on top)', () => {
    const upward = [...graph].flatMap(([file, targets]) =>
      targets
        .filter((t) => LAYERS.indexOf(layerOf(t)) > LAYERS.indexOf(layerOf(file)))
        .map((t) => `${relative(SRC, file)} → ${relative(SRC, t)}`),
    );
    expect(upward).toEqual([]);
  });

  it('has no import cycle between files', () => {
    expect(cycles(graph)).toEqual([]);
  });

  it('finds a cycle when there is one (the check itself can fail)', () => {
    const a = join(SRC, 'a.ts');
    const b = join(SRC, 'b.ts');
    expect(cycles(new Map([[a, [b]], [b, [a]]]))).toEqual([['a.ts', 'b.ts']]);
  });
});
