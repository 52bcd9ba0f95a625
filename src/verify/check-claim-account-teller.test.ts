import assert from 'node:assert/strict';
import { before, describe, it } from 'node:test';
import { claimErrors } from '../../test/support/claim-errors.ts';
import { inventedDocument } from '../../test/support/invented-document.ts';
import { createTokenizer } from '../text/tokenizer.ts';
import { createUnderstanding, type Understanding } from '../understand/understand-document.ts';

// Who tells a source sentence's account (the vcm34 round). A name in brackets (観覧車「…」) is no
// one's words, so the sentence's X によると still names its teller; a police station is not named by
// the place its name shares with a firm (青凪署 is not 青凪レジャー); and a body named in the
// sentence only as what it tells of — the object (X を) or the owner of a thing (X の看板) — is not
// the one whose view or announcement the sentence gives.

let understanding: Understanding;
before(async () => {
  understanding = createUnderstanding(await createTokenizer());
});

const WHEEL = inventedDocument(
  'wh',
  '観覧車の窓ガラス割れ、乗客けが',
  [
    '潮見市の遊園地で5日、観覧車のゴンドラの窓ガラスが割れ、乗客2人が軽いけがをした。',
    '園を運営する青凪レジャーによると、観覧車「そよかぜ」の窓ガラスは厚さ約5ミリだった。',
    '潮見署は、青凪レジャーの看板が強風で外れてゴンドラに当たったとみて、当時の状況を調べている。',
    '市は6日、青凪レジャーを指導する方針だと発表した。',
  ],
  { siteName: '潮見日報', publishedAt: '2026-09-07T09:00:00+09:00' },
);

describe('checkClaim: who tells the account', () => {
  const flagged = (text: string) =>
    claimErrors(understanding, text, [WHEEL]).some((finding) => finding.code === 'support.attribution');

  it('accepts the firm the page cites past a bracketed name', () => {
    assert.ok(!flagged('青凪レジャーによると、窓ガラスの厚さは約5ミリだった。'));
  });

  it('flags a police station that shares only the firm’s place name', () => {
    assert.ok(flagged('青凪署によると、窓ガラスの厚さは約5ミリだった。'));
  });

  it('accepts the police view given to the police', () => {
    assert.ok(!flagged('潮見署は、看板が強風で外れてゴンドラに当たったとみている。'));
  });

  it('flags the police view given to the owner of the sign', () => {
    assert.ok(flagged('青凪レジャーによると、看板が強風で外れてゴンドラに当たったとみられる。'));
  });

  it('flags the city’s announcement given to the firm it names as the object', () => {
    assert.ok(flagged('青凪レジャーは6日、指導する方針だと発表した。'));
  });
});
