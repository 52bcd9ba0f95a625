import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { describedErrorsAgainstOne } from '../../test/support/claim-errors.ts';
import { inventedDocument } from '../../test/support/invented-document.ts';

// The clause's added words read against every source sentence that tells the clause as well as the
// best one (the vadd46 round, issue 9): a headline that ties with the body sentence is read with it,
// not instead of it. Invented page: a harbour town's fireworks, delayed by rain.

const FIREWORKS = inventedDocument(
  'f',
  '花火大会、雨で1時間遅れ　港南市',
  [
    '港南市の花火大会は12日夜に開かれ、雨で開始が1時間遅れた。',
    '会場の来場者は5万2千人で、大会の過去最多だった。',
  ],
  { publishedAt: '2026-08-13T09:00:00+09:00' },
);

const errorsOf = describedErrorsAgainstOne();
const clauseAdds = (errors: string[]) => errors.filter((error) => error.includes('this clause adds'));

describe('the sentences a clause is read against for added words', () => {
  it('accepts 最も多い over the body sentence that ties with the headline (過去最多)', () => {
    assert.deepEqual(
      clauseAdds(errorsOf('花火大会には、大会史上最も多い5万2千人が来場した。', FIREWORKS)),
      [],
    );
  });

  it('still rejects a clause whose new words no tied sentence shares a kanji with', () => {
    assert.equal(
      clauseAdds(errorsOf('花火大会には、隣の県から貸し切りバスで5万2千人が来場した。', FIREWORKS)).length,
      1,
    );
  });
});
