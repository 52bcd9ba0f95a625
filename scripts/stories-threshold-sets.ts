// The clusterer's threshold chosen across sets (issue 16): every development set of stories
// (stories-dev and stories-holdout, the held-out sets skipped) is clustered at each threshold of
// THRESHOLD_GRID, and the B-cubed F1 curves are read three ways: each set's best threshold; leave
// one set out (the threshold with the best mean F1 over all other sets, scored on the set left out);
// and forward (chosen on the ten sets before it, as a new blind set would be met). Prints one line
// per set and the means against the fixed DEFAULT_SETTINGS.threshold. Slow: every set at every
// threshold (about a minute a set on a quiet machine).
// Usage: node scripts/stories-threshold-sets.ts [--data-root DIR]
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { StoryItemSchema } from '../src/domain/story-item.ts';
import { DEFAULT_SETTINGS } from '../src/stories/cluster-items.ts';
import { clusterItems } from '../src/stories/cluster-stories.ts';
import { readItem } from '../src/stories/read-item.ts';
import { createTokenizer } from '../src/text/tokenizer.ts';
import { isHeldOutStories } from './held-out.ts';
import { bcubed, THRESHOLD_GRID } from './stories-scoring.ts';

const { values } = parseArgs({ options: { 'data-root': { type: 'string' } } });
const root = resolve(
  values['data-root'] ?? join(import.meta.dirname, '..', 'test', 'fixtures', 'stories-holdout'),
);
const devSet = join(import.meta.dirname, '..', '..', 'shared', 'data', 'stories-dev');
const numbered = readdirSync(root)
  .filter((name) => /^set\d+$/u.test(name))
  .sort((a, b) => Number(a.slice(3)) - Number(b.slice(3)))
  .map((name) => join(root, name))
  .filter((dir) => !isHeldOutStories(dir));
const dirs = [...(existsSync(devSet) ? [devSet] : []), ...numbered];

const tokenizer = await createTokenizer();
const lines = (dir: string, file: string) =>
  readFileSync(join(dir, file), 'utf8')
    .split('\n')
    .filter((line) => line.trim() !== '')
    .map((line) => JSON.parse(line) as Record<string, unknown>);
const curves: Array<{ name: string; f1: number[] }> = [];
for (const dir of dirs) {
  const readings = lines(dir, 'items.jsonl').map((line) => readItem(StoryItemSchema.parse(line), tokenizer));
  const gold = new Map(lines(dir, 'gold.jsonl').map((line) => [String(line.id), String(line.story)]));
  const f1 = THRESHOLD_GRID.map((threshold) => {
    const assignments = clusterItems(readings, { threshold });
    return bcubed(new Map(assignments.map((a) => [a.id, a.story])), gold).f1;
  });
  curves.push({ name: dir === devSet ? 'stories-dev' : (dir.split('/').at(-1) as string), f1 });
}

const fixed = THRESHOLD_GRID.indexOf(DEFAULT_SETTINGS.threshold);
const mean = (xs: readonly number[]) => xs.reduce((a, b) => a + b, 0) / Math.max(1, xs.length);
// The grid point with the best mean F1 over `sets`; a tie goes to the point nearer the default.
const choose = (sets: typeof curves) =>
  THRESHOLD_GRID.map((_, at) => at).reduce((best, at) => {
    const [a, b] = [mean(sets.map((s) => s.f1[at] as number)), mean(sets.map((s) => s.f1[best] as number))];
    return a > b + 1e-9 || (Math.abs(a - b) <= 1e-9 && Math.abs(at - fixed) < Math.abs(best - fixed))
      ? at
      : best;
  }, fixed);
const f = (x: number) => x.toFixed(3);
const left: number[] = [];
const forward: Array<{ chosen: number; fixed: number }> = [];
for (const [index, set] of curves.entries()) {
  const best = choose([set]);
  const out = choose(curves.filter((other) => other !== set));
  left.push(set.f1[out] as number);
  const before = curves.slice(Math.max(0, index - 10), index);
  const ahead = before.length === 10 ? choose(before) : undefined;
  if (ahead !== undefined) forward.push({ chosen: set.f1[ahead] as number, fixed: set.f1[fixed] as number });
  console.log(
    `${set.name}: F1 ${f(set.f1[fixed] as number)} at ${DEFAULT_SETTINGS.threshold}; best ${THRESHOLD_GRID[best]} (${f(set.f1[best] as number)}); ` +
      `left out: ${THRESHOLD_GRID[out]} → ${f(set.f1[out] as number)}` +
      (ahead === undefined ? '' : `; forward: ${THRESHOLD_GRID[ahead]} → ${f(set.f1[ahead] as number)}`),
  );
}
console.log(
  `\nmean F1 over ${curves.length} sets at each threshold: ` +
    THRESHOLD_GRID.map((t, at) => `${t}: ${mean(curves.map((s) => s.f1[at] as number)).toFixed(4)}`).join(
      ', ',
    ),
);
console.log(
  `leave one set out: mean ${mean(left).toFixed(4)} against ${mean(curves.map((s) => s.f1[fixed] as number)).toFixed(4)} at ${DEFAULT_SETTINGS.threshold}`,
);
console.log(
  `forward (chosen on the ten sets before, ${forward.length} sets): mean ${mean(forward.map((r) => r.chosen)).toFixed(4)} against ${mean(forward.map((r) => r.fixed)).toFixed(4)}`,
);
