import assert from 'node:assert/strict';
import { before, describe, it } from 'node:test';
import { claimErrors } from '../../test/support/claim-errors.ts';
import { inventedDocument } from '../../test/support/invented-document.ts';
import { createTokenizer } from '../text/tokenizer.ts';
import { createUnderstanding, type Understanding } from '../understand/understand-document.ts';

// Who says it: a title or a name in 「」 is no one's words (the vatt36 round). The society tells what
// was donated; a claim that gives that account to the town, naming the diary's title in brackets,
// gives it to another body. The attribution check left every claim with a 「」 to the quote check.

let understanding: Understanding;
before(async () => {
  understanding = createUnderstanding(await createTokenizer());
});

const DONATION = inventedDocument(
  'dn',
  '古文書を寄贈、郷土史の保存会',
  [
    '浜見町の旧家から古文書が寄贈された。',
    '郷土史の保存会によると、寄贈されたのは明治期の旅日記「浜街道日記」4冊だった。',
    '町は資料館での公開を検討している。',
  ],
  { siteName: '浜見新報', publishedAt: '2026-03-12T09:00:00+09:00' },
);

describe('checkClaim: a claim whose only 「」 is a title, against the speaker the source gives', () => {
  const errors = (text: string) =>
    claimErrors(understanding, text, [DONATION]).map((finding) => finding.code);

  it('accepts the account given to the society that gives it', () => {
    assert.ok(
      !errors('保存会によると、寄贈されたのは「浜街道日記」4冊だった。').includes('support.attribution'),
    );
  });

  it('flags the account given to the town', () => {
    assert.ok(errors('町によると、寄贈されたのは「浜街道日記」4冊だった。').includes('support.attribution'));
  });
});
