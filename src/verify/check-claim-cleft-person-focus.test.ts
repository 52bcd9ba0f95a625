import assert from 'node:assert/strict';
import { before, describe, it } from 'node:test';
import { claimErrors } from '../../test/support/claim-errors.ts';
import { inventedDocument } from '../../test/support/invented-document.ts';
import { createTokenizer } from '../text/tokenizer.ts';
import { createUnderstanding, type Understanding } from '../understand/understand-document.ts';

// A cleft whose focus is a person by a common noun (客, 男性, 住民), bare or with a relative clause
// of its own (売り場にいた客, 見回りをしていた警備員): the focus is who did the clefted act, compared
// with the page's doer of that act (verify/claim/check-case-roles.ts, cleftDoer).

let understanding: Understanding;
before(async () => {
  understanding = createUnderstanding(await createTokenizer());
});

const SHOP = inventedDocument(
  's',
  '雑貨店の倉庫の屋根に穴、けが人なし',
  [
    '柘植野市の商店街で7日夕、雑貨店の倉庫の屋根に穴が開いているのを、見回りをしていた警備員が見つけた。',
    '警備員は店主に知らせ、店主が市に連絡した。',
    '売り場にいた客にけがはなかった。',
  ],
  { siteName: '柘植野日報', publishedAt: '2026-04-08T09:00:00+09:00' },
);

const doerErrors = (text: string) =>
  claimErrors(understanding, text, [SHOP])
    .filter((finding) => finding.code === 'support.name' && finding.message.includes('the doer of'))
    .map((finding) => finding.params?.name ?? finding.message.slice(0, 40));

describe('checkClaim: a cleft whose focus is a person by a common noun', () => {
  it('flags the customers as the ones who found what the guard found', () => {
    assert.equal(doerErrors('倉庫の屋根の穴を見つけたのは、客だった。').length, 1);
  });

  it('flags them with a relative clause of their own in the focus', () => {
    assert.equal(doerErrors('倉庫の屋根の穴を見つけたのは、売り場にいた客だった。').length, 1);
  });

  it('passes the guard as the focus, bare or with a relative clause', () => {
    assert.deepEqual(doerErrors('倉庫の屋根の穴を見つけたのは、警備員だった。'), []);
    assert.deepEqual(doerErrors('倉庫の屋根の穴を見つけたのは、見回りをしていた警備員だった。'), []);
  });
});
