import assert from 'node:assert/strict';
import { describe, it } from 'node:test';

import { describedErrorsAgainstOne } from '../../test/support/claim-errors.ts';
import { inventedDocument } from '../../test/support/invented-document.ts';
import type { Document } from '../domain/document.ts';
import { japaneseMessage } from './finding-messages.ts';

// A payment no source mentions (the vadd33 round): who pays, bears a cost, refunds or compensates is
// a fact of its own, which a claim adds where no listed page speaks of any payment, cost or
// compensation. Invented pages: a falling shop sign in a mountain town, in Japanese and in English,
// and a ferry whose fares are refunded.

const SIGN = inventedDocument(
  'sign',
  '商店街で看板落下、通行人けが',
  [
    '深森町の商店街で12日、洋品店の看板が強風で落ち、通りかかった男性が軽いけがをした。',
    '看板は車道に止めてあった乗用車の屋根も傷つけた。',
    '町は、商店街にあるすべての看板の取り付けを調べる方針だ。',
  ],
  { publishedAt: '2026-04-12T18:00:00+09:00' },
);

const SIGN_EN: Document = {
  ...inventedDocument(
    'sign-en',
    'Shop sign falls in Fukamori',
    [
      'A shop sign fell onto a street in Fukamori on Sunday in strong winds, slightly injuring a passer-by.',
      'The sign also scratched the roof of a parked car, the town said.',
    ],
    { publishedAt: '2026-04-12T18:00:00+09:00', siteName: 'Fukamori Post' },
  ),
  lang: 'en',
};

const FERRY = inventedDocument(
  'ferry',
  '連絡船が欠航、運賃は払い戻し',
  [
    '霧ノ浦汽船は3日、エンジンの不具合で連絡船の午前の便を欠航した。',
    '同社は、乗れなかった客に運賃を払い戻すとしている。',
  ],
  { publishedAt: '2026-05-03T18:00:00+09:00' },
);

const errorsOf = describedErrorsAgainstOne();
const addsPayment = (errors: string[]) =>
  errors.some((e) => e.startsWith('support.addition') && e.includes('adds who pays'));

describe('checkClaim: a payment no source mentions', () => {
  it('flags a cost borne that no sentence speaks of (修理費を負担する)', () => {
    const errors = errorsOf('町は、傷ついた乗用車の修理費を負担する。', SIGN);
    assert.ok(addsPayment(errors), errors.join('\n'));
  });

  it('flags a payment and a compensation (治療費を支払う, 男性への補償を約束した)', () => {
    assert.ok(addsPayment(errorsOf('洋品店は、けがをした男性に治療費を支払う。', SIGN)));
    assert.ok(addsPayment(errorsOf('洋品店の店主は、男性への補償を約束した。', SIGN)));
  });

  it('flags a refund no sentence speaks of (代金を返金する)', () => {
    const errors = errorsOf('洋品店は、看板の落下の後、客に代金を返金した。', SIGN);
    assert.ok(addsPayment(errors), errors.join('\n'));
  });

  it('flags a payment against an English page that speaks of none', () => {
    const errors = errorsOf('町は、傷ついた乗用車の修理費を負担する。', SIGN_EN);
    assert.ok(addsPayment(errors), errors.join('\n'));
  });

  it('keeps a payment a sentence tells of, in other words (払い戻す in the page and the claim)', () => {
    const errors = errorsOf('霧ノ浦汽船は、欠航した便の客に運賃を払い戻す。', FERRY);
    assert.ok(!addsPayment(errors), errors.join('\n'));
  });

  it('keeps a payment the claim denies (支払わない)', () => {
    const errors = errorsOf('洋品店は、男性に治療費を支払わない。', SIGN);
    assert.ok(!addsPayment(errors), errors.join('\n'));
  });

  it('does not read a burden as a payment (負担が大きい)', () => {
    const errors = errorsOf('看板の点検は、商店の負担が大きい。', SIGN);
    assert.ok(!addsPayment(errors), errors.join('\n'));
  });

  it('has a Japanese message of its own in the finding catalogue', () => {
    assert.equal(
      japaneseMessage({ code: 'support.addition', params: { kind: 'payment', text: '負担' } }),
      '「負担」と誰かが支払うとしていますが、どの出典も支払い・費用・補償に触れていません。',
    );
  });
});
