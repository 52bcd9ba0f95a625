import assert from 'node:assert/strict';
import { before, describe, it } from 'node:test';
import { claimErrors } from '../../test/support/claim-errors.ts';
import { inventedDocument } from '../../test/support/invented-document.ts';
import { createTokenizer } from '../text/tokenizer.ts';
import { createUnderstanding, type Understanding } from '../understand/understand-document.ts';

// A wording a correction note retracts (「X」と記しましたが…誤りでした), which no name reading
// picks out of the claim (a ward after its city), is one no source states (the vatt37 round).

let understanding: Understanding;
before(async () => {
  understanding = createUnderstanding(await createTokenizer());
});

const NOTE = inventedDocument(
  'nt',
  '看板落下、施工会社を指導',
  [
    '梓川市の商店街で看板が落ちた問題で、市は施工した柾木工芸に再点検を求めた。',
    '【訂正】柾木工芸の所在地を「東区」と記しましたが、「西区」が正しい所在地で、誤りでした。',
  ],
  { siteName: '梓川タイムス', publishedAt: '2026-07-02T09:00:00+09:00' },
);

describe('checkClaim: a wording only a correction note retracts', () => {
  const errors = (text: string) => claimErrors(understanding, text, [NOTE]).map((finding) => finding.code);

  it('flags the retracted ward', () => {
    assert.ok(errors('柾木工芸は、梓川市東区の会社だ。').includes('support.name'));
  });

  it('accepts the corrected ward, and a claim that tells of the correction', () => {
    assert.ok(!errors('柾木工芸は、梓川市西区の会社だ。').includes('support.name'));
    assert.ok(!errors('柾木工芸の所在地は東区ではなく西区だった。').includes('support.name'));
  });
});
