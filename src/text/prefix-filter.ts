/**
 * Exact set-overlap search by prefix filtering (Chaudhuri, Ganti and Kaushik 2006; Bayardo, Ma
 * and Srikant 2007, "All-Pairs"): with every token set sorted in one global order, rarest tokens
 * first, two sets that share at least `m` tokens share one among the first |x| − m + 1 tokens of
 * either set. Filing each set under its prefix only and looking up the other set's tokens finds
 * every such pair, and the common tokens — most of a plain inverted index's postings — are seldom
 * filed. It only narrows which pairs to compare: callers test each pair it finds with their own
 * exact test, so the decisions are those of comparing every pair, in time near linear in the
 * number of sets instead of quadratic.
 */

/** One fixed total order of tokens: fewer sets holding a token first, then by code units. */
export interface TokenOrder {
  /** The distinct tokens, in this order. */
  sort(tokens: Iterable<string>): string[];
}

/** The order of the tokens of `sets` by how many of them hold each token (a token met nowhere counts 0). */
export function tokenOrder(sets: Iterable<Iterable<string>>): TokenOrder {
  const frequency = new Map<string, number>();
  for (const set of sets)
    for (const token of new Set(set)) frequency.set(token, (frequency.get(token) ?? 0) + 1);
  const compare = (a: string, b: string) =>
    (frequency.get(a) ?? 0) - (frequency.get(b) ?? 0) || (a < b ? -1 : a > b ? 1 : 0);
  return { sort: (tokens) => [...new Set(tokens)].sort(compare) };
}

/**
 * How many of a set's first tokens (in a TokenOrder) to file or look up so that every set sharing
 * at least `minOverlap` tokens with it is found: size − minOverlap + 1, within 0…size (all of them
 * when any pair may qualify, minOverlap ≤ 0).
 */
export function prefixLength(size: number, minOverlap: number): number {
  if (minOverlap <= 0) return size;
  return Math.max(0, Math.min(size, size - Math.ceil(minOverlap) + 1));
}

/** Items filed under tokens; a lookup gives each item filed under any of the tokens looked up, once. */
export class Postings<T> {
  readonly #lists = new Map<string, T[]>();

  add(item: T, tokens: Iterable<string>): void {
    for (const token of tokens) {
      const list = this.#lists.get(token);
      if (list === undefined) this.#lists.set(token, [item]);
      else list.push(item);
    }
  }

  find(tokens: Iterable<string>): Set<T> {
    const found = new Set<T>();
    for (const token of tokens) for (const item of this.#lists.get(token) ?? []) found.add(item);
    return found;
  }
}
