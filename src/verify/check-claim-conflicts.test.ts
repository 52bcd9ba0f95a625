import assert from 'node:assert/strict';
import { before, describe, it } from 'node:test';
import { claimErrors } from '../../test/support/claim-errors.ts';
import { inventedDocument } from '../../test/support/invented-document.ts';
import type { Document } from '../domain/document.ts';
import { createTokenizer } from '../text/tokenizer.ts';
import { createUnderstanding, type Understanding } from '../understand/understand-document.ts';

// Conflicts, the claim side (claim/attributed-figure.ts): where two listed pages disagree on a
// figure or a time, a claim stating one flatly is `conflict.settled`; one that gives the value to
// the outlet or the source inside the page that reported it says who said what. Invented pages:
// two outlets on a dam's cost and on when a warehouse fire started.

const NORTH = inventedDocument(
  'n',
  '椎名ダム、総工費は約320億円',
  [
    '県は2日、椎名ダムの総工費が約320億円になると発表した。',
    '県によると、倉庫の火災は3日午前2時ごろに発生した。',
    '町によると、避難した住民は約40人だった。',
  ],
  { publishedAt: '2026-05-04T09:00:00+09:00', siteName: '北海日報' },
);

const SOUTH = inventedDocument(
  's',
  '椎名ダム、総工費膨らむ',
  [
    '関係者によると、椎名ダムの総工費は約三百五十億円に膨らんだ。',
    '消防によると、倉庫の火災は3日午前4時ごろに発生した。',
    '町によると、避難した住民は約60人だった。',
  ],
  { publishedAt: '2026-05-04T10:00:00+09:00', siteName: '南風新聞' },
);

// What is counted named by one page in one spelling and by the other in another (まつり / 祭り).
const BEACH = inventedDocument('b', '浜辺のまつり、にぎわう', ['浜辺のまつりには約3万人が集まった。'], {
  publishedAt: '2026-08-02T09:00:00+09:00',
  siteName: '浜風新聞',
});
const BEACH_OTHER = inventedDocument('o', '浜辺で催し', ['主催者によると、祭りの来場者は約2万人だった。'], {
  publishedAt: '2026-08-02T10:00:00+09:00',
  siteName: '潮騒日報',
});

let understanding: Understanding;

before(async () => {
  understanding = createUnderstanding(await createTokenizer());
});

const errorsOf = (text: string, ...documents: Document[]): string[] =>
  claimErrors(understanding, text, documents).map((finding) => finding.code);

describe('a disputed figure given to whoever reported it', () => {
  it('flags either figure stated as settled', () => {
    assert.ok(errorsOf('椎名ダムの総工費は約350億円に膨らんだ。', NORTH, SOUTH).includes('conflict.settled'));
    assert.ok(errorsOf('椎名ダムの総工費は約320億円だ。', NORTH, SOUTH).includes('conflict.settled'));
  });

  it('accepts the figure given to the outlet that reported it (と報じた, と伝えた, によると)', () => {
    for (const claim of [
      '南風新聞は、椎名ダムの総工費が約350億円に膨らんだと報じた。',
      '南風新聞は、椎名ダムの総工費が約三百五十億円に膨らんだと伝えています。',
      '南風新聞によると、椎名ダムの総工費は約350億円に膨らんだ。',
    ])
      assert.deepEqual(errorsOf(claim, NORTH, SOUTH), [], claim);
  });

  it('accepts the figure given to the source the page names (関係者によると)', () => {
    assert.deepEqual(errorsOf('関係者によると、椎名ダムの総工費は約350億円に膨らんだ。', NORTH, SOUTH), []);
  });

  it('still flags the figure given to the other outlet', () => {
    assert.ok(
      errorsOf('北海日報は、椎名ダムの総工費が約350億円に膨らんだと報じた。', NORTH, SOUTH).includes(
        'conflict.settled',
      ),
    );
  });

  it('gives each figure to every outlet of its row (南風新聞と西浜新聞は…、北海日報は…)', () => {
    const west = inventedDocument(
      'w',
      '椎名ダム、総工費は350億円',
      ['椎名ダムの総工費は約350億円に膨らんだ。'],
      {
        publishedAt: '2026-05-04T11:00:00+09:00',
        siteName: '西浜新聞',
      },
    );
    assert.deepEqual(
      errorsOf(
        '椎名ダムの総工費を、南風新聞と西浜新聞は約350億円、北海日報は約320億円と伝えている。',
        SOUTH,
        west,
        NORTH,
      ),
      [],
    );
    // A figure that no outlet of the row gives is still moved from the outlet that does.
    assert.ok(
      errorsOf(
        '椎名ダムの総工費を、南風新聞と西浜新聞は約320億円と伝えている。',
        SOUTH,
        west,
        NORTH,
      ).includes('support.attribution'),
    );
  });

  it('still flags a figure given to a speaker both pages cite with different figures', () => {
    assert.ok(
      errorsOf('町によると、避難した住民は約60人だった。', NORTH, SOUTH).includes('conflict.settled'),
    );
  });

  it('still flags a figure given to a speaker whose words the other page tells without naming it in that sentence', () => {
    // The other page's lead gives its figure with no source, and the next sentence (…が明らかにした)
    // or a later one (公団によると) names the same body: the figure is that speaker's account too.
    const told = inventedDocument(
      't',
      '砂丘公団、入場口の故障',
      [
        '入場口の機械が止まり、来園者約70人が入れなかった。',
        '砂丘公団が12日、明らかにした。',
        '公団によると、機械は午後に直った。',
      ],
      { publishedAt: '2026-06-12T18:00:00+09:00', siteName: '浜木綿日報' },
    );
    const named = inventedDocument(
      'n',
      '入場口が故障',
      ['県砂丘公団によると、入場口の機械が止まり、来園者約90人が入れなかった。'],
      { publishedAt: '2026-06-12T19:00:00+09:00', siteName: '浜木綿放送' },
    );
    assert.ok(
      errorsOf(
        '県砂丘公団によると、入場口の機械が止まり、来園者約90人が入れなかった。',
        named,
        told,
      ).includes('conflict.settled'),
    );
    // A rival sentence that gives its figure to another source keeps the claim's attribution.
    const other = inventedDocument(
      'o',
      '入場口が故障',
      [
        '警備会社によると、入場口の機械が止まり、来園者約70人が入れなかった。',
        '公団によると、機械は午後に直った。',
      ],
      { publishedAt: '2026-06-12T20:00:00+09:00', siteName: '浜木綿新聞' },
    );
    assert.deepEqual(
      errorsOf('県砂丘公団によると、入場口の機械が止まり、来園者約90人が入れなかった。', named, other).filter(
        (code) => code === 'conflict.settled',
      ),
      [],
    );
    // A page naming the body (公団によると) is not the word of the body's insiders (公団関係者), whose
    // head names other people: a claim citing the insiders keeps its attribution.
    const insiders = inventedDocument(
      'i',
      '入場口が故障',
      ['公団関係者によると、入場口の機械が止まり、来園者約90人が入れなかった。'],
      { publishedAt: '2026-06-12T21:00:00+09:00', siteName: '浜木綿タイムス' },
    );
    assert.deepEqual(
      errorsOf(
        '公団関係者によると、入場口の機械が止まり、来園者約90人が入れなかった。',
        insiders,
        told,
      ).filter((code) => code === 'conflict.settled'),
      [],
    );
  });

  it('still flags a figure given to a speaker the other page names by a short name or by 同社', () => {
    // One page names the board in full and the other by its 略称; one names the firm and refers back
    // to it with 同社: the same speaker gave both figures, so naming it settles nothing.
    const full = inventedDocument(
      'f',
      '楢葉市で花火大会',
      [
        '市観光協会によると、楢葉市の花火大会の人出は約8万人だった。',
        '運営する楢葉観光開発は片付けを始めた。',
      ],
      { publishedAt: '2026-08-03T09:00:00+09:00', siteName: '楢葉新報' },
    );
    const short = inventedDocument(
      's',
      '花火大会にぎわう',
      [
        '市観協によると、楢葉市の花火大会の人出は約11万人だった。',
        '会場の片付けは楢葉観光開発が担った。',
        '同社によると、片付けに加わった社員は120人だった。',
      ],
      { publishedAt: '2026-08-03T10:00:00+09:00', siteName: '湊日日新聞' },
    );
    const firm = inventedDocument(
      'g',
      '花火の片付け',
      ['楢葉観光開発によると、片付けに加わった社員は90人だった。'],
      { publishedAt: '2026-08-03T11:00:00+09:00', siteName: '楢葉タイムス' },
    );
    assert.ok(
      errorsOf('市観光協会によると、楢葉市の花火大会の人出は約8万人だった。', full, short).includes(
        'conflict.settled',
      ),
    );
    assert.ok(
      errorsOf('楢葉観光開発によると、片付けに加わった社員は90人だった。', firm, short).includes(
        'conflict.settled',
      ),
    );
    // A speaker only one of the pages cites still says who reported what.
    const police = inventedDocument(
      'p',
      '花火大会の人出',
      ['警察によると、楢葉市の花火大会の人出は約9万人だった。'],
      {
        publishedAt: '2026-08-03T12:00:00+09:00',
        siteName: '楢葉放送',
      },
    );
    assert.ok(
      errorsOf('楢葉市の花火大会の人出は約11万人だった。', short, police).includes('conflict.settled'),
    );
    assert.deepEqual(
      errorsOf('市観協によると、楢葉市の花火大会の人出は約11万人だった。', short, police).filter(
        (code) => code === 'conflict.settled',
      ),
      [],
    );
  });

  it('treats a disputed time the same way', () => {
    assert.ok(errorsOf('倉庫の火災は3日午前4時ごろに発生した。', NORTH, SOUTH).includes('conflict.settled'));
    assert.deepEqual(
      errorsOf('消防によると、倉庫の火災は3日午前4時ごろに発生した。', NORTH, SOUTH).filter(
        (code) => code === 'conflict.settled',
      ),
      [],
    );
  });
});

describe('a correction note inside one page', () => {
  const corrected = inventedDocument(
    'c',
    '港の倉庫で火災',
    [
      '港の倉庫が焼けた火災で、被害額は約3億円に上る見通しだ。',
      '【訂正】先の記事で被害額を「約13億円」としたのは「約3億円」の誤りでした。おわびして訂正します。',
    ],
    { publishedAt: '2026-05-04T12:00:00+09:00', siteName: '港湾新聞' },
  );

  it('does not back the figure the note retracts, and backs the corrected one', () => {
    assert.ok(errorsOf('倉庫火災の被害額は約13億円に上る見通しだ。', corrected).includes('support.number'));
    assert.deepEqual(errorsOf('倉庫火災の被害額は約3億円に上る見通しだ。', corrected), []);
  });

  // The polite note (〜としていましたが、…の誤りでした), of a figure and of a name.
  const polite = inventedDocument(
    'p',
    '山あいの町で土砂崩れ',
    [
      '土砂崩れで孤立した集落には、住民37人が残っている。',
      '相沢健吾町長は「全力で救助にあたる」と述べた。',
      '※3日の配信時、住民の数を「73人」としていましたが、「37人」の誤りでした。',
      '※町長の名前を「相沢謙吾」としていましたが、誤りでした。',
    ],
    { publishedAt: '2026-05-04T12:00:00+09:00', siteName: '山峡新聞' },
  );

  it('reads the polite note too, of a figure and of a name', () => {
    assert.ok(errorsOf('孤立した集落には住民73人が残っている。', polite).includes('support.number'));
    assert.ok(errorsOf('相沢謙吾町長は「全力で救助にあたる」と述べた。', polite).includes('support.name'));
    assert.deepEqual(errorsOf('孤立した集落には住民37人が残っている。', polite), []);
  });

  it('accepts a claim that tells of the correction itself', () => {
    assert.ok(
      !errorsOf('山峡新聞は住民の数を73人と誤って伝え、37人に訂正した。', polite).includes('support.number'),
    );
  });
});

describe('a disputed time in a short claim', () => {
  it('flags the time of the same event, in a cleft sentence too', () => {
    for (const claim of ['火災は3日午前2時ごろに発生した。', '火災が発生したのは3日午前2時ごろだった。'])
      assert.ok(errorsOf(claim, NORTH, SOUTH).includes('conflict.settled'), claim);
  });
});

describe('two outlets retelling one event with different dates (each in its own words)', () => {
  // Invented: a bridge inspection that found a crack, dated differently by two outlets, each with
  // its own verb; a later step of the story (the report to the police) is dated too.
  const first = inventedDocument(
    'f',
    '橋にひび、通行止め',
    [
      '市によると、12日の定期点検中に白浜大橋の橋脚でひび割れが見つかった。',
      '市は15日、白浜大橋を当面通行止めにすると発表した。',
      '男性は9日午前10時ごろ、川沿いの遊歩道で転倒した。',
    ],
    { publishedAt: '2026-06-15T18:00:00+09:00', siteName: '白浜新報' },
  );
  const second = inventedDocument(
    's',
    '白浜大橋で亀裂',
    [
      '十一日夜に行われた定期点検中、白浜大橋の橋脚でひび割れが確認された。',
      '橋を管理する市は、白浜大橋の橋脚のひび割れについて、16日に専門家を招いて調べる。',
      '男性は9日午前10時半ごろ、川沿いの遊歩道で転んだ。',
    ],
    { publishedAt: '2026-06-15T19:00:00+09:00', siteName: '潮見日報' },
  );

  it('flags either date stated as settled, though the other page words the event with another verb', () => {
    for (const claim of [
      '白浜大橋の橋脚のひび割れは、12日の定期点検中に見つかった。',
      '白浜大橋の点検が行われたのは11日夜だった。',
    ])
      assert.ok(errorsOf(claim, first, second).includes('conflict.settled'), claim);
  });

  it('reads two approximate times written at different values as two reports', () => {
    assert.ok(
      errorsOf('男性は9日午前10時ごろ、遊歩道で転倒した。', first, second).includes('conflict.settled'),
    );
  });

  it('accepts a date that only one page gives, and a later step of the story dated by the other', () => {
    assert.deepEqual(errorsOf('市は15日、白浜大橋を当面通行止めにすると発表した。', first, second), []);
    assert.deepEqual(
      errorsOf('市は16日に専門家を招き、白浜大橋の橋脚のひび割れを調べる。', first, second),
      [],
    );
  });

  it('accepts the date given to the outlet that reported it', () => {
    assert.deepEqual(errorsOf('潮見日報によると、白浜大橋の点検は11日夜に行われた。', first, second), []);
  });
});

describe('a disputed count on an English page', () => {
  const japanese = inventedDocument(
    'j',
    '倉庫火災で従業員がけが',
    ['港の倉庫で火災があり、従業員8人がけがをした。'],
    {
      publishedAt: '2026-05-04T09:00:00+09:00',
      siteName: '港湾新聞',
    },
  );
  const english = {
    ...inventedDocument(
      'e',
      'Plant fire injures workers',
      ['A fire at a harbour plant on Sunday injured 11 workers, the fire department said.'],
      { publishedAt: '2026-05-04T10:00:00+09:00', siteName: 'Harbour Post' },
    ),
    lang: 'en',
  };

  it('reads the English figure as a count of the noun it counts (11 workers: 11人)', () => {
    assert.ok(errorsOf('工場の従業員8人がけがをした。', japanese, english).includes('conflict.settled'));
    assert.ok(!errorsOf('工場の従業員8人がけがをした。', japanese).includes('conflict.settled'));
  });
});

describe('a disputed figure on an English page that shares few words with the claim', () => {
  // Invented: a ferry operator's crew and loss, told at length in Japanese and briefly in English,
  // whose glossed words are few; and a town's schools, which the English page totals.
  const japanese = inventedDocument(
    'j',
    '汐見フェリー、航路を縮小',
    [
      '汐見フェリーによると、同社の運転手は現在42人で、必要な人数に届いていない。',
      '汐見フェリーの2025年度の営業赤字は約3億2千万円だった。',
      '汐見町には町立小学校6校と中学校3校がある。',
    ],
    { publishedAt: '2026-07-01T09:00:00+09:00', siteName: '汐見新報' },
  );
  const english = {
    ...inventedDocument(
      'e',
      'Shiomi ferry operator trims routes',
      [
        'The company has 47 drivers, it said.',
        'It posted an operating loss of about 410 million yen in fiscal 2025.',
        'The town runs 9 public elementary and junior high schools.',
      ],
      { publishedAt: '2026-07-01T10:00:00+09:00', siteName: 'Coastal Wire' },
    ),
    lang: 'en',
  };

  it('flags the Japanese figure stated as settled (drivers: 運転手; an operating loss of yen)', () => {
    assert.ok(errorsOf('汐見フェリーの運転手は現在42人だ。', japanese, english).includes('conflict.settled'));
    assert.ok(
      errorsOf('汐見フェリーの2025年度の営業赤字は約3億2千万円だった。', japanese, english).includes(
        'conflict.settled',
      ),
    );
  });

  it('reads a total of the parts the claim lists as no rival (6校 and 3校 against 9 schools)', () => {
    assert.ok(
      !errorsOf('汐見町には町立小学校6校と中学校3校がある。', japanese, english).includes('conflict.settled'),
    );
  });
});

describe('what a disputed figure counts, in other words', () => {
  it('links the counted thing across spellings and synonyms (まつり / 祭り)', () => {
    assert.ok(
      errorsOf('浜辺のまつりには約3万人が集まった。', BEACH, BEACH_OTHER).includes('conflict.settled'),
    );
    assert.ok(!errorsOf('浜辺のまつりには約3万人が集まった。', BEACH).includes('conflict.settled'));
  });
});

// Two pages measure what one verb takes in their own words: an area that burnt (工場の約…平方メートルが
// 焼けた / 倉庫棟の一部約…平方メートルが焼けた), sharing few other words; and the value a change starts
// from (…から膨らんだ), which no claim's current figure is disputed by.
const MILL_FIRE = inventedDocument(
  'm',
  '製紙工場で火災',
  ['消防によると、鉄骨2階建ての倉庫棟の一部約1800平方メートルが焼けた。', '再建費用は約25億円に膨らんだ。'],
  { publishedAt: '2026-04-11T09:00:00+09:00', siteName: '川霧新報' },
);
const MILL_FIRE_OTHER = inventedDocument(
  'x',
  '工場火災、住民に不安',
  [
    '桐生製紙の工場で10日夜に起きた火災で、関係者によると、工場の約2500平方メートルが焼けたという。',
    '当初見込んでいた約20億円から約5億円膨らんだ。',
  ],
  { publishedAt: '2026-04-11T10:00:00+09:00', siteName: '川霧タイムズ' },
);

describe('checkClaim on a measure that the same verb takes on two pages', () => {
  it('flags one area stated as settled where the other page gives another to the same verb', () => {
    assert.ok(
      errorsOf('火災では、工場の約2500平方メートルが焼けた。', MILL_FIRE, MILL_FIRE_OTHER).includes(
        'conflict.settled',
      ),
    );
  });

  it('does not take the value a change starts from as a rival (約20億円から膨らんだ)', () => {
    assert.ok(
      !errorsOf('再建費用は約25億円に膨らんだ。', MILL_FIRE, MILL_FIRE_OTHER).includes('conflict.settled'),
    );
  });
});

// A bare figure inside a run of nouns (震度6強) is a label: it backs no count of another noun.
const HALL = inventedDocument(
  'h',
  '旧公会堂、耐震診断で危険判定',
  [
    '旧公会堂は正面に並ぶ4本の柱が特徴だ。',
    '耐震診断では、震度6強程度の地震で倒壊する危険性が高いと判定された。',
  ],
  { publishedAt: '2026-09-01T09:00:00+09:00', siteName: '川霧新報' },
);

describe('checkClaim on a figure that is a label', () => {
  it('does not back 6本 with 震度6強, and backs 4本 with 4本', () => {
    assert.ok(errorsOf('旧公会堂の正面には6本の柱が並んでいる。', HALL).includes('support.number'));
    assert.ok(!errorsOf('旧公会堂の正面には4本の柱が並んでいる。', HALL).includes('support.number'));
  });
});

// Two outlets date one event, one with its verb and one with its verbal noun (完成する / 完成を目指す,
// 通報した / 通報があった): the date heading the same event is a rival, however few words the two share.
const LIBRARY = inventedDocument(
  'l',
  '新図書館、2030年度に完成へ',
  ['県は5日、新しい県立図書館が2030年度に完成する予定だと発表した。', '住民が警察に通報したのは3日だった。'],
  { publishedAt: '2026-06-06T09:00:00+09:00', siteName: '若草新聞' },
);
const LIBRARY_OTHER = inventedDocument(
  'm',
  '県立図書館の建て替え',
  [
    '県は、2027年度に工事を始め、2031年度の完成を目指すとしている。',
    '警察によると、4日に住民から通報があった。',
  ],
  { publishedAt: '2026-06-06T10:00:00+09:00', siteName: '青葉タイムズ' },
);

describe('a rival date for the same event named by its verbal noun', () => {
  it('flags one year stated as settled where the other page dates the same 完成', () => {
    assert.ok(
      errorsOf('新しい県立図書館は2030年度に完成する予定だ。', LIBRARY, LIBRARY_OTHER).includes(
        'conflict.settled',
      ),
    );
  });

  it('flags one day stated as settled where the other page says the 通報 came on another', () => {
    assert.ok(errorsOf('住民が通報したのは3日だ。', LIBRARY, LIBRARY_OTHER).includes('conflict.settled'));
  });

  it('does not flag the year of another event of the rival sentence (2027年度の着工)', () => {
    assert.ok(
      !errorsOf('新しい県立図書館は2030年度に完成する予定だ。', LIBRARY).includes('conflict.settled'),
    );
  });
});

// Two pages counting the same noun with different figures, in sentences that share little else.
const FERRY = inventedDocument(
  'f',
  '高速船が漂流',
  ['青葉港を出た高速船が3日夕、エンジンの故障で湾内を漂流し、乗客計52人が船内で救助を待った。'],
  { publishedAt: '2026-07-04T09:00:00+09:00', siteName: '港町新報' },
);
const FERRY_OTHER = inventedDocument(
  'g',
  '運航会社が謝罪',
  ['運航会社によると、足止めされた乗客は計五十五人。', '同社の社長は4日に記者会見を開いた。'],
  { publishedAt: '2026-07-04T11:00:00+09:00', siteName: '潮見日日' },
);
const DRIFT = '青葉港を出た高速船は3日夕、エンジンの故障で湾内を漂流し、乗客計52人が船内で救助を待った。';

describe('a disputed count of the same noun in sentences that share few other words', () => {
  it('flags the count stated as settled: the noun before the figure (乗客計52人, 乗客は計五十五人) is what it counts', () => {
    assert.ok(errorsOf(DRIFT, FERRY, FERRY_OTHER).includes('conflict.settled'));
  });

  it('does not flag the count with one page listed, or a figure only one page gives', () => {
    assert.ok(!errorsOf(DRIFT, FERRY).includes('conflict.settled'));
    assert.ok(!errorsOf('社長は4日に記者会見を開いた。', FERRY, FERRY_OTHER).includes('conflict.settled'));
  });
});

// Two outlets on a quota split: the later page gives two figures of the same unit in one sentence
// (invented: a bay's catch quota).
const QUOTA = inventedDocument(
  'q',
  '青葉湾のマダイ漁獲枠、県が配分案',
  ['県は10日、青葉湾のマダイ漁獲枠の配分案を示した。', '配分案では、沿岸の釣りに34トンを割り当てる。'],
  { publishedAt: '2026-04-10T09:00:00+09:00', siteName: '青葉新報' },
);
const QUOTA_OTHER = inventedDocument(
  'o',
  '青葉湾のマダイ漁獲枠、配分に不満',
  ['県の配分案は、定置網に48トン、沿岸の釣りに38トンを割り当てる内容だ。'],
  { publishedAt: '2026-04-11T09:00:00+09:00', siteName: '潮見日日' },
);

describe('the rival figure a conflict names', () => {
  it('is the other page’s figure of what the claim counts, not the first figure of its sentence', () => {
    const settled = claimErrors(understanding, '配分案では、沿岸の釣りに34トンを割り当てる。', [
      QUOTA,
      QUOTA_OTHER,
    ]).filter((finding) => finding.code === 'conflict.settled');
    assert.equal(settled.length, 1);
    assert.match(settled[0]?.message ?? '', /「34トン」.*against 「38トン」/u);
  });
});

// One page gives a plan's figure; a later page gives the revised plan and calls the first figure the
// original one (当初案を示していたが): the first figure no longer stands (invented: a town's boat berths).
const BERTHS = inventedDocument(
  'b',
  '青葉港の係留枠、町が配分案',
  ['青葉町は12日、漁港の係留枠の配分案を発表した。', '配分案では、遊漁船に24隻分を割り当てる。'],
  { publishedAt: '2026-04-12T09:00:00+09:00', siteName: '青葉新報' },
);
const BERTHS_REVISED = inventedDocument(
  'r',
  '青葉港の係留枠、町が修正案',
  [
    '青葉町は16日、漁港の係留枠の修正案をまとめた。',
    '修正案では、遊漁船が28隻分となる。',
    '町は12日に、遊漁船24隻分とする当初案を示していたが、反発が出ていた。',
  ],
  { publishedAt: '2026-04-16T09:00:00+09:00', siteName: '潮見日日' },
);

describe('a figure the other page gives only as the former one (当初案)', () => {
  it('flags the former figure stated as the current one', () => {
    assert.ok(
      errorsOf('遊漁船には24隻分が割り当てられている。', BERTHS, BERTHS_REVISED).includes('conflict.settled'),
    );
  });

  it('accepts the figure told as the original plan’s', () => {
    assert.ok(
      !errorsOf('青葉町の当初案では、遊漁船の係留枠は24隻分だった。', BERTHS, BERTHS_REVISED).includes(
        'conflict.settled',
      ),
    );
  });
});

describe('a figure an updated page has superseded', () => {
  // Invented: a bakery recall that a later, updated page widens; its body still tells the first figure.
  const first = inventedDocument(
    'f',
    '小町製パン、菓子パン8000袋を回収',
    ['小町製パンは4日、菓子パン約8000袋を自主回収すると発表した。'],
    { publishedAt: '2026-09-04T09:00:00+09:00', siteName: '小町日報' },
  );
  const updated = (stamp: boolean) =>
    inventedDocument(
      'u',
      '小町製パンの回収、食パンにも拡大 計約1万1000袋に',
      [
        ...(stamp ? ['※9月6日18時更新：回収対象の拡大を反映し、見出しと本文を更新しました。'] : []),
        '小町製パンは6日、食パン約3000袋も回収の対象に加えると発表した。',
        '同社は4日、菓子パン約8000袋の回収を発表していた。',
      ],
      { publishedAt: '2026-09-05T09:00:00+09:00', siteName: '暮らし新報' },
    );

  it('flags the first figure stated as the current one against the headline of the updated page', () => {
    assert.ok(
      errorsOf('小町製パンが回収するパンは約8000袋だ。', first, updated(true)).includes('conflict.settled'),
    );
  });

  it('keeps a page without an update stamp that gives the figure itself as not disputing it', () => {
    assert.ok(
      !errorsOf('小町製パンが回収するパンは約8000袋だ。', first, updated(false)).includes('conflict.settled'),
    );
  });

  it('keeps the revision told with its dates', () => {
    assert.ok(
      !errorsOf(
        '回収対象は4日の発表では約8000袋だったが、6日に食パンが加わって約1万1000袋に広がった。',
        first,
        updated(true),
      ).includes('conflict.settled'),
    );
  });
});

describe('a disputed count read by the noun it counts, as a predicate in its continuative form', () => {
  // Invented: a ski lift that stopped, told by a Japanese page and an English one, and a hospital's beds.
  const japanese = inventedDocument(
    'j',
    'リフト停止、客が宙づり',
    ['北峰リフトによると、宙づりになった乗客は計三十八人。', '北峰町立病院は約120床の病院だ。'],
    { publishedAt: '2026-02-02T09:00:00+09:00', siteName: '北峰新聞' },
  );
  const english = {
    ...inventedDocument(
      'e',
      'Ski lift stops',
      ['Thirty-two passengers were left hanging for an hour after the lift stopped, its operator said.'],
      { publishedAt: '2026-02-02T10:00:00+09:00', siteName: 'Mountain Wire' },
    ),
    lang: 'en',
  };
  const other = inventedDocument('o', '病院が改修', ['同病院は98床で、年間の外来患者は約3万人だ。'], {
    publishedAt: '2026-02-03T09:00:00+09:00',
    siteName: '峰の友',
  });

  it("compares an English count spelt as a word (Thirty-two passengers: 乗客) with the claim's 乗客は38人で、", () => {
    assert.ok(
      errorsOf('宙づりになった乗客は38人で、全員が救助された。', japanese, english).includes(
        'conflict.settled',
      ),
    );
    assert.ok(
      !errorsOf('宙づりになった乗客は38人で、全員が救助された。', japanese).includes('conflict.settled'),
    );
  });

  it('compares the count a page gives as 同病院は98床で、', () => {
    assert.ok(errorsOf('北峰町立病院は約120床の病院だ。', japanese, other).includes('conflict.settled'));
    assert.ok(!errorsOf('北峰町立病院は約120床の病院だ。', japanese).includes('conflict.settled'));
  });
});

describe('a disputed count of households on an English page, whatever noun the claim puts before it', () => {
  // Invented: a river town's flood, told by a Japanese page and an English one whose only glossed
  // word near the figure is the noun it counts (households: 世帯, the noun and its own counter).
  const japanese = inventedDocument(
    'j',
    '川霧町で浸水被害',
    ['川霧町によると、床上浸水の被害を受けたのは町内の約420世帯だった。'],
    { publishedAt: '2026-09-10T09:00:00+09:00', siteName: '川霧新報' },
  );
  const english = {
    ...inventedDocument(
      'e',
      'Floods hit Kawagiri',
      ['Water entered the homes of about 510 households in Kawagiri, the town said.'],
      { publishedAt: '2026-09-10T10:00:00+09:00', siteName: 'River Wire' },
    ),
    lang: 'en',
  };

  it('reads about 510 households as a count of what 約420世帯 counts', () => {
    const claim = '床上浸水の被害は町内の約420世帯に及んだ。';
    assert.ok(errorsOf(claim, japanese, english).includes('conflict.settled'));
    assert.ok(!errorsOf(claim, japanese).includes('conflict.settled'));
  });

  it('leaves a count of people to the words it shares (about 510 people is not 約420人 of another group)', () => {
    const people = {
      ...inventedDocument(
        'e',
        'Floods hit Kawagiri',
        ['Water entered the homes of about 510 people in Kawagiri, the town said.'],
        { publishedAt: '2026-09-10T10:00:00+09:00', siteName: 'River Wire' },
      ),
      lang: 'en',
    };
    const page = inventedDocument(
      'k',
      '川霧町で避難',
      ['川霧町によると、公民館に避難したのは約420人だった。'],
      {
        publishedAt: '2026-09-10T09:00:00+09:00',
        siteName: '川霧新報',
      },
    );
    assert.ok(!errorsOf('公民館に避難したのは約420人だった。', page, people).includes('conflict.settled'));
  });
});

// A rate counts per its period: a page that gives the claim's number per another period (月2回)
// does not state the claim's figure (週2回), so it still disputes it with its own 週3回.
describe('a disputed rate read with its period', () => {
  const weekly = inventedDocument('w', '巡回バス', ['町は来月から、公民館への巡回バスを週2回走らせる。'], {
    publishedAt: '2026-06-01T09:00:00+09:00',
    siteName: '若葉新聞',
  });
  const other = inventedDocument(
    'v',
    '巡回バス始まる',
    ['町は来月から、公民館への巡回バスを週3回運行する。', '公民館に月2回通う男性（70）は喜んだ。'],
    { publishedAt: '2026-06-01T10:00:00+09:00', siteName: '青葉日報' },
  );
  it('flags 週2回 stated as settled though the other page gives 月2回 for another thing', () => {
    assert.ok(
      errorsOf('町は来月から公民館への巡回バスを週2回走らせる。', weekly, other).includes('conflict.settled'),
    );
  });
  it('keeps the figure a page gives per the same period', () => {
    assert.ok(
      !errorsOf('町は来月から公民館への巡回バスを週3回走らせる。', other).includes('conflict.settled'),
    );
  });
});

// A page that gives a newer figure and tells the earlier one as what was said before (これまで…と発表して
// いたが): the earlier figure, though another page gives it as it stands, is superseded (invented: the
// visitors of a new library in its first week).
describe('a figure a page tells as what was said before (これまで…としていた)', () => {
  const first = inventedDocument(
    'f',
    '若葉市の新図書館、1週間で約4000人',
    ['若葉市立図書館の新館には、開館から1週間で約4000人が訪れた。'],
    { publishedAt: '2026-11-09T09:00:00+09:00', siteName: '若葉日報' },
  );
  const later = inventedDocument(
    'l',
    '新図書館の来館者、数え直し',
    [
      '若葉市によると、新館の開館から1週間の来館者は約5200人だった。市はこれまで約4000人と発表していたが、分館の利用者を数えていなかった。',
    ],
    { publishedAt: '2026-11-12T09:00:00+09:00', siteName: '北若新聞' },
  );

  it('flags the earlier figure stated as it stands', () => {
    assert.ok(
      errorsOf('新館の開館から1週間の来館者は約4000人だった。', first, later).includes('conflict.settled'),
    );
    assert.ok(errorsOf('新館の開館から1週間の来館者は約4000人だった。', later).includes('conflict.settled'));
  });

  it('keeps the newer figure, the earlier one told as such, and the revision told with both', () => {
    for (const claim of [
      '新館の開館から1週間の来館者は約5200人だった。',
      '若葉市はこれまで、新館の来館者を約4000人と発表していた。',
      '若葉市は新館の来館者を約4000人から約5200人に修正した。',
    ])
      assert.ok(!errorsOf(claim, first, later).includes('conflict.settled'), claim);
  });
});

describe('a disputed count whose counter is the noun it counts, on an English page', () => {
  // Invented: a shrine's repair fund, told by a Japanese page and by an English one whose sentence
  // shares almost none of the claim's other words.
  const japanese = inventedDocument(
    'j',
    '神社の修復に寄付集まる',
    ['修復の寄付は、地区の約480世帯から寄せられた。', '修復の作業には約60人が加わった。'],
    { publishedAt: '2026-09-01T09:00:00+09:00', siteName: '里山新聞' },
  );
  const english = {
    ...inventedDocument(
      'e',
      'Shrine repair fund',
      ['The gifts came from about 520 households.', 'About 90 people attended the ceremony.'],
      { publishedAt: '2026-09-01T10:00:00+09:00', siteName: 'Satoyama Post' },
    ),
    lang: 'en',
  };

  it('compares 約480世帯 with about 520 households (household: 世帯, its own counter)', () => {
    assert.ok(
      errorsOf('修復の寄付は、地区の約480世帯から寄せられた。', japanese, english).includes(
        'conflict.settled',
      ),
    );
    assert.ok(
      !errorsOf('修復の寄付は、地区の約480世帯から寄せられた。', japanese).includes('conflict.settled'),
    );
  });

  it('keeps a claim that gives the figure to the outlet that reported it', () => {
    assert.ok(
      !errorsOf('里山新聞によると、修復の寄付は地区の約480世帯から寄せられた。', japanese, english).includes(
        'conflict.settled',
      ),
    );
  });

  it('keeps a count of people that the English page gives for another group (60 workers, 90 guests)', () => {
    assert.ok(!errorsOf('修復の作業には約60人が加わった。', japanese, english).includes('conflict.settled'));
  });
});

describe('the one measure an English page gives that no Japanese page also gives', () => {
  // Invented: a well found on a building site, told by a Japanese page and an English one whose
  // sentences share no glossed word with the claim; both give the shaft's depth, 8 meters.
  const japanese = inventedDocument(
    'j',
    '松霞町で古い井戸',
    ['松霞町教育委員会によると、井戸は直径約1.2メートル、深さ約8メートルで、底から土器の破片が出た。'],
    { publishedAt: '2026-06-03T09:00:00+09:00', siteName: '松霞新報' },
  );
  const english = (body: string) => ({
    ...inventedDocument('e', 'Old well found in Matsugasumi', [body], {
      publishedAt: '2026-06-03T10:00:00+09:00',
      siteName: 'Valley Wire',
    }),
    lang: 'en',
  });

  it('reads about 1.5 meters across as what 直径約1.2メートル measures', () => {
    const page = english('The shaft, about 1.5 meters across, runs some 8 meters down, the board said.');
    const claim = '井戸の直径は約1.2メートルだった。';
    assert.ok(errorsOf(claim, japanese, page).includes('conflict.settled'));
    assert.ok(!errorsOf(claim, japanese).includes('conflict.settled'));
  });

  it("compares nothing when the English page gives the claim's value or two other figures of its unit", () => {
    const claim = '井戸の直径は約1.2メートルだった。';
    const same = english('The shaft, about 1.2 meters across, runs some 8 meters down, the board said.');
    assert.ok(!errorsOf(claim, japanese, same).includes('conflict.settled'));
    const two = english('The shaft, about 1.5 meters across, runs some 9 meters down, the board said.');
    assert.ok(!errorsOf(claim, japanese, two).includes('conflict.settled'));
  });

  it('leaves counts to the words they share (people are counted in many groups)', () => {
    const page = english('About 40 people came to see the shaft, the board said.');
    const withCount = inventedDocument(
      'k',
      '松霞町で古い井戸',
      ['松霞町教育委員会によると、説明会には約30人が参加した。'],
      { publishedAt: '2026-06-03T09:00:00+09:00', siteName: '松霞新報' },
    );
    assert.ok(!errorsOf('説明会には約30人が参加した。', withCount, page).includes('conflict.settled'));
  });
});

describe('a round figure one page gives exactly and another only as a figure it rounds', () => {
  // Invented pages: two outlets on how many ran a town's relay race, 約4200人 against 約4000人.
  const EAST = inventedDocument(
    'e',
    '湖畔リレー大会、約4200人が参加',
    ['3日の湖畔リレー大会には約4200人が参加し、約3900人が完走した。', '大会は今年で5回目。'],
    { publishedAt: '2026-06-04T09:00:00+09:00', siteName: '湖東新報' },
  );
  const WEST = inventedDocument(
    'w',
    '湖畔リレー大会、次回は秋に',
    ['実行委員会は4日、次回の大会を秋に開くと発表した。', '今回の参加者約4000人に案内を送る。'],
    { publishedAt: '2026-06-05T09:00:00+09:00', siteName: '西湖タイムス' },
  );

  it('flags the round value stated as settled when the other page gives the figure it rounds', () => {
    assert.ok(errorsOf('湖畔リレー大会には約4000人が参加した。', EAST, WEST).includes('conflict.settled'));
  });

  it('accepts the rounding when no listed page gives the round value itself', () => {
    assert.deepEqual(errorsOf('湖畔リレー大会には約4000人が参加した。', EAST), []);
  });

  it('accepts the round value given to the outlet that gave it, or beside the other figure', () => {
    for (const claim of [
      '西湖タイムスは、湖畔リレー大会の参加者を約4000人と伝えた。',
      '湖畔リレー大会の参加者は、湖東新報が約4200人、西湖タイムスが約4000人と伝えた。',
    ])
      assert.ok(!errorsOf(claim, EAST, WEST).includes('conflict.settled'), claim);
  });
});

describe('a bound the claimed figure meets (vfa28)', () => {
  // Invented pages: a town counts the boats a storm damaged; another page gives a bound.
  const TOWN = inventedDocument(
    't',
    '北浦港で漁船約70隻が損傷',
    ['北浦町は8日、台風で港の漁船約70隻が損傷したと発表した。'],
    { publishedAt: '2026-09-08T09:00:00+09:00', siteName: '北浦日報' },
  );
  const BOUND = inventedDocument(
    'u',
    '台風で漁船に被害',
    ['漁協によると、台風で損傷した漁船は50隻を超える。'],
    { publishedAt: '2026-09-08T12:00:00+09:00', siteName: '南浦新聞' },
  );

  it('accepts a figure within the other page’s bound (約70隻 for 50隻を超える)', () => {
    assert.ok(!errorsOf('台風で港の漁船約70隻が損傷した。', TOWN, BOUND).includes('conflict.settled'));
  });

  it('still flags a figure outside it (約40隻 against 50隻を超える)', () => {
    const LOW = inventedDocument(
      'l',
      '北浦港で漁船約40隻が損傷',
      ['北浦町は8日、台風で港の漁船約40隻が損傷したと発表した。'],
      { publishedAt: '2026-09-08T09:00:00+09:00', siteName: '北浦日報' },
    );
    assert.ok(errorsOf('台風で港の漁船約40隻が損傷した。', LOW, BOUND).includes('conflict.settled'));
  });
});

describe('a measure both pages name by its dimension (重さ, 高さ) at the figure', () => {
  const first = inventedDocument(
    'a',
    '秋祭りで屋台倒れる',
    ['祭りでは、重さ約2トンの屋台が交差点で倒れた。'],
    {
      publishedAt: '2026-10-05T09:00:00+09:00',
      siteName: '北浦日報',
    },
  );
  // The rival clause names only the dimension; the sentence names the thing (a name in 「」 ending in it).
  const second = inventedDocument(
    'b',
    '屋台転倒、見物客けが',
    ['町の保存会によると、「東組屋台」は江戸時代の末に作られ、高さ約3メートル、重さ約1.5トン。'],
    { publishedAt: '2026-10-05T10:00:00+09:00', siteName: '南浦新聞' },
  );

  it('flags one page’s weight stated as settled', () => {
    assert.ok(errorsOf('重さ約2トンの屋台が、交差点で倒れた。', first, second).includes('conflict.settled'));
  });

  it('leaves a figure of another dimension or of an unnamed thing alone', () => {
    const third = inventedDocument(
      'c',
      '祭りの準備',
      [
        '町の保存会によると、「東組屋台」は江戸時代の末に作られ、長さ約3メートル、幅約1.5メートル。',
        '町の保存会によると、会場の舞台は昭和の初めに作られ、重さ約1.5トンの鉄骨で組まれた。',
      ],
      { publishedAt: '2026-10-05T11:00:00+09:00', siteName: '浦町通信' },
    );
    assert.deepEqual(
      errorsOf('屋台は約2メートルの高さだった。', first, third).filter((code) => code === 'conflict.settled'),
      [],
    );
    assert.deepEqual(
      errorsOf('重さ約2トンの屋台が、交差点で倒れた。', first, third).filter(
        (code) => code === 'conflict.settled',
      ),
      [],
    );
  });
});

describe('a disputed temperature or count of pairs on an English page (52 degrees: 52度, 40 couples: 40組)', () => {
  // Invented: a greenhouse whose heating failed and a festival's dance contest, told by a Japanese page
  // and by an English one whose figures are in degrees and in couples.
  const japanese = inventedDocument(
    'j',
    '温室の暖房が故障、祭りにダンス大会',
    [
      '町によると、暖房が止まった温室の室温は約8度まで下がった。',
      '秋の祭りのダンス大会には約30組が出場した。',
    ],
    { publishedAt: '2026-01-14T09:00:00+09:00', siteName: '高原新聞' },
  );
  const english = {
    ...inventedDocument(
      'e',
      'Greenhouse heating fails',
      [
        'The temperature in the greenhouse fell to about 3 degrees Celsius after the heating failed, the town said.',
        'About 45 couples danced in the contest at the autumn festival, the organizers said.',
      ],
      { publishedAt: '2026-01-14T10:00:00+09:00', siteName: 'Highland Post' },
    ),
    lang: 'en',
  };

  it('flags a temperature the English page gives otherwise, in degrees Celsius', () => {
    assert.ok(errorsOf('温室の室温は約8度まで下がった。', japanese, english).includes('conflict.settled'));
    assert.ok(!errorsOf('温室の室温は約8度まで下がった。', japanese).includes('conflict.settled'));
  });

  it('flags a count of pairs the English page gives otherwise, in couples', () => {
    assert.ok(
      errorsOf('祭りのダンス大会には約30組が出場した。', japanese, english).includes('conflict.settled'),
    );
    assert.ok(!errorsOf('祭りのダンス大会には約30組が出場した。', japanese).includes('conflict.settled'));
  });
});

describe('a Japanese rival of a figure only an English page holds (the anchor shares no word with the claim)', () => {
  // Invented: a gas leak at a factory, told by a Japanese page that counts the injured as 重軽傷 and by
  // an English one that says "injuring three people"; the claim (この事故で3人がけがをした) shares no word with the Japanese page.
  const japanese = inventedDocument(
    'j',
    '工場でガス漏れ',
    [
      '警察によると、港市の工場でガスが漏れ、作業員ら7人が重軽傷を負った。',
      '市によると、工場は先月、設備の点検を終えたばかりだった。',
    ],
    { publishedAt: '2026-02-03T09:00:00+09:00', siteName: '港新報' },
  );
  const english = {
    ...inventedDocument(
      'e',
      'Gas leak at factory',
      ['Gas leaked at a factory in Minato on Monday, injuring three people, police said.'],
      { publishedAt: '2026-02-03T10:00:00+09:00', siteName: 'Harbor Times' },
    ),
    lang: 'en',
  };
  // …and a Japanese page whose count of people is of something else, sharing no word with either.
  const unrelated = inventedDocument(
    'u',
    '港市で防災訓練',
    ['港市で防災訓練があり、住民ら120人が参加した。'],
    { publishedAt: '2026-02-03T11:00:00+09:00', siteName: '港日報' },
  );

  it('flags the count the Japanese page gives otherwise', () => {
    assert.ok(errorsOf('この事故で3人がけがをした。', english, japanese).includes('conflict.settled'));
    assert.ok(!errorsOf('この事故で3人がけがをした。', english).includes('conflict.settled'));
  });

  it('takes no count of people from a page about another event', () => {
    assert.ok(!errorsOf('この事故で3人がけがをした。', english, unrelated).includes('conflict.settled'));
  });
});

describe('a disputed measure written at another scale of its unit (約900メートル against 約1.2キロ)', () => {
  // Invented: a landslide that buried a forest road, one page measuring the buried stretch in metres,
  // the other in kilometres; and a shipment of rice weighed in tonnes on one page, in kilograms on the other.
  const east = inventedDocument(
    'e',
    '林道が土砂で埋まる',
    [
      '村によると、大雨で山の斜面が崩れ、林道が約700メートルにわたって土砂で埋まった。',
      '村は倉庫に保管していた米約1.5トンを避難所に運んだ。',
    ],
    { publishedAt: '2026-07-04T09:00:00+09:00', siteName: '山里新聞' },
  );
  const west = inventedDocument(
    'w',
    '林道、土砂で通行止め',
    [
      '大雨で斜面が崩れ、林道が約2キロにわたって土砂で埋まった。',
      '村は倉庫に保管していた米約900キログラムを避難所に運んだ。',
      '村の中心部から約2キロ離れた集落では、住民12人が公民館に身を寄せた。',
    ],
    { publishedAt: '2026-07-04T10:00:00+09:00', siteName: '谷川日報' },
  );

  it('flags a length one page gives in metres and the other in kilometres', () => {
    assert.ok(
      errorsOf('林道が約700メートルにわたって土砂で埋まった。', east, west).includes('conflict.settled'),
    );
    assert.ok(errorsOf('林道が約2キロにわたって土砂で埋まった。', east, west).includes('conflict.settled'));
    assert.ok(!errorsOf('林道が約700メートルにわたって土砂で埋まった。', east).includes('conflict.settled'));
  });

  it('flags a weight one page gives in tonnes and the other in kilograms', () => {
    assert.ok(errorsOf('村は米約1.5トンを避難所に運んだ。', east, west).includes('conflict.settled'));
  });

  it('takes the same measure at another scale as no rival, and a measure of another thing as none', () => {
    const same = inventedDocument('s', '林道の土砂', ['林道が約0.7キロにわたって土砂で埋まった。'], {
      publishedAt: '2026-07-04T11:00:00+09:00',
      siteName: '峠タイムス',
    });
    assert.ok(
      !errorsOf('林道が約700メートルにわたって土砂で埋まった。', east, same).includes('conflict.settled'),
    );
  });
});

describe('a disputed length of time written in weeks on one page and in months on the other (約5週間 against 約2か月)', () => {
  // Invented: a mountain hut closed after a rockfall damaged its roof, one page giving the repair
  // in weeks, the other in months; and a ferry's dry-dock stay told in days and in weeks.
  const north = inventedDocument(
    'n',
    '山小屋、落石で屋根に穴',
    [
      '町によると、落石で山小屋の屋根に穴が開き、修理には約5週間かかる見通しだ。',
      '渡し船は点検のため10日間運休する。',
    ],
    { publishedAt: '2026-09-12T09:00:00+09:00', siteName: '峰里新聞' },
  );
  const south = inventedDocument(
    's',
    '山小屋、当面休業',
    [
      '落石で屋根が壊れた山小屋は、修理に約2か月かかる見込みで、当面休業する。',
      '渡し船は点検のため3週間運休する。',
    ],
    { publishedAt: '2026-09-12T11:00:00+09:00', siteName: '沢筋日報' },
  );

  it('flags either length where the other page gives the same time in the other unit', () => {
    assert.ok(
      errorsOf('山小屋の屋根の修理には約5週間かかる見通しだ。', north, south).includes('conflict.settled'),
    );
    assert.ok(
      errorsOf('山小屋の屋根の修理には約2か月かかる見込みだ。', north, south).includes('conflict.settled'),
    );
    assert.ok(errorsOf('渡し船は点検のため10日間運休する。', north, south).includes('conflict.settled'));
    assert.ok(!errorsOf('山小屋の屋根の修理には約5週間かかる見通しだ。', north).includes('conflict.settled'));
  });

  it('takes a length that meets the other roughly (約8週間 for 約2か月) as no rival', () => {
    const rough = inventedDocument('r', '山小屋の修理', ['山小屋の屋根の修理には約8週間かかる見込みだ。'], {
      publishedAt: '2026-09-12T12:00:00+09:00',
      siteName: '尾根タイムス',
    });
    assert.ok(
      !errorsOf('山小屋の屋根の修理には約2か月かかる見込みだ。', south, rough).includes('conflict.settled'),
    );
  });
});

describe('an English rival found through the general dictionary (vconf44)', () => {
  // Invented: visitors shut in a cave by a rising river, told by a Japanese page (計5人) and an English
  // one (eight people), whose word for the cave the news vocabulary does not gloss; and a morning market whose stalls one page counts as 約90軒, the other as about 130.
  const cave = inventedDocument(
    'g',
    '増水で洞窟に取り残される',
    ['増水した川で洞窟の出口がふさがれ、観光客ら計5人が約1時間、中に取り残された。'],
    { publishedAt: '2026-03-08T09:00:00+09:00', siteName: '峰里新報' },
  );
  const caveEnglish = {
    ...inventedDocument(
      'k',
      'Rising river traps tourists',
      ['Eight people were stuck inside a cave for about an hour after the river rose.'],
      { publishedAt: '2026-03-08T10:00:00+09:00', siteName: 'Valley Ledger' },
    ),
    lang: 'en',
  };
  const market = inventedDocument(
    'm',
    '朝市、週末にぎわう',
    ['町によると、湊川の朝市には週末、約90軒の屋台が並ぶ。'],
    { publishedAt: '2026-04-12T09:00:00+09:00', siteName: '湊川日報' },
  );
  const marketEnglish = {
    ...inventedDocument(
      'x',
      'Morning market draws crowds',
      ['On weekends the Minatogawa morning market has about 130 stalls, the town said.'],
      { publishedAt: '2026-04-12T10:00:00+09:00', siteName: 'Minatogawa Courier' },
    ),
    lang: 'en',
  };
  const marketShoppers = {
    ...inventedDocument(
      'y',
      'Morning market draws crowds',
      ['On weekends the Minatogawa morning market draws about 130 shoppers an hour, the town said.'],
      { publishedAt: '2026-04-12T10:00:00+09:00', siteName: 'Minatogawa Courier' },
    ),
    lang: 'en',
  };

  it('ties an English count to the claim by a word the news vocabulary does not gloss (a cave: 洞窟)', () => {
    const claim = '洞窟に取り残されたのは計5人だった。';
    assert.ok(errorsOf(claim, cave, caveEnglish).includes('conflict.settled'));
    assert.ok(!errorsOf(claim, cave).includes('conflict.settled'));
  });

  it('reads an English figure with no counter of its own as counting a noun of the claim clause (about 130 stalls)', () => {
    const claim = '湊川の朝市の屋台は、週末には約90軒になる。';
    assert.ok(errorsOf(claim, market, marketEnglish).includes('conflict.settled'));
  });

  it('takes no rival from an English figure counting a noun the claim does not name', () => {
    const claim = '湊川の朝市の屋台は、週末には約90軒になる。';
    assert.ok(!errorsOf(claim, market, marketShoppers).includes('conflict.settled'));
  });
});
