// Sentence-length texts are reduced again and again (each source sentence for every claim the
// verifier checks against it): kept by text in a bounded memo, emptied when full.
const normMemo = new Map<string, string>();
const NORM_MEMO_SIZE = 20_000;
const NORM_MEMO_MAX_LENGTH = 400;

/** Text reduced for comparison: NFKC (full-width ＡＢＣ１ → ABC1, half-width ｶﾅ → カナ), no whitespace. */
export function normalizeForMatch(text: string): string {
  if (text.length > NORM_MEMO_MAX_LENGTH) return text.normalize('NFKC').replace(/\s+/gu, '');
  let norm = normMemo.get(text);
  if (norm === undefined) {
    norm = text.normalize('NFKC').replace(/\s+/gu, '');
    if (normMemo.size >= NORM_MEMO_SIZE) normMemo.clear();
    normMemo.set(text, norm);
  }
  return norm;
}

/** Counts of each pair of adjacent characters (code points, so emoji are not cut in half). */
export function charBigrams(text: string): Map<string, number> {
  const bigrams = new Map<string, number>();
  let previous: string | undefined;
  for (const char of text) {
    if (previous !== undefined) {
      const bigram = previous + char;
      bigrams.set(bigram, (bigrams.get(bigram) ?? 0) + 1);
    }
    previous = char;
  }
  return bigrams;
}

// The bigrams of texts compared again and again (a source sentence against every candidate),
// counted once with their total: a bounded memo, emptied when full, so memory stays flat over long
// runs.
interface CountedBigrams {
  bigrams: ReadonlyMap<string, number>;
  total: number;
}
const bigramMemo = new Map<string, CountedBigrams>();
const BIGRAM_MEMO_SIZE = 20_000;
function bigramsOf(text: string): CountedBigrams {
  let counted = bigramMemo.get(text);
  if (counted === undefined) {
    const bigrams = charBigrams(text);
    let total = 0;
    bigrams.forEach((count) => {
      total += count;
    });
    counted = { bigrams, total };
    if (bigramMemo.size >= BIGRAM_MEMO_SIZE) bigramMemo.clear();
    bigramMemo.set(text, counted);
  }
  return counted;
}

/** Dice coefficient (0–1) over character bigrams of the normalised texts; 1 for equal texts. */
export function similarity(a: string, b: string): number {
  const left = normalizeForMatch(a);
  const right = normalizeForMatch(b);
  if (left === right) return 1;
  const leftBigrams = bigramsOf(left);
  const rightBigrams = bigramsOf(right);
  const total = leftBigrams.total + rightBigrams.total;
  if (total === 0) return 0;
  let shared = 0;
  const other = rightBigrams.bigrams;
  leftBigrams.bigrams.forEach((count, bigram) => {
    shared += Math.min(count, other.get(bigram) ?? 0);
  });
  return (2 * shared) / total;
}

/**
 * similarity() of one text to each of many, from an index of the many texts' bigrams made once:
 * the same values — the same shared count over the same total, 1 for equal normalized texts —
 * counted from the bigrams the text shares with each, not by comparing it with every text.
 */
export class SimilarityIndex {
  readonly #norms: string[];
  readonly #totals: Int32Array;
  /** Bigram → the texts that have it and how often: [text index, count, text index, count, …]. */
  readonly #postings = new Map<string, number[]>();

  constructor(texts: readonly string[]) {
    this.#norms = texts.map(normalizeForMatch);
    this.#totals = new Int32Array(texts.length);
    this.#norms.forEach((norm, i) => {
      const { bigrams, total } = bigramsOf(norm);
      this.#totals[i] = total;
      bigrams.forEach((count, bigram) => {
        const list = this.#postings.get(bigram);
        if (list === undefined) this.#postings.set(bigram, [i, count]);
        else list.push(i, count);
      });
    });
  }

  /** similarity(text, texts[i]) for every i. */
  scores(text: string): Float64Array {
    const norm = normalizeForMatch(text);
    const { bigrams, total } = bigramsOf(norm);
    const shared = new Int32Array(this.#norms.length);
    bigrams.forEach((count, bigram) => {
      const list = this.#postings.get(bigram);
      if (list === undefined) return;
      for (let at = 0; at < list.length; at += 2) {
        const i = list[at] as number;
        shared[i] = (shared[i] as number) + Math.min(count, list[at + 1] as number);
      }
    });
    const scores = new Float64Array(this.#norms.length);
    for (let i = 0; i < scores.length; i++) {
      const sum = total + (this.#totals[i] as number);
      scores[i] = this.#norms[i] === norm ? 1 : sum === 0 ? 0 : (2 * (shared[i] as number)) / sum;
    }
    return scores;
  }
}
