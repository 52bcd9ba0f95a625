import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { before, describe, it } from 'node:test';
import { gunzipSync } from 'node:zlib';
import fc from 'fast-check';
import kuromoji from 'kuromoji';
import {
  characterClassesEnd,
  type KuromojiInternals,
  type PathWord,
  readWordTargets,
  targetMapEnd,
  trailingZerosStart,
  useLinearLattice,
  wordTargetsBytes,
  wordTargetsFromBytes,
} from './kuromoji-lattice.ts';
import { correctNameTags, createTokenizer, joinNameVerbs, type Token } from './tokenizer.ts';

type Analyzer = kuromoji.Tokenizer<kuromoji.IpadicFeatures> & KuromojiInternals;

const require = createRequire(import.meta.url);
const REPO = join(import.meta.dirname, '..', '..');

/** kuromoji as it ships, and a second Tokenizer on the very same dictionaries given the linear lattice. */
async function twoAnalyzers(): Promise<{
  kuromojiOwn: Analyzer;
  linear: Analyzer;
  bestPath: (text: string) => PathWord[];
}> {
  const dicPath = join(dirname(require.resolve('kuromoji/package.json')), 'dict');
  const kuromojiOwn = await new Promise<Analyzer>((resolve, reject) =>
    kuromoji
      .builder({ dicPath })
      .build((error, tokenizer) => (error ? reject(error) : resolve(tokenizer as Analyzer))),
  );
  const Tokenizer = require('kuromoji/src/Tokenizer.js') as new (dictionaries: unknown) => Analyzer;
  const builder = kuromojiOwn.viterbi_builder;
  // Own objects over the shared dictionaries, so that the kept feature strings stay on the copy.
  const linear = new Tokenizer({
    trie: builder.trie,
    token_info_dictionary: Object.create(kuromojiOwn.token_info_dictionary),
    unknown_dictionary: Object.create(kuromojiOwn.unknown_dictionary),
    connection_costs: (kuromojiOwn as unknown as { viterbi_searcher: { connection_costs: unknown } })
      .viterbi_searcher.connection_costs,
  });
  const { bestPath } = useLinearLattice(linear);
  return { kuromojiOwn, linear, bestPath };
}

/**
 * The same result from both, or the same error: the lattice, the tokens, and the best path found
 * on flat arrays against kuromoji's Viterbi search on its own lattice.
 */
function assertSame(
  kuromojiOwn: Analyzer,
  linear: Analyzer,
  bestPath: (text: string) => PathWord[],
  text: string,
): void {
  const run = (analyzer: Analyzer, path: (text: string) => PathWord[]) => {
    try {
      return {
        lattice: analyzer.viterbi_builder.build(text),
        tokens: analyzer.tokenize(text),
        path: path(text).map(({ name, type, surface_form }) => ({ name, type, surface_form })),
      };
    } catch (error) {
      return { error: (error as Error).message };
    }
  };
  // kuromoji's types call a node's word id a string; it is the number its builder parsed.
  const kuromojiPath = (piece: string) =>
    kuromojiOwn.viterbi_searcher.search(kuromojiOwn.getLattice(piece)) as unknown as PathWord[];
  assert.deepEqual(run(linear, bestPath), run(kuromojiOwn, kuromojiPath), `for ${JSON.stringify(text)}`);
}

/** The text lines of the bundled sample pages (invented news in Japanese and English, markup left out). */
function sampleLines(): string[] {
  const samples = join(REPO, 'samples');
  return readdirSync(samples, { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .flatMap((entry) =>
      readdirSync(join(samples, entry.name))
        .filter((file) => file.endsWith('.html'))
        .map((file) => readFileSync(join(samples, entry.name, file), 'utf8')),
    )
    .flatMap((html) =>
      html
        .replace(/<(script|style)[\s\S]*?<\/\1>/gu, '')
        .replace(/<[^>]*>/gu, '\n')
        .split('\n'),
    )
    .map((line) => line.trim())
    .filter((line) => line !== '');
}

describe('kuromoji lattice built in one pass', () => {
  let kuromojiOwn: Analyzer;
  let linear: Analyzer;
  let bestPath: (text: string) => PathWord[];
  before(async () => {
    ({ kuromojiOwn, linear, bestPath } = await twoAnalyzers());
  });

  it('builds the lattice, tokens and best path kuromoji builds, on every line of the sample pages', () => {
    const lines = sampleLines();
    assert.ok(lines.length > 100, `expected the sample pages' lines, got ${lines.length}`);
    let words = 0;
    for (const line of lines) {
      assertSame(kuromojiOwn, linear, bestPath, line);
      words += linear.tokenize(line).length;
    }
    assert.ok(words > 1000, `expected many words, got ${words}`);
  });

  it('gives the same words for mixed scripts, widths, two-byte UTF-8 letters and surrogates', () => {
    for (const text of [
      '',
      'abc',
      'Café de Flore で、Ελληνικά と Русский を読む。',
      'ｶﾀｶﾅの半角と全角カタカナ、ＡＢＣ１２３。',
      '３月１５日に2.5％増の1,200億円。',
      '新しい絵文字😀を使った投稿が𠮷野家で話題に。',
      '「ｗｗｗ」ーーー…‥、、。。',
      '東京都千代田区霞が関一丁目の庁舎で午前10時から会見した',
    ])
      assertSame(kuromojiOwn, linear, bestPath, text);
  });

  it('gives the same words on arbitrary text (property)', () => {
    const pieces = fc.oneof(
      fc.constantFrom(...[...'。、「」ー・あいう漢字カナＡ１aZ9 é€'], '😀', '𠮷'),
      fc.string({ maxLength: 5 }),
      fc.string({ unit: 'grapheme', maxLength: 4 }),
    );
    fc.assert(
      fc.property(fc.array(pieces, { maxLength: 25 }), (parts) => {
        assertSame(kuromojiOwn, linear, bestPath, parts.join(''));
      }),
      { numRuns: 300 },
    );
  });

  it("gives matome's tokenizer the words of kuromoji's own tokenize, mapped, on the sample pages and arbitrary text", async () => {
    const tokenizer = await createTokenizer();
    // kuromoji's token as matome reads it (tokenizer.ts), without offsets.
    // with the name tags it corrects (correctNameTags), given names read from the same features, and
    // the names it joins (joinNameVerbs).
    const expected = (text: string) => {
      const features = kuromojiOwn.tokenize(text);
      const words = features.map((feature) => ({
        surface: feature.surface_form,
        pos: feature.pos,
        posDetail: feature.pos_detail_1,
        baseForm: feature.basic_form === '*' ? feature.surface_form : feature.basic_form,
        ...(feature.pos_detail_1 === '固有名詞' && ['人名', '組織', '地域'].includes(feature.pos_detail_2)
          ? {
              nameKind: ({ 人名: 'person', 組織: 'organization', 地域: 'place' } as const)[
                feature.pos_detail_2 as '人名'
              ],
            }
          : {}),
        ...(feature.reading === undefined || feature.reading === '*' ? {} : { reading: feature.reading }),
        ...(feature.conjugated_form === '*' ? {} : { inflection: feature.conjugated_form }),
      }));
      const givenWords = new Set(
        words.filter((_, i) => features[i]?.pos_detail_2 === '人名' && features[i]?.pos_detail_3 === '名'),
      );
      const joined = joinNameVerbs(words);
      return correctNameTags(joined, (i) => givenWords.has(joined[i] as (typeof words)[number]));
    };
    const actual = (text: string) =>
      tokenizer.tokenize(text).map(({ start, end, ...token }: Token) => {
        assert.equal(text.slice(start, end), token.surface);
        return token;
      });
    // One chunk (a line of at most 400 code units) without spaces or characters kept from kuromoji:
    // what matome hands to kuromoji as it is.
    const plain = (text: string) => text.length <= 400 && !/[\s\0\p{Cs}\u{10000}-\u{10ffff}]/u.test(text);
    let words = 0;
    for (const line of sampleLines().filter(plain)) {
      assert.deepEqual(actual(line), expected(line), `for ${JSON.stringify(line)}`);
      words += expected(line).length;
    }
    assert.ok(words > 1000, `expected many words, got ${words}`);
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 30 }).filter(plain), (text) => {
        assert.deepEqual(actual(text), expected(text));
      }),
      { numRuns: 300 },
    );
  });

  it("reads the dictionary's target map file into the words kuromoji's own map gives, every target", () => {
    const dict = join(dirname(require.resolve('kuromoji/package.json')), 'dict');
    const own = kuromojiOwn.token_info_dictionary;
    const { offsets, entries } = readWordTargets(gunzipSync(readFileSync(join(dict, 'tid_map.dat.gz'))), own);
    const targets = Object.keys(own.target_map).map(Number);
    assert.ok(targets.length > 300_000, `expected IPADIC's surfaces, got ${targets.length}`);
    let words = 0;
    for (const target of targets) {
      const ids = Array.from(own.target_map[target] as ArrayLike<number | string>, Number);
      const from = offsets[target] as number;
      const to = offsets[target + 1] as number;
      const read = Array.from({ length: to - from }, (_, i) => entries[4 * (from + i)]);
      if (read.join() !== ids.join()) assert.deepEqual(read, ids, `target ${target}`);
      const id = ids[0] as number;
      // Cost, left id and right id of the first word, as kuromoji's builder reads them.
      const entry = [entries[4 * from + 1], entries[4 * from + 2], entries[4 * from + 3]];
      assert.deepEqual(entry, [
        own.dictionary.getShort(id + 4),
        own.dictionary.getShort(id),
        own.dictionary.getShort(id + 2),
      ]);
      words += ids.length;
    }
    assert.equal(entries.length, 4 * words, 'no word beyond those of the map');
  });

  it('keeps each feature string it decodes and answers the same string again', () => {
    const first = linear.tokenize('市は補助金を交付した。');
    const again = linear.tokenize('市は補助金を交付した。');
    assert.deepEqual(again, first);
    const id = (first[0] as unknown as { word_id: number }).word_id;
    assert.equal(
      linear.token_info_dictionary.getFeatures(id),
      kuromojiOwn.token_info_dictionary.getFeatures(id),
    );
  });
});

describe("the end of a dictionary file's records, before its zeros", () => {
  const int32 = (...values: number[]) => new Uint8Array(Int32Array.from(values).buffer);
  const concat = (...parts: Uint8Array[]) => {
    const bytes = new Uint8Array(parts.reduce((sum, part) => sum + part.length, 0));
    let at = 0;
    for (const part of parts) {
      bytes.set(part, at);
      at += part.length;
    }
    return bytes;
  };
  // A character class: two flag bytes, an int32, a NUL-terminated name.
  const characterClass = (flags: [number, number], length: number, name: string) =>
    concat(Uint8Array.from(flags), int32(length), new TextEncoder().encode(name), Uint8Array.of(0));

  it('ends the character classes at the first empty name, and keeps a class whose numbers are all zero', () => {
    const classes = concat(characterClass([0, 0], 0, 'PLAIN'), characterClass([1, 1], 2, 'WIDE'));
    assert.equal(characterClassesEnd(concat(classes, new Uint8Array(4096))), classes.length);
    assert.equal(characterClassesEnd(classes), classes.length);
    assert.equal(characterClassesEnd(new Uint8Array(64)), 0);
    assert.equal(characterClassesEnd(new Uint8Array(0)), 0);
  });

  it('ends a target map after its last record with words, whatever zeros it ends in', () => {
    // A count, then target 3 with words 7 and 0, target 0 with word 0 (zeros, but a word), then zeros.
    const records = concat(int32(2), int32(3, 2, 7, 0), int32(0, 1, 0));
    assert.equal(targetMapEnd(concat(records, new Uint8Array(1024))), records.length);
    assert.equal(targetMapEnd(records), records.length);
    assert.equal(targetMapEnd(concat(int32(0), new Uint8Array(64))), 4);
  });

  it('ends a ByteBuffer file at its last byte that is not zero, and its ByteBuffer reads the same there', () => {
    const ByteBuffer = require('kuromoji/src/util/ByteBuffer.js') as new (
      bytes: Uint8Array,
    ) => {
      get(at: number): number;
      getShort(at: number): number;
      getInt(at: number): number;
      getString(at: number): string;
    };
    // Entries and NUL-terminated strings, a last entry whose numbers end in zeros, then the padding.
    const content = concat(
      int32(5, -2, 70000),
      new TextEncoder().encode('名詞,一般\0動詞,自立\0'),
      int32(9, 0, 0),
    );
    const padded = concat(content, new Uint8Array(256));
    const end = trailingZerosStart(padded);
    // 9 is the last entry's first byte (little-endian): 4 of its 11 zero bytes are kept, for an int
    // read that starts at or before it.
    assert.equal(end, content.length - 7);
    assert.equal(trailingZerosStart(content.slice(0, content.length - 9)), content.length - 9);
    assert.equal(trailingZerosStart(new Uint8Array(32)), 0);
    const whole = new ByteBuffer(padded);
    const cut = new ByteBuffer(padded.slice(0, end));
    for (let at = 0; at < padded.length + 8; at++) {
      assert.equal(cut.get(at), whole.get(at), `byte ${at}`);
      assert.equal(cut.getShort(at), whole.getShort(at), `short ${at}`);
      assert.equal(cut.getInt(at), whole.getInt(at), `int ${at}`);
      assert.equal(cut.getString(at), whole.getString(at), `string ${at}`);
    }
  });

  it('keeps word targets as bytes and reads them back, and reads no bytes cut short or of another kind', () => {
    const targets = {
      offsets: Int32Array.of(0, 0, 2, 3),
      entries: Int32Array.from({ length: 12 }, (_, i) => i - 4),
    };
    const bytes = wordTargetsBytes(targets);
    const back = wordTargetsFromBytes(bytes);
    assert.deepEqual(back && [...back.offsets], [...targets.offsets]);
    assert.deepEqual(back && [...back.entries], [...targets.entries]);
    assert.equal(wordTargetsFromBytes(bytes.slice(0, bytes.length - 4)), undefined);
    assert.equal(wordTargetsFromBytes(concat(bytes, int32(0))), undefined);
    assert.equal(wordTargetsFromBytes(new Uint8Array(bytes.length)), undefined);
    assert.equal(wordTargetsFromBytes(new Uint8Array(0)), undefined);
  });

  it("gives kuromoji's loaders the same classes and unknown-word targets from the dictionary's files, cut", () => {
    const dict = join(dirname(require.resolve('kuromoji/package.json')), 'dict');
    const read = (file: string) => new Uint8Array(gunzipSync(readFileSync(join(dict, file))));
    const InvokeDefinitionMap = require('kuromoji/src/dict/InvokeDefinitionMap.js') as {
      load(bytes: Uint8Array): { map: Record<number, { class_name: string }>; lookup_table: object };
    };
    const invoke = read('unk_invoke.dat.gz');
    const whole = InvokeDefinitionMap.load(invoke);
    const cut = InvokeDefinitionMap.load(invoke.slice(0, characterClassesEnd(invoke)));
    const named = Object.values(whole.map).filter((c) => c.class_name !== '');
    assert.ok(named.length >= 10, `IPADIC's character classes, got ${named.length}`);
    assert.deepEqual(Object.values(cut.map), named);
    assert.deepEqual(Object.values(whole.map).slice(0, named.length), named, 'the named classes come first');
    const TokenInfoDictionary = require('kuromoji/src/dict/TokenInfoDictionary.js') as new () => {
      loadTargetMap(bytes: Uint8Array): { target_map: object };
    };
    const map = read('unk_map.dat.gz');
    assert.ok(targetMapEnd(map) < map.length / 100);
    assert.deepEqual(
      new TokenInfoDictionary().loadTargetMap(map.slice(0, targetMapEnd(map))).target_map,
      new TokenInfoDictionary().loadTargetMap(map).target_map,
    );
  });
});
