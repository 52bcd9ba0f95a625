import assert from 'node:assert/strict';
import { before, describe, it } from 'node:test';
import { claimErrors } from '../../test/support/claim-errors.ts';
import { inventedDocument } from '../../test/support/invented-document.ts';
import { createTokenizer } from '../text/tokenizer.ts';
import { createUnderstanding, type Understanding } from '../understand/understand-document.ts';

// A date given as the N-th day of an event (休館3日目の12日) or N days after it (着工から5日後の
// 15日) is simple arithmetic on the date the sources give to that event. Invented page: a town
// library closed for repairs.

const LIBRARY = inventedDocument(
  'l',
  '北浜町立図書館、改修で休館',
  ['北浜町立図書館は10日から5日間の休館に入った。', '町は同日、屋根の改修工事に着工した。'],
  { publishedAt: '2026-09-10T18:00:00+09:00' },
);

let understanding: Understanding;

before(async () => {
  understanding = createUnderstanding(await createTokenizer());
});

const dateErrors = (text: string) =>
  claimErrors(understanding, text, [LIBRARY])
    .filter((finding) => finding.code === 'support.date')
    .map((finding) => finding.message);

describe('checkClaim: the N-th day of an event, or N days after it', () => {
  it('backs the N-th day of a period from the day it starts (10日から: 3日目は12日)', () => {
    assert.deepEqual(dateErrors('休館3日目の9月12日も、図書館の入り口は閉じられていた。'), []);
  });

  it('backs N days after the day the sources give to the event (着工: 10日)', () => {
    assert.deepEqual(dateErrors('着工から5日後の9月15日、作業員が屋根に上がった。'), []);
  });

  it('does not back a day the count does not reach', () => {
    assert.equal(dateErrors('休館3日目の9月13日も、図書館の入り口は閉じられていた。').length, 1);
  });

  it('does not count from a date of another event', () => {
    assert.equal(dateErrors('開館3日目の9月12日も、図書館の入り口は閉じられていた。').length, 1);
  });
});
