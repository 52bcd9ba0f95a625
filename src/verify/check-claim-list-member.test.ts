import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { describedErrorsAgainstOne } from '../../test/support/claim-errors.ts';
import { inventedDocument } from '../../test/support/invented-document.ts';

// A member added to a list a source sentence gives (AとB、Cを届けた where the page lists A and B), on an
// invented page about a town supplying an evacuation shelter. The added member is a word the page uses
// elsewhere, so the coverage share alone lets it through.

const SHELTER = inventedDocument(
  'shelter',
  '川辺町、避難所に物資',
  [
    '川辺町は5日、公民館の避難所に毛布と飲料水を届けた。',
    '町は、倉庫に非常食を備蓄している。',
    '町は、改修が終わるまでの期間中、花壇や芝生への水やりを控えるよう住民に求めた。',
    '同日、町の職員が段ボールベッドと間仕切り、簡易トイレを運び込んだ。',
  ],
  { publishedAt: '2026-06-06T09:00:00+09:00' },
);

const errorsOf = describedErrorsAgainstOne();
const ADDED = 'to a list a source sentence gives without it';

describe('checkClaim: a member added to a list a source sentence gives', () => {
  it('flags a third item the list sentence does not have (毛布と飲料水、非常食を届けた)', () => {
    const errors = errorsOf('川辺町は5日、公民館の避難所に毛布と飲料水、非常食を届けた。', SHELTER);
    assert.ok(
      errors.some((e) => e.startsWith('support.addition') && e.includes('非常食') && e.includes(ADDED)),
      errors.join('\n'),
    );
  });

  it('keeps the list as the page gives it, in another order (間仕切りや段ボールベッド、簡易トイレ)', () => {
    const errors = errorsOf('町の職員が5日、間仕切りや段ボールベッド、簡易トイレを運び込んだ。', SHELTER);
    assert.ok(!errors.some((e) => e.includes(ADDED)), errors.join('\n'));
  });

  it('keeps a two-item list (毛布と飲料水)', () => {
    const errors = errorsOf('川辺町は5日、避難所に毛布と飲料水を届けた。', SHELTER);
    assert.ok(!errors.some((e) => e.includes(ADDED)), errors.join('\n'));
  });

  it('does not read a comma before the list as a joiner (…までの間、花壇や芝生)', () => {
    const errors = errorsOf(
      '町は、改修が終わるまでの間、花壇や芝生への水やりを控えるよう住民に求めた。',
      SHELTER,
    );
    assert.ok(!errors.some((e) => e.includes(ADDED)), errors.join('\n'));
  });
});
