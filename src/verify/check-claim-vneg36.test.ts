import assert from 'node:assert/strict';
import { before, describe, it } from 'node:test';
import { claimErrors, described } from '../../test/support/claim-errors.ts';
import { inventedDocument } from '../../test/support/invented-document.ts';
import type { Document } from '../domain/document.ts';
import { createTokenizer } from '../text/tokenizer.ts';
import { createUnderstanding, type Understanding } from '../understand/understand-document.ts';

// Negations of the vneg36 round (issue 9), on invented pages: a library lift that stopped after a
// repair (an act the source says was left out: 作動試験を省いていた), and the same town's libraries,
// none of which closed (休館した図書館はなかった: no part of them did).

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

const LIBRARIES = inventedDocument(
  'kawabata-2',
  '停電で市内の図書館に影響',
  [
    '川端市で7日朝、大規模な停電があり、市内の図書館では貸し出しの端末が使えなくなった。',
    '職員が手書きで貸し出しを受け付けたため、休館した図書館はなかった。',
  ],
  { publishedAt: '2026-03-08T09:00:00+09:00' },
);

const LIBRARIES_LATER = inventedDocument(
  'kawabata-3',
  '停電の翌日 分館が点検で休館',
  [
    '川端市で7日朝、大規模な停電があり、市内の図書館では貸し出しの端末が使えなくなった。',
    '職員が手書きで貸し出しを受け付けたため、休館した図書館はなかった。',
    '翌8日、東分館は設備の点検のため休館した。',
  ],
  { publishedAt: '2026-03-09T09:00:00+09:00' },
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

describe('an act none of a noun did (休館した図書館はなかった)', () => {
  it('flags a claim that some of them did it, though it shares little else with the sentence', () => {
    assert.ok(
      negated([LIBRARIES], '停電の影響で、市内の図書館の一部が休館した。', '休館した図書館はなかった'),
    );
  });

  it('leaves it where a source says one of them did it after all', () => {
    assert.ok(
      !negated([LIBRARIES_LATER], '停電の影響で、市内の図書館の一部が休館した。', '休館した図書館はなかった'),
    );
  });

  it('leaves a claim that says what the page says', () => {
    assert.ok(!negated([LIBRARIES], '停電の後も、市内の図書館はどこも休館しなかった。'));
  });
});
