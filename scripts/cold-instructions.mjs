// `npm run cold-instructions`: the instructions a whole cold process executes,
// counted by valgrind's callgrind, for `resolve` against bare `node -e 0`.
// Unlike wall time (scripts/cold-start.mjs), the count hardly moves with the
// load of the machine, so two builds can be compared on a busy one; it counts
// every thread (V8's compiler threads too) and misses what is not executed
// (page faults, waiting), so the wall-time ratio stays the target's measure.
// The median of five runs of each command (a run varies by up to 4%: garbage
// collections fall at different places).
//   node scripts/cold-instructions.mjs [runs] ['command' ...]
import { spawnSync } from 'node:child_process';

const runs = Number(process.argv[2] ?? 5);
const given = process.argv.slice(3);
const commands = ['node -e 0', ...(given.length ? given : ['node bin/resolve.js parse fixtures/seeds/002_27408a7706993244.txt'])];

function count(command) {
  const r = spawnSync('valgrind', ['--tool=callgrind', '--callgrind-out-file=/dev/null', ...command.split(' ')], { stdio: ['ignore', 'ignore', 'pipe'], encoding: 'utf8' });
  const m = /Collected : (\d+)/.exec(r.stderr ?? '');
  if (!m) throw new Error(`valgrind did not count \`${command}\` (is valgrind installed?): ${(r.stderr ?? '').slice(-300)}`);
  return Number(m[1]);
}

const median = (a) => [...a].sort((x, y) => x - y)[a.length >> 1];
const counts = commands.map((command) => median(Array.from({ length: runs }, () => count(command))));
commands.forEach((command, i) => {
  console.log(`${command.padEnd(68)} ${(counts[i] / 1e6).toFixed(0).padStart(6)} M instructions ×${(counts[i] / counts[0]).toFixed(2)}`);
});
