import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import {
  benchmarkTokens,
  characterCounts,
  meanScores,
  pageF1,
  scoresWithInterval,
  shingleCounts,
} from './support/extraction-score.ts';

// Expected values were computed with the benchmark's own evaluate.py functions (_tokenize,
// string_shingle_matching, metrics_from_tp_fp_fns) on the same strings.
const close = (actual: number, expected: number) =>
  assert.ok(Math.abs(actual - expected) < 1e-12, `${actual} is not ${expected}`);

describe('benchmark scoring (article-extraction-benchmark evaluate.py)', () => {
  it("tokenizes like Python's \\w+: letters and numbers of any script, underscores, case kept", () => {
    assert.deepEqual(benchmarkTokens('Ünïcödé wörds_x 123 ４５ 日本語、テスト。'), [
      'Ünïcödé',
      'wörds_x',
      '123',
      '４５',
      '日本語',
      'テスト',
    ]);
    assert.deepEqual(benchmarkTokens('The THE — it’s'), ['The', 'THE', 'it', 's']);
  });

  it('counts 4-token shingles as multisets and normalises the counts to sum to 1', () => {
    // 4 truth shingles, 3 of them predicted.
    assert.deepEqual(shingleCounts('The cat sat on the mat today', 'The cat sat on the mat'), {
      tp: 0.75,
      fp: 0,
      fn: 0.25,
    });
    const repeated = shingleCounts('a b c d a b c d', 'a b c d');
    close(repeated.tp, 1 / 5);
    close(repeated.fn, 4 / 5);
  });

  it('gives a short text one shingle of all its tokens, and an empty text none', () => {
    assert.deepEqual(shingleCounts('Ünïcödé wörds_x 123 ４５ 日本語、テスト。', 'Ünïcödé wörds_x 123'), {
      tp: 0,
      fp: 0.25,
      fn: 0.75,
    });
    assert.deepEqual(shingleCounts('a b', 'a b c'), { tp: 0, fp: 0.5, fn: 0.5 });
    assert.deepEqual(shingleCounts('', 'something here now'), { tp: 0, fp: 1, fn: 0 });
    assert.deepEqual(shingleCounts('', ''), { tp: 0, fp: 0, fn: 0 });
  });

  it('averages precision over pages with a prediction and recall over pages with a truth, then takes F1 of the means', () => {
    const pages = [
      { tp: 0.75, fp: 0, fn: 0.25 }, // P 1, R 0.75
      { tp: 0, fp: 0, fn: 1 }, // nothing predicted: counts for recall only (R 0)
      { tp: 0, fp: 1, fn: 0 }, // nothing to find: counts for precision only (P 0)
      { tp: 0, fp: 0, fn: 0 }, // both empty: in neither mean
      { tp: 0.5, fp: 0.25, fn: 0.25 }, // P 2/3, R 2/3
    ];
    const scores = meanScores(pages);
    close(scores.precision, (1 + 0 + 2 / 3) / 3);
    close(scores.recall, (0.75 + 0 + 2 / 3) / 3);
    close(scores.f1, (2 * scores.precision * scores.recall) / (scores.precision + scores.recall));
  });

  it('reports a reproducible bootstrap interval around the same means', () => {
    const pages = [
      { tp: 0.9, fp: 0.1, fn: 0 },
      { tp: 0.5, fp: 0.2, fn: 0.3 },
      { tp: 1, fp: 0, fn: 0 },
      { tp: 0.2, fp: 0.7, fn: 0.1 },
    ];
    const first = scoresWithInterval(pages, { resamples: 200 });
    assert.deepEqual(scoresWithInterval(pages, { resamples: 200 }), first);
    assert.equal(first.f1, meanScores(pages).f1);
    assert.ok(first.f1Interval > 0 && first.f1Interval < 1, String(first.f1Interval));
  });

  it('scores one page by the F1 of its own precision and recall', () => {
    close(pageF1({ tp: 0.75, fp: 0, fn: 0.25 }), (2 * 0.75) / 1.75);
    assert.equal(pageF1({ tp: 0, fp: 1, fn: 0 }), 0);
  });
});

describe('character scoring for Japanese pages', () => {
  it('compares character bigrams after NFKC, ignoring whitespace and full-width forms', () => {
    assert.deepEqual(characterCounts('港の 改修ＡＢ', '港の改修AB'), { tp: 1, fp: 0, fn: 0 });
  });

  it('sees a missing clause that the \\w+ tokens would lump into one token', () => {
    const truth = '市は旧桟橋の改修を始める。工事は来年春に終わる。';
    const prediction = '市は旧桟橋の改修を始める。';
    const counts = characterCounts(truth, prediction);
    assert.equal(counts.fp, 0);
    // All 12 predicted bigrams are among the truth's 23; the \w+ score sees one token of two.
    close(counts.tp, 12 / 23);
    close(counts.fn, 11 / 23);
    assert.deepEqual(shingleCounts(truth, prediction), { tp: 0, fp: 0.5, fn: 0.5 });
  });
});
