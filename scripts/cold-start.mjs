// Cold start of `resolve` against bare `node`, measured interleaved (each round
// runs every command once, so load from other processes hits all alike).
// Prints the median wall time (to the tenth of a millisecond, around the whole
// spawn) and CPU time (user+sys, from /usr/bin/time, in steps of 10 ms).
//   node scripts/cold-start.mjs [rounds] ['command' ...]
// (commands given after the rounds replace the default ones; bare node is always first)
import { spawnSync } from 'node:child_process';

const rounds = Number(process.argv[2] ?? 40);
const given = process.argv.slice(3);
const commands = [
  'node -e 0',
  ...(given.length
    ? given
    : [
        'node bin/resolve.js --version',
        'node bin/resolve.js parse fixtures/seeds/002_27408a7706993244.txt',
        'node bin/resolve.js parse fixtures/seeds/003_be9be29293db61bd.txt',
      ]),
];
const wall = commands.map(() => []);
const cpu = commands.map(() => []);
for (let r = -3; r < rounds; r++) {
  commands.forEach((command, i) => {
    const started = performance.now();
    const run = spawnSync('/usr/bin/time', ['-f', '%U %S', ...command.split(' ')], { stdio: ['ignore', 'ignore', 'pipe'], encoding: 'utf8' });
    const elapsed = performance.now() - started;
    const [u, s] = run.stderr.trim().split('\n').pop().split(' ').map(Number);
    if (r < 0) return; // warm-up rounds fill the file cache
    wall[i].push(elapsed);
    cpu[i].push((u + s) * 1000);
  });
}
const median = (a) => [...a].sort((x, y) => x - y)[a.length >> 1];
commands.forEach((command, i) => {
  const w = median(wall[i]);
  const c = median(cpu[i]);
  console.log(`${command.padEnd(68)} wall ${w.toFixed(1)} ms ×${(w / median(wall[0])).toFixed(2)}   cpu ${c.toFixed(0)} ms ×${(c / median(cpu[0])).toFixed(2)}`);
});
