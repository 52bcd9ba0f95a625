import assert from 'node:assert/strict';
import { describe, it } from 'node:test';

import { describedErrorsAgainstOne } from '../../test/support/claim-errors.ts';
import { inventedDocument } from '../../test/support/invented-document.ts';
import type { Document } from '../domain/document.ts';
import { japaneseMessage } from './finding-messages.ts';

// A sanction no source mentions (the vadd35 round): what an employer did to the person at fault —
// discipline, dismissal, suspension, a pay cut, demotion — is a fact of its own, which a claim adds
// where no listed page speaks of any sanction, dismissal or resignation. Invented pages: a bakery's
// mislabelled allergen, in Japanese and in English, and a ward office whose clerk was reprimanded.

const BAKERY = inventedDocument(
  'bakery',
  'パンの表示に誤り、アレルギー物質の記載漏れ',
  [
    '小麦野ベーカリーは8日、クルミを使ったパンの袋にクルミの表示がなかったと発表した。',
    '店の従業員が、古いラベルを貼ったまま売り場に並べていた。',
    '同店は、すでに売れた約40個の回収を呼びかけている。',
  ],
  { publishedAt: '2026-09-08T18:00:00+09:00' },
);

const BAKERY_EN: Document = {
  ...inventedDocument(
    'bakery-en',
    'Bakery recalls walnut bread with missing label',
    [
      'Komugino Bakery said on Tuesday that bags of its walnut bread carried no allergen label for walnuts.',
      'An employee had put old labels on the bags, the bakery said.',
    ],
    { publishedAt: '2026-09-08T18:00:00+09:00', siteName: 'Komugino Times' },
  ),
  lang: 'en',
};

const OFFICE = inventedDocument(
  'office',
  '区役所で住民票を誤交付、職員を処分',
  [
    '青葉台区役所は14日、窓口で別人の住民票を誤って交付したと発表した。',
    '区は、確認を怠った窓口の職員を戒告の懲戒処分とした。',
  ],
  { publishedAt: '2026-10-14T18:00:00+09:00' },
);

const errorsOf = describedErrorsAgainstOne();
const addsSanction = (errors: string[]) =>
  errors.some(
    (e) => e.startsWith('support.addition') && e.includes('adds what was done to the person at fault'),
  );

describe('checkClaim: a sanction no source mentions', () => {
  it('flags a disciplinary action no sentence speaks of (懲戒処分にした)', () => {
    const errors = errorsOf('小麦野ベーカリーは、ラベルを貼り間違えた従業員を懲戒処分にした。', BAKERY);
    assert.ok(addsSanction(errors), errors.join('\n'));
  });

  it('flags a dismissal and a removal from a post (解雇した, 更迭した)', () => {
    assert.ok(addsSanction(errorsOf('小麦野ベーカリーは、古いラベルを貼った従業員を解雇した。', BAKERY)));
    assert.ok(addsSanction(errorsOf('小麦野ベーカリーは、売り場の責任者を更迭した。', BAKERY)));
  });

  it('flags a sanction against an English page that speaks of none', () => {
    const errors = errorsOf('小麦野ベーカリーは、ラベルを貼り間違えた従業員を懲戒処分にした。', BAKERY_EN);
    assert.ok(addsSanction(errors), errors.join('\n'));
  });

  it('keeps a sanction a sentence tells of, in other words (懲戒処分とした for 戒告処分にした)', () => {
    const errors = errorsOf('青葉台区役所は、窓口の職員を戒告処分にした。', OFFICE);
    assert.ok(!addsSanction(errors), errors.join('\n'));
  });

  it('keeps a sanction the claim denies (解雇しない)', () => {
    const errors = errorsOf('小麦野ベーカリーは、ラベルを貼り間違えた従業員を解雇しない。', BAKERY);
    assert.ok(!addsSanction(errors), errors.join('\n'));
  });

  it('leaves a sanction inside a quotation to the quote checks', () => {
    const errors = errorsOf('店長は「従業員を解雇するつもりはない」と話した。', BAKERY);
    assert.ok(!addsSanction(errors), errors.join('\n'));
  });

  it('has a Japanese message of its own in the finding catalogue', () => {
    assert.equal(
      japaneseMessage({ code: 'support.addition', params: { kind: 'sanction', text: '解雇' } }),
      '「解雇」と処分を加えていますが、どの出典も処分・解雇・辞任に触れていません。',
    );
  });
});
