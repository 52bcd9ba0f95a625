import assert from 'node:assert/strict';
import { before, describe, it } from 'node:test';
import { claimErrors } from '../../test/support/claim-errors.ts';
import { inventedDocument } from '../../test/support/invented-document.ts';
import { createTokenizer } from '../text/tokenizer.ts';
import { createUnderstanding, type Understanding } from '../understand/understand-document.ts';

// A cleft of an act a light する names by its object (草取りをしたのは) or of a passive (救い出され
// たのは): its focus against the one the source gives the act to, in the same voice, in the source
// sentence that names who it was.

let understanding: Understanding;
before(async () => {
  understanding = createUnderstanding(await createTokenizer());
});

const GARDEN = inventedDocument(
  's',
  '古寺の庭、見習いが草取り',
  ['見習いの庭師が、朝から寺の広い庭の草取りをした。', '住職は「助かります」と話した。'],
  { siteName: '桐谷日報', publishedAt: '2026-06-02T09:00:00+09:00' },
);

const RIVER = inventedDocument(
  's',
  '増水の中州に取り残され、3人救出',
  [
    '2日午後、3人が増水した川の中州から救い出された。',
    '消防によると、救い出されたのは川漁師2人と写真家1人で、いずれもけがはなかった。',
    '表具師の男性が、中州の3人を見つけ、通報した。',
  ],
  { siteName: '桐谷日報', publishedAt: '2026-06-03T09:00:00+09:00' },
);

// The cleft check's own findings (another check may also read a role word changed in a short page).
const roleErrors = (text: string, page: typeof GARDEN) =>
  claimErrors(understanding, text, [page])
    .filter(
      (finding) => finding.code === 'role.mismatch' && finding.message.startsWith('The source gives this to'),
    )
    .map((finding) => finding.params?.role);

describe('checkClaim: the focus of a cleft of a light する or a passive against the source', () => {
  it('reads the act a light する names by its object, past an adjective on it', () => {
    // 草取り (the object of する) finds the clause; 広い modifies 庭 and binds no が of its own.
    assert.deepEqual(roleErrors('寺の庭の草取りをしたのは、表具師だった。', GARDEN), ['表具師']);
    assert.deepEqual(roleErrors('寺の庭の草取りをしたのは、見習いの庭師だった。', GARDEN), []);
  });

  it('compares a passive focus with the source sentence that names who it was done to', () => {
    // The first sentence with the act (3人が…救い出された) names no one by a part: the cleft after it does.
    assert.deepEqual(roleErrors('中州から救い出されたのは、川漁師2人と表具師1人だった。', RIVER), ['表具師']);
    assert.deepEqual(roleErrors('中州から救い出されたのは、川漁師2人と写真家1人だった。', RIVER), []);
  });

  it('does not compare the one a passive names with the doer of an active act', () => {
    // 見つける: the source's 表具師 found them; the claim's passive names who was found.
    assert.deepEqual(roleErrors('中州で見つけられたのは、川漁師2人と写真家1人だった。', RIVER), []);
  });
});
