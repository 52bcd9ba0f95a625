// Story clustering on ../shared/data/stories-dev (159 invented feed items, 38 labelled stories):
// B-cubed precision / recall / F1, the hard cases (confusable pairs merged, paraphrase pairs split,
// wire copies, roundups, cross-references, sub-events), a reference baseline measured in the same
// run (character n-gram TF-IDF with time decay, average linkage, at its best threshold on this
// set), and leave-story-groups-out checks of the threshold.
// Usage: node scripts/eval-stories.ts [--errors] [--data DIR]
import { readFileSync } from 'node:fs';
import { basename, join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { type StoryItem, StoryItemSchema } from '../src/domain/story-item.ts';
import { type ClusterSettings, DEFAULT_SETTINGS } from '../src/stories/cluster-items.ts';
import { clusterItems } from '../src/stories/cluster-stories.ts';
import { readItem } from '../src/stories/read-item.ts';
import { createTokenizer } from '../src/text/tokenizer.ts';
import { isHeldOutStories } from './held-out.ts';
import { bcubed, clusterBaseline, THRESHOLD_GRID } from './stories-scoring.ts';

const { values } = parseArgs({
  options: { errors: { type: 'boolean', default: false }, data: { type: 'string' } },
});
const dir = resolve(values.data ?? join(import.meta.dirname, '..', '..', 'shared', 'data', 'stories-dev'));
if (values.errors && isHeldOutStories(dir)) {
  console.error(
    `stories-holdout ${basename(dir)} is held out: only its totals are read, never the items of its errors (CONTRIBUTING); leave out --errors`,
  );
  process.exit(2);
}
const lines = (file: string) =>
  readFileSync(join(dir, file), 'utf8')
    .split('\n')
    .filter((line) => line.trim() !== '')
    .map((line) => JSON.parse(line) as Record<string, unknown>);
const items: StoryItem[] = lines('items.jsonl').map((line) => StoryItemSchema.parse(line));
const gold = new Map(lines('gold.jsonl').map((line) => [String(line.id), String(line.story)]));
const hard = JSON.parse(readFileSync(join(dir, 'hard_cases.json'), 'utf8')) as {
  confusable_pairs: Array<{ kind: string; stories: string[]; story_keys: string[]; items: string[] }>;
  paraphrase_pairs: Array<{ story: string; items: string[] }>;
  wire_copy_groups: Array<{ story: string; original: string; copies: string[] }>;
  roundups: Array<{ item: string; story: string }>;
  cross_reference_items: Array<{ item: string; belongs_to: string; mentions: string }>;
  inclusion_items: Array<{ item: string; story: string }>;
};

const tokenizer = await createTokenizer();
const started = performance.now();
const readings = items.map((item) => readItem(item, tokenizer));
const readMs = performance.now() - started;

function run(settings: Partial<ClusterSettings>) {
  const t0 = performance.now();
  const assignments = clusterItems(readings, settings);
  return { assignments, ms: performance.now() - t0 };
}

const pct = (x: number) => x.toFixed(3);
const { assignments, ms } = run({});
const predicted = new Map(assignments.map((a) => [a.id, a.story]));
const score = bcubed(predicted, gold);

// Baseline: character 2–3-gram TF-IDF cosine × exp(−Δdays/7), average linkage; best threshold on this set.
const baselineRuns = [0.02, 0.03, 0.04, 0.05, 0.06, 0.07, 0.08, 0.1, 0.12, 0.15, 0.2, 0.25, 0.3].map(
  (threshold) => ({
    threshold,
    score: bcubed(clusterBaseline(items, threshold), gold),
  }),
);
const baseline = baselineRuns.reduce((a, b) => (b.score.f1 > a.score.f1 ? b : a));

console.log(
  `${basename(dir)}: ${items.length} items, ${new Set(gold.values()).size} labelled stories (${dir})`,
);
console.log(`reading items: ${readMs.toFixed(0)} ms; clustering: ${ms.toFixed(1)} ms`);
console.log('');
console.log('| system | stories | B3 precision | B3 recall | B3 F1 |');
console.log('|---|---|---|---|---|');
console.log(
  `| matome (threshold ${DEFAULT_SETTINGS.threshold}) | ${new Set(predicted.values()).size} | ${pct(score.precision)} | ${pct(score.recall)} | **${pct(score.f1)}** |`,
);
console.log(
  `| baseline: char n-gram TF-IDF + time decay, average linkage (best threshold ${baseline.threshold}) | ${new Set(clusterBaseline(items, baseline.threshold).values()).size} | ${pct(baseline.score.precision)} | ${pct(baseline.score.recall)} | ${pct(baseline.score.f1)} |`,
);

// Hard cases.
const together = (a: string, b: string) => predicted.get(a) === predicted.get(b);
const report: string[] = [];
let merged = 0;
for (const pair of hard.confusable_pairs) {
  const [s1, s2] = pair.stories;
  const left = pair.items.filter((id) => gold.get(id) === s1);
  const right = pair.items.filter((id) => gold.get(id) === s2);
  const wrong = left.flatMap((a) => right.filter((b) => together(a, b)).map((b) => `${a}+${b}`));
  if (wrong.length > 0) merged++;
  if (wrong.length > 0 || values.errors)
    report.push(
      `  confusable ${pair.story_keys.join(' / ')}: ${wrong.length === 0 ? 'kept apart' : `MERGED ${wrong.join(' ')}`}`,
    );
}
let split = 0;
for (const pair of hard.paraphrase_pairs) {
  const [a, b] = pair.items as [string, string];
  if (!together(a, b)) {
    split++;
    report.push(
      `  paraphrase ${a} / ${b} (${pair.story}): SPLIT (${predicted.get(a)} / ${predicted.get(b)})`,
    );
  }
}
let wireOk = 0;
for (const group of hard.wire_copy_groups) {
  const ok = group.copies.every((copy) => together(copy, group.original));
  if (ok) wireOk++;
  else
    report.push(
      `  wire copies of ${group.original}: ${group.copies.filter((c) => !together(c, group.original)).join(' ')} apart`,
    );
}
// An item is "with its story" when it sits in the predicted cluster that holds most of its gold story.
const mainCluster = new Map<string, string>();
for (const story of new Set(gold.values())) {
  const counts = new Map<string, number>();
  for (const [id, s] of gold)
    if (s === story) counts.set(predicted.get(id) ?? '', (counts.get(predicted.get(id) ?? '') ?? 0) + 1);
  mainCluster.set(story, [...counts].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))[0]?.[0] ?? '');
}
const withStory = (id: string, story: string) => predicted.get(id) === mainCluster.get(story);
const roundupsOk = hard.roundups.filter((r) => withStory(r.item, r.story));
for (const r of hard.roundups)
  if (!withStory(r.item, r.story)) report.push(`  roundup ${r.item}: not with ${r.story}`);
const crossOk = hard.cross_reference_items.filter(
  (c) => withStory(c.item, c.belongs_to) && !withStory(c.item, c.mentions),
);
for (const c of hard.cross_reference_items)
  if (!crossOk.includes(c))
    report.push(
      `  cross-reference ${c.item}: belongs to ${c.belongs_to}, mentions ${c.mentions}: wrong cluster`,
    );
const inclusionOk = hard.inclusion_items.filter((c) => withStory(c.item, c.story));
for (const c of hard.inclusion_items)
  if (!inclusionOk.includes(c)) report.push(`  sub-event ${c.item}: not with ${c.story}`);

console.log('');
console.log('| hard case | result |');
console.log('|---|---|');
console.log(`| confusable pairs merged | ${merged} of ${hard.confusable_pairs.length} |`);
console.log(`| paraphrase pairs split | ${split} of ${hard.paraphrase_pairs.length} |`);
console.log(`| wire-copy groups kept whole | ${wireOk} of ${hard.wire_copy_groups.length} |`);
console.log(`| roundups with their main story | ${roundupsOk.length} of ${hard.roundups.length} |`);
console.log(
  `| items mentioning another story, with their own | ${crossOk.length} of ${hard.cross_reference_items.length} |`,
);
console.log(`| sub-events with their story | ${inclusionOk.length} of ${hard.inclusion_items.length} |`);
// Which items went wrong is printed only with --errors, so a held-out set's totals can be read
// without seeing its items.
if (report.length > 0)
  console.log(values.errors ? `\n${report.join('\n')}` : '\n(--errors lists the items of each wrong case)');

// Threshold curve and leave-story-groups-out: stories are dealt into 5 groups by id order; for each
// group the threshold is chosen on the other groups' items and scored on the held-out group.
const runs = THRESHOLD_GRID.map((threshold) => ({
  threshold,
  predicted: new Map(run({ threshold }).assignments.map((a) => [a.id, a.story])),
}));
console.log(
  '\nthreshold curve (whole set): ' +
    runs.map((r) => `${r.threshold}: ${pct(bcubed(r.predicted, gold).f1)}`).join(', '),
);
const storyIds = [...new Set(gold.values())].sort();
const FOLDS = 5;
const foldOf = new Map(storyIds.map((story, i) => [story, i % FOLDS]));
const heldOut: string[] = [];
let heldF1 = 0;
for (let fold = 0; fold < FOLDS; fold++) {
  const inFold = (id: string) => foldOf.get(gold.get(id) ?? '') === fold;
  const choose = runs
    .map((r) => ({ threshold: r.threshold, f1: bcubed(r.predicted, gold, (id) => !inFold(id)).f1, run: r }))
    .reduce((a, b) => (b.f1 > a.f1 + 1e-9 ? b : a));
  const held = bcubed(choose.run.predicted, gold, inFold);
  heldF1 += held.f1 / FOLDS;
  heldOut.push(
    `group ${fold + 1}: threshold ${choose.threshold} → held-out F1 ${pct(held.f1)} (P ${pct(held.precision)})`,
  );
}
console.log(
  `leave-story-groups-out (threshold chosen without the group): ${heldOut.join('; ')}; mean held-out F1 ${pct(heldF1)}`,
);

if (values.errors) {
  console.log('\nassignments:');
  for (const a of assignments)
    console.log(`${a.id} ${gold.get(a.id)} → ${a.story} ${JSON.stringify(a.reason)}`);
}
