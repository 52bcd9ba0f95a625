import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { describedErrorsAgainstOne } from '../../test/support/claim-errors.ts';
import { inventedDocument } from '../../test/support/invented-document.ts';

// The frame of a view made known (…する考えを示した, …との見方を示した) against a page that quotes the
// words themselves (vpara43). Invented page: a village's footbridge whose paint peeled within a year.

const errorsOf = describedErrorsAgainstOne();

const BRIDGE = inventedDocument(
  'b',
  '萩森村の歩道橋、塗り直し1年で塗装はがれる',
  [
    '萩森村の村道にかかる歩道橋で、昨年塗り直した塗装が広い範囲で浮き、村が業者に調べるよう求めた。',
    '村によると、塗装は昨年6月に地元の業者が請け負った。',
    '檜垣村長は5日、「塗装の手順を一から改めたい。仕上がりの検査も村の職員が立ち会う形にする」と話した。',
    '村長は「塗装が早くはがれたのは、雨の日にも作業を続けたためではないか」とも述べた。',
    '村は来月、歩道橋を全面的に塗り直す。',
  ],
  { publishedAt: '2026-09-05T18:00:00+09:00' },
);

const coverageErrors = (claim: string) =>
  errorsOf(claim, BRIDGE).filter((line) => line.startsWith('support.coverage:'));

describe('checkCoverage: the frame of a view made known is not a word the sources must say (vpara43)', () => {
  it('reads …考えを示した as the quoted words of the village head', () => {
    assert.deepEqual(coverageErrors('檜垣村長は、歩道橋の塗装の手順を根本から改める考えを示した。'), []);
  });

  it('reads …との見方を示した the same way', () => {
    assert.deepEqual(
      coverageErrors('村長は、塗装が早くはがれたのは雨天にも作業を続けたためだとの見方を示した。'),
      [],
    );
  });

  it('still flags the frame where no one is quoted saying the view (the page states only the act)', () => {
    assert.match(
      coverageErrors('檜垣村長は、来月に歩道橋を根本から塗り直す方針を示した。').join('\n'),
      /方針/u,
    );
  });

  it('still flags the frame where the holder is quoted, but on another matter', () => {
    assert.match(coverageErrors('檜垣村長は、村長室の改装を取りやめる考えを示した。').join('\n'), /改装/u);
  });

  it('still flags words the claim adds beside the frame', () => {
    assert.match(
      coverageErrors('檜垣村長は、予算と人員を増やして近隣の歩道橋も改修する考えを示した。').join('\n'),
      /予算/u,
    );
  });
});
