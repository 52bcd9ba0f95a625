import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { describedErrorsAgainstOne } from '../../test/support/claim-errors.ts';
import { inventedDocument } from '../../test/support/invented-document.ts';

// Claims that add one fact the sources do not state (a means, an extra act), and faithful
// rewordings of the same sentences that must stay supported, on an invented page about a town
// aquarium closing for repairs.

const AQUARIUM = inventedDocument(
  'aquarium',
  '北浦市の水族館、来年1月から休館',
  [
    '北浦市の水族館「しおさい館」は3日、設備の老朽化のため、来年1月から半年間休館すると発表した。',
    '改修費は約5億円の見込みで、市が負担する。',
    '休館中も、館の職員は近くの小学校で出前授業を続ける。',
    '同館は、休館中も年間パスポートの有効期限を延ばす方針だ。',
    '県は、水族館の近くの県道を直す。',
    '市は、水族館の隣の駐車場を広げる方針だ。',
    'しおさい館と北浦市は3日、共同で記者会見を開いた。',
    '休館を前に、常連客の間では寂しさの声が聞かれる。',
    '市は、休館はやむを得ないとした。',
    '北浦市の田村一郎市長は6日、市議会で水族館の改修計画を説明した。',
    '入館料は据え置く。',
  ],
  { publishedAt: '2026-06-04T09:00:00+09:00' },
);

// Function verbs (協力を求める, 報告が寄せられる) over a page that states only their verbal nouns.
const CARRIED = inventedDocument(
  'carried',
  '北浦市の水族館、工事中の駐車に協力呼びかけ',
  [
    '北浦市は、水族館の改修工事の間、周辺の住民に路上駐車をしないよう協力を呼びかけている。',
    '市によると、これまでに水槽の故障の報告はない。',
  ],
  { publishedAt: '2026-06-04T09:00:00+09:00' },
);

const errorsOf = describedErrorsAgainstOne();

const ADDED = 'this clause adds what the sources do not state';

describe('checkClaim: a clause that adds a fact with words no source has', () => {
  it('flags a means added to a clause whose hedge and subject align (入場料の値上げで補う方針だ)', () => {
    const errors = errorsOf('改修費は約5億円の見込みで、同館は入場料の値上げで補う方針だ。', AQUARIUM);
    assert.ok(
      errors.some((e) => e.startsWith('support.addition') && e.includes('補う') && e.includes(ADDED)),
      errors.join('\n'),
    );
  });

  it('flags an extra demand added with its own noun and verb (株主に増資を求める)', () => {
    const errors = errorsOf('改修費は約5億円の見込みで、同館は株主に増資を求める方針だ。', AQUARIUM);
    assert.ok(
      errors.some((e) => e.includes('株主') && e.includes(ADDED)),
      errors.join('\n'),
    );
  });

  it('keeps a rewording whose new noun reuses a character of the aligned source sentence (近隣 for 近く)', () => {
    assert.deepEqual(errorsOf('休館中も、職員は近隣の小学校に出向き、出前授業を続ける。', AQUARIUM), []);
    assert.deepEqual(errorsOf('休館期間中も、職員は近隣の小学校に出向いて出前授業を続ける。', AQUARIUM), []);
  });

  it('keeps a faithful merge of two sentences', () => {
    assert.deepEqual(
      errorsOf('しおさい館は来年1月から半年間休館するが、職員は休館中も小学校で出前授業を続ける。', AQUARIUM),
      [],
    );
  });
});

describe('checkClaim: the act before a hedge noun', () => {
  it('checks the verb a plan is about (閉鎖する方針だ) as the clause’s predicate', () => {
    const errors = errorsOf('市は駐車場を閉鎖する方針だ。', AQUARIUM);
    assert.ok(
      errors.some((e) => e.startsWith('support.predicate') && e.includes('閉鎖')),
      errors.join('\n'),
    );
  });

  it('keeps the plan the source states, in polite form', () => {
    assert.deepEqual(errorsOf('市は駐車場を広げる方針です。', AQUARIUM), []);
  });

  it('leaves a native verb before the hedge to the clause’s other words (拡げる for 広げる)', () => {
    assert.deepEqual(errorsOf('市は駐車場を拡げる方針だ。', AQUARIUM), []);
    assert.deepEqual(errorsOf('市は駐車場をひろげる方針だ。', AQUARIUM), []);
  });
});

describe('checkClaim: coordinated actors are said together', () => {
  it('flags a partner the sentence telling the event leaves out (県と市が負担する)', () => {
    const errors = errorsOf('改修費は約5億円の見込みで、県と市が負担する。', AQUARIUM);
    assert.ok(
      errors.some((e) => e.startsWith('support.addition') && e.includes('「県と市」')),
      errors.join('\n'),
    );
  });

  it('keeps partners the source names together, in another order', () => {
    assert.deepEqual(errorsOf('北浦市としおさい館は3日、共同で記者会見を開いた。', AQUARIUM), []);
    assert.deepEqual(errorsOf('改修費は約5億円の見込みで、市が負担する。', AQUARIUM), []);
  });
});

describe('checkClaim: verbs that only frame or carry the stated fact', () => {
  it('reads a function verb of emergence as carrying the noun the source states (寂しさが広がっている)', () => {
    assert.deepEqual(errorsOf('常連客の間で寂しさが広がっている。', AQUARIUM), []);
    assert.deepEqual(errorsOf('休館を前に、常連客の間では寂しさの声が上がっている。', AQUARIUM), []);
  });

  it('still flags another verb of the same noun (寂しさが消えた), and a noun no source states', () => {
    assert.ok(
      errorsOf('常連客の間で寂しさが消えた。', AQUARIUM).some((e) => e.startsWith('support.predicate')),
    );
    assert.ok(errorsOf('常連客の間で怒りが広がっている。', AQUARIUM).some((e) => e.includes('怒り')));
  });

  it('reads a function verb of asking or receiving as carrying the verbal noun the source states (協力を求める)', () => {
    assert.deepEqual(errorsOf('市は住民に協力を求めた。', CARRIED), []);
    assert.deepEqual(errorsOf('水槽の故障の報告は、これまでのところ寄せられていない。', CARRIED), []);
  });

  it('still flags a verbal noun no source states, and the carried noun with the other polarity', () => {
    assert.ok(errorsOf('市は住民に寄付を求めた。', CARRIED).some((e) => e.startsWith('support.')));
    assert.ok(
      errorsOf('水槽の故障の報告が寄せられた。', CARRIED).some((e) => e.startsWith('support.predicate')),
    );
  });

  it('reads a verb of judging after と as framing the clause before it (…と判断した)', () => {
    assert.deepEqual(errorsOf('市は休館はやむを得ないと判断した。', AQUARIUM), []);
  });
});

describe('checkClaim: not changing is keeping', () => {
  it('reads 変わらない / 変えない as the source’s 据え置く', () => {
    assert.deepEqual(errorsOf('入館料は変わらない。', AQUARIUM), []);
    assert.deepEqual(errorsOf('しおさい館は入館料を変えない。', AQUARIUM), []);
  });

  it('still flags a change the source does not state, and another verb', () => {
    assert.ok(errorsOf('入館料は変わる。', AQUARIUM).some((e) => e.startsWith('support.predicate')));
    assert.ok(errorsOf('入館料は上がらない。', AQUARIUM).some((e) => e.startsWith('support.predicate')));
  });

  it('reads the sentence that says it with the one before, which names who acts (北浦市…。入館料は据え置く。)', () => {
    assert.deepEqual(errorsOf('北浦市は入館料を変えない。', AQUARIUM), []);
  });
});

describe('checkClaim: the body over the headline when both say the same', () => {
  const STATION = inventedDocument(
    'station',
    '南浦駅、来年4月1日開業　北浦まで12分',
    [
      '北浦鉄道は10日、新駅「南浦駅」を2027年4月1日に開業すると発表した。当初は2026年秋の開業を予定していた。',
    ],
    { publishedAt: '2026-06-11T09:00:00+09:00' },
  );

  it('backs 決まった with the body sentence announcing the act, not the headline that compresses it', () => {
    assert.deepEqual(errorsOf('南浦駅の開業は2027年4月1日に決まった。', STATION), []);
  });

  it('still flags the date the body gives as the earlier plan', () => {
    assert.ok(errorsOf('南浦駅の開業は2026年秋に決まった。', STATION).length > 0);
  });
});

// A page about a town library's new branch, which ranks nothing; and one about its reading room,
// which states its ranks, one of them only in the headline.
const LIBRARY = inventedDocument(
  'library',
  '南川町の図書館、駅前に分館',
  [
    '南川町は5日、町立図書館の分館を駅前に開くと発表した。',
    '昨年度の町立図書館の貸出冊数は約12万冊だった。',
    '開館日に訪れた児童は3年生の40人で、いずれも本を1冊ずつ借りた。',
  ],
  { publishedAt: '2026-06-06T09:00:00+09:00' },
);
const READING_ROOM = inventedDocument(
  'reading-room',
  '南川町立図書館、過去最多に',
  [
    '南川町立図書館は今春、閲覧室を改装した。',
    '閲覧室の昨年度の利用者は約3万人だった。',
    '閲覧室は町内で初めて夜間も開館し、午後9時まで開く。',
    '最寄りのバス停から図書館までは徒歩2分だ。',
  ],
  { publishedAt: '2026-06-06T09:00:00+09:00' },
);

describe('checkClaim: a rank or record the sources do not state', () => {
  it('flags a record added to a figure (過去最多)', () => {
    const errors = errorsOf('昨年度の町立図書館の貸出冊数は過去最多の約12万冊だった。', LIBRARY);
    assert.ok(
      errors.some((e) => e.startsWith('support.addition') && e.includes('過去最多')),
      errors.join('\n'),
    );
  });

  it('flags a first time added to an act (県内の町で初めて)', () => {
    const errors = errorsOf(
      '南川町は5日、県内の町で初めて、町立図書館の分館を駅前に開くと発表した。',
      LIBRARY,
    );
    assert.ok(
      errors.some((e) => e.startsWith('support.addition') && e.includes('初めて')),
      errors.join('\n'),
    );
  });

  it('reads a clause too short to align with the claim’s other clauses (…約12万冊で、県内で3番目に多かった)', () => {
    const errors = errorsOf('昨年度の町立図書館の貸出冊数は約12万冊で、県内で3番目に多かった。', LIBRARY);
    assert.ok(
      errors.some((e) => e.startsWith('support.addition') && e.includes('3番目')),
      errors.join('\n'),
    );
  });

  it('keeps a short clause’s 全員 that the sentence the claim aligns with says as いずれも', () => {
    assert.deepEqual(errorsOf('開館日に訪れた児童は3年生の40人で、全員が1冊ずつ借りた。', LIBRARY), []);
  });

  it('keeps a rank the page states, in its own words (最寄り for 一番近い, 初の for 初めて)', () => {
    assert.deepEqual(errorsOf('一番近いバス停から図書館までは徒歩2分だ。', READING_ROOM), []);
    assert.deepEqual(errorsOf('閲覧室は町内初の夜間開館で、午後9時まで開く。', READING_ROOM), []);
  });

  it('keeps a record the page states away from the figure (a headline’s 過去最多)', () => {
    assert.deepEqual(errorsOf('閲覧室の昨年度の利用者は過去最多の約3万人だった。', READING_ROOM), []);
  });

  it('reads 最初の and 当初の as no rank', () => {
    assert.deepEqual(
      errorsOf('南川町は5日、最初の分館を駅前に開くと発表した。', LIBRARY).filter((e) => e.includes('最初')),
      [],
    );
  });
});

// An item added to a list with のほか or に加え(て) (vdet27): an invented page about a storehouse cleared out.
const STOREHOUSE = inventedDocument(
  'storehouse',
  '旧家の蔵から古地図',
  ['西浦町の旧家の蔵からは、江戸時代の古い地図と木箱が見つかった。', '町は、見学会の参加者に記念品を配る。'],
  { publishedAt: '2026-06-05T09:00:00+09:00' },
);

describe('checkClaim: an item added to a list (のほか, に加えて)', () => {
  const added = (text: string) =>
    errorsOf(text, STOREHOUSE).some((e) => e.startsWith('support.addition') && e.includes('adds'));

  it('flags an item no source names, after のほか or に加えて', () => {
    assert.ok(added('蔵からは古い地図のほか、陶器も見つかった。'));
    assert.ok(added('町は記念品に加えて、参加者に図書券を配る。'));
  });

  it('keeps an item the page names, and the plain sentence', () => {
    assert.deepEqual(errorsOf('蔵からは古い地図のほか、木箱も見つかった。', STOREHOUSE), []);
    assert.deepEqual(errorsOf('町は、見学会の参加者に記念品を配る。', STOREHOUSE), []);
  });
});

// A reporting verb after quoted words (「…」と断言した): the particles inside the quote belong to the
// speaker's own sentence, so the verb is said of the topic before the quote.
const PLEDGE = inventedDocument(
  'pledge',
  '南沢町の温泉施設、営業を続ける',
  [
    '南沢町の温泉施設を運営する会社の小野寺圭社長は、記者会見で「閉館という道は考えていない」と断言した。',
    '町の担当者は会見に同席した。',
  ],
  { publishedAt: '2026-06-04T09:00:00+09:00' },
);

describe('checkClaim: a reporting verb after a quotation is said of the speaker before the quote', () => {
  it('keeps the quote’s frame told without the quote (小野寺社長は、こう断言した)', () => {
    assert.deepEqual(errorsOf('小野寺社長は、こう断言した。', PLEDGE), []);
  });

  it('still flags the verb told of another person of the page (担当者は、こう断言した)', () => {
    const errors = errorsOf('町の担当者は、こう断言した。', PLEDGE);
    assert.ok(
      errors.some((e) => e.includes('断言')),
      errors.join('\n'),
    );
  });
});
