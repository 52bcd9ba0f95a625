import assert from 'node:assert/strict';
import { before, describe, it } from 'node:test';
import { claimErrors, described } from '../../test/support/claim-errors.ts';
import { inventedDocument } from '../../test/support/invented-document.ts';
import type { Document } from '../domain/document.ts';
import { createTokenizer } from '../text/tokenizer.ts';
import { createUnderstanding, type Understanding } from '../understand/understand-document.ts';

// Negations of the vneg36 round (issue 9), on invented pages: a library lift that stopped after a
// repair (an act the source says was left out: 作動試験を省いていた).

const LIFT = inventedDocument(
  'kawabata',
  '図書館のエレベーター停止 利用者2人閉じ込め',
  [
    '川端市の市立中央図書館で5日午後、エレベーターが止まり、利用者2人が約1時間閉じ込められた。',
    '保守会社によると、前日に部品を交換した後、本来行うはずの作動試験を省いていた。',
    '同社は、点検の記録を市に提出した。',
  ],
  { publishedAt: '2026-03-06T09:00:00+09:00' },
);

let understanding: Understanding;

before(async () => {
  understanding = createUnderstanding(await createTokenizer());
});

/** The claim's negation findings against the pages whose text includes `marker`. */
const negated = (pages: Document[], text: string, marker = ''): boolean =>
  claimErrors(understanding, text, pages)
    .map(described)
    .some((error) => error.startsWith('support.negation') && error.includes(marker));

describe('an act the source says was left out (省く, 怠る)', () => {
  it('flags the act told as done, by the same noun compound', () => {
    assert.ok(negated([LIFT], '保守会社は、部品の交換後に作動試験を行っていた。', 'left out'));
  });

  it('flags the act told as done in a clause chained to a later one', () => {
    assert.ok(
      negated([LIFT], '保守会社は、交換の後に作動試験を行い、異常のないことを確かめた。', 'left out'),
    );
  });

  it('leaves a promise of the act, and a claim that leaves it out too', () => {
    assert.ok(!negated([LIFT], '保守会社は、今後は交換の後に必ず作動試験をすると約束した。', 'left out'));
    assert.ok(!negated([LIFT], '保守会社は、交換の後の作動試験を省いていた。', 'left out'));
  });

  it('leaves an act the page does not say was left out', () => {
    assert.ok(!negated([LIFT], '保守会社は、点検の記録を市に提出していた。', 'left out'));
  });
});
