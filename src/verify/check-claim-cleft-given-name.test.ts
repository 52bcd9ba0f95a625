import assert from 'node:assert/strict';
import { before, describe, it } from 'node:test';
import { claimErrors } from '../../test/support/claim-errors.ts';
import { inventedDocument } from '../../test/support/invented-document.ts';
import { createTokenizer } from '../text/tokenizer.ts';
import { createUnderstanding, type Understanding } from '../understand/understand-document.ts';

// A cleft whose focus is a person by surname and title (柚木館長) where the page names that person
// by full name and title (柚木佳代館長) and gives the act to a body: the focus is named on the page,
// so the cleft is compared with the body's act. A given name may hold 代 after its first character
// (佳代, 美代子); only 代 right after the surname (代表, 代理) changes the office
// (verify/claim/check-case-roles.ts, NO_GIVEN).

let understanding: Understanding;
before(async () => {
  understanding = createUnderstanding(await createTokenizer());
});

const MUSEUM = inventedDocument(
  'm',
  '郷土資料館、土器の展示室を改装へ',
  [
    '萩窪村教育委員会は5日、村立郷土資料館の展示室を改装し、秋から土器の特別展を開くと発表した。',
    '資料館では、村内の畑で見つかった土器の破片を修復している。',
    '柚木佳代館長（58）は「子どもたちに本物の土器を見てほしい」と話した。',
  ],
  { siteName: '萩窪新報', publishedAt: '2026-05-06T09:00:00+09:00' },
);

const doerErrors = (text: string) =>
  claimErrors(understanding, text, [MUSEUM])
    .filter((finding) => finding.code === 'support.name' && finding.message.includes('the doer of'))
    .map((finding) => finding.params?.name ?? finding.message.slice(0, 40));

describe('checkClaim: a cleft whose focus is a person the page names by full name and title', () => {
  it('flags the head of the museum as the focus of what the board announced', () => {
    assert.equal(doerErrors('秋から土器の特別展を開くと発表したのは、柚木館長だった。').length, 1);
  });

  it('passes the board as the focus, and the head by surname and title for what she said', () => {
    assert.deepEqual(doerErrors('秋から土器の特別展を開くと発表したのは、萩窪村教育委員会だった。'), []);
    assert.deepEqual(doerErrors('柚木館長は「子どもたちに本物の土器を見てほしい」と話した。'), []);
  });
});
