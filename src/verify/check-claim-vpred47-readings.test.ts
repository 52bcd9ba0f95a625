import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { describedErrorsAgainstOne } from '../../test/support/claim-errors.ts';
import { inventedDocument } from '../../test/support/invented-document.ts';

// Readings of the vpred47 round (faithful paraphrases the predicate check rejected): a plain verb of
// stopping said by the page's 止める or a service's 運休. Invented pages: a village bakery that stopped
// its deliveries; a ferry to an invented islet stopped by a broken rudder.

const errorsOf = describedErrorsAgainstOne();

const BAKERY = inventedDocument(
  'k',
  '椚平村のパン工房、配達を中断',
  ['椚平村のパン工房「こむぎ舎」は9日、窯の温度計が壊れたため、宅配を止めた。'],
  { publishedAt: '2026-10-09T18:00:00+09:00' },
);

const bakeryPredicateErrors = (claim: string) =>
  errorsOf(claim, BAKERY).filter((line) => line.startsWith('support.predicate:'));

describe('checkPredicates: a plain verb of stopping said by the page’s 止める (vpred47)', () => {
  it('reads こむぎ舎は宅配をやめた as the page’s own 止めた', () => {
    assert.deepEqual(bakeryPredicateErrors('こむぎ舎は宅配をやめた。'), []);
  });

  it('reads 取りやめた the same way', () => {
    assert.deepEqual(bakeryPredicateErrors('こむぎ舎は宅配を取りやめた。'), []);
  });
});

const KEPT = inventedDocument(
  'n',
  '椚平村のパン工房、窯の温度計が故障',
  ['椚平村のパン工房「こむぎ舎」は9日、窯の温度計が壊れたが、宅配は止めていない。'],
  { publishedAt: '2026-10-09T18:00:00+09:00' },
);

describe('checkPredicates: a denied 止める says no stop (vpred47)', () => {
  it('still flags やめた where the page says 止めていない', () => {
    assert.match(
      errorsOf('こむぎ舎は宅配をやめた。', KEPT)
        .filter((line) => line.startsWith('support.predicate:'))
        .join('\n'),
      /「やめ」/u,
    );
  });
});

const QUOTED = inventedDocument(
  'q',
  '椚平村のパン工房、宅配の扱いを検討',
  ['椚平村のパン工房「こむぎ舎」の店主は9日、「宅配を止めるしかない」と話した。'],
  { publishedAt: '2026-10-09T18:00:00+09:00' },
);

describe('checkPredicates: a 止める inside a quote says no stop (vpred47)', () => {
  it('still flags やめた where the page has 止める only in someone’s words', () => {
    assert.match(
      errorsOf('こむぎ舎は宅配をやめた。', QUOTED)
        .filter((line) => line.startsWith('support.predicate:'))
        .join('\n'),
      /「やめ」/u,
    );
  });
});

const FERRY = inventedDocument(
  'h',
  '檜葉小島の連絡船、かじの故障で運休',
  ['檜葉小島と本土を結ぶ連絡船「はまゆう」が12日、かじの故障で運休した。', '修理には1週間かかる。'],
  { publishedAt: '2026-10-12T18:00:00+09:00' },
);

const ferryPredicateErrors = (claim: string) =>
  errorsOf(claim, FERRY).filter((line) => line.startsWith('support.predicate:'));

describe('checkPredicates: a plain stop said by a service’s 運休 (vpred47)', () => {
  it('reads はまゆうは運航が止まった as the page’s 運休', () => {
    assert.deepEqual(ferryPredicateErrors('はまゆうは運航が止まった。'), []);
  });

  it('still flags a verb the page does not say of the ferry', () => {
    assert.match(ferryPredicateErrors('はまゆうは運航が乱れた。').join('\n'), /「乱れ」/u);
  });
});
