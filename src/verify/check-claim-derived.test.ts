import assert from 'node:assert/strict';
import { before, describe, it } from 'node:test';
import { claimErrors } from '../../test/support/claim-errors.ts';
import { inventedDocument } from '../../test/support/invented-document.ts';
import type { Document } from '../domain/document.ts';
import { createTokenizer } from '../text/tokenizer.ts';
import { createUnderstanding, type Understanding } from '../understand/understand-document.ts';

// Figures the sources give by simple arithmetic (the labelling rules count it as supported): a half
// or a multiple stated in words, the one part a claim lists that the sources leave out of a total.
// Invented pages: a town's new bus service, reported by two outlets, and a museum's visitors.

const BUS_A = inventedDocument(
  'a',
  '潮見町、デマンドバスの運行を開始',
  [
    '潮見町は4日、予約制のデマンドバスの運行を始めた。',
    '初日は町内を計6回走り、延べ18人が利用した。',
    '車両の購入費は約1800万円で、半分を県の補助金でまかなう。',
  ],
  { publishedAt: '2026-06-05T09:00:00+09:00' },
);

const BUS_B = inventedDocument(
  'b',
  'デマンドバス、2日間で計14回運行',
  ['潮見町のデマンドバスは、4日と5日の2日間で計14回運行し、トラブルはなかった。'],
  { publishedAt: '2026-06-06T09:00:00+09:00' },
);

const MUSEUM = inventedDocument(
  'm',
  '北浜美術館、来館者が急増',
  ['北浜美術館の今年の来館者は約3万6000人で、前年の3倍に増えた。'],
  { publishedAt: '2026-12-20T09:00:00+09:00' },
);

let understanding: Understanding;

before(async () => {
  understanding = createUnderstanding(await createTokenizer());
});

const numberErrors = (text: string, documents: readonly Document[]) =>
  claimErrors(understanding, text, documents)
    .filter((finding) => finding.code === 'support.number')
    .map((finding) => finding.message);

describe('checkClaim: a half or a multiple the sources state in words', () => {
  it('takes a half of the sentence figure where it says 半分 (約1800万円 → 約900万円)', () => {
    assert.deepEqual(numberErrors('車両の購入費のうち約900万円は県の補助金でまかなわれる。', [BUS_A]), []);
    // …not another fraction of it.
    assert.equal(numberErrors('車両の購入費のうち約600万円は県の補助金でまかなわれる。', [BUS_A]).length, 1);
  });

  it('takes the figure a multiple (3倍) is of, and no other', () => {
    assert.deepEqual(numberErrors('北浜美術館の前年の来館者は約1万2000人だった。', [MUSEUM]), []);
    assert.equal(numberErrors('北浜美術館の前年の来館者は約1万8000人だった。', [MUSEUM]).length, 1);
  });
});

describe('checkClaim: the part of a total that the sources leave out', () => {
  it('backs the second day when one source gives the total and the other the first day', () => {
    assert.deepEqual(numberErrors('デマンドバスは4日に6回、5日に8回運行した。', [BUS_A, BUS_B]), []);
  });

  it('does not back parts that do not add up to the total', () => {
    assert.equal(numberErrors('デマンドバスは4日に6回、5日に9回運行した。', [BUS_A, BUS_B]).length, 1);
  });

  it('does not back two parts the sources both lack, however they add up', () => {
    assert.equal(numberErrors('デマンドバスは4日に5回、5日に9回運行した。', [BUS_A, BUS_B]).length, 2);
  });
});

// Invented page: a bus operator cuts its routes and rebuilds its stops; the general counter つ against a counter of its own.
const FERRY = inventedDocument(
  'f',
  '汐見交通、路線を縮小',
  [
    '汐見交通は10日、来春から現在の6路線を4路線に減らすと発表した。',
    '廃止する2路線の利用者は、近くの駅から出る便に乗り換えてもらう。',
    '同社は、駅前にある三つの停留所を建て替える。',
  ],
  { publishedAt: '2026-09-11T09:00:00+09:00' },
);

describe('checkClaim: the general counter つ and a counter of its own', () => {
  it('backs a count in つ by the same count in the noun as counter (2路線 → 路線を2つ)', () => {
    assert.deepEqual(numberErrors('汐見交通は来春から路線を2つ減らす。', [FERRY]), []);
    // …never another value.
    assert.equal(numberErrors('汐見交通は来春から路線を5つ減らす。', [FERRY]).length, 1);
  });

  it('backs a count in a counter of its own by the same count in つ of that noun (三つの停留所 → 停留所3か所)', () => {
    assert.deepEqual(numberErrors('同社は駅前の停留所3か所を建て替える。', [FERRY]), []);
    // …never a count of another noun.
    assert.equal(numberErrors('同社は駅前の倉庫3か所を建て替える。', [FERRY]).length, 1);
  });
});

// A library's book drive, invented: the sentence gives two figures whose difference is no figure it tells.
const LIBRARY = inventedDocument(
  'l',
  '図書館に本6冊寄贈、2冊は破損',
  [
    '青葉町立図書館に住民から本が寄せられ、このうち6冊が書架に並んだ。',
    '貸し出し用の本は、昨年の1200冊から今年は1450冊に増えた。',
    '町議会は図書館の開館時間を延ばす案を、賛成九、反対三で可決した。',
  ],
  { publishedAt: '2026-10-02T09:00:00+09:00' },
);

describe('checkClaim: a difference of two figures, only where the claim tells one', () => {
  it('backs a change or a rest the claim tells (増え, 以外, ない)', () => {
    assert.deepEqual(numberErrors('貸し出し用の本は1年で250冊増えた。', [LIBRARY]), []);
    assert.deepEqual(numberErrors('寄贈された6冊のうち、破損していない本は4冊だった。', [LIBRARY]), []);
  });

  it('does not back a difference the claim does not tell (6冊, 2冊: 4冊)', () => {
    assert.equal(numberErrors('寄贈された6冊のうち4冊が書架に並んだ。', [LIBRARY]).length, 1);
  });

  it('reads a bare figure after the same word in kanji numerals (賛成九、反対三)', () => {
    assert.deepEqual(numberErrors('開館時間を延ばす案は、賛成9、反対3で可決された。', [LIBRARY]), []);
  });
});

// A pumping station, invented: one page writes its age as a length of time, an English one a decade.
const PUMP = inventedDocument(
  'p',
  '揚水機場の老朽化進む',
  ['北浦排水機場は1964年に造られ、国が定める耐用年数の20年を大きく超えている。'],
  { publishedAt: '2026-03-10T09:00:00+09:00' },
);
const PUMP_EN: Document = {
  ...inventedDocument(
    'q',
    'Pumping station to be rebuilt',
    ['Rainfall in the basin has risen by 20% over the past decade, the prefecture said.'],
    { publishedAt: '2026-03-10T09:00:00+09:00', siteName: 'Kitaura Post' },
  ),
  lang: 'en',
};

describe('checkClaim: a number of years as the sources write it', () => {
  it('finds a claim’s years in a source that writes the same figure with 年 (耐用年数の20年)', () => {
    assert.deepEqual(numberErrors('北浦排水機場は、耐用年数の20年を過ぎている。', [PUMP]), []);
    assert.equal(numberErrors('北浦排水機場は、耐用年数の30年を過ぎている。', [PUMP]).length, 1);
  });

  it('reads an English decade as ten years, and no other number of them', () => {
    assert.deepEqual(numberErrors('流域の雨量は、過去10年で20%増えた。', [PUMP_EN]), []);
    assert.equal(numberErrors('流域の雨量は、過去20年で20%増えた。', [PUMP_EN]).length, 1);
  });
});

// Invented pages: a village's lantern festival and a fire on a hill, for the ranks a claim gives.
const FESTIVAL = inventedDocument(
  'f',
  '灯籠まつり、今年も開催',
  [
    '若葉村の灯籠まつりは毎年9月に開かれ、今年で２５回目となった。',
    '村内で灯籠が国の登録を受けるのは三例目という。',
  ],
  { publishedAt: '2026-09-20T09:00:00+09:00' },
);

const HILL_FIRE = inventedDocument(
  'h',
  '裏山の火災、続く',
  ['若葉村の裏山で3日に起きた火災は、7日も燃え続けている。', '村が火災で消防団を出すのは初めて。'],
  { publishedAt: '2026-03-07T18:00:00+09:00' },
);

describe('checkClaim: a rank the claim gives (N回目, N例目)', () => {
  it('flags a rank no listed page gives, in any digits', () => {
    assert.equal(numberErrors('若葉村の灯籠まつりは今年で２０回目となった。', [FESTIVAL]).length, 1);
    assert.equal(numberErrors('村内で灯籠が国の登録を受けるのは五例目という。', [FESTIVAL]).length, 1);
    assert.equal(numberErrors('若葉村の灯籠まつりは今年で20回目となった。', [FESTIVAL]).length, 1);
  });
  it('keeps the rank the page gives, in other digits or as 度', () => {
    assert.deepEqual(numberErrors('若葉村の灯籠まつりは今年で25回目となった。', [FESTIVAL]), []);
    assert.deepEqual(numberErrors('村内で灯籠が国の登録を受けるのは3例目だという。', [FESTIVAL]), []);
    // …or by another counter of the same thing (三例目 of registrations, 3件目).
    assert.deepEqual(numberErrors('灯籠の国の登録は村内で3件目となる。', [FESTIVAL]), []);
  });
  it('keeps a first the page tells as 初めて, and a day counted between two of its dates', () => {
    assert.deepEqual(numberErrors('村が火災で消防団を出すのは1回目だ。', [HILL_FIRE]), []);
    assert.deepEqual(numberErrors('裏山の火災は7日で5日目を迎えた。', [HILL_FIRE]), []);
    assert.equal(numberErrors('裏山の火災は7日で6日目を迎えた。', [HILL_FIRE]).length, 1);
  });
});

describe("checkClaim: days or years counted from the claim's own date", () => {
  const LIBRARY = inventedDocument(
    'l',
    '森岡市立図書館、臨時休館',
    [
      '森岡市立図書館は8日、空調設備の故障で館内の温度が上がったと発表した。',
      '図書館は10日から13日まで臨時休館する。',
      '同館は1998年に開館し、2008年に新館を増築した。',
    ],
    { publishedAt: '2026-09-09T09:00:00+09:00' },
  );

  it('takes N日後 from a date the claim names to a date the sources give (another sentence)', () => {
    assert.deepEqual(numberErrors('図書館は故障を8日に発表し、その2日後から休館する。', [LIBRARY]), []);
    // …not a count that reaches no date of the sources.
    assert.equal(numberErrors('図書館は故障を8日に発表し、その3日後から休館する。', [LIBRARY]).length, 1);
  });

  it('counts a span back from its last day (まで), inclusively', () => {
    assert.deepEqual(numberErrors('図書館は13日までの4日間、休館する。', [LIBRARY]), []);
    assert.equal(numberErrors('図書館は13日までの5日間、休館する。', [LIBRARY]).length, 1);
  });

  it('takes N年後 from a year the claim names to a year a source names', () => {
    assert.deepEqual(numberErrors('1998年の開館から10年後に、新館が増築された。', [LIBRARY]), []);
    assert.equal(numberErrors('1998年の開館から12年後に、新館が増築された。', [LIBRARY]).length, 1);
  });

  const FERRY = inventedDocument(
    'f',
    '貨物船が座礁',
    ['貨物船「第二浜風丸」は7日午前6時10分、港を出た。', '同船は7日午前9時ごろ、岬の沖で座礁した。'],
    { publishedAt: '2026-09-08T09:00:00+09:00' },
  );

  it('takes a time after something as the time between two clock times of two sentences', () => {
    assert.deepEqual(numberErrors('港を出た第二浜風丸は、その約2時間50分後に座礁した。', [FERRY]), []);
    assert.equal(numberErrors('港を出た第二浜風丸は、その約3時間50分後に座礁した。', [FERRY]).length, 1);
  });

  // A day named once, then that day's events told by the clock alone (vfa38).
  const OUTAGE = inventedDocument(
    'o',
    '図書館で停電',
    [
      '北丘市の市立図書館で3日、館内の照明が消えた。',
      '市によると、職員は午後2時10分ごろに非常用の発電機を動かした。',
      '電気工事の業者が午後2時55分ごろに配線を直し、照明がついた。',
      '業者は午後6時ごろに作業を終えた。',
    ],
    { publishedAt: '2026-04-04T06:00:00+09:00' },
  );

  it('reads a clock time without a day on the day its page named last, across sentences (vfa38)', () => {
    assert.deepEqual(numberErrors('職員が発電機を動かしてから45分後に、照明がついた。', [OUTAGE]), []);
    assert.equal(numberErrors('職員が発電機を動かしてから30分後に、照明がついた。', [OUTAGE]).length, 1);
  });

  it('lets a rounded length (約) be off by a tenth of itself, and no more (vfa38)', () => {
    // 午後2時10分 to 午後6時 is 3 hours 50 minutes: about 4 hours, not about 5.
    assert.deepEqual(
      numberErrors('職員が発電機を動かしてから約4時間後に、業者は作業を終えた。', [OUTAGE]),
      [],
    );
    assert.equal(
      numberErrors('職員が発電機を動かしてから約5時間後に、業者は作業を終えた。', [OUTAGE]).length,
      1,
    );
    // Unrounded, the length must be the time between to the minute.
    assert.equal(
      numberErrors('職員が発電機を動かしてから4時間後に、業者は作業を終えた。', [OUTAGE]).length,
      1,
    );
  });
});
