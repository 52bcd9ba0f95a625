import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { describedErrorsAgainstOne } from '../../test/support/claim-errors.ts';
import { inventedDocument } from '../../test/support/invented-document.ts';
import type { Document } from '../domain/document.ts';

// None against something that happened, the vneg38 round (issue 9), on invented pages: a mountain
// road where rocks fell twice (none, 一件もなかった, against 2件起きた), and a festival stage whose
// lamp dropped on the people waiting in front of it (no one hurt, told of a group in a clause of its
// own, against two hurt).

const ROAD = inventedDocument(
  'minezaka',
  '峠道で落石2件 通行止めに',
  [
    '峰坂町の県道峠線で14日夜、大雨の間に道路への小規模な落石が2件起きたが、通行中の車はなかった。',
    '県は15日朝から、峠線の一部区間を通行止めにしている。',
  ],
  { publishedAt: '2026-06-15T09:00:00+09:00' },
);

const STAGE = inventedDocument(
  'kagurada',
  '祭りの舞台で照明落下 見物客けが',
  [
    '神楽田市の夏祭りで20日夜、舞台の照明が落ち、舞台の前で開演を待っていた見物客3人がけがをした。',
    '実行委員会によると、照明を留める金具が緩んでいたという。',
  ],
  { publishedAt: '2026-07-21T09:00:00+09:00' },
);

const errorsOf = describedErrorsAgainstOne();

/** Whether the claim has a negation finding against the page. */
const negated = (page: Document, text: string): boolean =>
  errorsOf(text, page).some((error) => error.startsWith('support.negation'));

describe('none, said with "not even one" (一件もなかった), against a count of the same thing', () => {
  it('flags a claim that denies any of what the page counts', () => {
    assert.ok(negated(ROAD, '大雨の間、峠線での落石は一件もなかった。'));
  });

  it('leaves the count told as the page tells it, and none of what the page says there was none of', () => {
    assert.ok(!negated(ROAD, '大雨の間、峠線で落石が2件起きた。'));
    assert.ok(!negated(ROAD, '落石が起きたとき、峠線を通っていた車は一台もなかった。'));
  });
});

describe('no one hurt, denied of a group named in a clause of its own, against the hurt the page counts', () => {
  it('flags a claim that no one of the group was hurt', () => {
    assert.ok(negated(STAGE, '舞台の前で開演を待っていた見物客から、けが人は出なかった。'));
  });

  it('leaves the injured told as the page tells them', () => {
    assert.ok(!negated(STAGE, '舞台の前で開演を待っていた見物客3人が、けがをした。'));
  });
});
