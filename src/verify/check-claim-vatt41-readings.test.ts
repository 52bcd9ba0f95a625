import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { describedErrorsAgainstOne } from '../../test/support/claim-errors.ts';
import { inventedDocument } from '../../test/support/invented-document.ts';

// Which source sentences report someone's words (the vatt41 round): a quote that only names a ship
// or a building reports no one's words; an apology after と and a body's reckoning do. Invented
// page: a ferry's leaking engine room, its operator's president at a press conference, the prefecture's estimate of the repair.

const errorsOf = describedErrorsAgainstOne();

const FERRY = inventedDocument(
  'f',
  '沖ノ島航路のフェリーで油漏れ',
  [
    '葦原県の波戸港と沖ノ島を結ぶフェリー「しらなみ丸」で、機関室の配管から燃料の軽油が漏れていたことが分かった。',
    '運航する波戸汽船の梶谷順一社長が20日、記者会見して明らかにした。',
    '梶谷社長は「島の皆さまに大変なご不便をおかけした。点検のやり方を改めたい」と話した。',
    '修理は造船会社の「高森ドック」が請け負う。県は修理費を約3000万円と見積もっている。',
    '島の商店では、「卵」の表示が抜けたパンの回収も始まった。',
  ],
  { publishedAt: '2026-10-21T18:00:00+09:00' },
);

const attributionErrors = (claim: string) =>
  errorsOf(claim, FERRY).filter((line) => line.startsWith('support.attribution'));

describe('checkAttribution: which source sentences report words (vatt41)', () => {
  it('does not read a sentence whose only quote names a ship as words reported (「…丸」で、…分かった)', () => {
    // The operator's president tells the leak in the next sentence: the claim may give it to him.
    assert.deepEqual(
      attributionErrors(
        '梶谷順一社長は20日の会見で、フェリーの機関室の配管から軽油が漏れていたと明らかにした。',
      ),
      [],
    );
  });

  it('reads an apology after と (とわびた) as the speaker’s words, not a fact stated', () => {
    assert.deepEqual(attributionErrors('梶谷社長は、島の皆さまに大変なご不便をおかけしたとわびた。'), []);
  });

  it('reads a body’s reckoning (X は…と見積もっている) as its words: another speaker is flagged', () => {
    assert.match(
      attributionErrors('波戸汽船によると、修理費は約3000万円にのぼる。').join('\n'),
      /the source gives them to 県/u,
    );
  });

  it('still reads a common noun in quotes (「卵」の表示) as someone’s word', () => {
    assert.notDeepEqual(attributionErrors('葦原県によると、島の商店でパンの回収が始まった。'), []);
  });
});
