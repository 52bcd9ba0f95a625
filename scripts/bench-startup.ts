// Start-up benchmark: wall time of short matome commands, median of N runs each, from process start
// to exit, measured from outside (spawnSync), and their CPU time (user + system, from GNU time when
// /usr/bin/time exists), which a busy machine disturbs far less than wall time. Each command runs
// once first to fill Node's compile cache, as any second use does. Baseline in the same run:
// `node -e 0`, Node alone; and each command again with the compile cache off
// (NODE_DISABLE_COMPILE_CACHE=1), to show what the cache saves. Runs are interleaved (every
// command once per round), so a busy moment weighs on all of them alike.
// Usage: node scripts/bench-startup.ts [RUNS]   (default 15; figures move with machine load)
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';

const root = join(import.meta.dirname, '..');
const runs = Number(process.argv[2] ?? 15);
if (!Number.isInteger(runs) || runs < 1) {
  console.error(`bench-startup: RUNS must be a whole number of 1 or more, not ${process.argv[2]}`);
  process.exit(2);
}
const bin = join(root, 'bin', 'matome.js');
// A real rendered article (a golden file), so lint does its whole job.
const article = join(root, 'test', 'golden', 'chip-factory.txt');
// …and the same article as an Article, which lint checks against the schema (zod loaded).
const articleJson = join(root, 'test', 'golden', 'chip-factory.json');

const commands: Array<{ name: string; args: string[]; expectStatus: number }> = [
  { name: 'node -e 0 (Node alone)', args: ['-e', '0'], expectStatus: 0 },
  { name: 'matome --version', args: [bin, '--version'], expectStatus: 0 },
  { name: 'matome --help', args: [bin, '--help'], expectStatus: 0 },
  { name: 'matome build --help', args: [bin, 'build', '--help'], expectStatus: 0 },
  { name: 'matome lint chip-factory.txt', args: [bin, 'lint', article], expectStatus: 0 },
  { name: 'matome lint chip-factory.json', args: [bin, 'lint', articleJson], expectStatus: 0 },
];

const GNU_TIME = '/usr/bin/time';
const hasGnuTime = existsSync(GNU_TIME);

/** One run: wall milliseconds, and CPU milliseconds when GNU time can tell. */
function time(
  args: readonly string[],
  env: NodeJS.ProcessEnv,
  expectStatus: number,
): { wall: number; cpu?: number } {
  const [file, argv] = hasGnuTime
    ? [GNU_TIME, ['-f', 'cpu %U %S', process.execPath, ...args]]
    : [process.execPath, [...args]];
  const started = performance.now();
  const run = spawnSync(file, argv, { cwd: root, env, stdio: ['ignore', 'ignore', 'pipe'] });
  const wall = performance.now() - started;
  const stderr = run.stderr.toString();
  if (run.status !== expectStatus) {
    throw new Error(`bench-startup: ${args.join(' ')} exited ${run.status}: ${stderr}`);
  }
  const cpu = /^cpu ([\d.]+) ([\d.]+)$/m.exec(stderr);
  return cpu ? { wall, cpu: (Number(cpu[1]) + Number(cpu[2])) * 1000 } : { wall };
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = sorted.length >> 1;
  return sorted.length % 2 === 1
    ? (sorted[middle] ?? 0)
    : ((sorted[middle - 1] ?? 0) + (sorted[middle] ?? 0)) / 2;
}

const cached = { ...process.env };
delete cached.NODE_DISABLE_COMPILE_CACHE;
const uncached = { ...process.env, NODE_DISABLE_COMPILE_CACHE: '1' };
const samples = commands.map(() => ({
  wall: [] as number[],
  cpu: [] as number[],
  uncachedWall: [] as number[],
}));
for (const command of commands) time(command.args, cached, command.expectStatus); // fills the compile cache
for (let round = 0; round < runs; round++) {
  commands.forEach((command, c) => {
    const sample = samples[c];
    if (sample === undefined) return;
    const withCache = time(command.args, cached, command.expectStatus);
    sample.wall.push(withCache.wall);
    if (withCache.cpu !== undefined) sample.cpu.push(withCache.cpu);
    sample.uncachedWall.push(time(command.args, uncached, command.expectStatus).wall);
  });
}

const seconds = (ms: number) => `${(ms / 1000).toFixed(3)} s`;
const rows = commands.map((command, c) => {
  const sample = samples[c] ?? { wall: [], cpu: [], uncachedWall: [] };
  return {
    name: command.name,
    wall: median(sample.wall),
    cpu: sample.cpu.length > 0 ? median(sample.cpu) : undefined,
    uncached: median(sample.uncachedWall),
  };
});
const node = rows[0];
console.log(`start-up, median of ${runs} runs, Node ${process.version}, ${process.platform}-${process.arch}`);
console.log(
  `${'command'.padEnd(32)} ${'wall'.padStart(9)} ${'CPU'.padStart(9)} ${'wall, no cache'.padStart(15)} ${'wall − Node alone'.padStart(18)}`,
);
for (const row of rows) {
  const cpu = row.cpu === undefined ? 'n/a' : seconds(row.cpu);
  const over = row === node ? '' : seconds(row.wall - (node?.wall ?? 0));
  console.log(
    `${row.name.padEnd(32)} ${seconds(row.wall).padStart(9)} ${cpu.padStart(9)} ${seconds(row.uncached).padStart(15)} ${over.padStart(18)}`,
  );
}
