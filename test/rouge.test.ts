import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { rouge, rougeCharacters } from './support/rouge.ts';

describe('character ROUGE', () => {
  it('scores identical texts 1 on every measure', () => {
    assert.deepEqual(rouge('運賃を3.5%上げる。', '運賃を3.5%上げる。'), { rouge1: 1, rouge2: 1, rougeL: 1 });
  });

  it('scores texts with no shared characters 0', () => {
    assert.deepEqual(rouge('あいう', 'かきく'), { rouge1: 0, rouge2: 0, rougeL: 0 });
  });

  it('counts characters, not whitespace words, and ignores punctuation and width', () => {
    assert.deepEqual(rougeCharacters('ＡＢ　c、d。'), ['A', 'B', 'c', 'd']);
    const scores = rouge('市が計画を発表', '市は計画を発表した');
    // 6 shared characters (市 計 画 を 発 表) of 7 and 9: F1 = 2·(6/7)(6/9)/((6/7)+(6/9)) = 0.75.
    assert.equal(scores.rouge1.toFixed(4), '0.7500');
    // LCS 市計画を発表 = 6 as well.
    assert.equal(scores.rougeL.toFixed(4), '0.7500');
  });
});
