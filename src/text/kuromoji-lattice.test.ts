import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { before, describe, it } from 'node:test';
import fc from 'fast-check';
import kuromoji from 'kuromoji';
import { type KuromojiInternals, useLinearLattice } from './kuromoji-lattice.ts';

type Analyzer = kuromoji.Tokenizer<kuromoji.IpadicFeatures> & KuromojiInternals;

const require = createRequire(import.meta.url);
const REPO = join(import.meta.dirname, '..', '..');

/** kuromoji as it ships, and a second Tokenizer on the very same dictionaries given the linear lattice. */
async function twoAnalyzers(): Promise<{ kuromojiOwn: Analyzer; linear: Analyzer }> {
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
  useLinearLattice(linear);
  return { kuromojiOwn, linear };
}

/** The same result from both, or the same error. */
function assertSame(kuromojiOwn: Analyzer, linear: Analyzer, text: string): void {
  const run = (analyzer: Analyzer) => {
    try {
      return { lattice: analyzer.viterbi_builder.build(text), tokens: analyzer.tokenize(text) };
    } catch (error) {
      return { error: (error as Error).message };
    }
  };
  assert.deepEqual(run(linear), run(kuromojiOwn), `for ${JSON.stringify(text)}`);
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
  before(async () => {
    ({ kuromojiOwn, linear } = await twoAnalyzers());
  });

  it('builds the lattice and tokens kuromoji builds, on every line of the sample pages', () => {
    const lines = sampleLines();
    assert.ok(lines.length > 100, `expected the sample pages' lines, got ${lines.length}`);
    let words = 0;
    for (const line of lines) {
      assertSame(kuromojiOwn, linear, line);
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
      assertSame(kuromojiOwn, linear, text);
  });

  it('gives the same words on arbitrary text (property)', () => {
    const pieces = fc.oneof(
      fc.constantFrom(...[...'。、「」ー・あいう漢字カナＡ１aZ9 é€'], '😀', '𠮷'),
      fc.string({ maxLength: 5 }),
      fc.string({ unit: 'grapheme', maxLength: 4 }),
    );
    fc.assert(
      fc.property(fc.array(pieces, { maxLength: 25 }), (parts) => {
        assertSame(kuromojiOwn, linear, parts.join(''));
      }),
      { numRuns: 300 },
    );
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
