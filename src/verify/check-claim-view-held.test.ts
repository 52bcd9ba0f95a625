import assert from 'node:assert/strict';
import { before, describe, it } from 'node:test';
import { claimErrors } from '../../test/support/claim-errors.ts';
import { inventedDocument } from '../../test/support/invented-document.ts';
import { createTokenizer } from '../text/tokenizer.ts';
import { createUnderstanding, type Understanding } from '../understand/understand-document.ts';

// Who says it: a view a body holds while it looks into the matter (X は…とみて、…) is that
// body's, though the sentence reports no one's words (the vatt36 round). A claim that gives the
// inspectors' view to the builder, whom the page quotes on another point, gives it to another body.

let understanding: Understanding;
before(async () => {
  understanding = createUnderstanding(await createTokenizer());
});

const SLOPE = inventedDocument(
  'sl',
  '堤防で重機が横転、作業員けが',
  [
    '浜名川の堤防で12日、重機が横転し作業員1人がけがをした。',
    '工事を請け負う砂丘建設によると、重機は雨でぬかるんだ斜面を走っていた。',
    '海辺労働基準監督署は、斜面の傾きが大きすぎたとみて、現場を詳しく確かめる。',
  ],
  { siteName: '浜名日報', publishedAt: '2026-07-13T09:00:00+09:00' },
);

describe('checkClaim: a view held by the body that looks into it', () => {
  const errors = (text: string) => claimErrors(understanding, text, [SLOPE]).map((finding) => finding.code);

  it('accepts the view given to the inspectors', () => {
    assert.ok(
      !errors('海辺労働基準監督署は、斜面の傾きが大きすぎたとみている。').includes('support.attribution'),
    );
  });

  it('flags the view given to the builder', () => {
    assert.ok(errors('砂丘建設によると、斜面の傾きが大きすぎたとみられる。').includes('support.attribution'));
  });
});
