import assert from 'node:assert/strict';
import { before, describe, it } from 'node:test';
import { claimErrors } from '../../test/support/claim-errors.ts';
import { inventedDocument } from '../../test/support/invented-document.ts';
import type { Document } from '../domain/document.ts';
import { createTokenizer } from '../text/tokenizer.ts';
import { createUnderstanding, type Understanding } from '../understand/understand-document.ts';
import { checkClaim } from './check-claim.ts';

// Dates and totals a claim restates in other words than its sources (lists of days, 翌18日, a
// verbal noun used as a verb, a date moved, 合わせて N人), on invented pages: a town's summer
// festival, a new library and two clinics.

const documentOf = (id: string, title: string, paragraphs: readonly string[]) =>
  inventedDocument(id, title, paragraphs, { publishedAt: '2026-06-20T09:00:00+09:00' });

const FESTIVAL = documentOf('f', '潮見町の灯籠まつり、今年は中止', [
  '潮見町の「灯籠まつり」実行委員会は19日、7月25、26の両日に予定していた今年のまつりを中止すると発表した。',
  '代わりに町は灯籠の展示会を9月12日に開く。',
  '小雨の場合は翌13日に延ばす。',
]);

const LIBRARY = documentOf('l', '潮見町に新図書館', [
  '潮見町は19日、駅前に新しい町立図書館を建てる計画を発表した。',
  '二〇二八年十月の開館を予定している。',
]);

const BRIEFING_PLAN = documentOf('p', '潮見町、図書館の住民説明会', [
  '潮見町は19日、新しい町立図書館の計画を発表した。',
  '住民説明会は7月4日に町役場で開く。',
]);

const BRIEFING_MOVED = documentOf('m', '図書館の説明会を延期　潮見町', [
  '潮見町は、新しい町立図書館の住民説明会の日程を7月4日から7月11日に延期した。',
]);

const CLINICS = documentOf('c', '潮見町の2診療所、統合へ', [
  '潮見町は19日、町内の2診療所を統合すると発表した。',
  '町によると、看護師は東診療所が14人、西診療所が9人で、薬剤師は東に3人いる。',
  '西診療所の建物は築45年で、改修には約2億円かかる。',
]);

let understanding: Understanding;

before(async () => {
  understanding = createUnderstanding(await createTokenizer());
});

function numberErrorsOf(text: string, document: Document): string[] {
  return checkClaim(text, [understanding.of(document)], understanding, { path: 'claim' })
    .findings.filter((finding) => finding.severity === 'error' && finding.code === 'support.number')
    .map((finding) => `${finding.code}: ${finding.message}`);
}

function dateErrorsOf(text: string, ...documents: Document[]): string[] {
  return checkClaim(
    text,
    documents.map((document) => understanding.of(document)),
    understanding,
    { path: 'claim' },
  )
    .findings.filter(
      (finding) =>
        finding.severity === 'error' &&
        (finding.code.startsWith('support.date') || finding.code === 'conflict.settled'),
    )
    .map((finding) => `${finding.code}: ${finding.message}`);
}

describe('checkClaim on dates said in other words', () => {
  it('takes both days of a list under one month (7月25、26日) for the event the source dates them with', () => {
    assert.deepEqual(
      dateErrorsOf('実行委員会は、7月25、26日に予定していた灯籠まつりを中止すると発表した。', FESTIVAL),
      [],
    );
    assert.notDeepEqual(
      dateErrorsOf('実行委員会は、7月25、27日に予定していた灯籠まつりを中止すると発表した。', FESTIVAL),
      [],
    );
  });

  it('resolves 翌13日 against the date of the sentence before', () => {
    assert.deepEqual(dateErrorsOf('小雨の場合、展示会は翌日の9月13日に延ばされる。', FESTIVAL), []);
    assert.notDeepEqual(dateErrorsOf('小雨の場合、展示会は9月14日に延ばされる。', FESTIVAL), []);
  });

  it('lets 2028年10月に開館させる rest on 二〇二八年十月の開館を予定: the same verbal noun, as verb or noun', () => {
    assert.deepEqual(
      dateErrorsOf('潮見町は、駅前の新しい町立図書館を2028年10月に開館させる予定だ。', LIBRARY),
      [],
    );
    assert.notDeepEqual(
      dateErrorsOf('潮見町は、駅前の新しい町立図書館を2028年11月に開館させる予定だ。', LIBRARY),
      [],
    );
  });

  it('takes a date one source moved another to (7月4日から7月11日に延期) as settled, the old one as revised', () => {
    assert.deepEqual(
      dateErrorsOf('新しい町立図書館の住民説明会は7月11日に町役場で開く。', BRIEFING_PLAN, BRIEFING_MOVED),
      [],
    );
    assert.ok(
      dateErrorsOf(
        '新しい町立図書館の住民説明会は7月4日に町役場で開く。',
        BRIEFING_PLAN,
        BRIEFING_MOVED,
      ).some((e) => e.startsWith('conflict.settled')),
    );
  });
});

describe('checkClaim on the day of an announcement and the day of what it announces', () => {
  const SHOW = documentOf('s', '潮見町、花火の見学会', [
    '潮見町は19日、町民向けの花火工場の見学会を7月4日に開くと発表した。',
  ]);

  it('flags the announcement day given to the announced act, and keeps each day on its own act', () => {
    assert.equal(
      dateErrorsOf('潮見町は、町民向けの花火工場の見学会を6月19日に開くと発表した。', SHOW).length,
      1,
    );
    assert.deepEqual(
      dateErrorsOf('潮見町は、町民向けの花火工場の見学会を7月4日に開くと発表した。', SHOW),
      [],
    );
    assert.deepEqual(dateErrorsOf('潮見町は6月19日、花火工場の見学会を開くと発表した。', SHOW), []);
  });
});

describe('checkClaim on a date set off with its particle (来年度から、…)', () => {
  const PLAN = documentOf('t', '潮見大、海藻の実験へ', [
    '潮見大学の研究班は来年度から、地元の漁協と組んで海藻を増やす実験を始める計画だ。',
  ]);
  const REPORT = documentOf('r', '潮見大、海藻の研究成果', [
    '潮見大学の研究班は19日、海藻の研究の成果を発表した。',
  ]);

  it('does not let a day of another event in another source back the wrong fiscal year', () => {
    // The page is of 2026-06-20: 来年度 is 2027年度; 19日 (of 2026年度) dates the announcement.
    const claim = '潮見大学の研究班は2026年度から、地元の漁協と組んで海藻を増やす実験を始める計画だ。';
    assert.equal(dateErrorsOf(claim, PLAN, REPORT).length, 1);
    assert.deepEqual(dateErrorsOf(claim.replace('2026年度', '2027年度'), PLAN, REPORT), []);
  });
});

describe('checkClaim on relative years', () => {
  it('reads 今年 and 昨年 against the page date: 今年 does not rest on a source saying 昨年', () => {
    const page = documentOf('y', '潮見町の診療所、医師を削減', [
      '潮見医科大学は昨年、町の診療所に派遣している医師を減らす方針を伝えていた。',
    ]);
    assert.deepEqual(
      dateErrorsOf('潮見医科大学は昨年、診療所に派遣している医師を減らす方針を伝えた。', page),
      [],
    );
    assert.ok(
      dateErrorsOf('潮見医科大学は今年、診療所に派遣している医師を減らす方針を伝えた。', page).some((e) =>
        e.startsWith('support.date'),
      ),
    );
  });
});

describe('checkClaim on totals of listed figures', () => {
  it('takes 合わせて N人 as the sum of figures one sentence lists in that unit', () => {
    assert.deepEqual(numberErrorsOf('町によると、2診療所の看護師は合わせて23人だ。', CLINICS), []);
    assert.deepEqual(numberErrorsOf('町によると、2診療所の看護師は計23人いる。', CLINICS), []);
  });

  it('does not take a wrong total, a total not written as one, or figures of another unit or sentence', () => {
    assert.ok(numberErrorsOf('町によると、2診療所の看護師は合わせて24人だ。', CLINICS).length > 0);
    assert.ok(numberErrorsOf('町によると、東診療所の看護師は23人だ。', CLINICS).length > 0);
    // 9 nurses + 3 pharmacists (another topic: 薬剤師は), 14 + 45 (年, another sentence and unit).
    assert.ok(numberErrorsOf('町によると、看護師は合わせて12人だ。', CLINICS).length > 0);
    assert.ok(numberErrorsOf('町によると、看護師は合わせて26人だ。', CLINICS).length > 0);
    assert.ok(numberErrorsOf('町によると、看護師は合わせて59人だ。', CLINICS).length > 0);
  });
});

// A date set off before a chain of acts joined by て dates each act of the chain (12日、役場を訪れて…
// 手渡した: 訪れる too), while another date of the sentence dates its own event only.
const PETITION = documentOf('s', '図書館の署名、町に提出', [
  '建設を求める署名は15日までに約3000人分に達し、住民団体の代表が17日、役場を訪れて町長に署名を手渡した。',
]);

describe('checkClaim on a date before acts joined by て', () => {
  it('dates every act of the chain: 15日 (the count) is not the day of the visit', () => {
    assert.deepEqual(dateErrorsOf('住民団体の代表は17日に役場を訪れ、町長に署名を手渡した。', PETITION), []);
    assert.ok(
      dateErrorsOf('住民団体の代表は15日に役場を訪れ、町長に署名を手渡した。', PETITION).some((error) =>
        error.startsWith('support.date'),
      ),
    );
  });
});

// A date moved by a later notice that names what it moves (内覧会の開始日を…から…に延期) but none of the
// claim's words: the thing moved is named by the sentence that gives the claim's date.
const PREVIEW = documentOf('v', '図書館の内覧会、７月から週３日に', [
  '町立図書館の内覧会が、7月から週3日開かれることになった。',
]);
const PREVIEW_MOVED = documentOf('w', '内覧会を延期　潮見町', [
  '町は、内覧会の開始日を7月1日から8月1日に延期した。',
]);

const READING = documentOf('r', '図書館で読書会', ['図書館の読書会は7月から毎週開く。']);

describe('checkClaim on a date a later notice moved', () => {
  it('flags the old date where the notice names what the claim’s date is of', () => {
    assert.ok(
      dateErrorsOf('町立図書館は7月から週3日見学できる。', PREVIEW, PREVIEW_MOVED).some((error) =>
        error.startsWith('conflict.settled'),
      ),
    );
  });

  it('leaves a claim whose date is of something the notice does not move', () => {
    assert.ok(
      !dateErrorsOf('読書会は7月から毎週開かれる。', READING, PREVIEW_MOVED).some((error) =>
        error.startsWith('conflict.settled'),
      ),
    );
  });
});

// A plan for a date put off or called off with no new date (来月に予定していた改修工事の着工を延期):
// the date no longer holds for what was planned, and still holds for anything else of the sentence.
const POSTPONED = documentOf('q', '旧庁舎の改修、着工を延期', [
  '潮見町は19日、来月に予定していた旧庁舎の改修工事の着工を延期すると発表した。',
  '町は7月に住民説明会を開く。',
]);

describe('checkClaim on a date whose plan was called off', () => {
  it('flags the planned date stated as current, and not a claim that tells of the postponement', () => {
    assert.ok(
      dateErrorsOf('旧庁舎の改修工事は、来月に着工する。', POSTPONED).some((error) =>
        error.startsWith('conflict.settled'),
      ),
    );
    assert.ok(
      !dateErrorsOf('潮見町は、来月に予定していた旧庁舎の改修工事の着工を延期した。', POSTPONED).some(
        (error) => error.startsWith('conflict.settled'),
      ),
    );
  });

  it('leaves a date the notice does not call off', () => {
    assert.deepEqual(dateErrorsOf('潮見町は7月に住民説明会を開く。', POSTPONED), []);
  });
});

// A time a correction note retracts backs no claim, as a retracted figure does not.
const DESK = documentOf('k', '相談窓口、土日も受け付け', [
  '町の相談窓口は午前9時から午後6時まで、土日も受け付ける。',
  '※20日の配信時、相談窓口の受付時間を「午後5時まで」としていましたが、「午後6時まで」の誤りでした。',
]);

describe('checkClaim on a time a correction note retracts', () => {
  it('flags the retracted time, and not a claim that tells of the correction', () => {
    assert.ok(
      dateErrorsOf('町の相談窓口は午後5時まで受け付けている。', DESK).some((error) =>
        error.startsWith('support.date'),
      ),
    );
    assert.deepEqual(
      dateErrorsOf('当初の配信は受付時間を午後5時までとしていたが、正しくは午後6時までだった。', DESK),
      [],
    );
  });
});

// A page that gives the date a later inquiry found and tells the earlier account as what was said
// before (これまで「…から」と説明していた): the earlier date is superseded (invented: a bakery's labels).
describe('a date a page tells as what was said before (これまで…と説明していた)', () => {
  const FIRST = documentOf('a', '潮見製菓、表示に誤り', [
    '潮見製菓は19日、5月から菓子の原材料の表示に誤りがあったと発表した。',
  ]);
  const INQUIRY = documentOf('q', '潮見製菓の表示問題、調査結果', [
    '調査によると、誤った表示は2026年3月に始まっていた。同社はこれまで「5月から」と説明していた。',
  ]);
  const settled = (text: string) =>
    dateErrorsOf(text, FIRST, INQUIRY).some((e) => e.startsWith('conflict.settled'));

  it('flags the earlier date stated as settled', () => {
    assert.ok(settled('潮見製菓の菓子の表示は2026年5月から誤っていた。'));
  });

  it('keeps the newer date and the earlier one told as such', () => {
    assert.ok(!settled('潮見製菓の菓子の表示は2026年3月から誤っていた。'));
    assert.ok(!settled('潮見製菓はこれまで、表示の誤りは5月からと説明していた。'));
  });
});

// A date that is the predicate of a verbal noun as topic (着工は9月上旬になる見通しだ, 通報は7日午後9時半ごろ
// だった) dates that noun's event; where both dates head the same event, two approximate times written at
// different values are two reports (invented: a quay's repair and a fire call).
describe('a date predicated of the event its topic names', () => {
  const PORT = documentOf('p', '岸壁補修、着工時期示す', [
    '港湾事務所によると、岸壁の補修工事の着工は、9月上旬になる見通しだ。',
  ]);
  const PORT_OTHER = documentOf('o', '岸壁の補修工事', [
    '港湾事務所は、岸壁の補修工事の着工は9月下旬に始まる予定だと説明した。',
  ]);
  const CALL = documentOf('c', '倉庫で火災', [
    '7日午後9時半ごろ、近所の住民から「倉庫から煙が出ている」と119番通報があった。',
  ]);
  const CALL_OTHER = documentOf('d', '倉庫火災、けが人なし', [
    '消防によると、通報があったのは7日午後9時ごろ。',
  ]);
  const settled = (text: string, ...documents: Document[]) =>
    dateErrorsOf(text, ...documents).some((e) => e.startsWith('conflict.settled'));

  it('flags one of two dates of the event stated as settled', () => {
    assert.ok(settled('岸壁の補修工事の着工は9月下旬に始まる予定だ。', PORT, PORT_OTHER));
    assert.ok(settled('119番通報は、7日午後9時半ごろだった。', CALL, CALL_OTHER));
  });

  it('keeps the date where only one page gives it', () => {
    assert.ok(!settled('岸壁の補修工事の着工は9月下旬に始まる予定だ。', PORT_OTHER));
    assert.ok(!settled('119番通報は、7日午後9時半ごろだった。', CALL));
  });
});

describe('checkClaim: a day counted from an event the claim names (転覆の翌日)', () => {
  const CAPSIZE = inventedDocument(
    'b',
    '潮見港で漁船転覆、1人不明',
    [
      '19日夜、潮見港の沖で漁船が転覆した。',
      '転覆から一夜明けても、乗組員1人の行方が分かっていない。',
      '町は港で防災訓練を予定している。',
    ],
    { publishedAt: '2026-06-20T18:00:00+09:00' },
  );

  it('does not read 翌日 with no date before it in the claim against a date of the page', () => {
    assert.deepEqual(dateErrorsOf('乗組員1人の行方は、転覆の翌日になっても分かっていない。', CAPSIZE), []);
  });

  it('still reads 同日 after a date the claim names', () => {
    assert.equal(dateErrorsOf('漁船は19日夜に転覆し、町は同日に港で防災訓練を開いた。', CAPSIZE).length, 1);
  });
});

describe('checkClaim: a date in a phrase with no predicate of its own (vdate31)', () => {
  // 日曜日の夜の突風で、…傾いた: the date's phrase (the gust of Sunday night) has no predicate; it tells
  // when the next predicate's event took place, and the words of that clause say which source
  // sentence it is. Invented page of a Monday: a harbour's old lighthouse tilts in the wind.
  const LIGHTHOUSE = inventedDocument(
    'h',
    '北浜港の古い灯台、突風で傾く',
    [
      'きのう夜、北浜港で、古い灯台が強い風にあおられて傾きました。',
      '町は、きょう午後から灯台の周りを立ち入り禁止にしています。',
    ],
    { publishedAt: '2026-09-14T18:00:00+09:00' },
  );
  let understanding: Understanding;
  before(async () => {
    understanding = createUnderstanding(await createTokenizer());
  });
  const dateErrors = (text: string) =>
    claimErrors(understanding, text, [LIGHTHOUSE]).filter((finding) => finding.code === 'support.date');

  it('backs the date by the clause of the predicate it dates', () => {
    assert.deepEqual(dateErrors('日曜日の夜の突風で、北浜港の古い灯台が傾いた。'), []);
  });

  it('still flags a day the sources give to something else', () => {
    assert.equal(dateErrors('月曜日の午後の突風で、北浜港の古い灯台が傾いた。').length, 1);
  });
});

describe('checkClaim: a clock time against the time the sources give its day (vcd36)', () => {
  // Invented page: a mountain cable car stops on a Saturday and starts again in the afternoon. Its
  // day and its times stand apart (3日、…午前8時ごろから止まり、午後1時半ごろに動き出した), and a
  // later sentence names the day again without a time.
  const CABLE = inventedDocument(
    'k',
    '白峰山のケーブルカー、半日止まる',
    [
      '白峰山のケーブルカーが3日、午前8時ごろから止まり、午後1時半ごろに動き出した。',
      '運行会社によると、山頂駅の制御盤が故障したという。',
      '同社は3日、乗れなかった客に運賃を払い戻した。',
      '麓の町では3日夜、花火大会が開かれた。',
    ],
    { publishedAt: '2026-10-04T06:00:00+09:00' },
  );
  let understanding: Understanding;
  before(async () => {
    understanding = createUnderstanding(await createTokenizer());
  });
  const dateErrors = (text: string) =>
    claimErrors(understanding, text, [CABLE]).filter((finding) => finding.code === 'support.date');

  it('joins a time told apart from its day to that day', () => {
    assert.deepEqual(dateErrors('白峰山のケーブルカーは3日午前8時ごろから止まった。'), []);
    assert.deepEqual(dateErrors('白峰山のケーブルカーは3日午後1時半ごろに動き出した。'), []);
  });

  it('flags another time for the day, though another sentence names the day alone', () => {
    assert.equal(dateErrors('白峰山のケーブルカーは3日午前10時ごろから止まった。').length, 1);
    assert.equal(dateErrors('白峰山のケーブルカーは3日午後8時ごろから止まった。').length, 1);
  });

  it('does not take a time of the morning for a part of the night', () => {
    assert.deepEqual(dateErrors('麓の町では3日午後7時ごろ、花火大会が開かれた。'), []);
    assert.equal(dateErrors('麓の町では3日午前7時ごろ、花火大会が開かれた。').length, 1);
  });
});

describe('checkClaim: two outlets giving one event two approximate times (vcd36)', () => {
  // Invented pages: a goat wanders out of a farm park; one outlet has the keeper notice at 午前7時半ごろ,
  // the other, in more of the claim's words, at 午前8時ごろ — within the slack of ごろ, yet two reports.
  const FIRST = inventedDocument(
    'a',
    '牧場公園からヤギ1頭が脱走',
    ['丘野町の牧場公園で5日午前7時半ごろ、柵の点検中に、飼育係が異変を知った。', '町が周辺を捜している。'],
    { publishedAt: '2026-05-05T18:00:00+09:00' },
  );
  const SECOND = inventedDocument(
    'b',
    'ヤギの脱走、柵の破れから',
    ['公園によると、飼育係がヤギの不在を知ったのは5日午前8時ごろ。', '柵に破れがあった。'],
    { publishedAt: '2026-05-06T09:00:00+09:00' },
  );
  let understanding: Understanding;
  before(async () => {
    understanding = createUnderstanding(await createTokenizer());
  });
  const conflicts = (text: string, ...documents: Document[]) =>
    claimErrors(understanding, text, documents).filter((finding) => finding.code === 'conflict.settled');

  it('takes the outlet giving the claim’s time as written as its source, the other as a rival', () => {
    assert.equal(
      conflicts('飼育係がヤギの不在を知ったのは、5日午前7時半ごろだった。', FIRST, SECOND).length,
      1,
    );
  });

  it('finds no conflict where only one outlet is listed', () => {
    assert.deepEqual(conflicts('飼育係がヤギの不在を知ったのは、5日午前7時半ごろだった。', FIRST), []);
  });
});

describe('checkClaim: a clock time no listed page gives (vcross38)', () => {
  // Invented pages, two outlets of one story: a ropeway on a lakeside hill stops. The first outlet
  // gives the day only; the second, not listed with it, gives the time the cars stopped.
  const DAY_ONLY = inventedDocument(
    'd',
    '湖畔のロープウエーが運休',
    [
      '霧ケ丘町の湖畔ロープウエーは11日、ゴンドラが山頂駅の手前で止まったと発表した。',
      '乗客8人は約2時間後に救助され、けが人はいなかった。',
    ],
    { publishedAt: '2026-08-11T20:00:00+09:00' },
  );
  const TIMED = inventedDocument(
    't',
    'ロープウエー停止、乗客8人救助',
    [
      '霧ケ丘町の湖畔ロープウエーで11日午前9時40分ごろ、ゴンドラが山頂駅の手前で止まった。',
      '乗客8人は正午前に救助された。',
    ],
    { publishedAt: '2026-08-11T21:00:00+09:00' },
  );
  const ENGLISH = inventedDocument(
    'e',
    'Lakeside ropeway halts with eight aboard',
    [
      'A gondola of the lakeside ropeway in Kirigaoka stopped short of the summit station on Tuesday, the operator said.',
      'All eight passengers were rescued about two hours later.',
    ],
    { publishedAt: '2026-08-11T22:00:00+09:00' },
  );

  it('flags a clock time where the listed page gives its day but no time at all', () => {
    const errors = dateErrorsOf('ゴンドラが動かなくなったのは11日午前9時40分ごろだった。', DAY_ONLY);
    assert.equal(errors.length, 1);
    assert.match(errors[0] as string, /午前9時40分/u);
  });

  it('flags such a time over an English page that gives none', () => {
    assert.equal(dateErrorsOf('ゴンドラは11日午前9時40分ごろ、山頂駅の手前で止まった。', ENGLISH).length, 1);
  });

  it('lets the same time through over the page that gives it, and the day alone over either', () => {
    assert.deepEqual(dateErrorsOf('ゴンドラが動かなくなったのは11日午前9時40分ごろだった。', TIMED), []);
    assert.deepEqual(
      dateErrorsOf('ゴンドラが動かなくなったのは11日午前9時40分ごろだった。', DAY_ONLY, TIMED),
      [],
    );
    assert.deepEqual(dateErrorsOf('ゴンドラは11日、山頂駅の手前で止まった。', DAY_ONLY), []);
  });
});
