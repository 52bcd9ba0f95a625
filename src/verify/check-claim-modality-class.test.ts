import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { describedErrorsAgainstOne } from '../../test/support/claim-errors.ts';
import { inventedDocument } from '../../test/support/invented-document.ts';

// The closed class of modality completed (vmod39, issue 9): the auxiliary of inference らしい, the
// formal noun of expectation はず(だ), the nouns of likelihood and stance 公算 and 構え, and the idiom
// of taking a course into consideration (視野・選択肢・射程・考慮に入れる). An invented page about a
// fictional port town's ferry line and river works; no sentence is taken from a fixture.

const PAGE = inventedDocument(
  'kamome',
  '鴎浦のフェリー航路、運休長引く見通し',
  [
    '気象台によると、台風12号は週末に九州南部へ上陸する公算が大きい。',
    '船員の労働組合は、来月の運賃改定に反対してストライキに踏み切る構えを見せている。',
    '警察によると、男は窓ガラスを割って船会社の倉庫に入ったらしい。',
    '船会社によると、代わりのエンジン部品は来週中に造船所へ届くはずだ。',
    '県は、堤防のかさ上げも射程に入れている。',
    '町は、川底の掘り下げを検討している。',
  ],
  { publishedAt: '2026-09-03T07:00:00+09:00', siteName: '鴎浦日報' },
);

const errorsOf = describedErrorsAgainstOne();
const hasModality = (text: string): boolean =>
  errorsOf(text, PAGE).some((error) => error.startsWith('support.modality'));

describe('checkClaim: the closed class of modality (らしい, はず, 公算, 構え, 射程に入れる)', () => {
  it('flags a likelihood (公算が大きい) told as certain, and keeps it told as a high possibility', () => {
    assert.ok(hasModality('台風12号は週末に九州南部へ上陸する。'));
    assert.equal(hasModality('台風12号は週末に九州南部へ上陸する可能性が高い。'), false);
  });

  it('flags a stance (構えを見せている) told as an act done', () => {
    assert.ok(hasModality('船員の労働組合は、ストライキに踏み切った。'));
  });

  it('flags an inference told with らしい as a fact, and keeps it told with とみられる', () => {
    assert.ok(hasModality('男は窓ガラスを割って船会社の倉庫に入った。'));
    assert.equal(hasModality('男は窓ガラスを割って船会社の倉庫に入ったとみられる。'), false);
  });

  it('flags an expectation told with はずだ as a fact', () => {
    assert.ok(hasModality('代わりのエンジン部品は来週中に造船所へ届く。'));
  });

  it('flags a course taken into consideration (射程に入れている) told as done', () => {
    assert.ok(hasModality('県は、堤防をかさ上げした。'));
  });

  it('keeps a consideration (検討している) told as taking it into consideration (考慮に入れている)', () => {
    assert.equal(hasModality('町は、川底の掘り下げも考慮に入れている。'), false);
  });
});
