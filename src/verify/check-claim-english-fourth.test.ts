import assert from 'node:assert/strict';
import { before, describe, it } from 'node:test';
import { claimErrors, described } from '../../test/support/claim-errors.ts';
import { inventedDocument } from '../../test/support/invented-document.ts';
import type { Document } from '../domain/document.ts';
import { createTokenizer } from '../text/tokenizer.ts';
import { createUnderstanding, type Understanding } from '../understand/understand-document.ts';

// English pages, fourth pass (the vxl31 round, issue 9; docs/verifier.md): counts an English page
// writes in words, and weekdays that date the claim's day. Invented pages: a gale on a farming
// village, a dig at a shrine, a dry spring, a whale calf on a beach (in English and in Japanese), a
// night ferry trial (a company's words and the board of education's).

const english = (id: string, title: string, paragraphs: string[], publishedAt: string): Document => ({
  ...inventedDocument(id, title, paragraphs, { publishedAt }),
  lang: 'en',
});

const GALE = english(
  'gale',
  'Gale flattens barns in Kitahama',
  [
    'A gale on Monday flattened three barns and a tool shed in the village of Kitahama, officials said.',
    '"I lost the roofs on two of my six sheds," said a 61-year-old farmer.',
  ],
  '2026-09-15T09:00:00+09:00',
);

const DIG = english(
  'dig',
  'Bronze bell found at Minamikawa shrine',
  ['A bronze bell and three clay jars have been found at a shrine in Minamikawa, the town said.'],
  '2026-05-20T09:00:00+09:00',
);

const SPRING = english(
  'spring',
  'Village spring runs low',
  [
    'The spring that supplies the village of Higashiura has lost more than two-thirds of its water, the village said.',
  ],
  '2026-08-04T09:00:00+09:00',
);

let understanding: Understanding;

before(async () => {
  understanding = createUnderstanding(await createTokenizer());
});

const numberErrors = (text: string, document: Document): string[] =>
  claimErrors(understanding, text, [document])
    .map(described)
    .filter((error) => error.startsWith('support.number'));

describe('checkClaim: an English count written in words (vxl31)', () => {
  it('backs a count of one with the article of a thing listed beside a count', () => {
    assert.deepEqual(numberErrors('強風で、納屋3棟と物置1棟が倒れた。', GALE), []);
    assert.deepEqual(numberErrors('神社で、銅鐸1点と土器3点が見つかった。', DIG), []);
  });

  it('backs the part of a whole counted beside it', () => {
    assert.deepEqual(numberErrors('61歳の農家は、6棟の小屋のうち2棟の屋根を失ったと話した。', GALE), []);
  });

  it('backs a share written as a fraction in words', () => {
    assert.deepEqual(numberErrors('東浦村の湧き水は、水量が3分の2以上減った。', SPRING), []);
  });

  it('still flags a count the page does not give', () => {
    assert.equal(numberErrors('強風で、納屋3棟と物置4棟が倒れた。', GALE).length, 1);
    assert.equal(numberErrors('東浦村の湧き水は、水量が4分の3以上減った。', SPRING).length, 1);
  });
});

// A Tuesday page in English and a Japanese page of the day before about the same seal.
const CALF_EN = english(
  'calf-en',
  'Whale calf stranded on Kitahama beach',
  [
    'Volunteers kept watch on Tuesday over a whale calf found on Kitahama beach on Monday.',
    'A checkup by a vet is planned for Thursday.',
  ],
  '2026-06-09T18:00:00+09:00',
);
const CALF_JA = inventedDocument(
  'calf-ja',
  '北浜の浜にクジラの子',
  ['北浜町の浜で8日朝、流れ着いたクジラの子が見つかり、地元のボランティアが集まって見守った。'],
  { publishedAt: '2026-06-08T20:00:00+09:00' },
);

const dateErrors = (text: string, documents: Document[]): string[] =>
  claimErrors(understanding, text, documents)
    .map(described)
    .filter((error) => error.startsWith('support.date'));

describe('checkClaim: an English weekday that dates the claim’s day (vxl31)', () => {
  it('aligns an English weekday sentence beside a Japanese page’s fuller account', () => {
    assert.deepEqual(
      dateErrors('浜に流れ着いたクジラの子を、ボランティアが9日も見守った。', [CALF_JA, CALF_EN]),
      [],
    );
  });

  it('aligns a schedule with the weekday an English page plans it for', () => {
    assert.deepEqual(dateErrors('クジラの子の検査は11日の予定だ。', [CALF_EN]), []);
  });

  it('still flags a day the English page does not give', () => {
    assert.equal(dateErrors('クジラの子の検査は12日の予定だ。', [CALF_EN]).length, 1);
  });
});

// An English page whose figures come from a company and from the board of education.
const FERRY_TRIAL = english(
  'ferry-trial',
  'Night ferry trial begins in Kitahama',
  [
    'The night ferry trial, run by Umikaze Line with the town of Kitahama, carries about 90 commuters a week, the company said.',
    'Fares on the night ferry will be free for pupils going to the town school, the board of education said.',
  ],
  '2026-07-02T09:00:00+09:00',
);

const attributionErrors = (text: string): string[] =>
  claimErrors(understanding, text, [FERRY_TRIAL])
    .map(described)
    .filter((error) => error.startsWith('support.attribution'));

describe('checkClaim: a company in an English attribution is never the town (vxl31)', () => {
  it('flags a figure the company gave, given to the town’s head', () => {
    assert.equal(
      attributionErrors('北浜町長によると、夜の船の試験運航は週に約90人の通勤客を運んでいる。').length,
      1,
    );
  });

  it('flags what the board of education said, given to a company', () => {
    assert.equal(
      attributionErrors('船の運航会社によると、夜の船は町の学校に通う児童は無料になる。').length,
      1,
    );
  });

  it('keeps the figure given to the company the page names', () => {
    assert.deepEqual(
      attributionErrors('ウミカゼラインによると、夜の船の試験運航は週に約90人の通勤客を運んでいる。'),
      [],
    );
  });
});
