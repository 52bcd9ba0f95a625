import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { describedErrorsAgainstOne } from '../../test/support/claim-errors.ts';
import { inventedDocument } from '../../test/support/invented-document.ts';

// Readings of the vscope41 round (a hedge's clause). Invented page: a ferry's cancelled sailings,
// a town's walking event and a cracked water tank.

const errorsOf = describedErrorsAgainstOne();

const PAGE = inventedDocument(
  'b',
  '鴇波フェリーが欠航',
  [
    '鴇波フェリーは8日、欠航の原因は舵の故障とみられると発表した。',
    '町は、遊歩道の通行を当面止め、20日から予定していた「紅葉ウォーク」の取りやめを決めた。',
    '町は、給水塔の貯水槽に亀裂が入っているとの見方を示した。',
    '調べたところ、見晴らし台の手すりが腐っていたことが分かった。',
  ],
  { publishedAt: '2026-11-09T09:00:00+09:00' },
);

const modality = (claim: string) =>
  errorsOf(claim, PAGE).filter((line) => line.startsWith('support.modality'));

describe('checkModality: a hedge inside what a verb of saying reports (vscope41)', () => {
  it('backs the act of announcing whose content alone is hedged (…とみられると発表した → 原因を発表した)', () => {
    assert.deepEqual(modality('鴇波フェリーは8日、欠航の原因を発表した。'), []);
    assert.deepEqual(modality('鴇波フェリーが欠航の原因を発表したのは8日だった。'), []);
  });

  it('still flags the content told without its hedge, with or without the copula', () => {
    assert.match(modality('鴇波フェリーは、欠航の原因は舵の故障だと発表した。').join('\n'), /とみられ/u);
    assert.match(modality('鴇波フェリーは、欠航の原因は舵の故障と発表した。').join('\n'), /とみられ/u);
  });
});

describe('checkModality: a plan describing a bracketed name (vscope41)', () => {
  it('does not give 予定していた「…」 to the clause before it', () => {
    assert.deepEqual(modality('町は、遊歩道の通行を当面止めた。'), []);
  });
});

describe('checkModality: a fact said to be confirmed (vscope41)', () => {
  it('flags 〜ことを確認した where the source gives only a view', () => {
    assert.match(modality('町は、給水塔の貯水槽に亀裂が入っていることを確認した。').join('\n'), /確認/u);
  });

  it('backs 〜と確かめられた where the source says the fact was found (分かった)', () => {
    assert.deepEqual(modality('見晴らし台の手すりは腐っていたと確かめられた。'), []);
  });
});
