// npm run hostile: time per KB of the whole pipeline on inputs crafted to stress
// each recogniser (issue 17), at 10 KB, 100 KB and 1 MB. Linear work gives the
// same ms per KB at every size; a quadratic pattern gives 10× more per KB at each
// step. The last columns are the 1 MB figure over the smallest one (flat is ≤ 3)
// and over the 100 KB one (quadratic would be 10).
// Each input is one long line (the worst case for a line-level pattern) unless
// its shape is lines. Not a test: it prints figures (README, "Hostile input").
import { parseDocument } from '../src/7-validate/pipeline.ts';
import { ResolveError } from '../src/shared/errors.ts';
import type { Format } from '../src/io/read-input.ts';

const KB = 1024;
const fill = (unit: string, size: number) => unit.repeat(Math.ceil(size / unit.length)).slice(0, size);

/** name → the text of `size` characters (about; Cyrillic is two bytes in UTF-8) */
const SHAPES: Record<string, { make: (size: number) => string; format?: Format }> = {
  'quotes «»"“': { make: (n) => `Проект ${fill('«"“„ ', n)}x` },
  'quoted titles': { make: (n) => fill('«Цифровая школа» и "Точка роста", ', n) },
  numbers: { make: (n) => fill('1 2.3 45, ', n) },
  '№ runs': { make: (n) => `МБОУ СОШ ${fill('№ 1, №№ 2-3, ', n)}!` },
  capitals: { make: (n) => fill('МБОУ ДОД ЦДТ ', n) },
  'capitals glued': { make: (n) => `${'МБОУСОШ'.repeat(n / 7)}x` },
  initials: { make: (n) => fill('Иванов И.И., ', n) },
  'initials without surnames': { make: (n) => `${fill('И.И. ', n)}!` },
  dates: { make: (n) => fill('до 01.09.2024, ', n) },
  'date-like digits': { make: (n) => fill('12.12.12.', n) },
  'years and months': { make: (n) => fill('в течение 2024-2025 учебного года, сентябрь ', n) },
  dashes: { make: (n) => `Срок ${fill('- – — ', n)}x` },
  parentheses: { make: (n) => `Директору ${'('.repeat(n / 2)}x${')'.repeat(n / 2)}` },
  'parentheses unclosed': { make: (n) => `Ответственный (${fill('срок (', n)}` },
  'dots after a role': { make: (n) => `Иванов И.И., директор ${'.'.repeat(n)}!.` },
  'commas after an addressee': { make: (n) => `Руководителям школ${','.repeat(n)}!,:\n- провести совещание.` },
  'spaces after a word': { make: (n) => `ведущий${' '.repeat(n)}специалист Петрова А.А.` },
  'addressee lines': { make: (n) => fill('Руководителям ОО:\n1. Провести совещание до 01.09.2024.\n', n) },
  'list labels': { make: (n) => fill('1.1.1. а) IV. ', n) },
  'TAB rows': { make: (n) => fill('\tС\tц\n', n) },
  'a sentence without end': { make: (n) => `Рекомендовать ${fill('провести совещание педагогов ', n)}` },
  'nested HTML lists': { make: (n) => `${'<ol><li>x'.repeat(40)}${fill('<li>пункт</li>', n)}`, format: 'html' },
  'HTML nested to the limit': { make: (n) => `${'<div>'.repeat(990)}${fill('<p>абзац</p>', n)}`, format: 'html' },
};

const SIZES = [10 * KB, 100 * KB, 1024 * KB];

/** the best of REPEATS runs: the machine is shared, the minimum is the work's own time */
const REPEATS = 3;

async function msPerKb(text: string, format: Format): Promise<{ ms: number; note: string }> {
  const bytes = new TextEncoder().encode(text);
  let best = Infinity;
  let note = '';
  for (let i = 0; i < REPEATS; i++) {
    const started = performance.now();
    try {
      await parseDocument({ bytes, path: 'hostile', format });
    } catch (e) {
      if (!(e instanceof ResolveError)) throw e;
      note = e.code;
    }
    best = Math.min(best, performance.now() - started);
  }
  return { ms: best / (bytes.length / KB), note };
}

console.log(`${'shape'.padEnd(28)}${SIZES.map((s) => `${s / KB} KB`.padStart(12)).join('')}   1 MB / min   1 MB / 100 KB`);
let worst = 0;
let worstStep = 0;
for (const [name, { make, format = 'text' }] of Object.entries(SHAPES)) {
  await msPerKb(make(10 * KB), format); // warm up the code paths
  const row: number[] = [];
  const notes = new Set<string>();
  for (const size of SIZES) {
    const { ms, note } = await msPerKb(make(size), format);
    row.push(ms);
    if (note) notes.add(note);
  }
  const ratio = row[2]! / Math.min(...row);
  const step = row[2]! / row[1]!;
  worst = Math.max(worst, ratio);
  worstStep = Math.max(worstStep, step);
  console.log(`${name.padEnd(28)}${row.map((ms) => `${ms.toFixed(3)} ms/KB`.padStart(12)).join('')}   ${ratio.toFixed(1).padStart(8)}×   ${step.toFixed(1).padStart(12)}×${notes.size ? `  (${[...notes].join(', ')})` : ''}`);
}
console.log(`worst growth to 1 MB: ${worst.toFixed(1)}× from the smallest (flat: ≤ 3×), ${worstStep.toFixed(1)}× from 100 KB (quadratic: 10×)`);
