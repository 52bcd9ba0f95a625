import assert from 'node:assert/strict';
import { before, describe, it } from 'node:test';
import { claimErrors } from '../../test/support/claim-errors.ts';
import { inventedDocument } from '../../test/support/invented-document.ts';
import { createTokenizer } from '../text/tokenizer.ts';
import { createUnderstanding, type Understanding } from '../understand/understand-document.ts';

// A cleft whose act has no doer of its own and no を (岸に泳ぎ着いたのは), or an aspect after the
// verb (磨いているのは): its focus fills the subject's gap and is compared, as the doer, with the
// source's doer of that act (verify/claim/check-case-roles.ts, cleftDoer).

let understanding: Understanding;
before(async () => {
  understanding = createUnderstanding(await createTokenizer());
});

const LAKE = inventedDocument(
  's',
  '湖の祭り、転覆したボートから泳いで岸へ',
  [
    '3日午後、湖の祭りで手こぎボートが転覆し、乗っていた表具師が対岸の浜に泳ぎ着いた。',
    '会場では、招かれた彫刻家が寺の仏像を磨いている。',
    '表具師が、倒れた彫刻家に歩み寄った。',
    '畳の張り替えは、町内の内装会社「杉板工房」が引き受けている。',
    '管理人は、桟橋の釣り糸を持ち帰るよう釣り客に求めている。',
    '彫刻家は、仏像の台座に古いひびが二本あると明らかにした。',
  ],
  { siteName: '桐谷日報', publishedAt: '2026-06-04T09:00:00+09:00' },
);

// The case-role check's findings on who did the act.
const doerErrors = (text: string) =>
  claimErrors(understanding, text, [LAKE])
    .filter((finding) => finding.code === 'support.name' && finding.message.includes('the doer of'))
    .map((finding) => finding.params?.name ?? finding.message.slice(0, 40));

describe('checkClaim: the doer a cleft of an act with no を names', () => {
  it('flags another doer as the focus of an intransitive act or of an act still going on', () => {
    assert.equal(doerErrors('対岸の浜に泳ぎ着いたのは、彫刻家だった。').length, 1);
    assert.equal(doerErrors('寺の仏像を磨いているのは、表具師だ。').length, 1);
  });

  it('passes the source doer as the focus', () => {
    assert.deepEqual(doerErrors('対岸の浜に泳ぎ着いたのは、表具師だった。'), []);
    assert.deepEqual(doerErrors('寺の仏像を磨いているのは、彫刻家だ。'), []);
  });

  it('leaves a focus the source act has in another part, or the kind set before the doer name', () => {
    // 歩み寄ったのは、彫刻家だった may say whom the one who walked up went to.
    assert.deepEqual(doerErrors('歩み寄ったのは、彫刻家だった。'), []);
    // The kind before a bracketed name (内装会社「杉板工房」) is that one, not another doer.
    assert.deepEqual(doerErrors('畳の張り替えを引き受けているのは、町内の内装会社だ。'), []);
  });

  it('reads the focus as the doer of a verb of asking whose receiver the clause names', () => {
    // 釣り客に binds the one asked: the focus can only fill the asker's gap.
    assert.equal(doerErrors('釣り客に桟橋の釣り糸を持ち帰るよう求めているのは、表具師だ。').length, 1);
    assert.deepEqual(doerErrors('釣り客に桟橋の釣り糸を持ち帰るよう求めているのは、管理人だ。'), []);
    // With no receiver said, the focus may be the one asked: one the page asks is not flagged, one
    // the page neither asks nor has asking is (check-claim-cleft-asking.test.ts).
    assert.deepEqual(doerErrors('桟橋の釣り糸を持ち帰るよう求めているのは、釣り客だ。'), []);
    assert.equal(doerErrors('桟橋の釣り糸を持ち帰るよう求めているのは、表具師だ。').length, 1);
  });

  it('reads an adjectival noun made a verb with に + する as an act with a doer', () => {
    assert.equal(doerErrors('仏像の台座に古いひびが二本あると明らかにしたのは、表具師だった。').length, 1);
    assert.deepEqual(doerErrors('仏像の台座に古いひびが二本あると明らかにしたのは、彫刻家だった。'), []);
  });
});
