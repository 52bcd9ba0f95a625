import assert from 'node:assert/strict';
import { before, describe, it } from 'node:test';
import { inventedDocument } from '../../test/support/invented-document.ts';
import { createTokenizer } from '../text/tokenizer.ts';
import { createUnderstanding, type Understanding } from '../understand/understand-document.ts';
import { checkClaim } from './check-claim.ts';

// Who told or asked whom, where the act's content sits between the parties and the verb (vrole47):
// a clause a complementizer closes (…と報告した, …のに気づいた) has one subject of its own, the nearest
// が, so a が before it is the reporter's; and a predicate inside a quote is the quote's own, so the
// parties written before the quote stay with the verb it is said with. Invented page: a pleasure
// boat on a mountain lake, a boatyard, a boatman and a pier keeper.

const BOAT = inventedDocument(
  'boat',
  '山あいの湖で遊覧船のかじ動かず',
  [
    '楓沢町の青淵湖で7日、遊覧船のかじが動かなくなった。',
    '遊覧船のかじの故障について、点検を受け持った造船所は8日、かじの心棒が一本ひび割れていたと町に報告した。',
    '船頭の男性は桟橋番に「乗客を先に降ろしてほしい」と頼んだ。',
    '湖の管理人は翌日の会合で救命胴衣の追加を求めた。',
  ],
  { publishedAt: '2026-11-09T09:00:00+09:00' },
);

let understanding: Understanding;

before(async () => {
  understanding = createUnderstanding(await createTokenizer());
});

function roleErrors(text: string): string[] {
  return checkClaim(text, [understanding.of(BOAT)], understanding, { path: 'claim' })
    .findings.filter(
      (finding) =>
        finding.severity === 'error' && (finding.code === 'support.role' || finding.code === 'support.name'),
    )
    .map((finding) => finding.message);
}

describe('a complement clause has one subject: the が before it is the reporter', () => {
  it('flags the one reported to made the reporter', () => {
    const errors = roleErrors('町が造船所に、かじの心棒が一本ひび割れていたと報告した。');
    assert.equal(errors.length, 1, errors.join('\n'));
    assert.match(errors[0] as string, /町/u);
  });
  it('backs the report as the page gives it', () => {
    assert.deepEqual(roleErrors('造船所が町に、かじの心棒が一本ひび割れていたと報告した。'), []);
  });
});

describe('a quote between the parties and the verb it is said with', () => {
  it('flags the one asked made the asker', () => {
    const errors = roleErrors('桟橋番は船頭の男性に「乗客を先に降ろしてほしい」と頼んだ。');
    assert.equal(errors.length, 1, errors.join('\n'));
    assert.match(errors[0] as string, /桟橋番/u);
  });
  it('backs the request as the page gives it', () => {
    assert.deepEqual(roleErrors('船頭の男性は桟橋番に「乗客を先に降ろしてほしい」と頼んだ。'), []);
  });
});

describe('a plural suffix names the same kind of people (乗客ら)', () => {
  it('flags the asker made the one asked, the other party in the plural', () => {
    const errors = roleErrors('湖の管理人は翌日の会合で、乗客らから救命胴衣の追加を求められた。');
    assert.equal(errors.length, 1, errors.join('\n'));
    assert.match(errors[0] as string, /乗客ら/u);
  });
  it('backs the asker as the page gives it', () => {
    assert.deepEqual(roleErrors('湖の管理人は翌日の会合で救命胴衣の追加を求めた。'), []);
  });
});
