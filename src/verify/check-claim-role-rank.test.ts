import assert from 'node:assert/strict';
import { before, describe, it } from 'node:test';
import { inventedDocument } from '../../test/support/invented-document.ts';
import { createTokenizer } from '../text/tokenizer.ts';
import { createUnderstanding, type Understanding } from '../understand/understand-document.ts';
import { checkClaim } from './check-claim.ts';

// A rank on one ladder (vrole44): the deputy of an office is marked by the prefix 副 or by 次 before
// the head's 長. A claim naming the post in the other rank than every listed page gives someone
// another office (verify/claim/check-roles.ts, checkRankLadder). Invented page: a shrine's lantern
// festival and a neighbourhood association whose treasurer lost the takings.

const LANTERN = inventedDocument(
  'lantern',
  '灯籠まつりの売上金なくなる、自治会が調査',
  [
    '蓮見町の灯籠まつりで、売上金を入れた手提げ金庫がなくなった。',
    '届け出たのは、宮司の鳥羽井周平さん（61）だった。',
    '自治会の会計次長の男性が、金庫を集会所に置いたまま帰宅していた。',
    '自治会の副会長は「確認を怠った」と話した。',
  ],
  { publishedAt: '2026-08-21T09:00:00+09:00' },
);

let understanding: Understanding;

before(async () => {
  understanding = createUnderstanding(await createTokenizer());
});

function rankErrors(text: string): string[] {
  return checkClaim(text, [understanding.of(LANTERN)], understanding, { path: 'claim' })
    .findings.filter((finding) => finding.code === 'role.mismatch' && finding.message.includes('rank'))
    .map((finding) => finding.message);
}

// A page that names both ranks, the head with its town set apart by の.
const SCHOOLS = inventedDocument(
  'schools',
  '蓮見町、学校給食の献立を見直し',
  [
    '蓮見町の教育長は20日、学校給食の献立を見直すと発表した。',
    '見直しの案は、町教育次長が中心となってまとめる。',
  ],
  { publishedAt: '2026-08-21T09:00:00+09:00' },
);

describe('checkRankLadder: a post in another rank of the same office', () => {
  it('passes the head named with its town before it where a page names the deputy as well', () => {
    const errors = checkClaim(
      '町教育長は20日、学校給食の献立を見直すと発表した。',
      [understanding.of(SCHOOLS)],
      understanding,
      {
        path: 'claim',
      },
    ).findings.filter((finding) => finding.code === 'role.mismatch' && finding.message.includes('rank'));
    assert.deepEqual(errors, []);
  });
  it('flags 副 added to a post the page gives bare', () => {
    assert.equal(rankErrors('届け出たのは、副宮司の鳥羽井周平さんだった。').length, 1);
  });
  it('flags a head (〜長) for the page deputy (〜次長)', () => {
    assert.equal(rankErrors('自治会の会計長の男性が、金庫を集会所に置いたまま帰宅していた。').length, 1);
  });
  it('flags 副 dropped from an office the page gives only with it', () => {
    assert.equal(rankErrors('自治会の会長は「確認を怠った」と話した。').length, 1);
  });
  it('passes each post as the page gives it', () => {
    assert.deepEqual(rankErrors('届け出たのは、宮司の鳥羽井周平さんだった。'), []);
    assert.deepEqual(rankErrors('自治会の会計次長の男性が、金庫を集会所に置いたまま帰宅していた。'), []);
    assert.deepEqual(rankErrors('自治会の副会長は「確認を怠った」と話した。'), []);
  });
});
