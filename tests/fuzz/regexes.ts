// Every regular expression resolve uses: the literals written in src/ (read with
// the TypeScript parser) and those built at run time from grammars/ (caught
// by wrapping the RegExp constructor while the pipeline parses every seed).
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));

export interface FoundRegex {
  source: string;
  flags: string;
  /** "src/x.ts:12" for a literal, "built: src/…" for one constructed at run time */
  where: string;
}

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((n) => {
    const p = join(dir, n);
    return statSync(p).isDirectory() ? sourceFiles(p) : n.endsWith('.ts') ? [p] : [];
  });
}

export function regexLiterals(): FoundRegex[] {
  const out: FoundRegex[] = [];
  for (const file of sourceFiles(join(ROOT, 'src'))) {
    const text = readFileSync(file, 'utf8');
    const sf = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, true);
    const visit = (node: ts.Node) => {
      if (node.kind === ts.SyntaxKind.RegularExpressionLiteral) {
        const literal = node.getText(sf);
        const slash = literal.lastIndexOf('/');
        const { line } = sf.getLineAndCharacterOfPosition(node.getStart(sf));
        out.push({ source: literal.slice(1, slash), flags: literal.slice(slash + 1), where: `${relative(ROOT, file)}:${line + 1}` });
      }
      ts.forEachChild(node, visit);
    };
    visit(sf);
  }
  return out;
}

/** Regexes constructed while `run` runs, with the first stack frame in src/ that built each. */
export async function constructedRegexes(run: () => Promise<void>): Promise<FoundRegex[]> {
  const Original = globalThis.RegExp;
  const found: FoundRegex[] = [];
  const Traced = new Proxy(Original, {
    construct(target, args: [string | RegExp, string?]) {
      const re = new target(...args);
      const frame = new Error().stack?.split('\n').find((l) => l.includes('/src/'));
      const where = frame ? `built: ${relative(ROOT, frame.replace(/^.*\(|\)$|^\s*at /g, '')).replace(/:\d+$/, '')}` : 'built';
      found.push({ source: re.source, flags: re.flags, where });
      return re;
    },
  });
  globalThis.RegExp = Traced;
  try {
    await run();
  } finally {
    globalThis.RegExp = Original;
  }
  return found;
}
