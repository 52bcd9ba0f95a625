import { readFile, readFileSync } from 'node:fs';
import { mkdir, rename, rm, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { basename, dirname, join } from 'node:path';
import { gunzip } from 'node:zlib';
import type kuromoji from 'kuromoji';
import { MatomeError } from '../domain/errors.ts';
import { isEnglishStopword } from './english-stopwords.ts';
import {
  characterClassesEnd,
  type KuromojiInternals,
  type PathWord,
  readWordTargets,
  targetMapEnd,
  trailingZerosStart,
  useLinearLattice,
  type WordTargets,
  wordTargetsBytes,
  wordTargetsFromBytes,
} from './kuromoji-lattice.ts';

/** One word of a text, with its [start, end) offsets (UTF-16 code units) into that text. */
export interface Token {
  surface: string;
  start: number;
  end: number;
  /** IPADIC part of speech: 名詞, 動詞, 助詞, 記号, … */
  pos: string;
  /** IPADIC first subcategory, e.g. 固有名詞, 数, 非自立; "*" when there is none. */
  posDetail: string;
  /** Dictionary form (述べ → 述べる); the surface when unknown. */
  baseForm: string;
  /** For proper nouns (IPADIC second subcategory): a person's name, an organisation or a place. */
  nameKind?: 'person' | 'organization' | 'place';
  /** Katakana reading (kuromoji only, when the dictionary knows the word). */
  reading?: string;
  /** Conjugated form of an inflecting word (kuromoji only): 連用形, 連用タ接続, 基本形, 未然形… */
  inflection?: string;
}

/** Splits text into tokens. Whitespace is never part of a token. */
export interface Tokenizer {
  readonly kind: 'kuromoji' | 'segmenter';
  tokenize(text: string): Token[];
  /**
   * kuromoji: whether its dictionary has a word written exactly `text`. Where it has none,
   * tokenize(text) cannot give `text` as one dictionary word, so a caller asking only for that
   * need not tokenise it. Absent where the tokenizer has no dictionary.
   */
  hasWord?(text: string): boolean;
  /**
   * kuromoji: the katakana readings of every dictionary word written exactly `text` (a kanji's on
   * and kun readings where the dictionary has them as words). Absent without a dictionary.
   */
  readingsOf?(text: string): string[];
}

/**
 * Creates a tokenizer: kuromoji (IPADIC, loads its dictionary, ~0.3 s) by default, or the fast
 * `Intl.Segmenter` one with guessed parts of speech. Create one per process and share it.
 * kuromoji ships its dictionary gzipped; the first load in an install keeps the files unpacked in
 * `cacheDir` (default node_modules/.cache/matome/, named by kuromoji's version) and later loads
 * read those instead of unpacking ~100 MB again (about half the load). `cacheDir: false`, or a
 * folder that cannot be written, unpacks on every load.
 */
export async function createTokenizer(
  options: { kind?: 'kuromoji' | 'segmenter'; cacheDir?: string | false } = {},
): Promise<Tokenizer> {
  if (options.kind === 'segmenter') return createSegmenterTokenizer();
  return createKuromojiTokenizer(options.cacheDir);
}

// kuromoji's lattice grows with its input and slows down sharply on long unpunctuated strings
// (measured: 20,000 characters take ~6 s in one call), so text goes in by line and in chunks of
// at most this many code units. kuromoji itself restarts at 、 and 。, so cutting there is free.
const MAX_CHUNK = 400;

/**
 * The pieces kuromoji reads a text in, each on its own: it restarts its analysis after every 、 and
 * 。 (its splitByPunctuation), so a text that goes in as one chunk (one line of at most MAX_CHUNK
 * code units) gives the same tokens as its pieces tokenised one by one, their offsets shifted. The
 * [start, end) of each piece; undefined when that does not hold (the segmenter tokenizer, which
 * reads across punctuation, or a longer or multi-line text, which is cut elsewhere too).
 */
export function independentPieces(
  kind: Tokenizer['kind'],
  text: string,
): Array<[number, number]> | undefined {
  if (kind !== 'kuromoji' || text.length > MAX_CHUNK || text.includes('\n')) return undefined;
  const pieces: Array<[number, number]> = [];
  let start = 0;
  for (let i = 0; i < text.length; i++) {
    if (text[i] === '、' || text[i] === '。') {
      pieces.push([start, i + 1]);
      start = i + 1;
    }
  }
  if (start < text.length) pieces.push([start, text.length]);
  return pieces;
}

// kuromoji 0.1.2 throws on NUL and on a lone high surrogate, and loses the words after an emoji
// in the same sentence (its lattice mixes code point and code unit lengths). Such characters are
// kept away from it and tagged here instead.
const KUROMOJI_UNSAFE = /[\0\p{Cs}\u{10000}-\u{10ffff}]+/gu;

type RawToken = Omit<Token, 'start' | 'end'>;

type Analyzer = kuromoji.Tokenizer<kuromoji.IpadicFeatures>;
type LoadCallback = (error: Error | null, buffer?: ArrayBufferLike) => void;
// kuromoji's own parts (what its `builder().build()` does: a DictionaryLoader, then a Tokenizer),
// so that the loader can read the unpacked cache. kuromoji 0.1.2 has no exports map.
interface DictionaryLoader {
  loadArrayBuffer(file: string, callback: LoadCallback): void;
  load(callback: (error: Error | null, dictionaries: unknown) => void): void;
}

/** The bytes of a Buffer as an ArrayBuffer of their own (a small Buffer may share a pool). */
const ownArrayBuffer = (buffer: Buffer): ArrayBufferLike =>
  buffer.byteOffset === 0 && buffer.byteLength === buffer.buffer.byteLength
    ? buffer.buffer
    : buffer.buffer.slice(buffer.byteOffset, buffer.byteOffset + buffer.byteLength);

/** Writes `bytes` to `file` whole or not at all (a temporary file renamed); a read-only folder is left alone. */
async function keepUnpacked(file: string, bytes: Uint8Array): Promise<void> {
  const temporary = `${file}.${process.pid}.tmp`;
  try {
    await mkdir(dirname(file), { recursive: true });
    await writeFile(temporary, bytes);
    await rename(temporary, file);
  } catch {
    await rm(temporary, { force: true });
  }
}

/** kuromoji's Tokenizer, and the best path of a text on its lattice (kuromoji-lattice.ts). */
interface Loaded {
  analyzer: Analyzer;
  bestPath(text: string): PathWord[];
  hasWord(text: string): boolean;
  readingsOf(text: string): string[];
}

/** The dictionary files kuromoji's loaders read to their end, zeros included, and where their records end. */
const TRAILING_ZEROS: ReadonlyMap<string, (bytes: Uint8Array) => number> = new Map([
  ['unk_invoke.dat.gz', characterClassesEnd],
  ['unk_map.dat.gz', targetMapEnd],
]);

/**
 * The files kept in the cache without their trailing zeros: the two above, cut where their records
 * end, and the four kuromoji reads through a ByteBuffer, which reads past the end as zeros (about
 * 27 MB of the 100 MB a load reads, so not read at all).
 */
const KEPT_CUT: ReadonlyMap<string, (bytes: Uint8Array) => number> = new Map([
  ...TRAILING_ZEROS,
  ...['tid.dat.gz', 'tid_pos.dat.gz', 'unk.dat.gz', 'unk_pos.dat.gz'].map(
    (file) => [file, trailingZerosStart] as const,
  ),
]);

/**
 * The cache file of the known words' WordTargets (kuromoji-lattice.ts), made from tid_map.dat and
 * tid.dat by the first load that fills the cache; later loads read it instead of building it again.
 */
const WORD_TARGETS_FILE = 'tid_targets.bin';

function loadKuromoji(dicPath: string, cache: string | undefined): Promise<Loaded> {
  const require = createRequire(import.meta.url);
  const Loader = require('kuromoji/src/loader/DictionaryLoader.js') as new (path: string) => DictionaryLoader;
  const Analyzer = require('kuromoji/src/Tokenizer.js') as new (dictionaries: unknown) => Analyzer;
  const loader = new Loader(dicPath);
  const readBytes = (file: string, callback: (error: Error | null, buffer?: ArrayBufferLike) => void) => {
    const unpacked = cache === undefined ? undefined : join(cache, basename(file).replace(/\.gz$/u, ''));
    const unpack = () =>
      readFile(file, (readError, packed) => {
        if (readError) return callback(readError);
        gunzip(packed, (gunzipError, bytes) => {
          if (gunzipError) return callback(gunzipError);
          // Kept before the load goes on, so a command that exits right after it leaves no half-written file.
          const done = () => callback(null, ownArrayBuffer(bytes));
          if (unpacked === undefined) return done();
          const end = KEPT_CUT.get(basename(file))?.(bytes) ?? bytes.length;
          void keepUnpacked(unpacked, bytes.subarray(0, end)).then(done);
        });
      });
    if (unpacked === undefined) return unpack();
    readFile(unpacked, (error, bytes) => (error ? unpack() : callback(null, ownArrayBuffer(bytes))));
  };
  // The target map (surface → word ids) is read into typed arrays (kuromoji-lattice.ts
  // WordTargets), not into kuromoji's object of 326k arrays: kuromoji is given an empty map.
  let tidMap: Uint8Array | undefined;
  let knownTargets: WordTargets | undefined;
  const targetsFile = cache === undefined ? undefined : join(cache, WORD_TARGETS_FILE);
  loader.loadArrayBuffer = (file, callback) => {
    // Two files whose loaders read empty records to the end of the file: cut where they begin.
    const end = TRAILING_ZEROS.get(basename(file));
    if (end !== undefined)
      return readBytes(file, (error, buffer) =>
        error || buffer === undefined
          ? callback(error)
          : callback(null, buffer.slice(0, end(new Uint8Array(buffer)))),
      );
    if (basename(file) !== 'tid_map.dat.gz') return readBytes(file, callback);
    const readTidMap = () =>
      readBytes(file, (error, buffer) => {
        if (error || buffer === undefined) return callback(error);
        tidMap = new Uint8Array(buffer);
        callback(null, new ArrayBuffer(4));
      });
    if (targetsFile === undefined) return readTidMap();
    // The known words' targets as a load that filled the cache kept them: tid_map.dat is not read.
    readFile(targetsFile, (error, bytes) => {
      knownTargets = error ? undefined : wordTargetsFromBytes(bytes);
      if (knownTargets === undefined) return readTidMap();
      callback(null, new ArrayBuffer(4));
    });
  };
  return new Promise<Loaded>((resolve, reject) => {
    const loaded = async (dictionaries: unknown): Promise<Loaded> => {
      const analyzer = new Analyzer(dictionaries) as Analyzer & KuromojiInternals;
      let known = knownTargets;
      if (known === undefined && tidMap !== undefined) {
        known = readWordTargets(tidMap, analyzer.token_info_dictionary);
        if (targetsFile !== undefined) await keepUnpacked(targetsFile, wordTargetsBytes(known));
      }
      const { bestPath, hasWord, readingsOf } = useLinearLattice(analyzer, known);
      return { analyzer, bestPath, hasWord, readingsOf };
    };
    loader.load((error, dictionaries) => {
      if (!error) return void loaded(dictionaries).then(resolve, reject);
      const message = `Failed to load the kuromoji dictionary: ${dicPath} (${error.message})`;
      reject(
        new MatomeError('TOKENIZER_UNAVAILABLE', message, {
          hint: 'Reinstall dependencies with "npm ci"; the dictionary ships in the kuromoji package.',
          cause: error,
        }),
      );
    });
  });
}

async function createKuromojiTokenizer(cacheDir: string | false | undefined): Promise<Tokenizer> {
  const packageJson = createRequire(import.meta.url).resolve('kuromoji/package.json');
  const packageDir = dirname(packageJson);
  const { version } = JSON.parse(readFileSync(packageJson, 'utf8')) as { version: string };
  const cache =
    cacheDir === false
      ? undefined
      : join(cacheDir ?? join(dirname(packageDir), '.cache', 'matome'), `kuromoji-${version}-dict2`);
  const loaded = await loadKuromoji(join(packageDir, 'dict'), cache);
  // The folder an earlier matome kept the dictionary in, with its padding zeros (~100 MB, before
  // perf24): no longer read, so not left behind. A folder that cannot be removed is left alone.
  if (cache !== undefined)
    await rm(join(dirname(cache), `kuromoji-${version}-dict`), { recursive: true, force: true }).catch(
      () => {},
    );
  const words = wordsOfAnalyzer(loaded);
  const analyze = (text: string, start: number, end: number, out: Token[]) => {
    align(text, start, end, words(text.slice(start, end)), out);
  };
  return {
    kind: 'kuromoji',
    hasWord: loaded.hasWord,
    readingsOf: loaded.readingsOf,
    tokenize(text) {
      const tokens: Token[] = [];
      for (const [start, end] of chunks(text)) {
        let cursor = start;
        for (const match of text.slice(start, end).matchAll(KUROMOJI_UNSAFE)) {
          const from = start + match.index;
          analyze(text, cursor, from, tokens);
          let offset = from;
          for (const char of match[0]) {
            const raw = { surface: char, baseForm: char, ...guessPartOfSpeech(char) };
            align(text, offset, offset + char.length, [raw], tokens);
            offset += char.length;
          }
          cursor = from + match[0].length;
        }
        analyze(text, cursor, end, tokens);
      }
      return tokens;
    },
  };
}

/** kuromoji's IPADIC token as this module reads it: what kuromoji's own tokenize() gives, mapped. */
function rawTokenOf(feature: kuromoji.IpadicFeatures): RawToken {
  const token: RawToken = {
    surface: feature.surface_form,
    pos: feature.pos,
    posDetail: feature.pos_detail_1,
    baseForm: feature.basic_form === '*' ? feature.surface_form : feature.basic_form,
    ...nameKindOf(feature.pos_detail_1, feature.pos_detail_2),
    ...(feature.reading === undefined || feature.reading === '*' ? {} : { reading: feature.reading }),
    ...(feature.conjugated_form === '*' ? {} : { inflection: feature.conjugated_form }),
  };
  if (feature.pos_detail_2 === '人名' && feature.pos_detail_3 === '名') GIVEN_NAMES.add(token);
  return token;
}

// The dictionary's given names (IPADIC 人名,名), by token: the words of a sentence are kept per
// word id, so a token read once is the same object every time it is met.
const GIVEN_NAMES = new WeakSet<RawToken>();

/** Katakana ヶ / ケ / ノ written inside a place name (栃ヶ瀬, 鵜ノ浜): the genitive or the small ka of a name. */
export const PLACE_JOINER = /^[ヶケノヵ]$/u;
const KANJI = /^\p{Script=Han}+$/u;
// A place word that ends in an administrative unit (大川県, 青葉市) is a place whatever follows it.
const ADMINISTRATIVE_END = /[都道府県市区町村郡]$/u;
// One-kanji words of kinship, written before a relative's name (妻 森 花子さん): no part of the name.
const KIN = /^[妻夫父母兄姉弟妹孫娘婿嫁甥姪]$/u;
// The titles and honorifics that follow only a person's name (原田さん, 森村氏, 森村容疑者, 両氏).
const HONORIFIC = /^両?(?:さん|氏|様|君|ちゃん|容疑者|被告|被告人)$|^両$/u;

type NameTagged = Pick<Token, 'surface' | 'pos' | 'posDetail' | 'nameKind'>;

/**
 * Corrects the dictionary's name tags of one sentence's words where the shape of Japanese names
 * contradicts them (the words themselves are kept; only `nameKind` changes):
 * - a "person" written right before ヶ / ケ / ノ and a kanji word is the head of a place name, not
 *   a surname (栃 in 栃ヶ瀬市, 梅 in 梅ヶ丘町): a personal name is never written with them;
 * - so is a "person" written right after ヶ / ケ / ノ that follows a kanji word other than a numeral
 *   (森村 in 鷹ノ森村, 原田 in 萩ノ原田町): the last part of a place name the dictionary reads as a surname
 *   (一ノ瀬, 二ノ宮 are surnames the dictionary knows whole; a numeral head, a given name or an
 *   honorific after it leaves the word a person's);
 * - a "person" that ends in an administrative unit (原村, 田村) is a place when it follows another
 *   surname (大鷹 原村: a person is never written with two surnames), and a "person" written right
 *   before such a place is its head (柴崎 of 柴崎 原村), unless an honorific follows;
 * - a one-kanji common noun that starts its compound, written right before a one-kanji surname and a
 *   given name, is the surname's first kanji (砂 of 砂 越 悦子: an invented surname the dictionary cuts
 *   after a kanji it knows as a word of its own), so it is tagged as the person's (a whole surname after
 *   it, 妻 山田 花子, or a word of kinship, 妻 森 花子, leaves the noun alone);
 * - a "place" of kanji written right before a given name is that person's surname (蕗田 in 蕗田昌平氏;
 *   an invented surname is often unknown to the dictionary as one, and taken for a place), unless it
 *   ends in an administrative unit (大川県, 青葉市) or another place follows the given name.
 * `givenName(i)`: whether the dictionary reads the i-th word as a given name (IPADIC 人名,名).
 * Returns the same array when nothing changes.
 */
export function correctNameTags<T extends NameTagged>(
  words: T[],
  givenName: (index: number) => boolean,
): T[] {
  let out = words;
  const retag = (index: number, nameKind: 'person' | 'place') => {
    if (out === words) out = [...words];
    out[index] = { ...(words[index] as T), nameKind };
  };
  for (let i = 0; i < words.length; i++) {
    const word = words[i] as T;
    const next = words[i + 1];
    const after = words[i + 2];
    if (
      word.nameKind === 'person' &&
      !givenName(i) &&
      next !== undefined &&
      PLACE_JOINER.test(next.surface) &&
      after !== undefined &&
      after.pos === '名詞' &&
      KANJI.test(after.surface.slice(0, 1))
    )
      retag(i, 'place');
    else if (
      word.nameKind === 'person' &&
      !givenName(i) &&
      !givenName(i + 1) &&
      i >= 2 &&
      PLACE_JOINER.test((words[i - 1] as T).surface) &&
      (words[i - 2] as T).pos === '名詞' &&
      (words[i - 2] as T).posDetail !== '数' &&
      KANJI.test((words[i - 2] as T).surface) &&
      KANJI.test(word.surface.slice(0, 1)) &&
      !HONORIFIC.test(next?.surface ?? '')
    )
      retag(i, 'place');
    else if (
      word.nameKind === 'person' &&
      !givenName(i) &&
      KANJI.test(word.surface) &&
      !HONORIFIC.test(next?.surface ?? '') &&
      ((word.surface.length >= 2 &&
        ADMINISTRATIVE_END.test(word.surface) &&
        words[i - 1]?.nameKind === 'person' &&
        !givenName(i - 1)) ||
        (next?.nameKind === 'place' &&
          KANJI.test(next.surface) &&
          next.surface.length >= 2 &&
          ADMINISTRATIVE_END.test(next.surface)))
    ) {
      retag(i, 'place');
      if (words[i - 1]?.nameKind === 'person' && ADMINISTRATIVE_END.test(word.surface)) retag(i - 1, 'place');
    } else if (
      word.nameKind === undefined &&
      word.pos === '名詞' &&
      word.posDetail === '一般' &&
      word.surface.length === 1 &&
      KANJI.test(word.surface) &&
      !KIN.test(word.surface) &&
      words[i - 1]?.pos !== '名詞' &&
      words[i - 1]?.pos !== '接頭詞' &&
      next?.nameKind === 'person' &&
      next.surface.length === 1 &&
      KANJI.test(next.surface) &&
      !givenName(i + 1) &&
      givenName(i + 2)
    )
      retag(i, 'person');
    else if (
      word.nameKind === 'place' &&
      KANJI.test(word.surface) &&
      !ADMINISTRATIVE_END.test(word.surface) &&
      next !== undefined &&
      givenName(i + 1) &&
      after?.nameKind !== 'place'
    )
      retag(i, 'person');
  }
  return out;
}

// The forms a one-kanji verb takes when the dictionary cuts it out of an unknown name written in
// kanji (鳴 of 鳴る before a noun, 体言接続特殊２; 見 of 見る, 連用形).
const NAME_VERB_FORM = /^(?:体言接続特殊２|連用形)$/u;

type NameJoined = NameTagged & Pick<Token, 'baseForm' | 'reading' | 'inflection'>;

/**
 * Joins a one-kanji verb the dictionary cuts out of an unknown kanji name to the kanji noun before
 * it: a kanji noun, then a one-kanji verb in its form before a noun (体言接続特殊２) or its continuative
 * (連用形), then a kanji noun (an invented town, police station or firm: 茅 + 鳴 + 署 for 茅鳴署, 伊 + 与 + 部
 * for 伊与部). A verb written between two kanji nouns with no kana is no verb of the sentence: Japanese
 * writes a verb's ending (鳴る, 鳴った, 見て) or a particle after it, and a compound of a verb's stem the
 * dictionary knows whole. The noun and the verb become one proper noun (posDetail 固有名詞, the noun's
 * nameKind kept; no reading, since the verb's reading in the name is unknown); a numeral before the
 * verb is left alone. Returns the same array when nothing is joined.
 */
export function joinNameVerbs<T extends NameJoined>(words: T[]): T[] {
  let out: T[] | undefined;
  let copied = 0; // words[0, copied) are in out
  for (let i = 1; i + 1 < words.length; i++) {
    const verb = words[i] as T;
    if (verb.pos !== '動詞' || verb.surface.length !== 1 || !NAME_VERB_FORM.test(verb.inflection ?? ''))
      continue;
    const noun = words[i - 1] as T;
    const next = words[i + 1] as T;
    if (
      i - 1 < copied ||
      !KANJI.test(verb.surface) ||
      noun.pos !== '名詞' ||
      noun.posDetail === '数' ||
      !KANJI.test(noun.surface) ||
      next.pos !== '名詞' ||
      !KANJI.test(next.surface)
    )
      continue;
    out ??= [];
    for (let j = copied; j < i - 1; j++) out.push(words[j] as T);
    const { reading: _reading, inflection: _inflection, ...rest } = noun;
    const surface = noun.surface + verb.surface;
    out.push({ ...rest, surface, baseForm: surface, posDetail: '固有名詞' } as T);
    copied = i + 1;
  }
  if (out === undefined) return words;
  for (let j = copied; j < words.length; j++) out.push(words[j] as T);
  return out;
}

// Mapped dictionary words kept per process (a news vocabulary uses a few tens of thousands).
const WORDS_KEPT = 50_000;

// The parts of a kuromoji 0.1.2 Tokenizer that its tokenize() goes through (no types for them).
interface AnalyzerInternals {
  token_info_dictionary: { getFeatures(id: number): string | null | undefined };
  unknown_dictionary: { getFeatures(id: number): string | null | undefined };
  formatter: {
    formatEntry(id: number, position: number, type: string, features: string[]): kuromoji.IpadicFeatures;
    formatUnknownEntry(
      id: number,
      position: number,
      type: string,
      features: string[],
      surface: string,
    ): kuromoji.IpadicFeatures;
  };
}

/**
 * The words of one piece of text, as kuromoji's tokenize() finds them, mapped to RawTokens: the same
 * sentences (its splitByPunctuation) and best path (kuromoji-lattice.ts), but a dictionary word's
 * token is mapped once per word id and kept, instead of splitting its feature string and building
 * two objects again for every occurrence (tokenizer.test.ts holds both to the same words).
 */
function wordsOfAnalyzer({ analyzer, bestPath }: Loaded): (piece: string) => RawToken[] {
  const require = createRequire(import.meta.url);
  const { splitByPunctuation } = require('kuromoji/src/Tokenizer.js') as {
    splitByPunctuation(text: string): string[];
  };
  const inner = analyzer as unknown as AnalyzerInternals;
  const known = new Map<number, RawToken>();
  const featuresOf = (line: string | null | undefined) => (line == null ? [] : line.split(','));
  return (piece) => {
    const out: RawToken[] = [];
    for (const sentence of splitByPunctuation(piece)) {
      const words: RawToken[] = [];
      for (const node of bestPath(sentence)) {
        if (node.type === 'KNOWN') {
          let token = known.get(node.name);
          if (token === undefined) {
            const features = featuresOf(inner.token_info_dictionary.getFeatures(node.name));
            token = rawTokenOf(inner.formatter.formatEntry(node.name, 0, node.type, features));
            if (known.size >= WORDS_KEPT) known.clear();
            known.set(node.name, token);
          }
          words.push(token);
        } else if (node.type === 'UNKNOWN') {
          const features = featuresOf(inner.unknown_dictionary.getFeatures(node.name));
          words.push(
            rawTokenOf(
              inner.formatter.formatUnknownEntry(node.name, 0, node.type, features, node.surface_form),
            ),
          );
        } else {
          words.push(rawTokenOf(inner.formatter.formatEntry(node.name, 0, node.type, [])));
        }
      }
      const joined = joinNameVerbs(words);
      for (const word of correctNameTags(joined, (i) => GIVEN_NAMES.has(joined[i] as RawToken)))
        out.push(word);
    }
    return out;
  };
}

function createSegmenterTokenizer(): Tokenizer {
  const segmenter = new Intl.Segmenter('ja', { granularity: 'word' });
  return {
    kind: 'segmenter',
    tokenize(text) {
      const tokens: Token[] = [];
      for (const { segment, index } of segmenter.segment(text)) {
        // Segments carry exact offsets; only whitespace needs dropping or trimming.
        const raw = { surface: segment, baseForm: segment, ...guessPartOfSpeech(segment.trim()) };
        align(text, index, index + segment.length, [raw], tokens);
      }
      return tokens;
    },
  };
}

/** /\s/u by code unit: JavaScript's white space (Zs and TAB, VT, FF, BOM) and line terminators. */
export function isSpace(code: number): boolean {
  if (code <= 0x20) return code === 0x20 || (code >= 0x09 && code <= 0x0d);
  if (code < 0xa0) return false;
  return (
    code === 0xa0 ||
    code === 0x1680 ||
    (code >= 0x2000 && code <= 0x200a) ||
    code === 0x2028 ||
    code === 0x2029 ||
    code === 0x202f ||
    code === 0x205f ||
    code === 0x3000 ||
    code === 0xfeff
  );
}

/**
 * Places tokens into `text` by their surfaces, from left to right, within [start, end). kuromoji's
 * own `word_position` is not usable: it counts code points, not code units, and drifts after
 * each internal sentence break. Whitespace is trimmed off tokens, and whitespace-only tokens are
 * dropped; a surface that cannot be found (never seen so far) is skipped rather than misplaced.
 */
function align(text: string, start: number, end: number, raw: RawToken[], out: Token[]): void {
  let cursor = start;
  for (const token of raw) {
    let from = text.startsWith(token.surface, cursor) ? cursor : text.indexOf(token.surface, cursor);
    if (from < 0 || token.surface === '' || from + token.surface.length > end) continue;
    const found = from;
    let to = from + token.surface.length;
    cursor = to;
    while (from < to && isSpace(text.charCodeAt(from))) from++;
    while (to > from && isSpace(text.charCodeAt(to - 1))) to--;
    if (to === from) continue;
    // Untrimmed, the text there is the dictionary word's own surface: that string is kept (one per
    // word id), not a copy of it per occurrence.
    const surface =
      from === found && to - from === token.surface.length ? token.surface : text.slice(from, to);
    const baseForm = surface === token.surface ? token.baseForm : surface;
    out.push({ ...token, surface, baseForm, start: from, end: to });
  }
}

/** [start, end) pieces of `text`: one per line, long lines cut after punctuation or space. */
function* chunks(text: string): Generator<[number, number]> {
  let start = 0;
  while (start < text.length) {
    const lineBreak = text.indexOf('\n', start);
    const lineEnd = lineBreak < 0 ? text.length : lineBreak;
    let end = Math.min(lineEnd, start + MAX_CHUNK);
    if (end < lineEnd) end = cutPoint(text, start, end);
    if (end > start) yield [start, end];
    start = end === lineEnd ? lineEnd + 1 : end;
  }
}

/** The last position in (start, limit] right after punctuation or whitespace, else `limit`. */
function cutPoint(text: string, start: number, limit: number): number {
  for (let i = limit; i > start + MAX_CHUNK / 2; i--) {
    if (/[\s。、！？.,!?]/u.test(text[i - 1] as string)) return i;
  }
  // No break in sight: cut anyway, but never between the halves of a surrogate pair.
  const code = text.charCodeAt(limit - 1);
  return code >= 0xd800 && code <= 0xdbff ? limit - 1 : limit;
}

// Heuristic parts of speech for Intl.Segmenter words, in IPADIC terms so that callers can treat
// both tokenizers alike. Particles: the common case-marking and binding ones (IPADIC 格助詞, 係助詞,
// 副助詞) that ICU leaves as separate words.
const PARTICLES = new Set('は が を に で と の も へ や から まで より'.split(' '));
const HIRAGANA = /^[\p{Script=Hiragana}ー]+$/u;
// A kanji stem with okurigana (述べた, 上げる) is a verb or adjective; ICU keeps them in one word.
const KANJI_WITH_OKURIGANA = /^\p{Script=Han}+\p{Script=Hiragana}+$/u;
// Hiragana words ending like a conjugated verb or auxiliary (する, した, して, ます).
const VERB_ENDING = /[うくぐすつぬぶむるたてだでい]$/u;
const NUMBER = /^[\p{Nd}.,，．]*\p{Nd}[\p{Nd}.,，．]*$/u;
const SYMBOLS = /^[\p{P}\p{S}\p{M}\p{Cf}\p{Co}\p{Cn}\p{Cs}]+$/u;
const LATIN_WORD = /^[\p{Script=Latin}\p{Nd}'’.-]+$/u;
const NOUNLIKE = /^[\p{Script=Han}\p{Script=Katakana}ー々〆ヶ\p{Script=Latin}\p{Nd}・]+$/u;

const NAME_KINDS: Record<string, NonNullable<Token['nameKind']>> = {
  人名: 'person',
  組織: 'organization',
  地域: 'place',
};

function nameKindOf(detail1: string, detail2: string): Pick<Token, 'nameKind'> {
  const kind = detail1 === '固有名詞' ? NAME_KINDS[detail2] : undefined;
  return kind === undefined ? {} : { nameKind: kind };
}

function guessPartOfSpeech(word: string): Pick<Token, 'pos' | 'posDetail'> {
  if (NUMBER.test(word)) return { pos: '名詞', posDetail: '数' };
  if (SYMBOLS.test(word)) return { pos: '記号', posDetail: '一般' };
  if (HIRAGANA.test(word)) {
    if (PARTICLES.has(word)) return { pos: '助詞', posDetail: '*' };
    return VERB_ENDING.test(word) ? { pos: '動詞', posDetail: '*' } : { pos: 'その他', posDetail: '*' };
  }
  if (KANJI_WITH_OKURIGANA.test(word)) return { pos: '動詞', posDetail: '*' };
  if (LATIN_WORD.test(word)) {
    if (isEnglishStopword(word)) return { pos: 'その他', posDetail: '*' };
    return /^\p{Lu}/u.test(word)
      ? { pos: '名詞', posDetail: '固有名詞' }
      : { pos: '名詞', posDetail: '一般' };
  }
  if (NOUNLIKE.test(word)) return { pos: '名詞', posDetail: '一般' };
  return { pos: 'その他', posDetail: '*' };
}
