import assert from 'node:assert/strict';
import { before, describe, it } from 'node:test';
import { claimErrors } from '../../test/support/claim-errors.ts';
import { inventedDocument } from '../../test/support/invented-document.ts';
import { createTokenizer } from '../text/tokenizer.ts';
import { createUnderstanding, type Understanding } from '../understand/understand-document.ts';

// A cleft of a stated intention (…を弁償するとしているのは X だ): the one stating it is the one who
// will do the act, so the focus is compared with the page's doer of that act
// (verify/claim/check-case-roles.ts, cleftDoer).

let understanding: Understanding;
before(async () => {
  understanding = createUnderstanding(await createTokenizer());
});

const BOAT = inventedDocument(
  's',
  '貸しボートが桟橋に衝突、修理費は業者負担',
  [
    '柊浦町の湖で9日、貸しボート店「鷺宮マリン」のボートが町営の桟橋にぶつかった。',
    '町の観光課によると、けが人はいなかった。',
    '鷺宮マリンは桟橋の修理費を弁償するとしている。',
  ],
  { siteName: '柊浦日報', publishedAt: '2026-07-10T09:00:00+09:00' },
);

const doerErrors = (text: string) =>
  claimErrors(understanding, text, [BOAT])
    .filter((finding) => finding.code === 'support.name' && finding.message.includes('the doer of'))
    .map((finding) => finding.params?.name ?? finding.message.slice(0, 40));

describe('checkClaim: a cleft of a stated intention', () => {
  it('flags the tourism office as the one stating what the boat shop states', () => {
    assert.equal(doerErrors('桟橋の修理費を弁償するとしているのは町の観光課だ。').length, 1);
  });

  it('passes the boat shop as the focus', () => {
    assert.deepEqual(doerErrors('桟橋の修理費を弁償するとしているのは鷺宮マリンだ。'), []);
  });
});
