import assert from 'node:assert/strict';
import { before, describe, it } from 'node:test';
import { claimErrors } from '../../test/support/claim-errors.ts';
import { inventedDocument } from '../../test/support/invented-document.ts';
import { createTokenizer } from '../text/tokenizer.ts';
import { createUnderstanding, type Understanding } from '../understand/understand-document.ts';

// A cleft claim (…したのは、Y だった) gives the act of its の-clause to its focus Y; the source clause
// of that act gives it to its own subject, read past an embedded clause.

let understanding: Understanding;
before(async () => {
  understanding = createUnderstanding(await createTokenizer());
});

const PAGE = inventedDocument(
  's',
  '倉庫でぼや、けが人なし',
  [
    '12日夜、青葉市の倉庫で、利用者が荷物を運び出している最中に、警備員が天井から煙が出ていることに気づいた。',
    '近くの住民も集まり、倉庫の管理人が119番通報した。',
    '倉庫の裏で資材が燃えているのに清掃員の女性が気づき、消火器で火を消した。',
    '同署によると、けが人はいなかった。',
  ],
  { siteName: '青葉日報', publishedAt: '2026-05-13T09:00:00+09:00' },
);

describe('checkClaim: the focus of a cleft against the source subject of its act', () => {
  const roleErrors = (text: string) =>
    claimErrors(understanding, text, [PAGE])
      .filter((finding) => finding.code === 'role.mismatch')
      .map((finding) => finding.params?.role);

  it('flags a focus of another part than the subject the source gives the act', () => {
    // The source subject past an embedded clause (天井から煙が出ていることに): 警備員, not 利用者.
    assert.deepEqual(roleErrors('天井からの煙に気づいたのは、荷物を運び出していた利用者だった。'), [
      '利用者',
    ]);
    // Of two chained clauses, the subject of the one with the act: 管理人, not 住民.
    assert.deepEqual(roleErrors('119番通報したのは、倉庫の近くの住民だった。'), ['住民']);
    // A general noun for anyone beside a part (清掃員の女性) leaves the part to compare.
    assert.deepEqual(roleErrors('資材が燃えているのに気づいたのは、倉庫の管理人だった。'), ['管理人']);
  });

  it('passes the focus the source gives the act, or a word that fits anyone', () => {
    assert.deepEqual(roleErrors('天井からの煙に気づいたのは、倉庫の警備員だった。'), []);
    assert.deepEqual(roleErrors('119番通報したのは、倉庫の管理人だった。'), []);
    assert.deepEqual(roleErrors('資材が燃えているのに気づいたのは、清掃員の女性だった。'), []);
    assert.deepEqual(roleErrors('資材が燃えているのに気づいたのは、近くにいた女性だった。'), []);
  });
});
