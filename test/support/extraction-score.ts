// Scores extracted article bodies against ground truth, in two ways:
//
// 1. Exactly as scrapinghub/article-extraction-benchmark's evaluate.py does (so our numbers sit
//    beside its published table):
//    - tokens are the matches of Python's `re.compile(r'\w+', re.UNICODE)`; for str patterns
//      Python's \w is "alphanumeric or underscore" (Unicode letters L*, numbers N*, and _), which is
//      /[\p{L}\p{N}_]+/gu here. Case is kept (re.IGNORECASE does not change what \w matches);
//    - shingles are the overlapping 4-token sequences; a text with 1–3 tokens has one shingle of
//      all its tokens, an empty text none (their `range(max(1, len - n + 1))` with `if shingle`);
//    - per page, TP/FP/FN are multiset counts of shingles, then divided by TP+FP+FN so that every
//      page weighs the same;
//    - precision is the mean of per-page TP/(TP+FP) over the pages where TP+FP > 0 (the extractor
//      returned something), recall the mean of TP/(TP+FN) over the pages where TP+FN > 0 (the
//      truth has text), and F1 = 2PR/(P+R) of those two means, not a mean of per-page F1s;
//    - the ± is 1.96 standard deviations over 1000 bootstrap resamples of pages (seeded here, so
//      the printed interval is reproducible; upstream uses Python's unseeded `random`).
// 2. A character variant for Japanese, where \w+ swallows a whole clause up to the next
//    punctuation mark as one "token": NFKC, whitespace removed, multisets of character bigrams
//    (the usual unit for Japanese n-gram matching; single characters would let any Japanese text
//    match any other), normalised and averaged the same way as the token score.
import { seededRandom } from './seeded-random.ts';

/** TP/FP/FN of one page, normalised to sum to 1 (all 0 when both texts are empty). */
export interface PageCounts {
  tp: number;
  fp: number;
  fn: number;
}

/** Mean precision and recall over pages, and F1 of the two means. */
export interface MeanScores {
  precision: number;
  recall: number;
  f1: number;
}

/** MeanScores with bootstrap half-widths of the 95 % interval. */
export interface ScoresWithInterval extends MeanScores {
  precisionInterval: number;
  recallInterval: number;
  f1Interval: number;
}

const WORD = /[\p{L}\p{N}_]+/gu;
const SHINGLE_SIZE = 4;
const CHARACTER_GRAM = 2;

/** The benchmark's tokens: runs of Unicode letters, numbers and underscores (Python's \w+). */
export function benchmarkTokens(text: string): string[] {
  return text.match(WORD) ?? [];
}

/** Overlapping n-grams as joined strings; a sequence shorter than n gives itself, an empty one nothing. */
function ngramCounts(units: readonly string[], n: number, separator: string): Map<string, number> {
  const counts = new Map<string, number>();
  const last = Math.max(1, units.length - n + 1);
  for (let i = 0; i < last; i += 1) {
    const gram = units.slice(i, i + n);
    if (gram.length === 0) continue;
    const key = gram.join(separator);
    counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  return counts;
}

/** Multiset TP/FP/FN between two count maps, divided by their sum (evaluate.py's string_shingle_matching). */
function matchCounts(truth: Map<string, number>, prediction: Map<string, number>): PageCounts {
  let tp = 0;
  let fp = 0;
  let fn = 0;
  for (const [key, predicted] of prediction) {
    const expected = truth.get(key) ?? 0;
    tp += Math.min(expected, predicted);
    fp += Math.max(0, predicted - expected);
  }
  for (const [key, expected] of truth) fn += Math.max(0, expected - (prediction.get(key) ?? 0));
  const sum = tp + fp + fn;
  return sum > 0 ? { tp: tp / sum, fp: fp / sum, fn: fn / sum } : { tp, fp, fn };
}

/** The benchmark's per-page counts over 4-token shingles (a space cannot occur inside a \w+ token). */
export function shingleCounts(truth: string, prediction: string): PageCounts {
  return matchCounts(
    ngramCounts(benchmarkTokens(truth), SHINGLE_SIZE, ' '),
    ngramCounts(benchmarkTokens(prediction), SHINGLE_SIZE, ' '),
  );
}

/** Per-page counts over character bigrams of the NFKC text without whitespace. */
export function characterCounts(truth: string, prediction: string): PageCounts {
  const characters = (text: string) => [...text.normalize('NFKC').replace(/\s+/gu, '')];
  return matchCounts(
    ngramCounts(characters(truth), CHARACTER_GRAM, ''),
    ngramCounts(characters(prediction), CHARACTER_GRAM, ''),
  );
}

// evaluate.py's precision_score and recall_score, including their special cases.
const precisionOf = ({ tp, fp, fn }: PageCounts) =>
  fp === 0 && fn === 0 ? 1 : tp === 0 && fp === 0 ? 0 : tp / (tp + fp);
const recallOf = ({ tp, fp, fn }: PageCounts) =>
  fp === 0 && fn === 0 ? 1 : tp === 0 && fn === 0 ? 0 : tp / (tp + fn);

/** F1 of one page from its counts (for ranking pages; the benchmark's F1 is of the means). */
export function pageF1(counts: PageCounts): number {
  const precision = precisionOf(counts);
  const recall = recallOf(counts);
  return precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
}

const mean = (values: readonly number[]) =>
  values.length === 0 ? Number.NaN : values.reduce((sum, value) => sum + value, 0) / values.length;

/** evaluate.py's metrics_from_tp_fp_fns: mean precision and recall over the pages that have them, F1 of the means. */
export function meanScores(pages: readonly PageCounts[]): MeanScores {
  const precision = mean(pages.filter((page) => page.tp + page.fp > 0).map(precisionOf));
  const recall = mean(pages.filter((page) => page.tp + page.fn > 0).map(recallOf));
  return { precision, recall, f1: (2 * precision * recall) / (precision + recall) };
}

/** Sample standard deviation, as Python's statistics.stdev. */
function standardDeviation(values: readonly number[]): number {
  const average = mean(values);
  return Math.sqrt(values.reduce((sum, value) => sum + (value - average) ** 2, 0) / (values.length - 1));
}

/** meanScores plus evaluate.py's ± (1.96 × stdev over bootstrap resamples of the pages). */
export function scoresWithInterval(
  pages: readonly PageCounts[],
  options: { resamples?: number; seed?: number } = {},
): ScoresWithInterval {
  const random = seededRandom(options.seed ?? 1);
  const samples: MeanScores[] = [];
  for (let round = 0; round < (options.resamples ?? 1000); round += 1) {
    const resample = pages.map(() => pages[Math.floor(random() * pages.length)] as PageCounts);
    samples.push(meanScores(resample));
  }
  const interval = (key: keyof MeanScores) => 1.96 * standardDeviation(samples.map((sample) => sample[key]));
  return {
    ...meanScores(pages),
    precisionInterval: interval('precision'),
    recallInterval: interval('recall'),
    f1Interval: interval('f1'),
  };
}
