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
import { createRequire } from 'node:module';

interface DoubleArrayTrie {
  traverse(parent: number, code: number): number;
  bc: { getBase(index: number): number };
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
// kuromoji reads a word id with parseInt; its target maps hold numbers.
const toId = (id: number | string | undefined): number =>
  typeof id === 'number' ? id : Number.parseInt(String(id), 10);

/**
 * Makes `analyzer` (a kuromoji Tokenizer) build its lattices in one pass and keep the feature
 * strings it has decoded; what it returns does not change.
 */
export function useLinearLattice(analyzer: KuromojiInternals): void {
  const require = createRequire(import.meta.url);
  const Lattice = require('kuromoji/src/viterbi/ViterbiLattice.js') as new () => Lattice;
  const Node = require('kuromoji/src/viterbi/ViterbiNode.js') as NodeConstructor;
  const builder = analyzer.viterbi_builder;
  const kuromojiBuild = builder.build.bind(builder);
  const { trie, token_info_dictionary: known, unknown_dictionary: unknown } = builder;

  // The words of the dictionary that `text` has at `pos`, shortest first: what
  // trie.commonPrefixSearch(text.slice(pos)) returns, for a text without surrogates.
  const wordsAt = (text: string, pos: number): Array<{ k: string; v?: number }> => {
    const words: Array<{ k: string; v?: number }> = [];
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
        const child = trie.traverse(parent, byte);
        if (child === NOT_FOUND) return words;
        parent = child;
        const end = trie.traverse(child, TERM_CODE);
        if (end === NOT_FOUND) continue;
        // A key ending inside a character cannot be cut from the text: ask the trie as kuromoji does.
        if (b !== bytes - 1) return trie.commonPrefixSearch(text.slice(pos));
        const base = trie.bc.getBase(end);
        words.push(base <= 0 ? { v: -base - 1, k: text.slice(pos, i + 1) } : { k: text.slice(pos, i + 1) });
      }
    }
    return words;
  };

  builder.build = (text: string) => {
    if (SURROGATE.test(text)) return kuromojiBuild(text);
    const lattice = new Lattice();
    for (let pos = 0; pos < text.length; pos++) {
      const words = wordsAt(text, pos);
      for (const word of words) {
        const ids = known.target_map[word.v as number] as ArrayLike<number | string>;
        for (let i = 0; i < ids.length; i++) {
          const id = toId(ids[i]);
          lattice.append(
            new Node(
              id,
              known.dictionary.getShort(id + 4),
              pos + 1,
              word.k.length,
              'KNOWN',
              known.dictionary.getShort(id),
              known.dictionary.getShort(id + 2),
              word.k,
            ),
          );
        }
      }
      // Unknown words: a run of characters of the head character's class (grouping classes), or
      // the head character alone, where the dictionary has no word or the class always asks.
      const head = text.charAt(pos);
      const headClass = unknown.lookup(head);
      if (words.length === 0 || headClass.is_always_invoke === 1) {
        let key = head;
        if (headClass.is_grouping === 1) {
          for (let k = pos + 1; k < text.length; k++) {
            const next = text.charAt(k);
            if (unknown.lookup(next).class_name !== headClass.class_name) break;
            key += next;
          }
        }
        const ids = unknown.target_map[headClass.class_id] as ArrayLike<number | string>;
        for (let j = 0; j < ids.length; j++) {
          const id = toId(ids[j]);
          lattice.append(
            new Node(
              id,
              unknown.dictionary.getShort(id + 4),
              pos + 1,
              key.length,
              'UNKNOWN',
              unknown.dictionary.getShort(id),
              unknown.dictionary.getShort(id + 2),
              key,
            ),
          );
        }
      }
    }
    lattice.appendEos();
    return lattice;
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
}
