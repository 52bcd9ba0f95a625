import assert from 'node:assert/strict';
import { before, describe, it } from 'node:test';
import { claimErrors } from '../../test/support/claim-errors.ts';
import { inventedDocument } from '../../test/support/invented-document.ts';
import { createTokenizer } from '../text/tokenizer.ts';
import { createUnderstanding, type Understanding } from '../understand/understand-document.ts';

// A cleft of a verb of asking after what is asked (…よう呼びかけたのは X だ), no one asked
// named: the bare focus is who asks, compared with the page's asker (verify/claim/check-case-roles.ts,
// cleftDoer).

let understanding: Understanding;
before(async () => {
  understanding = createUnderstanding(await createTokenizer());
});

const PIPE = inventedDocument(
  's',
  '給水管の部品が行方不明、拾ったら連絡を',
  [
    '樫羽町の工事現場で3日、青い円筒形の部品がなくなっているのを作業員が見つけ、消防に届けた。',
    '町は住民に、部品を拾っても開けずに手渡すよう呼びかけている。',
  ],
  { siteName: '樫羽新報', publishedAt: '2026-05-04T09:00:00+09:00' },
);

const doerErrors = (text: string) =>
  claimErrors(understanding, text, [PIPE])
    .filter((finding) => finding.code === 'support.name' && finding.message.includes('the doer of'))
    .map((finding) => finding.params?.name ?? finding.message.slice(0, 40));

describe('checkClaim: a cleft of a verb of asking after what is asked', () => {
  it('flags the fire service as the one asking what the town asks', () => {
    assert.equal(doerErrors('部品を拾っても開けずに手渡すよう呼びかけているのは消防だ。').length, 1);
  });

  it('passes the residents the town asks as the focus: the one asked may fill the gap', () => {
    assert.deepEqual(doerErrors('部品を拾っても開けずに手渡すよう呼びかけているのは住民だ。'), []);
  });

  it('passes the town as the focus', () => {
    assert.deepEqual(doerErrors('部品を拾っても開けずに手渡すよう呼びかけているのは町だ。'), []);
  });
});
