import assert from 'node:assert/strict';
import { describe, it } from 'node:test';

import { describedErrorsAgainstOne } from '../../test/support/claim-errors.ts';
import { inventedDocument } from '../../test/support/invented-document.ts';
import type { Document } from '../domain/document.ts';
import { japaneseMessage } from './finding-messages.ts';

// A claim for payment no source mentions (the vadd36 round): that someone bills another or asks it
// to bear a cost, compensate or refund is a fact of its own, which a claim adds where no listed page
// speaks of any claim for payment — though the page may give the cost itself, and may ask for
// something else (返すよう求めた). Invented pages: a village hall's roof torn by a contractor's crane,
// in Japanese and in English, and a hall whose page tells of the bill.

const HALL = inventedDocument(
  'hall',
  '公民館の屋根、クレーン作業で破損',
  [
    '桐ヶ谷村は3日、村営公民館の屋根が工事用クレーンの接触で壊れたと発表した。',
    '修理の費用は約300万円とみられる。',
    '村は工事を請け負った戸倉建設に対し、作業の手順を見直すよう求めた。',
  ],
  { publishedAt: '2026-05-03T18:00:00+09:00' },
);

const HALL_EN: Document = {
  ...inventedDocument(
    'hall-en',
    'Crane damages village hall roof in Kirigaya',
    [
      'A construction crane struck the roof of the village hall in Kirigaya on Sunday, the village said.',
      'Repairs are expected to cost about 3 million yen.',
    ],
    { publishedAt: '2026-05-03T18:00:00+09:00', siteName: 'Kirigaya Weekly' },
  ),
  lang: 'en',
};

const HALL_BILLED = inventedDocument(
  'hall-billed',
  '公民館の屋根破損、村が修理費を請求へ',
  [
    '桐ヶ谷村は3日、村営公民館の屋根が工事用クレーンの接触で壊れたと発表した。',
    '村は修理の費用約300万円を戸倉建設に請求する方針だ。',
  ],
  { publishedAt: '2026-05-03T18:00:00+09:00' },
);

const errorsOf = describedErrorsAgainstOne();
const addsClaim = (errors: string[]) =>
  errors.some((e) => e.startsWith('support.addition') && e.includes('adds who is asked to pay'));

describe('checkClaim: a claim for payment no source mentions', () => {
  it('flags a bill no sentence speaks of, though the page gives the cost (請求する)', () => {
    const errors = errorsOf('桐ヶ谷村は、修理の費用約300万円を戸倉建設に請求する方針だ。', HALL);
    assert.ok(addsClaim(errors), errors.join('\n'));
  });

  it('flags a payment noun made the object of 求める where the page asks for something else', () => {
    const errors = errorsOf('桐ヶ谷村は、戸倉建設に修理費用の負担を求める考えだ。', HALL);
    assert.ok(addsClaim(errors), errors.join('\n'));
  });

  it('flags a bill against an English page that gives only the cost', () => {
    const errors = errorsOf('桐ヶ谷村は、修理の費用を工事業者に請求する方針だ。', HALL_EN);
    assert.ok(addsClaim(errors), errors.join('\n'));
  });

  it('keeps a bill a sentence tells of, in other words (負担を求める for 請求する)', () => {
    const errors = errorsOf('桐ヶ谷村は、戸倉建設に修理費用の負担を求める方針だ。', HALL_BILLED);
    assert.ok(!addsClaim(errors), errors.join('\n'));
  });

  it('keeps a claim that denies the bill (請求しない)', () => {
    const errors = errorsOf('桐ヶ谷村は、修理の費用を戸倉建設に請求しない。', HALL);
    assert.ok(!addsClaim(errors), errors.join('\n'));
  });

  it('does not read 求める with another object as a claim for payment (見直しを求めた)', () => {
    const errors = errorsOf('桐ヶ谷村は、戸倉建設に作業手順の見直しを求めた。', HALL);
    assert.ok(!addsClaim(errors), errors.join('\n'));
  });

  it('does not read a petition with no sum of money as a bill (情報の開示を請求した)', () => {
    const errors = errorsOf('住民は、村に作業記録の開示を請求した。', HALL);
    assert.ok(!addsClaim(errors), errors.join('\n'));
  });

  it('has a Japanese message of its own in the finding catalogue', () => {
    assert.equal(
      japaneseMessage({ code: 'support.addition', params: { kind: 'payment-claim', text: '請求' } }),
      '「請求」と支払いを求めたとしていますが、どの出典も請求や支払いの要求に触れていません。',
    );
  });
});
