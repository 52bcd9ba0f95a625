import assert from 'node:assert/strict';
import { before, describe, it } from 'node:test';
import { claimErrors } from '../../test/support/claim-errors.ts';
import { inventedDocument } from '../../test/support/invented-document.ts';
import { createTokenizer } from '../text/tokenizer.ts';
import { createUnderstanding, type Understanding } from '../understand/understand-document.ts';

// A person described by a role no source uses, where the source sentence saying the rest of the
// clause describes the person by another role: the claim gives the part to someone else.

let understanding: Understanding;
before(async () => {
  understanding = createUnderstanding(await createTokenizer());
});

const PAGE = inventedDocument(
  's',
  '救助船、来月から運航',
  [
    '救助船には機関士と看護師が1人ずつ乗り、船内で手当てをする。',
    '港の倉庫では5日夜、冷凍機の異常を知らせるランプが点灯していた。',
    'だが、夜間の当番だった職員が見落とし、翌朝まで対応しなかったという。',
    '式典には、造船会社の担当者と市の職員が出席した。',
  ],
  { siteName: '青葉日報', publishedAt: '2026-05-07T18:00:00+09:00' },
);

describe('checkClaim: a role put in the place of another', () => {
  const roleErrors = (text: string) =>
    claimErrors(understanding, text, [PAGE])
      .filter((finding) => finding.code === 'role.mismatch')
      .map((finding) => [finding.params?.role, finding.params?.known]);

  it('flags a role no source uses where the aligned sentence has another in its place', () => {
    assert.deepEqual(roleErrors('救助船には医師と看護師が1人ずつ乗り、船内で手当てをする。'), [
      ['医師', '機関士'],
    ]);
    // Read with the sentence before it, which gives the place (倉庫).
    assert.deepEqual(roleErrors('倉庫の夜間の警備員は見落とし、翌朝まで対応しなかった。'), [
      ['警備員', '職員'],
    ]);
    // A person named by what they do with 者 (担当者) is a role too.
    assert.deepEqual(roleErrors('式典には、造船会社の社長と市の職員が出席した。'), [['社長', '担当者']]);
  });

  it('passes the roles the source gives', () => {
    assert.deepEqual(roleErrors('救助船には機関士と看護師が1人ずつ乗り、船内で手当てをする。'), []);
    assert.deepEqual(roleErrors('式典には、造船会社の担当者と市の職員が出席した。'), []);
  });

  it('leaves a role whose head the sources use, a role said in other words, and a clause the sentence does not say', () => {
    // 一等機関士 ends in 機関士, a role the page gives: it says more of the same person, not another.
    assert.deepEqual(roleErrors('救助船には一等機関士と看護師が1人ずつ乗り、船内で手当てをする。'), []);
    // Two roles of one word, and a general word for staff, say the same person in other words.
    assert.deepEqual(roleErrors('式典には、造船会社の担当職員と市の職員が出席した。'), []);
    assert.deepEqual(roleErrors('式典には、造船会社の従業員と市の職員が出席した。'), []);
    // A new role in a clause of other words: nothing to compare it with.
    assert.deepEqual(roleErrors('県の医師は、船の運航に期待を示した。'), []);
  });
});
