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
  // A Set's tokens are distinct already; any other iterable is made distinct first.
  for (const set of sets)
    for (const token of set instanceof Set ? set : new Set(set))
      frequency.set(token, (frequency.get(token) ?? 0) + 1);
  const byText = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
  // Each known token's place in the order, counted once; tokens met nowhere come first, by text.
  // Counts are small whole numbers: the tokens are bucketed by count and each bucket sorted by
  // text (the default sort compares code units, as byText does), not compared through the map.
  const buckets: string[][] = [];
  frequency.forEach((count, token) => {
    const bucket = buckets[count];
    if (bucket === undefined) buckets[count] = [token];
    else bucket.push(token);
  });
  const ordered: string[] = [];
  for (const bucket of buckets)
    if (bucket !== undefined) for (const token of bucket.sort()) ordered.push(token);
  // The counts are no longer needed: the same map keeps each token's rank.
  const rank = frequency;
  ordered.forEach((token, i) => {
    rank.set(token, i);
  });
  return {
    sort(tokens) {
      // Each token's rank looked up once, and the ranks sorted as numbers (not a Map look-up per
      // comparison); a token given twice is dropped after sorting, where its copies are adjacent.
      const unknown: string[] = [];
      const ranks: number[] = [];
      for (const token of tokens) {
        const at = rank.get(token);
        if (at === undefined) unknown.push(token);
        else ranks.push(at);
      }
      const known = Int32Array.from(ranks).sort();
      unknown.sort(byText);
      const out: string[] = [];
      for (const token of unknown) if (out.length === 0 || out[out.length - 1] !== token) out.push(token);
      let previous = -1;
      for (const at of known)
        if (at !== previous) {
          out.push(ordered[at] as string);
          previous = at;
        }
      return out;
    },
  };
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

/**
 * Items filed under tokens; a lookup gives each item filed under any of the tokens looked up, once.
 * Each filing is numbered (0, 1, …): a lookup may ask only for the items filed since a number.
 */
export class Postings<T> {
  readonly #lists = new Map<string, Array<{ item: T; at: number }>>();
  #filed = 0;

  /** How many times add() has been called. */
  get filed(): number {
    return this.#filed;
  }

  add(item: T, tokens: Iterable<string>): void {
    const at = this.#filed++;
    for (const token of tokens) {
      const list = this.#lists.get(token);
      if (list === undefined) this.#lists.set(token, [{ item, at }]);
      else list.push({ item, at });
    }
  }

  /** The items filed under any of `tokens` by the add() calls numbered `since` or later. */
  find(tokens: Iterable<string>, since = 0, found: Set<T> = new Set()): Set<T> {
    for (const token of tokens) {
      const list = this.#lists.get(token);
      if (list === undefined) continue;
      for (let i = list.length - 1; i >= 0; i--) {
        const entry = list[i] as { item: T; at: number };
        if (entry.at < since) break;
        found.add(entry.item);
      }
    }
    return found;
  }
}
