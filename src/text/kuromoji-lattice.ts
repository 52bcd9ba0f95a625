// kuromoji 0.1.2 builds its word lattice in a way that is quadratic in the length of each piece it
// reads: at every position it copies the rest of the piece (`sentence.slice(pos)`), wraps that copy
// in a SurrogateAwareString (an index of every character) and encodes the whole of it to UTF-8 for
// the dictionary's prefix search, which then copies and decodes a buffer for every word found. This
// module gives a kuromoji Tokenizer the same lattice built in one pass: the prefix search walks the
// dictionary's double-array trie byte by byte from the position and stops where no word goes on,
// and a word found is cut from the text itself. Every node (word id, cost, position, length, ids,
// surface) is the one kuromoji's builder makes, in the same order, so the tokens are identical
// (kuromoji-lattice.test.ts compares both builders on whole sources). A text with a surrogate code
// unit (which matome keeps away from kuromoji anyway) goes to kuromoji's own builder. The feature
// strings kuromoji decodes from its dictionary for every token found are kept by word id.
// The dictionary's target map (surface → word ids: 326k surfaces, 392k words) is held in typed
// arrays (WordTargets) with every word's cost and ids, read once at load, instead of kuromoji's
// object of 326k small arrays: ~50 MB of the heap that every major GC of a build had to mark.
import { createRequire } from 'node:module';

interface DoubleArrayTrie {
  traverse(parent: number, code: number): number;
  bc: { getBase(index: number): number; getBaseBuffer(): Int32Array; getCheckBuffer(): Int32Array };
  commonPrefixSearch(key: string): Array<{ k: string; v?: number }>;
}

interface CharacterClass {
  class_id: number;
  class_name: string;
  is_always_invoke: number;
  is_grouping: number;
}

interface WordDictionary {
  target_map: Record<number, ArrayLike<number | string>>;
  dictionary: { getShort(index: number): number };
  getFeatures(id: number | string): string;
}

interface LatticeBuilder {
  trie: DoubleArrayTrie;
  token_info_dictionary: WordDictionary;
  unknown_dictionary: WordDictionary & { lookup(ch: string): CharacterClass };
  build(sentence: string): unknown;
}

/** The parts of a kuromoji 0.1.2 Tokenizer this module replaces (it has no exports map or types for them). */
export interface KuromojiInternals {
  viterbi_builder: LatticeBuilder;
  token_info_dictionary: WordDictionary;
  unknown_dictionary: WordDictionary;
  viterbi_searcher: {
    connection_costs: { get(forward: number, backward: number): number };
    search(lattice: unknown): PathWord[];
  };
}

/** A word of the best path: its dictionary word id, known or unknown, and its surface in the text. */
export interface PathWord {
  name: number;
  type: 'KNOWN' | 'UNKNOWN';
  surface_form: string;
}

type Lattice = { append(node: unknown): void; appendEos(): void };
type NodeConstructor = new (
  name: number,
  cost: number,
  startPos: number,
  length: number,
  type: 'KNOWN' | 'UNKNOWN',
  leftId: number,
  rightId: number,
  surface: string,
) => unknown;

// doublearray's constants: the root node, "no such child" and the code that ends a key.
const ROOT_ID = 0;
const NOT_FOUND = -1;
const TERM_CODE = 0;
// Code units, not code points (no u flag): a surrogate pair must match too.
const SURROGATE = /[\uD800-\uDFFF]/;
// Feature strings kept per dictionary (a news vocabulary uses a few tens of thousands of words).
const FEATURES_KEPT = 50_000;
// A trie key without a target (never in kuromoji's dictionaries): its target map has no entry.
const NO_TARGET = -1;
// kuromoji reads a word id with parseInt; its target maps hold numbers.
const toId = (id: number | string | undefined): number =>
  typeof id === 'number' ? id : Number.parseInt(String(id), 10);

/**
 * A target map (target → word ids, in kuromoji's order) as flat arrays, with each word's
 * dictionary entry: the words of target t are entries [offsets[t], offsets[t + 1]), four numbers
 * each (word id, cost, left id, right id) from entries[4 * offsets[t]] on.
 */
export interface WordTargets {
  offsets: Int32Array;
  entries: Int32Array;
}

/** (target, word id) pairs: the i-th pair is (targets[i], ids[i]). */
interface TargetPairs {
  targets: Int32Array;
  ids: Int32Array;
}

/**
 * The (target, word id) pairs of kuromoji's tid_map.dat as kuromoji's loadTargetMap reads them: a
 * count, then for each target its number, its number of words and their ids (little-endian int32).
 */
function targetMapPairs(bytes: Uint8Array): TargetPairs {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const int = (at: number) => (at + 4 <= bytes.length ? view.getInt32(at, true) : 0);
  let pairs = 0;
  for (let at = 4; at < bytes.length; ) {
    const size = int(at + 4);
    pairs += size;
    at += 8 + 4 * size;
  }
  const targets = new Int32Array(pairs);
  const ids = new Int32Array(pairs);
  let pair = 0;
  for (let at = 4; at < bytes.length; ) {
    const target = int(at);
    const size = int(at + 4);
    at += 8;
    for (let i = 0; i < size; i++, at += 4, pair++) {
      targets[pair] = target;
      ids[pair] = int(at);
    }
  }
  return { targets, ids };
}

/** The (target, word id) pairs of a target map object (kuromoji's own). */
function objectPairs(map: Record<number, ArrayLike<number | string>>): TargetPairs {
  const targets: number[] = [];
  const ids: number[] = [];
  for (const key of Object.keys(map)) {
    const words = map[Number(key)] as ArrayLike<number | string>;
    for (let i = 0; i < words.length; i++) {
      targets.push(Number(key));
      ids.push(toId(words[i]));
    }
  }
  return { targets: Int32Array.from(targets), ids: Int32Array.from(ids) };
}

/** WordTargets of (target, word id) pairs, each target's words in the order given. */
function wordTargets({ targets, ids }: TargetPairs, dictionary: WordDictionary): WordTargets {
  let last = -1;
  for (let i = 0; i < targets.length; i++) if ((targets[i] as number) > last) last = targets[i] as number;
  const offsets = new Int32Array(last + 2);
  for (let i = 0; i < targets.length; i++) {
    const target = targets[i] as number;
    offsets[target + 1] = (offsets[target + 1] as number) + 1;
  }
  for (let t = 1; t < offsets.length; t++) offsets[t] = (offsets[t] as number) + (offsets[t - 1] as number);
  const next = offsets.slice(0, -1);
  const entries = new Int32Array(4 * ids.length);
  for (let i = 0; i < ids.length; i++) {
    const target = targets[i] as number;
    const id = ids[i] as number;
    const at = 4 * (next[target] as number);
    next[target] = (next[target] as number) + 1;
    entries[at] = id;
    entries[at + 1] = dictionary.dictionary.getShort(id + 4);
    entries[at + 2] = dictionary.dictionary.getShort(id);
    entries[at + 3] = dictionary.dictionary.getShort(id + 2);
  }
  return { offsets, entries };
}

/** WordTargets of kuromoji's tid_map.dat (unpacked), with the words' entries from `dictionary`. */
export function readWordTargets(tidMap: Uint8Array, dictionary: WordDictionary): WordTargets {
  return wordTargets(targetMapPairs(tidMap), dictionary);
}

// WordTargets as bytes: a mark, the lengths of offsets and entries, then offsets and entries
// (int32 in the machine's order: the file is kept in a cache on the machine that made it).
const WORD_TARGETS_MARK = 0x6d74_7731;

/** WordTargets as the bytes of a file (read back by wordTargetsFromBytes). */
export function wordTargetsBytes({ offsets, entries }: WordTargets): Uint8Array {
  const out = new Int32Array(3 + offsets.length + entries.length);
  out[0] = WORD_TARGETS_MARK;
  out[1] = offsets.length;
  out[2] = entries.length;
  out.set(offsets, 3);
  out.set(entries, 3 + offsets.length);
  return new Uint8Array(out.buffer);
}

/** WordTargets from the bytes wordTargetsBytes made; undefined for any other bytes (a file cut short). */
export function wordTargetsFromBytes(bytes: Uint8Array): WordTargets | undefined {
  if (bytes.byteLength < 12 || bytes.byteOffset % 4 !== 0) return undefined;
  const ints = new Int32Array(bytes.buffer, bytes.byteOffset, bytes.byteLength >> 2);
  const offsetsLength = ints[0] === WORD_TARGETS_MARK ? (ints[1] as number) : -1;
  const entriesLength = ints[2] as number;
  if (offsetsLength < 1 || entriesLength < 0 || bytes.byteLength !== 4 * (3 + offsetsLength + entriesLength))
    return undefined;
  const offsets = ints.subarray(3, 3 + offsetsLength);
  if (offsets[offsetsLength - 1] !== entriesLength / 4) return undefined;
  return { offsets, entries: ints.subarray(3 + offsetsLength) };
}

/**
 * Where one of kuromoji's ByteBuffer files (tid.dat, tid_pos.dat, unk.dat, unk_pos.dat: word
 * entries and feature strings) can end before the zeros it is unpacked with: 4 bytes after its
 * last byte that is not zero. Its ByteBuffer reads a byte, short, int or string that starts past
 * the end as zeros, but an int or short that only runs past the end as 0 too, so the zeros that
 * such a read (at most 4 bytes) covers are kept: the file cut there gives the same dictionary.
 */
export function trailingZerosStart(bytes: Uint8Array): number {
  let end = bytes.length;
  while (end > 0 && bytes[end - 1] === 0) end--;
  return end === 0 ? 0 : Math.min(bytes.length, end + 4);
}

/**
 * kuromoji's dictionary files are unpacked to a power-of-two size, the rest zeros, and two of its
 * loaders read on to the end of the file: unk_invoke.dat (the character classes: a flag byte, a
 * flag byte, an int32, a NUL-terminated name each) gives ~150,000 empty classes after its eleven,
 * and unk_map.dat (a count, then target, size and size word ids, int32 each) ~130,000 empty
 * targets. The length of each file's records, where the zeros begin: a class with an empty name
 * is no class (class ids come from the character maps, which name only the real ones), and a
 * record in the zeros is a target without words (kuromoji adds no mapping for it). A loader given
 * the bytes cut there builds the same dictionary, without tens of ms of empty records per process.
 */
export function characterClassesEnd(bytes: Uint8Array): number {
  let at = 0;
  // A record's name starts 6 bytes in; an empty name (a 0 there, or the end) ends the classes.
  while (at + 6 < bytes.length && bytes[at + 6] !== 0) {
    let end = at + 6;
    while (end < bytes.length && bytes[end] !== 0) end++;
    at = end + 1;
  }
  return Math.min(at, bytes.length);
}

/** The length of a target map file's records up to where only zeros follow (see characterClassesEnd). */
export function targetMapEnd(bytes: Uint8Array): number {
  let last = bytes.length - 1;
  while (last >= 0 && bytes[last] === 0) last--;
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  let at = 4;
  while (at <= last) at += 8 + 4 * (at + 8 <= bytes.length ? view.getInt32(at + 4, true) : 0);
  return Math.min(at, bytes.length);
}

/** kuromoji's target_map[target] read from WordTargets (its own builder's look-up; undefined for none). */
function targetMapView({ offsets, entries }: WordTargets): Record<number, ArrayLike<number>> {
  return new Proxy({} as Record<number, ArrayLike<number>>, {
    get(_, key) {
      const target = typeof key === 'string' ? Number(key) : Number.NaN;
      if (!(Number.isInteger(target) && target >= 0 && target + 1 < offsets.length)) return undefined;
      const from = offsets[target] as number;
      const to = offsets[target + 1] as number;
      if (from === to) return undefined;
      return Array.from({ length: to - from }, (_, i) => entries[4 * (from + i)] as number);
    },
  });
}

/** What useLinearLattice gives: the best path of a text, and whether a text is one dictionary word. */
export interface LinearLattice {
  bestPath(text: string): PathWord[];
  /**
   * Whether the lattice of `text` has a dictionary (known) word spanning all of it: the trie has
   * `text` as a key with words. True for a text with a surrogate code unit (not looked up).
   */
  hasWord(text: string): boolean;
  /**
   * The katakana readings of the dictionary (known) words written exactly `text`, each once, in the
   * dictionary's order (a kanji's every entry: 原 ハラ, ゲン, …). Empty where it has none.
   */
  readingsOf(text: string): string[];
}

/**
 * Makes `analyzer` (a kuromoji Tokenizer) build its lattices in one pass and keep the feature
 * strings it has decoded; what it returns does not change. Gives the best path of a text as
 * kuromoji's Viterbi search finds it on that lattice (`viterbi_searcher.search(getLattice(text))`),
 * word for word, computed on flat arrays instead of a ViterbiNode object per word of the lattice.
 */
export function useLinearLattice(analyzer: KuromojiInternals, knownTargets?: WordTargets): LinearLattice {
  const require = createRequire(import.meta.url);
  const Lattice = require('kuromoji/src/viterbi/ViterbiLattice.js') as new () => Lattice;
  const Node = require('kuromoji/src/viterbi/ViterbiNode.js') as NodeConstructor;
  const builder = analyzer.viterbi_builder;
  const kuromojiBuild = builder.build.bind(builder);
  const { trie, token_info_dictionary: known, unknown_dictionary: unknown } = builder;
  // The known words' targets (from tid_map.dat when the loader kept it apart, else from kuromoji's
  // object, which the view then replaces) and the unknown words' (a dozen character classes).
  const knownWords = knownTargets ?? wordTargets(objectPairs(known.target_map), known);
  known.target_map = targetMapView(knownWords);
  const unknownWords = wordTargets(objectPairs(unknown.target_map), unknown);

  // The words of the dictionary that `text` has at `pos`, shortest first: what
  // trie.commonPrefixSearch(text.slice(pos)) returns, for a text without surrogates, as pairs
  // (target map index, length) in `found`. Their number; -1 where a key ends inside a character.
  const found: number[] = [];
  // doublearray's traverse(parent, code) on its two arrays, read directly: its getBase and getCheck
  // answer out of range as below.
  const base = trie.bc.getBaseBuffer();
  const check = trie.bc.getCheckBuffer();
  const traverse = (parent: number, code: number): number => {
    const child = (parent < base.length ? (base[parent] as number) : -parent + 1) + code;
    return (child < check.length ? check[child] : -child - 1) === parent ? child : NOT_FOUND;
  };
  const wordsAt = (text: string, pos: number): number => {
    found.length = 0;
    let parent = ROOT_ID;
    for (let i = pos; i < text.length; i++) {
      const code = text.charCodeAt(i);
      const bytes = code < 0x80 ? 1 : code < 0x800 ? 2 : 3;
      for (let b = 0; b < bytes; b++) {
        const byte =
          bytes === 1
            ? code
            : bytes === 2
              ? b === 0
                ? (code >>> 6) | 0xc0
                : (code & 0x3f) | 0x80
              : b === 0
                ? (code >>> 12) | 0xe0
                : b === 1
                  ? ((code >> 6) & 0x3f) | 0x80
                  : (code & 0x3f) | 0x80;
        const child = traverse(parent, byte);
        if (child === NOT_FOUND) return found.length / 2;
        parent = child;
        const end = traverse(child, TERM_CODE);
        if (end === NOT_FOUND) continue;
        // A key ending inside a character cannot be cut from the text: kuromoji's builder reads it.
        if (b !== bytes - 1) return -1;
        const base = trie.bc.getBase(end);
        found.push(base <= 0 ? -base - 1 : NO_TARGET, i + 1 - pos);
      }
    }
    return found.length / 2;
  };

  // Each UTF-16 code unit's character class, looked up once.
  const classOfCode: Array<CharacterClass | null> = new Array(0x10000).fill(null);
  const classOf = (code: number): CharacterClass => {
    let found = classOfCode[code];
    if (found === null || found === undefined) {
      found = unknown.lookup(String.fromCharCode(code));
      classOfCode[code] = found;
    }
    return found;
  };

  // Every node of `text`'s lattice, in the order kuromoji's builder appends them: emit(word id,
  // cost, start (from 1), length, known, left id, right id). False when a dictionary key ends inside
  // a character (never for a text without surrogates): kuromoji's own builder must read it then.
  const walk = (
    text: string,
    emit: (
      id: number,
      cost: number,
      start: number,
      length: number,
      known: boolean,
      left: number,
      right: number,
    ) => void,
  ): boolean => {
    // Where the run of the class of the character at each position ends.
    const runEnd: number[] = new Array(text.length).fill(0);
    for (let pos = text.length - 1; pos >= 0; pos--)
      runEnd[pos] =
        pos + 1 < text.length &&
        classOf(text.charCodeAt(pos + 1)).class_name === classOf(text.charCodeAt(pos)).class_name
          ? (runEnd[pos + 1] as number)
          : pos + 1;
    // Each word of the target (id, cost, left id, right id) as one node starting at `pos`.
    const emitAll = (words: WordTargets, target: number, pos: number, length: number, isKnown: boolean) => {
      if (!(target >= 0 && target + 1 < words.offsets.length)) return;
      const { entries } = words;
      const to = 4 * (words.offsets[target + 1] as number);
      for (let i = 4 * (words.offsets[target] as number); i < to; i += 4)
        emit(
          entries[i] as number,
          entries[i + 1] as number,
          pos + 1,
          length,
          isKnown,
          entries[i + 2] as number,
          entries[i + 3] as number,
        );
    };
    for (let pos = 0; pos < text.length; pos++) {
      const count = wordsAt(text, pos);
      if (count < 0) return false;
      for (let w = 0; w < count; w++)
        emitAll(knownWords, found[2 * w] as number, pos, found[2 * w + 1] as number, true);
      // Unknown words: a run of characters of the head character's class (grouping classes), or
      // the head character alone, where the dictionary has no word or the class always asks.
      const headClass = classOf(text.charCodeAt(pos));
      if (count === 0 || headClass.is_always_invoke === 1) {
        const length = headClass.is_grouping === 1 ? (runEnd[pos] as number) - pos : 1;
        emitAll(unknownWords, headClass.class_id, pos, length, false);
      }
    }
    return true;
  };

  builder.build = (text: string) => {
    if (SURROGATE.test(text)) return kuromojiBuild(text);
    const lattice = new Lattice();
    const built = walk(text, (id, cost, start, length, isKnown, left, right) => {
      const surface = text.slice(start - 1, start - 1 + length);
      lattice.append(new Node(id, cost, start, length, isKnown ? 'KNOWN' : 'UNKNOWN', left, right, surface));
    });
    if (!built) return kuromojiBuild(text);
    lattice.appendEos();
    return lattice;
  };

  // The best path on flat arrays, reused from one text to the next: node 0 is BOS; a node's start
  // is kuromoji's start_pos (from 1), its end position start + length − 1, and the nodes ending at
  // a position are a list in the order appended (first, last, next). The forward pass is kuromoji's
  // ViterbiSearcher.forward step for step (end positions in order, nodes in the order appended,
  // ties to the first, and its `shortest_prev_node` carried from one node to the next where no
  // predecessor improves the cost), and the backward pass its backward.
  const connection = analyzer.viterbi_searcher.connection_costs;
  const NONE = -1;
  // Node fields, by node number (typed arrays grown by doubling, kept from one text to the next).
  let capacity = 0;
  let ids = new Int32Array(0);
  let isKnownAt = new Uint8Array(0);
  let starts = new Int32Array(0);
  let lengths = new Int32Array(0);
  let lefts = new Int32Array(0);
  let rights = new Int32Array(0);
  let wordCosts = new Int32Array(0);
  let best = new Float64Array(0);
  let previous = new Int32Array(0);
  let next = new Int32Array(0);
  // By end position: the first and last node of the list ending there.
  let first = new Int32Array(0);
  let last = new Int32Array(0);
  let count = 0;
  let eosPos = 1;
  let lastEnd = 0;
  const grow = () => {
    capacity = Math.max(1024, 2 * capacity);
    const more = <T extends Int32Array | Uint8Array | Float64Array>(old: T, make: (n: number) => T): T => {
      const grown = make(capacity);
      grown.set(old as never);
      return grown;
    };
    ids = more(ids, (n) => new Int32Array(n));
    isKnownAt = more(isKnownAt, (n) => new Uint8Array(n));
    starts = more(starts, (n) => new Int32Array(n));
    lengths = more(lengths, (n) => new Int32Array(n));
    lefts = more(lefts, (n) => new Int32Array(n));
    rights = more(rights, (n) => new Int32Array(n));
    wordCosts = more(wordCosts, (n) => new Int32Array(n));
    best = more(best, (n) => new Float64Array(n));
    previous = more(previous, (n) => new Int32Array(n));
    next = more(next, (n) => new Int32Array(n));
  };
  const add = (
    id: number,
    cost: number,
    start: number,
    length: number,
    isKnown: boolean,
    left: number,
    right: number,
  ) => {
    if (count === capacity) grow();
    const node = count++;
    ids[node] = id;
    isKnownAt[node] = isKnown ? 1 : 0;
    starts[node] = start;
    lengths[node] = length;
    lefts[node] = left;
    rights[node] = right;
    wordCosts[node] = cost;
    best[node] = Number.MAX_VALUE;
    previous[node] = NONE;
    next[node] = NONE;
    const end = start + length - 1;
    if (eosPos < end) eosPos = end;
    if (lastEnd < end) lastEnd = end;
    const tail = last[end] as number;
    if (tail === NONE) first[end] = node;
    else next[tail] = node;
    last[end] = node;
  };
  const bestPath = (text: string): PathWord[] => {
    const viaKuromoji = () =>
      analyzer.viterbi_searcher
        .search(builder.build(text))
        .map((node) => ({ name: node.name, type: node.type, surface_form: node.surface_form }));
    if (SURROGATE.test(text)) return viaKuromoji();
    count = 0;
    if (first.length < text.length + 3) {
      first = new Int32Array(2 * (text.length + 3));
      last = new Int32Array(2 * (text.length + 3));
    }
    first.fill(NONE, 0, text.length + 3);
    last.fill(NONE, 0, text.length + 3);
    eosPos = 1;
    lastEnd = 0;
    add(-1, 0, 1, 0, false, 0, 0); // BOS: ends at 0
    best[0] = 0;
    if (!walk(text, add)) return viaKuromoji();
    // EOS (kuromoji's appendEos): after the last end position, starting one past eos_pos.
    const eosAt = lastEnd + 1;
    eosPos++;
    const eos = count;
    add(-1, 0, eosPos, eosAt - eosPos + 1, false, 0, 0);
    let shortestPrevious = NONE;
    for (let i = 1; i <= eosPos; i++) {
      for (let node = first[i] as number; node !== NONE; node = next[node] as number) {
        let cost = Number.MAX_VALUE;
        const end = (starts[node] as number) - 1;
        if (end < 0 || first[end] === NONE) continue;
        const left = lefts[node] as number;
        const own = wordCosts[node] as number;
        for (let prior = first[end] as number; prior !== NONE; prior = next[prior] as number) {
          const candidate = (best[prior] as number) + connection.get(rights[prior] as number, left) + own;
          if (candidate < cost) {
            shortestPrevious = prior;
            cost = candidate;
          }
        }
        previous[node] = shortestPrevious;
        best[node] = cost;
      }
    }
    const path: PathWord[] = [];
    let node = previous[eos] as number;
    if (node === NONE) return path;
    while (node !== 0) {
      const start = (starts[node] as number) - 1;
      path.push({
        name: ids[node] as number,
        type: isKnownAt[node] ? 'KNOWN' : 'UNKNOWN',
        surface_form: text.slice(start, start + (lengths[node] as number)),
      });
      node = previous[node] as number;
      if (node === NONE) return [];
    }
    return path.reverse();
  };

  for (const dictionary of [analyzer.token_info_dictionary, analyzer.unknown_dictionary]) {
    const decode = dictionary.getFeatures.bind(dictionary);
    const features = new Map<number | string, string>();
    dictionary.getFeatures = (id) => {
      let line = features.get(id);
      if (line === undefined) {
        line = decode(id);
        // Bounded like the other memos: a long-running process keeps at most this many.
        if (features.size >= FEATURES_KEPT) features.clear();
        features.set(id, line);
      }
      return line;
    };
  }
  const hasWord = (text: string): boolean => {
    if (SURROGATE.test(text)) return true;
    const count = wordsAt(text, 0);
    if (count < 0) return true;
    for (let w = 0; w < count; w++) {
      const target = found[2 * w] as number;
      if (
        found[2 * w + 1] === text.length &&
        target >= 0 &&
        target + 1 < knownWords.offsets.length &&
        (knownWords.offsets[target] as number) < (knownWords.offsets[target + 1] as number)
      )
        return true;
    }
    return false;
  };
  const readingsOf = (text: string): string[] => {
    if (text === '' || SURROGATE.test(text)) return [];
    const count = wordsAt(text, 0);
    const out: string[] = [];
    for (let w = 0; w < count; w++) {
      const target = found[2 * w] as number;
      if (found[2 * w + 1] !== text.length || !(target >= 0 && target + 1 < knownWords.offsets.length))
        continue;
      const to = 4 * (knownWords.offsets[target + 1] as number);
      for (let i = 4 * (knownWords.offsets[target] as number); i < to; i += 4) {
        // IPADIC's features: surface, four parts of speech, two of conjugation, base form, reading, …
        const reading = known.getFeatures(knownWords.entries[i] as number)?.split(',')[8];
        if (reading !== undefined && reading !== '*' && reading !== '' && !out.includes(reading))
          out.push(reading);
      }
    }
    return out;
  };
  return { bestPath, hasWord, readingsOf };
}
