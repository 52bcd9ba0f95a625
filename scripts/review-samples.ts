// Prints, for every bundled sample cluster and the claims-dev stories, the offline article at a
// glance: quote share, title, the hooks' questions and answers, repeated sentences, English
// outside a quote, machine paths, and the verifier's verdict with its errors and warnings.
// `--holdout` reviews instead the stories of test/fixtures/claims-holdout (three pages each), pages
// the engine was never shaped on: every development set, or with `--set setN` (repeatable) only
// those sets. `--totals` prints one line per story (quote shares, verdict, how many rules it breaks)
// and none of its text: the only way a held-out set (scripts/held-out.ts) is reviewed, and only
// when named, since its articles must not be read while tuning (CONTRIBUTING). Without `--holdout`,
// the stories of claims-dev's held-out set2 are left out unless `--totals` is given (then as totals).
// Read in full (without `--totals`), the review ends with the rules broken across its stories, each
// with how many stories break it and how many times (ruleOf): which rules the article breaks most.
import { parseArgs } from 'node:util';
import { explainerParts } from '../src/render/labels.ts';
import { createTokenizer } from '../src/text/tokenizer.ts';
import {
  defectsOf,
  holdoutClusters,
  reviewCluster,
  reviewClusters,
  ruleOf,
} from '../test/support/review-articles.ts';
import { HELD_OUT, reviewableSets } from './held-out.ts';

const percent = (share: number) => `${Math.round(share * 100)}%`;
let clean = 0;
// Rules broken across the stories read in full (never a held-out set's): stories and times each.
const tally = new Map<string, { stories: number; times: number }>();
const { values } = parseArgs({
  options: {
    holdout: { type: 'boolean', default: false },
    set: { type: 'string', multiple: true },
    totals: { type: 'boolean', default: false },
  },
});
const named = values.set ?? [];
if (named.length > 0 && !values.holdout)
  throw new Error('--set only picks claims-holdout sets: add --holdout (e.g. --holdout --set set3)');
const setOf = (name: string) => name.split(' ')[0] as string;
const stories = values.holdout ? holdoutClusters() : reviewClusters();
const chosen = (() => {
  if (!values.holdout) return { sets: [], skipped: [] };
  try {
    return reviewableSets([...new Set(stories.map(({ name }) => setOf(name)))], named, values.totals);
  } catch (error) {
    console.error(`review:samples: ${(error as Error).message}`);
    process.exit(2);
  }
})();
const { sets, skipped } = chosen;
/** A claims-dev story of a held-out set ('claims-dev set2 …'), read only as totals. */
const heldOutDev = (name: string) =>
  name.startsWith('claims-dev ') && (HELD_OUT['claims-dev'] ?? []).includes(name.split(' ')[1] ?? '');
const clusters = stories.filter(({ name }) =>
  values.holdout ? sets.includes(setOf(name)) : values.totals || !heldOutDev(name),
);
const devSkipped = values.holdout || values.totals ? [] : stories.filter(({ name }) => heldOutDev(name));
if (devSkipped.length > 0)
  console.log(
    `(held out, not reviewed: ${devSkipped.map(({ name }) => name).join(', ')}; add --totals for their totals)\n`,
  );
if (clusters.length === 0) throw new Error(`no claims-holdout set named ${named.join(', ')}: try --set set3`);
if (skipped.length > 0)
  console.log(`(held out, not reviewed: ${skipped.join(', ')}; name one with --set and --totals)\n`);
const tokenizer = await createTokenizer();
for (const { name, inputs } of clusters) {
  const review = await reviewCluster(name, inputs, tokenizer);
  const { article } = review;
  if (values.totals) {
    const defects = defectsOf(review, tokenizer).length;
    if (defects === 0) clean += 1;
    console.log(
      `${name}: quote share ${percent(review.quoteShare)} (most quoted section ${percent(review.maxSectionShare)}), verdict ${review.verdict} (${review.errors.length} errors, ${review.warnings.length} warnings), ${defects} rules broken`,
    );
    continue;
  }
  console.log(`\n== ${name}`);
  console.log(
    `quote share: ${percent(review.quoteShare)} (most quoted section ${percent(review.maxSectionShare)})`,
  );
  console.log(`title: ${article.title.text} (${[...article.title.text].length} chars)`);
  for (const section of article.sections.slice(0, 3)) {
    console.log(`  ■ ${section.heading.text}`);
    console.log(`  Q. ${section.hook.question.text}`);
    console.log(
      `  A. ${section.hook.answer.verbatim ? `「${section.hook.answer.text}」` : section.hook.answer.text}`,
    );
  }
  for (const part of explainerParts(article)) {
    console.log(`  ■${part.heading}`);
    for (const line of part.lines) console.log(`    ・${line}`);
  }
  console.log(`closing: ${article.closing.sentence.text}`);
  console.log(
    `duplicates: ${review.duplicates.length}${review.duplicates.map((line) => `\n  ${line}`).join('')}`,
  );
  if (review.repeatedEvents.length > 0)
    console.log(`events said twice: ${review.repeatedEvents.join(' | ')}`);
  if (review.englishOutsideQuotes.length > 0)
    console.log(`English outside quotes: ${review.englishOutsideQuotes.length}`);
  if (review.machinePaths.length > 0) console.log(`machine paths: ${review.machinePaths.join(' | ')}`);
  console.log(
    `verdict: ${review.verdict}, ${review.errors.length} errors, ${review.warnings.length} warnings`,
  );
  for (const finding of [...review.errors, ...review.warnings]) {
    const path = 'path' in finding.location ? finding.location.path : '';
    console.log(`  ${finding.severity} ${finding.code} ${path}: ${finding.message}`);
  }
  const defects = defectsOf(review, tokenizer);
  for (const defect of defects) console.log(`  ✗ ${defect}`);
  const rules = defects.map(ruleOf);
  for (const rule of new Set(rules)) {
    const count = tally.get(rule) ?? { stories: 0, times: 0 };
    count.stories += 1;
    count.times += rules.filter((other) => other === rule).length;
    tally.set(rule, count);
  }
  const ok = defects.length === 0;
  if (ok) clean += 1;
}
if (tally.size > 0) {
  console.log('\nrules broken (stories / times):');
  for (const [rule, { stories, times }] of [...tally].sort((a, b) => b[1].stories - a[1].stories))
    console.log(`  ${rule}: ${stories} / ${times}`);
}
console.log(`\n${clean} of ${clusters.length} articles meet every rule`);
