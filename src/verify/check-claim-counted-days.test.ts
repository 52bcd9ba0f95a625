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

describe('checkClaim: the number of days from an event to a date the sources give (vfa27)', () => {
  // The count is arithmetic on two source dates: the event's (the dike broke on the 3rd) and the
  // later act's (the 7th, or the claim's own date).
  const DIKE = inventedDocument(
    'd',
    '用水路の堤が決壊、町が補修へ',
    [
      '3日夜、北浜町の用水路で土の堤が大雨で崩れ、周りの畑が水につかった。',
      '北浜町は7日、崩れた堤の補修工事を始めた。',
      '農家の組合は5日に寄り合いを開き、町へ支援を頼むと決めた。',
    ],
    { publishedAt: '2026-09-08T18:00:00+09:00' },
  );
  const numberErrors = (text: string) =>
    claimErrors(understanding, text, [DIKE])
      .filter((finding) => finding.code === 'support.number')
      .map((finding) => finding.message);

  it('accepts N days after the event to the date the claim gives (4日後の7日)', () => {
    assert.deepEqual(numberErrors('堤が崩れてから4日後の7日、町は補修工事を始めた。'), []);
  });

  it('accepts N days after the event to the date of what the claim tells (堤の決壊から4日後)', () => {
    assert.deepEqual(numberErrors('用水路の堤が崩れてから4日後、町は補修工事を始めた。'), []);
  });

  it('flags a count the two dates do not give', () => {
    assert.equal(numberErrors('堤が崩れてから3日後の7日、町は補修工事を始めた。').length, 1);
    assert.equal(numberErrors('用水路の堤が崩れてから5日後、町は補修工事を始めた。').length, 1);
  });
});

describe('checkClaim: a day the claim counts to a later date of its own (vdate31)', () => {
  // The claim names the earlier event by its kind (事故), which the page's sentence with that day
  // does not use; the claim's own 翌 / 一夜明けた places it the day
  // before a date that holds. Invented page: a lorry hits a bridge's railing.
  const BRIDGE = inventedDocument(
    'b',
    '県道の小橋で事故、町が通行止め',
    [
      '12日午後、北浜町の県道にかかる小橋で、大型トラックが欄干にぶつかった。',
      '町は13日、トラックの事故があった小橋の通行止めを当面続けると発表した。',
      '町は15日、欄干の補修工事を始めた。',
      '町は16日、近くの住民に工事の日程を知らせた。',
    ],
    { publishedAt: '2026-09-16T18:00:00+09:00' },
  );
  const bridgeErrors = (text: string) =>
    claimErrors(understanding, text, [BRIDGE])
      .filter((finding) => finding.code === 'support.date')
      .map((finding) => finding.message);

  it('backs the earlier day when the claim counts the later one from it (一夜明けた, 翌)', () => {
    assert.deepEqual(
      bridgeErrors('12日午後の事故から一夜明けた13日、町は小橋の通行止めを当面続けると発表した。'),
      [],
    );
    assert.deepEqual(
      bridgeErrors('12日午後に事故があった小橋について、町は翌13日に通行止めを続けると発表した。'),
      [],
    );
  });

  it('does not back it where the count does not reach the later date', () => {
    const errors = bridgeErrors('12日午後の事故から一夜明けた15日、町は欄干の補修工事を始めた。');
    assert.ok(errors.some((message) => message.includes('「12日午後」')));
  });

  it('does not back it where the later date itself does not hold', () => {
    const errors = bridgeErrors(
      '15日午後の事故から一夜明けた16日、町は小橋の通行止めを当面続けると発表した。',
    );
    assert.ok(errors.some((message) => message.includes('「15日午後」')));
    assert.ok(errors.some((message) => message.includes('「16日」')));
  });
});
