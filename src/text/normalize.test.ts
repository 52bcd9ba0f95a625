import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { charBigrams, normalizeForMatch, SimilarityIndex, similarity } from './normalize.ts';

describe('normalizeForMatch', () => {
  it('folds full-width and half-width forms and removes all whitespace', () => {
    assert.equal(normalizeForMatch('ＪＲ　みどり駅 で\n３．５％ ｶﾞｲﾄﾞ'), 'JRみどり駅で3.5%ガイド');
  });

  it('keeps punctuation and case, which a quote check must respect', () => {
    assert.equal(normalizeForMatch('「運賃は上げる。」 Acme'), '「運賃は上げる。」Acme');
  });

  it('answers a text asked again, short or long, as it did the first time (property)', () => {
    const piece = fc.oneof(
      fc.constantFrom('ＡＢ', 'ｶﾞ', ' ', '\n', '　', '３．５', 'ｱ', '𠮷'),
      fc.string({ maxLength: 4 }),
    );
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 30 }), fc.nat(500), (parts, pad) => {
        const text = parts.join('') + 'あ'.repeat(pad);
        const expected = text.normalize('NFKC').replace(/\s+/gu, '');
        assert.equal(normalizeForMatch(text), expected);
        assert.equal(normalizeForMatch(text), expected);
      }),
    );
  });
});

describe('charBigrams', () => {
  it('counts each pair of adjacent characters', () => {
    assert.deepEqual(
      [...charBigrams('運賃運賃')],
      [
        ['運賃', 2],
        ['賃運', 1],
      ],
    );
  });

  it('does not cut emoji or other surrogate pairs in half', () => {
    assert.deepEqual([...charBigrams('駅😀')], [['駅😀', 1]]);
  });

  it('returns no bigrams for a single character', () => {
    assert.equal(charBigrams('駅').size, 0);
  });
});

describe('similarity', () => {
  it('is 1 for texts that differ only in width and spacing', () => {
    assert.equal(similarity('運賃を３．５％上げる', '運賃を 3.5% 上げる'), 1);
  });

  it('is 0 for texts with no bigram in common', () => {
    assert.equal(similarity('市営バス', '新型車両'), 0);
  });

  it('scores near-duplicate sentences high and unrelated ones low', () => {
    const original = 'みどり市は市営バスの運賃を3.5%値上げすると発表した。';
    const reworded = 'みどり市は市営バスの運賃を3.5%値上げすると明らかにした。';
    const unrelated = '高齢者向けの割引は維持する。';
    assert.ok(similarity(original, reworded) > 0.75);
    assert.ok(similarity(original, unrelated) < 0.2);
  });

  it('is the Dice coefficient of the bigram multisets', () => {
    // ab, bc vs ab, bd: one shared bigram out of four.
    assert.equal(similarity('abc', 'abd'), 0.5);
  });

  it('is symmetric', () => {
    assert.equal(similarity('運賃値上げ', '運賃の値上げ'), similarity('運賃の値上げ', '運賃値上げ'));
  });
});

describe('SimilarityIndex', () => {
  it('gives every text the score similarity() gives it, to the bit (property)', () => {
    // Invented pieces: kana, kanji, full-width forms, a surrogate pair, repeats, spaces, one character.
    const piece = fc.constantFrom(
      '市は',
      '新庁舎',
      'を建てる',
      '。',
      'ＡＢ',
      'ｶﾞ',
      '𠮷',
      'ああ',
      ' ',
      '3',
      '',
    );
    const text = fc.array(piece, { maxLength: 8 }).map((parts) => parts.join(''));
    fc.assert(
      fc.property(fc.array(text, { maxLength: 12 }), text, (texts, query) => {
        const scores = new SimilarityIndex(texts).scores(query);
        assert.equal(scores.length, texts.length);
        texts.forEach((other, i) => {
          assert.equal(scores[i], similarity(query, other), `${query} / ${other}`);
        });
      }),
    );
  });

  it('finds the near copy among unrelated sentences', () => {
    const texts = ['北川市は新しい図書館を来春開館する。', '火災の原因は調査中だという。', '短い。'];
    const scores = new SimilarityIndex(texts).scores('北川市は新図書館を来春開館する');
    assert.ok((scores[0] as number) > 0.7, `${scores[0]}`);
    assert.ok((scores[1] as number) < 0.2, `${scores[1]}`);
  });
});
