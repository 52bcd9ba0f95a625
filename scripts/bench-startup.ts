// Start-up benchmark: wall time of short matome commands, median of N runs each, from process start
// to exit, measured from outside (spawnSync). Each command runs once first to fill Node's compile
// cache, as any second use does. Baseline in the same run: `node -e 0`, Node alone; and each
// command again with the compile cache off (NODE_DISABLE_COMPILE_CACHE=1), to show what it saves.
// Usage: node scripts/bench-startup.ts [RUNS]   (default 15; figures move with machine load)
import { spawnSync } from 'node:child_process';
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

function time(args: readonly string[], env: NodeJS.ProcessEnv, expectStatus: number): number {
  const started = performance.now();
  const run = spawnSync(process.execPath, args, { cwd: root, env, stdio: ['ignore', 'ignore', 'pipe'] });
  const ms = performance.now() - started;
  if (run.status !== expectStatus) {
    throw new Error(`bench-startup: ${args.join(' ')} exited ${run.status}: ${run.stderr.toString()}`);
  }
  return ms;
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
const rows: Array<{ name: string; cachedMs: number; uncachedMs: number }> = [];
for (const command of commands) {
  time(command.args, cached, command.expectStatus); // fills the compile cache
  const withCache: number[] = [];
  const withoutCache: number[] = [];
  // Interleaved, so a busy moment on the machine weighs on both columns alike.
  for (let i = 0; i < runs; i++) {
    withCache.push(time(command.args, cached, command.expectStatus));
    withoutCache.push(time(command.args, uncached, command.expectStatus));
  }
  rows.push({ name: command.name, cachedMs: median(withCache), uncachedMs: median(withoutCache) });
}

const node = rows[0]?.cachedMs ?? 1;
console.log(`start-up, median of ${runs} runs, Node ${process.version}, ${process.platform}-${process.arch}`);
console.log('command                          compile cache   without cache   × Node alone');
for (const row of rows) {
  console.log(
    `${row.name.padEnd(32)} ${`${(row.cachedMs / 1000).toFixed(3)} s`.padStart(13)}   ${`${(row.uncachedMs / 1000).toFixed(3)} s`.padStart(13)}   ${(row.cachedMs / node).toFixed(2).padStart(12)}`,
  );
}
