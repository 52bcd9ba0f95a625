// Body-extraction evaluation on scrapinghub's article-extraction-benchmark (181 pages, see
// ../shared/data/article-extraction-benchmark/README.md): matome's extractDocument against the
// benchmark's readability_js baseline (Mozilla Readability on jsdom), same pages, same process.
//
// Scores (test/support/extraction-score.ts): the benchmark's own token-shingle precision, recall
// and F1, reproduced from its evaluate.py, and a character-bigram variant for Japanese pages.
// Speed: pages per second inside each extractor only (bytes are decoded before timing), after a
// warm-up pass over the first pages, so module loading and JIT warm-up are not counted. Each
// extractor then runs over all pages twice, the two extractors taking turns, and its faster pass
// counts: a burst of load from other processes during one pass does not decide the ratio.
// Usage: node scripts/eval-extraction.ts [--every N]   (N: score every N-th page only)
import { join } from 'node:path';
import type { PageCounts } from '../test/support/extraction-score.ts';
import { meanScores, pageF1, scoresWithInterval } from '../test/support/extraction-score.ts';
import type { BodyExtractor, PageResult } from '../test/support/extraction-score-benchmark.ts';
import {
  benchmarkDirectory,
  createReadabilityBody,
  hasBenchmark,
  loadBenchmarkPages,
  matomeBody,
  runExtractor,
} from '../test/support/extraction-score-benchmark.ts';

const WARM_UP_PAGES = 10;
const WORST_SHOWN = 10;

const directory = benchmarkDirectory(join(import.meta.dirname, '..'));
if (!hasBenchmark(directory)) {
  console.error(
    'eval:extraction: the benchmark is missing (expected ../shared/data/article-extraction-benchmark)',
  );
  process.exit(1);
}
const everyIndex = process.argv.indexOf('--every');
const every = everyIndex === -1 ? 1 : Number(process.argv[everyIndex + 1]);
const pages = loadBenchmarkPages(directory, { every });

const TIMED_PASSES = 2;

interface Run {
  name: string;
  extract: BodyExtractor;
  results: PageResult[];
  seconds: number;
}

const runs: Run[] = [
  { name: 'matome', extract: matomeBody, results: [], seconds: Number.POSITIVE_INFINITY },
  {
    name: 'readability.js',
    extract: createReadabilityBody(),
    results: [],
    seconds: Number.POSITIVE_INFINITY,
  },
];
for (const run of runs) runExtractor(pages.slice(0, WARM_UP_PAGES), run.extract);
for (let pass = 0; pass < TIMED_PASSES; pass += 1) {
  for (const run of runs) {
    const { results, seconds } = runExtractor(pages, run.extract);
    run.results = results;
    run.seconds = Math.min(run.seconds, seconds);
  }
}
const pagesPerSecond = (run: Run) => pages.length / run.seconds;

const number = (value: number) => value.toFixed(3);
const withInterval = (value: number, interval: number) => `${number(value)} ± ${number(interval)}`;
console.log(`article-extraction-benchmark: ${pages.length} pages${every > 1 ? ` (every ${every}th)` : ''}`);
console.log('token shingles (benchmark metric): precision, recall, F1 of the means; ± 95 % bootstrap');
for (const { name, results } of runs) {
  const scores = scoresWithInterval(results.map((result) => result.tokens));
  console.log(
    `  ${name.padEnd(15)} P=${withInterval(scores.precision, scores.precisionInterval)}  R=${withInterval(scores.recall, scores.recallInterval)}  F1=${withInterval(scores.f1, scores.f1Interval)}`,
  );
}
console.log('character bigrams (NFKC, no whitespace): precision, recall, F1 of the means');
for (const { name, results } of runs) {
  const scores = meanScores(results.map((result) => result.characters));
  console.log(
    `  ${name.padEnd(15)} P=${number(scores.precision)}  R=${number(scores.recall)}  F1=${number(scores.f1)}`,
  );
}
console.log(`speed (extraction only, after warm-up; faster of ${TIMED_PASSES} passes)`);
for (const run of runs) console.log(`  ${run.name.padEnd(15)} ${pagesPerSecond(run).toFixed(1)} pages/s`);
const [matome, baseline] = runs as [Run, Run];
console.log(`  matome / readability.js: ${(pagesPerSecond(matome) / pagesPerSecond(baseline)).toFixed(2)}×`);

const f1 = (counts: PageCounts) => number(pageF1(counts));
console.log(`worst ${WORST_SHOWN} pages for matome (per-page token F1; P R F1 charF1 readability-F1 id url)`);
const worst = matome.results
  .map((result, index) => ({ result, baseline: baseline.results[index] as PageResult }))
  .sort(
    (a, b) =>
      pageF1(a.result.tokens) - pageF1(b.result.tokens) || a.result.page.id.localeCompare(b.result.page.id),
  )
  .slice(0, WORST_SHOWN);
for (const { result, baseline: other } of worst) {
  const { tokens } = result;
  const precision = tokens.tp + tokens.fp === 0 ? 0 : tokens.tp / (tokens.tp + tokens.fp);
  const recall = tokens.tp + tokens.fn === 0 ? 0 : tokens.tp / (tokens.tp + tokens.fn);
  console.log(
    `  ${number(precision)} ${number(recall)} ${f1(tokens)} ${f1(result.characters)} ${f1(other.tokens)} ${result.page.id.slice(0, 8)} ${result.page.url}`,
  );
}
