import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { describedErrorsAgainstOne } from '../../test/support/claim-errors.ts';
import { inventedDocument } from '../../test/support/invented-document.ts';

// The speaker of a later clause (the vatt40 round): a sentence giving words or a view to two
// parties, each the topic of a clause of its own. Invented page: a sawmill's broken kiln, the
// cooperative that asks for help, the city that gives it, and a theft the police were told of.

const errorsOf = describedErrorsAgainstOne();

const KILN = inventedDocument(
  'k',
  '楢崎製材所の乾燥機が故障',
  [
    '柊原市の製材所で乾燥機が相次いで壊れている問題で、市はきょう、製材業者が乾燥機を買う費用を補助する方針を明らかにしました。',
    '柊原木材組合は市と県に、乾燥機の購入費などの支援を求める方針だ。',
    '楢崎製材所の工場長は「修理に要る部品が半年は届かない」と話しており、柊原木材組合は国にも補助を求める考えだ。',
    '柊原署によると、駅前の花屋の店員は、灰色の上着の男がバラの花束を偽の商品券で買ったと話しているという。',
  ],
  { publishedAt: '2026-11-12T18:00:00+09:00' },
);

const attributionErrors = (claim: string) =>
  errorsOf(claim, KILN).filter((line) => line.startsWith('support.attribution'));

describe('checkAttribution: the speaker of a later clause (vatt40)', () => {
  it('gives the words of the source’s later clause to that clause’s topic (A は「…」と話しており、B は…考えだ)', () => {
    assert.deepEqual(attributionErrors('柊原木材組合は、国にも補助を求める考えだ。'), []);
  });

  it('still flags the quote of the first clause given to the later clause’s topic', () => {
    assert.match(
      attributionErrors('柊原木材組合は、修理に要る部品が半年は届かないと話している。').join('\n'),
      /楢崎製材所の工場長/u,
    );
  });

  it('reads the claim’s later clause, whose topic is the source sentence’s speaker (A が…なか、B は…)', () => {
    assert.deepEqual(
      attributionErrors(
        '組合が市と県に支援を求める方針を示すなか、市は乾燥機の購入費を補助する方針を明らかにした。',
      ),
      [],
    );
  });

  it('reads the topic of a reported clause inside an account (X によると、Y は…と話しているという)', () => {
    assert.deepEqual(
      attributionErrors('商品券はいずれも偽物で、店員は灰色の上着の男がバラの花束を買ったと話している。'),
      [],
    );
  });
});
