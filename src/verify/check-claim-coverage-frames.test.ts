import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { describedErrorsAgainstOne } from '../../test/support/claim-errors.ts';
import { inventedDocument } from '../../test/support/invented-document.ts';

// The coverage check on free rewordings (the vfa47 round, issue 9): a verb of one kanji that the
// sentence telling the claim gives by a compound on its kanji, and the noun of a frame of whose account
// the claim gives (町の説明では). Invented page: a fishing hamlet's storehouse and a town's clock tower.

const HAMLET = inventedDocument(
  'h',
  '時計塔の修理、来月完了へ　北杜町',
  [
    '北杜町によると、役場前の時計塔の修理は来月末に終わる。',
    '倉庫の棚はほとんどが、昭和50年代に小屋が建った折に取り付けられた。',
    '駅前の書店は改装のため休業している。',
  ],
  { publishedAt: '2026-06-10T09:00:00+09:00' },
);

const errorsOf = describedErrorsAgainstOne();
const coverage = (errors: string[]) => errors.filter((error) => error.startsWith('support.coverage'));

describe('coverage: a native verb told by a compound on its kanji', () => {
  it('accepts 付ける for the 取り付ける of the sentence that tells the claim', () => {
    assert.deepEqual(
      coverage(errorsOf('倉庫の棚はほとんどが、昭和50年代の建築の頃に付けられた。', HAMLET)),
      [],
    );
  });

  it('still rejects the verb denied (休まずに against 休業)', () => {
    assert.equal(coverage(errorsOf('駅前の書店は、改装の間も休まずに商いを続けていた。', HAMLET)).length, 1);
  });
});

describe('coverage: the noun of a frame of whose account the claim gives', () => {
  it('accepts 町の説明では for the page’s 町によると', () => {
    assert.deepEqual(
      coverage(errorsOf('北杜町の説明では、役場前の時計塔の改修は来月末に終わる。', HAMLET)),
      [],
    );
  });

  it('still counts 説明 outside the frame', () => {
    assert.equal(
      coverage(errorsOf('北杜町は、役場前の時計塔の改修の説明を来月末に行う。', HAMLET)).length,
      1,
    );
  });
});
