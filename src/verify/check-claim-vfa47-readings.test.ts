import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { describedErrorsAgainstOne } from '../../test/support/claim-errors.ts';
import { inventedDocument } from '../../test/support/invented-document.ts';

// Readings of the vfa47 round (false alarms of the newest writer, set67/68, and of the writers before
// it). Invented page: a bridge's rusted cables and the engineer who explained them.

const errorsOf = describedErrorsAgainstOne();

const BRIDGE = inventedDocument(
  'b',
  'つり橋のケーブルにさび、通行止め',
  [
    '梢谷町のつり橋で、ケーブルにさびが見つかり、町は9日から通行止めにした。',
    '橋の構造に詳しい大学教授の榁田汐さんは「ケーブルのさびは、内部に進むと急に弱くなる。早めに取り替えるべきだ」と話している。',
    '元町職員の榊葉澄生さんは「早く直してほしい」と話した。',
  ],
  { publishedAt: '2026-10-09T18:00:00+09:00' },
);

describe('checkClaim: a title written after the name that the page writes as an office before it (vfa47)', () => {
  it('backs 榁田汐教授 for the page’s 大学教授の榁田汐さん', () => {
    assert.doesNotMatch(
      errorsOf('榁田汐教授は、ケーブルのさびは内部に進むと急に弱くなると説明した。', BRIDGE).join('\n'),
      /role\.mismatch/u,
    );
  });

  it('still flags a title the page’s office does not end in (榁田汐准教授)', () => {
    assert.match(
      errorsOf('榁田汐准教授は、ケーブルのさびは内部に進むと急に弱くなると説明した。', BRIDGE).join('\n'),
      /role\.mismatch/u,
    );
  });

  it('still flags the title of another person’s office (榁田汐職員)', () => {
    assert.match(
      errorsOf('榁田汐職員は、ケーブルのさびは内部に進むと急に弱くなると説明した。', BRIDGE).join('\n'),
      /role\.mismatch/u,
    );
  });
});
