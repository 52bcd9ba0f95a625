import assert from 'node:assert/strict';
import { before, describe, it } from 'node:test';
import { inventedDocument } from '../../test/support/invented-document.ts';
import { createTokenizer } from '../text/tokenizer.ts';
import { createUnderstanding, type Understanding } from '../understand/understand-document.ts';
import { checkClaim } from './check-claim.ts';

// Who did what, on an invented page: a town library closed for repairs. A claim that swaps who
// acts and who is acted on, or makes another body act, names the wrong one (support.name).

const LIBRARY = inventedDocument(
  'a',
  '北浦町立図書館、改修で6月から休館',
  [
    '北浦町は4日、町立図書館を改修するため、6月から休館すると発表した。',
    '町は地元の建設会社の三峰建設に工事を発注した。',
    '北浦町の住民団体は、町に休館期間の短縮を求めた。',
    '町教育委員会は同日、臨時の貸し出し窓口を公民館に設けた。',
  ],
  { siteName: '北浦日日新聞', publishedAt: '2026-03-04T18:00:00+09:00' },
);

let understanding: Understanding;
before(async () => {
  understanding = createUnderstanding(await createTokenizer());
});

const nameErrors = (text: string) =>
  checkClaim(text, [understanding.of(LIBRARY)], understanding, { path: 'claim' })
    .findings.filter((finding) => finding.code === 'support.name')
    .map((finding) => finding.message);

describe('checkClaim: who acts and who is acted on', () => {
  it('flags the one acted on made the one acting (AがBに vs BがAに)', () => {
    assert.ok(
      nameErrors('三峰建設は町に工事を発注した。').some((m) => m.includes('「三峰建設」 do 「発注」')),
    );
    assert.ok(
      nameErrors('町は住民団体に休館期間の短縮を求めた。').some((m) => m.includes('「町」 do 「求める」')),
    );
    assert.deepEqual(nameErrors('北浦町は三峰建設に工事を発注した。'), []);
  });

  it('reads a passive: the agent is the noun with によって', () => {
    assert.deepEqual(nameErrors('工事は北浦町によって三峰建設に発注された。'), []);
    assert.ok(nameErrors('工事は三峰建設によって発注された。').some((m) => m.includes('「三峰建設」')));
  });

  it('flags another body made the agent of the same act on the same object (cleft, passive)', () => {
    assert.ok(
      nameErrors('臨時の貸し出し窓口を公民館に設けたのは三峰建設だ。').some((m) =>
        m.includes('「町教育委員会」 did this, not 「三峰建設」'),
      ),
    );
    assert.ok(
      nameErrors('臨時の貸し出し窓口は、三峰建設によって公民館に設けられた。').some((m) =>
        m.includes('「町教育委員会」 did this, not 「三峰建設」'),
      ),
    );
    assert.deepEqual(nameErrors('臨時の貸し出し窓口を公民館に設けたのは町教育委員会だ。'), []);
    // A body's own department acts for it, and a short form cut from the front names the same body.
    assert.deepEqual(nameErrors('臨時の貸し出し窓口を公民館に設けたのは北浦町だ。'), []);
    assert.deepEqual(nameErrors('臨時の貸し出し窓口を公民館に設けたのは町教委だ。'), []);
  });

  it('takes a person named in full and by surname and title as one (山岸浩館長, 山岸館長)', () => {
    const page = inventedDocument(
      'b',
      '図書館に新館長',
      ['北浦町立図書館に4月、山岸浩館長が就任した。', '山岸館長は5日、利用者向けの説明会を開いた。'],
      { siteName: '北浦日日新聞', publishedAt: '2026-04-06T09:00:00+09:00' },
    );
    const errors = checkClaim(
      '利用者向けの説明会を開いたのは山岸浩館長だ。',
      [understanding.of(page)],
      understanding,
      {
        path: 'claim',
      },
    ).findings.filter((finding) => finding.code === 'support.name');
    assert.deepEqual(errors, []);
  });
});
