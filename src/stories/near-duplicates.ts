/**
 * Near-duplicate detection for wire copies: MinHash over character shingles with LSH banding, so
 * an item is compared only with the earlier items that share a band (time per item does not grow
 * with the number of items seen). The estimate is confirmed with the exact Jaccard similarity of
 * the two shingle sets before a pair is reported.
 */

/** Characters per shingle: 4 keeps particles and kana endings from making unrelated sentences alike. */
const SHINGLE = 4;
const BANDS = 16;
const ROWS = 4;
const HASHES = BANDS * ROWS;

export interface NearDuplicate {
  id: string;
  /** Exact Jaccard similarity (0–1) of the two items' shingle sets. */
  jaccard: number;
}

/** Character shingles of a normalised text (code points, so surrogate pairs stay whole). */
export function shinglesOf(text: string): Set<string> {
  const chars = [...text];
  const out = new Set<string>();
  if (chars.length < SHINGLE) {
    if (chars.length > 0) out.add(chars.join(''));
    return out;
  }
  for (let i = 0; i + SHINGLE <= chars.length; i++) out.add(chars.slice(i, i + SHINGLE).join(''));
  return out;
}

/** Jaccard similarity of two sets. */
export function jaccard(a: ReadonlySet<string>, b: ReadonlySet<string>): number {
  if (a.size === 0 && b.size === 0) return 1;
  let shared = 0;
  const [small, large] = a.size <= b.size ? [a, b] : [b, a];
  for (const value of small) if (large.has(value)) shared++;
  return shared / (a.size + b.size - shared);
}

// FNV-1a 32-bit, then mixed per hash function: deterministic across runs and platforms.
function fnv1a(text: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash >>> 0;
}

function mix(value: number, seed: number): number {
  let h = (value ^ Math.imul(seed, 0x9e3779b1)) >>> 0;
  h = Math.imul(h ^ (h >>> 16), 0x85ebca6b) >>> 0;
  h = Math.imul(h ^ (h >>> 13), 0xc2b2ae35) >>> 0;
  return (h ^ (h >>> 16)) >>> 0;
}

/** The MinHash signature of a shingle set. */
export function minHash(shingles: ReadonlySet<string>): Uint32Array {
  const signature = new Uint32Array(HASHES).fill(0xffffffff);
  for (const shingle of shingles) {
    const base = fnv1a(shingle);
    for (let k = 0; k < HASHES; k++) {
      const value = mix(base, k + 1);
      if (value < (signature[k] as number)) signature[k] = value;
    }
  }
  return signature;
}

/** An index of items seen so far; `add` returns the earlier items at least `threshold` alike. */
export interface NearDuplicateIndex {
  add(id: string, text: string): NearDuplicate[];
  /** Forgets an item (when it falls out of the clustering window). */
  remove(id: string): void;
}

/** Creates an empty near-duplicate index. */
export function createNearDuplicateIndex(threshold: number): NearDuplicateIndex {
  const buckets = new Map<string, Set<string>>();
  const entries = new Map<string, { shingles: Set<string>; keys: string[] }>();
  return {
    add(id, text) {
      const shingles = shinglesOf(text);
      const signature = minHash(shingles);
      const keys: string[] = [];
      const candidates = new Set<string>();
      for (let band = 0; band < BANDS; band++) {
        const key = `${band}:${Array.from(signature.subarray(band * ROWS, band * ROWS + ROWS)).join('.')}`;
        keys.push(key);
        for (const other of buckets.get(key) ?? []) candidates.add(other);
      }
      const found: NearDuplicate[] = [];
      for (const other of candidates) {
        const entry = entries.get(other);
        if (entry === undefined) continue;
        const similarity = jaccard(shingles, entry.shingles);
        if (similarity >= threshold) found.push({ id: other, jaccard: similarity });
      }
      for (const key of keys) {
        const bucket = buckets.get(key) ?? new Set<string>();
        bucket.add(id);
        buckets.set(key, bucket);
      }
      entries.set(id, { shingles, keys });
      return found.sort((a, b) => b.jaccard - a.jaccard || (a.id < b.id ? -1 : 1));
    },
    remove(id) {
      const entry = entries.get(id);
      if (entry === undefined) return;
      for (const key of entry.keys) {
        const bucket = buckets.get(key);
        bucket?.delete(id);
        if (bucket?.size === 0) buckets.delete(key);
      }
      entries.delete(id);
    },
  };
}
