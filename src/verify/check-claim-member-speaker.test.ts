import assert from 'node:assert/strict';
import { before, describe, it } from 'node:test';
import { claimErrors } from '../../test/support/claim-errors.ts';
import { inventedDocument } from '../../test/support/invented-document.ts';
import { createTokenizer } from '../text/tokenizer.ts';
import { createUnderstanding, type Understanding } from '../understand/understand-document.ts';

// Who said it, faithful claims rejected (the vatt37 round): a firm whose name ends in a katakana trade
// word is the one its 同社 stands for, so its member (同社の担当者) speaks for it; a body never speaks
// for another.

let understanding: Understanding;
before(async () => {
  understanding = createUnderstanding(await createTokenizer());
});

const PUMP = inventedDocument(
  'pm',
  '揚水ポンプ止まる、委託先が操作ミス',
  [
    '樫ノ木町の浄水場で揚水ポンプが半日止まった問題で、町によると、操作を任されていた楢岡メンテサービスの作業員が弁を閉じたままにしていた。',
    '同社の担当者は取材に「作業員が手順書の順番を取り違えた」と説明した。',
  ],
  { siteName: '樫ノ木新報', publishedAt: '2026-05-12T09:00:00+09:00' },
);
describe('checkClaim: a member or 同社 speaking for a firm named with a katakana trade word', () => {
  const errors = (text: string) => claimErrors(understanding, text, [PUMP]).map((finding) => finding.code);

  it('accepts the firm given the words its member said (同社の担当者)', () => {
    assert.ok(
      !errors('楢岡メンテサービスは、作業員が手順書の順番を取り違えたと説明した。').includes(
        'support.attribution',
      ),
    );
  });

  it('flags the words given to another body, the town', () => {
    assert.ok(errors('町は、作業員が手順書の順番を取り違えたと説明した。').includes('support.attribution'));
  });
});
