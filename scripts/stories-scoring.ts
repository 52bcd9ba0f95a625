// Scoring helpers for scripts/eval-stories.ts: B-cubed over a subset, and the reference baseline.

import type { StoryItem } from '../src/domain/story-item.ts';
import { charBigrams, normalizeForMatch } from '../src/text/normalize.ts';

/** The thresholds the story scripts score a set at (eval-stories.ts' curve, stories-threshold-sets.ts). */
export const THRESHOLD_GRID: readonly number[] = [
  0.06, 0.07, 0.08, 0.09, 0.1, 0.11, 0.12, 0.13, 0.14, 0.16, 0.18, 0.2,
];

/** B-cubed precision, recall and F1 (per item, averaged) over the items `keep` accepts. */
export function bcubed(
  predicted: ReadonlyMap<string, string>,
  gold: ReadonlyMap<string, string>,
  keep: (id: string) => boolean = () => true,
) {
  const ids = [...gold.keys()].filter(keep);
  let precision = 0;
  let recall = 0;
  for (const id of ids) {
    const cluster = ids.filter((other) => predicted.get(other) === predicted.get(id));
    const story = ids.filter((other) => gold.get(other) === gold.get(id));
    const both = cluster.filter((other) => gold.get(other) === gold.get(id)).length;
    precision += both / cluster.length;
    recall += both / story.length;
  }
  precision /= ids.length;
  recall /= ids.length;
  return {
    precision,
    recall,
    f1: precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall),
  };
}

/**
 * The reference baseline: TF-IDF over character 2- and 3-grams of title + description, cosine
 * times exp(−Δdays / 7), agglomerative clustering with average linkage until no pair of clusters
 * is more alike than `threshold`.
 */
export function clusterBaseline(items: readonly StoryItem[], threshold: number): Map<string, string> {
  const grams = items.map((item) => {
    const text = normalizeForMatch(`${item.title}${item.description}`);
    const counts = charBigrams(text);
    const chars = [...text];
    for (let i = 0; i + 2 < chars.length; i++) {
      const gram = `${chars[i]}${chars[i + 1]}${chars[i + 2]}`;
      counts.set(gram, (counts.get(gram) ?? 0) + 1);
    }
    return counts;
  });
  const df = new Map<string, number>();
  for (const counts of grams) for (const gram of counts.keys()) df.set(gram, (df.get(gram) ?? 0) + 1);
  const vectors = grams.map((counts) => {
    const vector = new Map<string, number>();
    let norm = 0;
    for (const [gram, count] of counts) {
      const weight = (1 + Math.log(count)) * Math.log(items.length / (df.get(gram) ?? 1));
      vector.set(gram, weight);
      norm += weight * weight;
    }
    for (const [gram, weight] of vector) vector.set(gram, weight / Math.sqrt(norm || 1));
    return vector;
  });
  const times = items.map((item) => Date.parse(item.published));
  const n = items.length;
  const sim: number[][] = Array.from({ length: n }, () => new Array<number>(n).fill(0));
  for (let i = 0; i < n; i++)
    for (let j = i + 1; j < n; j++) {
      let dot = 0;
      const [a, b] = [vectors[i] as Map<string, number>, vectors[j] as Map<string, number>];
      for (const [gram, weight] of a) dot += weight * (b.get(gram) ?? 0);
      const days = Math.abs((times[i] as number) - (times[j] as number)) / 86_400_000;
      const value = dot * Math.exp(-days / 7);
      (sim[i] as number[])[j] = value;
      (sim[j] as number[])[i] = value;
    }
  let clusters = items.map((_, i) => [i]);
  for (;;) {
    let best = { score: -1, a: -1, b: -1 };
    for (let a = 0; a < clusters.length; a++)
      for (let b = a + 1; b < clusters.length; b++) {
        let total = 0;
        for (const i of clusters[a] as number[])
          for (const j of clusters[b] as number[]) total += (sim[i] as number[])[j] as number;
        const average = total / ((clusters[a] as number[]).length * (clusters[b] as number[]).length);
        if (average > best.score) best = { score: average, a, b };
      }
    if (best.score < threshold) break;
    const merged = [...(clusters[best.a] as number[]), ...(clusters[best.b] as number[])];
    clusters = clusters.filter((_, index) => index !== best.a && index !== best.b);
    clusters.push(merged);
  }
  const out = new Map<string, string>();
  clusters.forEach((members, index) => {
    for (const i of members) out.set((items[i] as StoryItem).id, `b${index}`);
  });
  return out;
}
