import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { describedErrorsAgainstOne } from '../../test/support/claim-errors.ts';
import { inventedDocument } from '../../test/support/invented-document.ts';

// Readings of the vfa49 round (false alarms by the check that raises them). Invented page: a
// fishing cooperative whose freezer broke, the town that helped, and a recount of its board election.

const errorsOf = describedErrorsAgainstOne();

const FREEZER = inventedDocument(
  'f',
  '蔦森漁協の冷凍庫が故障',
  [
    '蔦森町の蔦森漁協は10日、港の冷凍庫の温度調節装置が故障し、保管していたサバ約3トンを廃棄したと発表した。',
    '町は11日、漁業者への支援策を打ち出した。',
    '町選挙管理委員会は、理事選挙で落選した現職の古郡達彦さん（67）の異議を受けて票を数え直した結果、二人の順位が逆になったと発表した。',
    '新人の岩槻花梨さん（41）が当選した。',
  ],
  { publishedAt: '2026-11-12T18:00:00+09:00' },
);

const agentErrors = (claim: string) =>
  errorsOf(claim, FREEZER).filter((line) => line.startsWith('support.name: The sources say this of'));

describe('checkAgent: the subject compared with its own stretch of the claim (vfa49)', () => {
  it('backs the town’s act after a clause of the cooperative’s own (漁協が…を発表した翌日、町は…)', () => {
    assert.deepEqual(
      agentErrors('漁協が冷凍庫の温度調節装置の故障を発表した翌日、町は漁業者への支援策を打ち出した。'),
      [],
    );
  });

  it('does not compare a first person with what a second one, past a comma, is said to be (X さんは41歳、Y さんは…)', () => {
    assert.deepEqual(agentErrors('新人の岩槻花梨さんは41歳、現職の古郡達彦さんは67歳だ。'), []);
  });

  it('still flags the cooperative’s act given to the town', () => {
    assert.match(
      agentErrors('町は10日、冷凍庫の温度調節装置が故障し、サバ約3トンを廃棄したと発表した。').join('\n'),
      /「蔦森漁協」, not of 「町」/u,
    );
  });

  it('still flags it where a second participant’s clause follows (…と発表し、漁協は…)', () => {
    assert.match(
      agentErrors(
        '町は10日、冷凍庫の温度調節装置が故障し、サバ約3トンを廃棄したと発表し、漁協は支援策を打ち出した。',
      ).join('\n'),
      /「蔦森漁協」, not of 「町」/u,
    );
  });
});
