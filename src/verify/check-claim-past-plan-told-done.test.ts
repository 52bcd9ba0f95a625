import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { describedErrorsAgainstOne } from '../../test/support/claim-errors.ts';
import { inventedDocument } from '../../test/support/invented-document.ts';

// A plan of the past told as done (vplan40, issue 9): a plan noun or the formal noun of
// expectation closing the act's verb in the past copula (塗り替える予定だった, 届くはずだった), or the
// plan put in the passive past after the act named as its topic (植樹は…予定されていた), says what
// was to happen, not that it did. An invented page about a fictional hill village's shrine and
// orchard; no sentence is taken from a fixture.

const PAGE = inventedDocument(
  'hinoki',
  '桧沢の神社、鳥居の塗装を来春に延期',
  [
    '桧沢村の氏子会は鳥居の傷みを春に確かめており、秋祭りの前の九月に塗り替える予定だった。',
    'りんご園の植樹は十四日に予定されていたという。',
    '村の消防団は十日、神社の裏山で放水訓練をした。',
    '訓練は十日に行う予定だった。',
  ],
  { publishedAt: '2026-10-20T07:00:00+09:00', siteName: '桧沢新報' },
);

const errorsOf = describedErrorsAgainstOne();
const hasModality = (text: string): boolean =>
  errorsOf(text, PAGE).some((error) => error.startsWith('support.modality'));

describe('checkClaim: a past plan told as done (予定だった, 予定されていた)', () => {
  // Read by the existing hedge reading on a page this plain; the new reading adds where that
  // reading's alignment takes another clause of the sentence.
  it('flags an act planned in the past (塗り替える予定だった) told as done', () => {
    assert.ok(hasModality('氏子会は、九月に鳥居を塗り替えた。'));
  });

  it('keeps the plan told as a plan of the past', () => {
    assert.equal(hasModality('氏子会は、九月に鳥居を塗り替える予定だった。'), false);
  });

  it('flags an act scheduled in the passive past (予定されていた) told as carried out (行われた)', () => {
    assert.ok(hasModality('りんご園の植樹は十四日に行われた。'));
  });

  it('keeps an act planned in the past that another sentence tells done (放水訓練をした)', () => {
    assert.equal(hasModality('消防団は十日に放水訓練をした。'), false);
  });
});
