// ROUGE over characters, the usual choice for Japanese (no whitespace words): ROUGE-1 and ROUGE-2
// on character n-grams and ROUGE-L on the longest common character subsequence, all as F1.
// Text is NFKC-normalised and stripped of whitespace and punctuation before counting.

export interface RougeScores {
  rouge1: number;
  rouge2: number;
  rougeL: number;
}

/**
 * NFKC, without whitespace and punctuation: the characters ROUGE counts. `keepSymbols` keeps
 * symbols (category S: ＝, ～) as summaries-dev's README scores them; the bundled set drops them.
 */
export function rougeCharacters(text: string, options: { keepSymbols?: boolean } = {}): string[] {
  const drop = options.keepSymbols === true ? /[\s\p{P}]/gu : /[\s\p{P}\p{S}]/gu;
  return [...text.normalize('NFKC').replace(drop, '')];
}

function ngrams(chars: readonly string[], n: number): Map<string, number> {
  const counts = new Map<string, number>();
  for (let i = 0; i + n <= chars.length; i += 1) {
    const gram = chars.slice(i, i + n).join('');
    counts.set(gram, (counts.get(gram) ?? 0) + 1);
  }
  return counts;
}

const f1 = (overlap: number, candidate: number, reference: number) =>
  overlap === 0 || candidate === 0 || reference === 0
    ? 0
    : (2 * (overlap / candidate) * (overlap / reference)) / (overlap / candidate + overlap / reference);

function rougeN(candidate: readonly string[], reference: readonly string[], n: number): number {
  const a = ngrams(candidate, n);
  const b = ngrams(reference, n);
  let overlap = 0;
  for (const [gram, count] of a) overlap += Math.min(count, b.get(gram) ?? 0);
  const total = (counts: Map<string, number>) => [...counts.values()].reduce((sum, value) => sum + value, 0);
  return f1(overlap, total(a), total(b));
}

function lcsLength(a: readonly string[], b: readonly string[]): number {
  let previous = new Array<number>(b.length + 1).fill(0);
  for (let i = 1; i <= a.length; i += 1) {
    const current = new Array<number>(b.length + 1).fill(0);
    for (let j = 1; j <= b.length; j += 1) {
      current[j] =
        a[i - 1] === b[j - 1] ? (previous[j - 1] ?? 0) + 1 : Math.max(previous[j] ?? 0, current[j - 1] ?? 0);
    }
    previous = current;
  }
  return previous[b.length] ?? 0;
}

/** ROUGE-1, ROUGE-2 and ROUGE-L F1 of a candidate summary against one reference, over characters. */
export function rouge(
  candidate: string,
  reference: string,
  options: { keepSymbols?: boolean } = {},
): RougeScores {
  const a = rougeCharacters(candidate, options);
  const b = rougeCharacters(reference, options);
  return {
    rouge1: rougeN(a, b, 1),
    rouge2: rougeN(a, b, 2),
    rougeL: f1(lcsLength(a, b), a.length, b.length),
  };
}
