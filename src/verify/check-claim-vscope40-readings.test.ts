import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { describedErrorsAgainstOne } from '../../test/support/claim-errors.ts';
import { inventedDocument } from '../../test/support/invented-document.ts';

// Readings of the vscope40 round (a marker belongs to the clause it ends). Invented page: a bakery's
// recall of bread and forged gift vouchers.

const errorsOf = describedErrorsAgainstOne();

const PAGE = inventedDocument(
  'b',
  '菜摘ベーカリーが食パンを回収',
  [
    'パン製造の「菜摘ベーカリー」（梢野市）は3日、角食パンの一部に細い針金が混入した恐れがあるとして、約1500袋を自主回収すると発表した。',
    '6枚はいずれも同じ番号で、透かしがなく、家庭用の印刷機で刷られたものとみられる。',
  ],
  { publishedAt: '2026-11-04T09:00:00+09:00' },
);

const modality = (claim: string) =>
  errorsOf(claim, PAGE).filter((line) => line.startsWith('support.modality'));

describe('checkModality: a hedge read on the clause it ends (vscope40)', () => {
  it('backs the act announced on a hedged ground, whatever nouns the ground shares (…恐れがあるとして、…発表した)', () => {
    assert.deepEqual(modality('菜摘ベーカリーは3日、角食パン約1500袋の自主回収を発表した。'), []);
  });

  it('still flags the grounded act told as done (混入した for 混入した恐れがある)', () => {
    assert.match(modality('菜摘ベーカリーの角食パンの一部に細い針金が混入した。').join('\n'), /恐れ/u);
  });

  it('does not take a figure of the sentence’s topic (6枚は、…とみられる) as placing the claim in an unhedged clause', () => {
    assert.match(modality('6枚の偽の商品券は、家庭用の印刷機で刷られたものだった。').join('\n'), /とみられ/u);
  });

  it('still backs what the unhedged clause of the topic says (6枚は同じ番号だ)', () => {
    assert.deepEqual(modality('6枚は、いずれも同じ番号だった。'), []);
  });
});
