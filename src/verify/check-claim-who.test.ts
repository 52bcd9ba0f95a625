import assert from 'node:assert/strict';
import { before, describe, it } from 'node:test';
import { claimErrors } from '../../test/support/claim-errors.ts';
import { inventedDocument } from '../../test/support/invented-document.ts';
import { createTokenizer } from '../text/tokenizer.ts';
import { createUnderstanding, type Understanding } from '../understand/understand-document.ts';
import { checkClaim } from './check-claim.ts';

// Who says, who reports and who holds an office, on invented pages.

let understanding: Understanding;
before(async () => {
  understanding = createUnderstanding(await createTokenizer());
});
// Two outlets disagree on a count: one has it from people inside, the other from the town.
const INSIDE = inventedDocument(
  'p',
  '北浦町の浄水場で故障',
  [
    '北浦町の浄水場でポンプが故障した問題で、断水した世帯は約3200世帯に上ることが、町関係者への取材で分かった。',
  ],
  { siteName: '北浦日日新聞', publishedAt: '2026-05-12T09:00:00+09:00' },
);
const TOWN = inventedDocument(
  'q',
  '浄水場のポンプ故障、断水続く',
  ['北浦町によると、浄水場のポンプが故障し、約2100世帯で断水した。'],
  { siteName: '港北タイムス', publishedAt: '2026-05-12T10:00:00+09:00' },
);

describe('checkClaim: the outlet that reports a figure', () => {
  const errors = (text: string) =>
    claimErrors(understanding, text, [INSIDE, TOWN]).map((finding) => finding.code);

  it('accepts the figure given to the outlet whose page has it (who reported what)', () => {
    assert.deepEqual(errors('北浦日日新聞によると、断水した世帯は約3200世帯に上る。'), []);
    assert.deepEqual(errors('港北タイムスは、約2100世帯で断水したと報じた。'), []);
  });

  it('flags a figure stated as settled, and one given to the other outlet', () => {
    assert.ok(errors('断水した世帯は約3200世帯に上る。').includes('conflict.settled'));
    assert.ok(
      errors('港北タイムスによると、断水した世帯は約3200世帯に上る。').includes('support.attribution'),
    );
  });
});

// Two mayors on a station moving between their cities, each quoted in a sentence of their own.
const STATION = inventedDocument(
  'st',
  '北浦駅の移転、両市長が見解',
  [
    '北浦市の山田一郎市長は10日、「新しい駅は街の誇りになる」と話した。',
    '一方、南浦市の佐藤次郎市長は「移転は大変残念だ」とコメントした。',
  ],
  { siteName: '浦浜新聞', publishedAt: '2026-05-11T09:00:00+09:00' },
);

describe('checkClaim: a sentence whose clauses each have their own reporter', () => {
  it('gives the words of a later clause to that clause’s speaker (A は…と話し、B は…とした)', () => {
    const errors = (text: string) =>
      claimErrors(understanding, text, [STATION]).map((finding) => finding.code);
    assert.deepEqual(
      errors('駅の移転について、北浦市長は新しい駅は街の誇りになると話し、南浦市長は大変残念だとした。'),
      [],
    );
    assert.ok(errors('駅の移転について、北浦市長は大変残念だと話した。').includes('support.attribution'));
  });

  it('gives a clause’s figure to its own reporter, not to the outlet named in the next one', () => {
    const errors = (text: string) =>
      claimErrors(understanding, text, [INSIDE, TOWN]).map((finding) => finding.code);
    assert.deepEqual(
      errors('断水した世帯について、北浦町は約2100世帯としているが、北浦日日新聞は約3200世帯と報じている。'),
      [],
    );
    // The outlet's own clause is still compared with its page.
    assert.ok(
      errors(
        '断水した世帯について、北浦町は約3200世帯としているが、北浦日日新聞は約2100世帯と報じている。',
      ).includes('support.attribution'),
    );
  });
});

// A recall: a body defined with a short name, and another body that investigates a fire.
const RECALL = inventedDocument(
  'r',
  '電気ポット回収、相談相次ぐ',
  [
    '白浜県消費生活センター（県消費センター）には、回収についての相談が40件寄せられた。',
    '県消費センターは、製品の底にある型番を確かめるよう呼びかけている。',
    '白浜市消防局は、先月の住宅火災について、ポットから出火したとみて調べている。',
  ],
  { siteName: '白浜日報', publishedAt: '2026-06-02T09:00:00+09:00' },
);

describe('checkClaim: a body as the subject', () => {
  const nameErrors = (text: string) =>
    checkClaim(text, [understanding.of(RECALL)], understanding, { path: 'claim' })
      .findings.filter((finding) => finding.code === 'support.name')
      .map((finding) => finding.message);

  it("flags one body's act given to another body the page names", () => {
    assert.ok(
      nameErrors('県消費センターは、先月の住宅火災はポットから出火したとみて調べている。').some((m) =>
        m.includes('「白浜市消防局」'),
      ),
    );
  });

  it('takes the full name and the short name the page defines as one body', () => {
    assert.deepEqual(
      nameErrors('白浜県消費生活センターは、製品の底にある型番を確かめるよう呼びかけている。'),
      [],
    );
  });
});

// A railway's words given with the speaker in parentheses, and the town's words.
const RAILWAY = inventedDocument(
  's',
  '土砂崩れで不通の路線、再開は月末',
  [
    '港北鉄道の路線は、土砂崩れで一部区間が不通になっている。',
    '全線の運転再開は「月末になる見込み」（同社）。',
    '港北町は、仮設の道路を来週中に設けると説明した。',
  ],
  { siteName: '港北日報', publishedAt: '2026-07-01T09:00:00+09:00' },
);

describe('checkClaim: the speaker of words given after them', () => {
  const errors = (text: string) =>
    checkClaim(text, [understanding.of(RAILWAY)], understanding, { path: 'claim' })
      .findings.filter((finding) => finding.code === 'support.attribution')
      .map((finding) => finding.message);

  it('keeps words with the speaker the source names in parentheses after them', () => {
    assert.deepEqual(errors('全線の運転再開は月末になる見込みだと、港北鉄道は説明している。'), []);
    assert.equal(errors('全線の運転再開は月末になる見込みだと、港北町は説明している。').length, 1);
  });
});

// Hearsay carried over from a body named before, past a sentence that names others.
const PROBE = inventedDocument(
  't',
  '市のサーバーに不正アクセス',
  [
    '市情報政策課によると、職員用のサーバーに外部から不正なアクセスがあった。',
    '委託先の業者が、保守用の回線を開けたままにしていたという。',
    '流出の有無は調査中としている。',
    '県警サイバー犯罪対策課は、市から提出を受けた記録を解析している。',
    '国外から接続された可能性もあるとみて調べている。',
    '港北市は3日、市民からの問い合わせの件数を集計した結果を公表した。',
    '問い合わせは約300件に上ったという。',
  ],
  { siteName: '港北日報', publishedAt: '2026-08-03T09:00:00+09:00' },
);

describe('checkClaim: whose words a sentence without a speaker carries on', () => {
  const errors = (text: string) =>
    checkClaim(text, [understanding.of(PROBE)], understanding, { path: 'claim' })
      .findings.filter((finding) => finding.code === 'support.attribution')
      .map((finding) => finding.message);

  it('gives hearsay to the nearest speaker before it, not to a name mentioned on the way', () => {
    assert.deepEqual(errors('市情報政策課によると、流出の有無は調査中だ。'), []);
    assert.equal(errors('委託先の業者によると、流出の有無は調査中だという。').length, 1);
  });

  it('gives the words of a document to the body that made it (港北市が公表した集計によると)', () => {
    assert.deepEqual(errors('港北市が公表した集計結果によると、問い合わせは約300件に上った。'), []);
  });
});

// A company's spokesperson and its president.
const FERRY = inventedDocument(
  'u',
  '港北汽船、夜の便を減らす',
  [
    '港北汽船の広報担当者は、燃料費の高騰で夜の便を減らすと説明した。',
    '港北汽船の村井亮社長は「地域の足は守る」と述べた。',
  ],
  { siteName: '港北日報', publishedAt: '2026-09-01T09:00:00+09:00' },
);

describe('checkClaim: which person of a body speaks', () => {
  const errors = (text: string) =>
    checkClaim(text, [understanding.of(FERRY)], understanding, { path: 'claim' })
      .findings.filter((finding) => finding.code === 'support.attribution')
      .map((finding) => finding.message);

  it("flags a spokesperson's words given to the head of the body", () => {
    assert.equal(errors('港北汽船の社長は、燃料費の高騰で夜の便を減らすと説明した。').length, 1);
    assert.deepEqual(errors('港北汽船の担当者は、燃料費の高騰で夜の便を減らすと説明した。'), []);
  });
});

// A company's plan, its president, and a residents' group with its own representative.
const PLANT = inventedDocument(
  'v',
  '港北化成、新工場を建設へ',
  [
    '港北化成は2日、港北市に新工場を建設すると発表した。',
    '投資額は約80億円。',
    '稼働は2028年を予定する。',
    '大島健社長は「地域の雇用に貢献したい」と述べた。',
    '一方、住民団体「港北の海を守る会」の平田恵子代表は「説明が足りない」と話した。',
  ],
  { siteName: '港北日報', publishedAt: '2026-10-02T18:00:00+09:00' },
);

describe('checkClaim: the body a person belongs to', () => {
  const nameErrors = (text: string) =>
    checkClaim(text, [understanding.of(PLANT)], understanding, { path: 'claim' })
      .findings.filter((finding) => finding.code === 'support.name')
      .map((finding) => finding.message);

  it('flags a person given to a body the page does not give them to', () => {
    assert.equal(nameErrors('港北化成の平田恵子代表は「説明が足りない」と話した。').length, 1);
  });

  it('gives a person with no body of their own to the body the lead is about', () => {
    assert.deepEqual(nameErrors('港北化成の大島健社長は「地域の雇用に貢献したい」と述べた。'), []);
    assert.deepEqual(nameErrors('港北の海を守る会の平田恵子代表は「説明が足りない」と話した。'), []);
  });
});

describe('checkClaim: who acts in a sentence that binds no subject of its own', () => {
  const PROBE2 = inventedDocument(
    'p2',
    '市のシステムに不正アクセス',
    [
      '白浜市のシステムに不正アクセスがあった問題で、県警サイバー対策課は記録の解析を進めている。海外の集団が関与した可能性もあるとみて調べている。',
      '白浜市情報政策課は、住民への連絡を急いでいる。',
    ],
    { siteName: '白浜日報', publishedAt: '2026-06-02T09:00:00+09:00' },
  );
  const nameErrors = (text: string) =>
    checkClaim(text, [understanding.of(PROBE2)], understanding, { path: 'claim' })
      .findings.filter((finding) => finding.code === 'support.name')
      .map((finding) => finding.message);

  it('carries over the body named in the sentence before (県警サイバー対策課)', () => {
    assert.deepEqual(
      nameErrors('県警サイバー対策課は、海外の集団が関与した可能性もあるとみて調べている。'),
      [],
    );
    assert.ok(
      nameErrors('白浜市情報政策課は、海外の集団が関与した可能性もあるとみて調べている。').some((m) =>
        m.includes('「県警サイバー対策課」'),
      ),
    );
  });
});

// An outlet with a Latin name, named as the one that reports.
const WIRE = inventedDocument(
  'w',
  '港北市、新庁舎の着工を延期',
  ['港北市は、新庁舎の着工を来年4月に延期すると発表した。'],
  { siteName: 'Harbor North Wire', publishedAt: '2026-08-03T09:00:00+09:00' },
);

describe('checkClaim: an outlet named by its Latin site name', () => {
  const names = (text: string) =>
    checkClaim(text, [understanding.of(WIRE)], understanding, { path: 'claim' })
      .findings.filter((finding) => finding.code === 'support.name')
      .map((finding) => finding.message);

  it('takes the listed page’s own outlet name, spaces and all, and still refuses another outlet', () => {
    assert.deepEqual(names('港北市は新庁舎の着工を来年4月に延期すると発表した（Harbor North Wire）。'), []);
    assert.deepEqual(
      names('港北市は新庁舎の着工を来年4月に延期すると発表したと、Harbor North Wireは伝えている。'),
      [],
    );
    assert.deepEqual(names('港北市は新庁舎の着工を来年4月に延期すると発表した（Pacific Rim Times）。'), [
      'The name 「Pacific Rim Times」 is not in the listed sources.',
    ]);
  });
});

// Someone's view stated as plain fact, where the claim's topic is what the view is about: what a
// sentence says of its topic (X は…) is what it asserts. Invented page: a station-front project.
const PROJECT = inventedDocument(
  'r',
  '駅前再開発、住民団体が批判',
  [
    '港北市が進めてきた駅前再開発の計画に対し、住民団体の森田香織代表は「住民への説明が足りない」として見直しを求めた。',
    '商店会の井上正和会長は「商店街の人は、工事の日程をよく知らなかった。早く説明会を開いてほしい」と話した。',
    '市は来月、説明会を開く。',
  ],
  { publishedAt: '2026-10-02T09:00:00+09:00', siteName: '港北新報' },
);

describe('checkClaim: a view given as the comment on its topic', () => {
  const errors = (text: string) => claimErrors(understanding, text, [PROJECT]).map((finding) => finding.code);

  it('flags the comment that stands in someone’s quote, its verbs read by their lemma', () => {
    assert.ok(
      errors('港北市が進めてきた駅前再開発の計画は、住民への説明が足りなかった。').includes(
        'support.attribution',
      ),
    );
    assert.ok(errors('商店街の人は、工事の日程をよく知らなかった。').includes('support.attribution'));
  });

  it('leaves a claim that names who said it, or a fact the narration states', () => {
    assert.ok(
      !errors('住民団体の森田香織代表は、住民への説明が足りないとして計画の見直しを求めた。').includes(
        'support.attribution',
      ),
    );
    assert.ok(!errors('説明会は、市が来月開く。').includes('support.attribution'));
  });
});

// A body named after a place the dictionary reads as a surname (村井署) is a body: a count the page
// has from the town (町によると) is not the police's. Invented page: wild boar sightings.
const BOAR = inventedDocument(
  'b',
  '村井町でイノシシの目撃相次ぐ',
  [
    '北浦県村井町で、イノシシの目撃が相次いでいる。',
    '町によると、今年町内で寄せられたイノシシの目撃情報は10日までに25件に上る。',
  ],
  { publishedAt: '2026-10-11T09:00:00+09:00', siteName: '北浦日報' },
);

describe('checkClaim: a body named after a surname-like place as the cited source', () => {
  const errors = (text: string) => claimErrors(understanding, text, [BOAR]).map((finding) => finding.code);

  it('flags the town’s count given to the police station', () => {
    assert.ok(
      errors('村井署によると、今年町内で寄せられたイノシシの目撃情報は10日までに25件に上る。').includes(
        'support.attribution',
      ),
    );
  });

  it('accepts it given to the town', () => {
    assert.ok(
      !errors('村井町によると、今年町内で寄せられたイノシシの目撃情報は10日までに25件に上る。').includes(
        'support.attribution',
      ),
    );
  });
});

describe('checkClaim: a post of staff given another title', () => {
  const LAB = inventedDocument(
    'l',
    '藻場の回復、ウニの管理がかぎ',
    ['水産研究所の田辺真由主任研究員は「ウニの数を管理することが大切だ」と話した。'],
    { publishedAt: '2026-10-12T09:00:00+09:00', siteName: '浜風新聞' },
  );
  const errors = (text: string) => claimErrors(understanding, text, [LAB]).map((finding) => finding.code);

  it('flags 所長 for 主任研究員 and accepts 研究員', () => {
    assert.ok(
      errors('水産研究所の田辺真由所長は「ウニの数を管理することが大切だ」と話した。').includes(
        'role.mismatch',
      ),
    );
    assert.ok(
      !errors('水産研究所の田辺真由研究員は「ウニの数を管理することが大切だ」と話した。').includes(
        'role.mismatch',
      ),
    );
  });
});

describe('checkClaim: a bare kind word as the cited source (会社によると for 同社によると)', () => {
  const FERRY = inventedDocument(
    'f',
    '南浦フェリー、7月から減便',
    [
      '南浦フェリー（北浦町）は11日、7月から減便すると発表した。',
      '同社によると、船員が足りない状態が続いている。航路の赤字は年約4千万円に上る。',
    ],
    { publishedAt: '2026-05-12T09:00:00+09:00' },
  );

  it('takes 会社によると for the 同社によると the sentence before carries on', () => {
    assert.deepEqual(
      claimErrors(understanding, '会社によると、航路の赤字は年約4千万円に上る。', [FERRY]),
      [],
    );
  });

  it('still flags a bare word of another kind of body (町によると)', () => {
    const errors = claimErrors(understanding, '町によると、航路の赤字は年約4千万円に上る。', [FERRY]);
    assert.ok(errors.some((error) => error.code === 'support.attribution'));
  });
});

describe('checkClaim: words of a later quote given to their own speaker', () => {
  const TALKS = inventedDocument(
    't',
    '北浦精機の賃上げ交渉、決着せず',
    ['組合側は「話し合いを続ける」としているが、森田一郎社長は「今は条件を変えない」と話した。'],
    { publishedAt: '2026-05-12T09:00:00+09:00' },
  );

  it('takes 森田一郎社長 for the speaker of the second quote', () => {
    assert.deepEqual(claimErrors(understanding, '森田一郎社長は、今は条件を変えないと話した。', [TALKS]), []);
  });

  it('still flags those words given to the speaker of the first quote', () => {
    const errors = claimErrors(understanding, '組合側は、今は条件を変えないと話した。', [TALKS]);
    assert.ok(errors.some((error) => error.code === 'support.attribution'));
  });
});

// A view said in someone's quote, its topic told by the narration around it (invented: an inn's fuel costs).
const INN = inventedDocument(
  'i',
  '青葉町の温泉旅館、燃料費が高騰',
  [
    '青葉町の温泉旅館では、重油の値上がりで燃料費が前年の1.5倍に膨らんだ。',
    '旅館を営む女性（58）は「このままでは値上げするしかない。客足が遠のく」と話した。',
    '町は来月、支援策を示す。',
  ],
  { publishedAt: '2026-12-02T09:00:00+09:00', siteName: '青葉新報' },
);

describe('checkClaim: what a claim asserts, said only in someone’s quote', () => {
  const errors = (text: string) => claimErrors(understanding, text, [INN]).map((finding) => finding.code);

  it('flags the claim whose final predicate the sources give only inside a quote', () => {
    assert.ok(
      errors('燃料費の値上がりが続けば、青葉町の温泉旅館は客足が遠のく。').includes('support.attribution'),
    );
  });

  it('leaves the claim that gives the words to their speaker, or ends on what the narration says', () => {
    assert.ok(
      !errors('旅館を営む女性は、このままでは客足が遠のくと話した。').includes('support.attribution'),
    );
    assert.ok(
      !errors('青葉町の温泉旅館では、燃料費が前年の1.5倍に膨らんだ。').includes('support.attribution'),
    );
  });
});

describe('checkClaim: a speaker written with an age in parentheses', () => {
  const errors = (text: string) => claimErrors(understanding, text, [INN]).map((finding) => finding.code);

  it('flags the quote given to another speaker, and accepts it given to the one with the age', () => {
    assert.ok(errors('青葉町の町長は「客足が遠のく」と話した。').includes('quote.speaker'));
    assert.ok(!errors('旅館を営む58歳の女性は「客足が遠のく」と話した。').includes('quote.speaker'));
  });
});

describe('checkClaim: a speaker phrase compared by its head and what the source says of it', () => {
  const HARBOUR = inventedDocument(
    'h',
    '北浦港の遊覧船が座礁',
    [
      '北浦港を出た遊覧船が10日、岩場で座礁した。',
      '船を運航する北浦マリン開発によると、乗客は12人だった。',
      '県港湾課の森田久美課長は「運航の再開は点検を終えてからになる」と説明した。',
      '乗っていた東京都の会社員の男性（四一）は「船が大きく傾いて怖かった」と振り返った。',
    ],
    { publishedAt: '2026-05-12T09:00:00+09:00' },
  );
  const errors = (text: string) =>
    claimErrors(understanding, text, [HARBOUR])
      .filter((finding) => finding.code === 'support.attribution')
      .map((finding) => finding.evidence);

  it('takes a word for the kind of company before the name (運航会社の北浦マリン開発)', () => {
    assert.deepEqual(errors('運航会社の北浦マリン開発によると、乗客は12人だった。'), []);
  });

  it('takes a description the source gives elsewhere in the sentence (会社員の男性, its age)', () => {
    assert.deepEqual(errors('乗っていた41歳の会社員の男性は、船が大きく傾いて怖かったと振り返った。'), []);
  });

  it('takes a title with the words of the body before it for the titled person (港湾課長)', () => {
    assert.deepEqual(errors('県の港湾課長は、運航の再開は点検を終えてからになると説明した。'), []);
  });

  it('still flags a description the source does not give, or another officer', () => {
    assert.notDeepEqual(errors('乗っていた41歳の船長の男性は、船が大きく傾いて怖かったと振り返った。'), []);
    assert.notDeepEqual(errors('県の港湾部長は、運航の再開は点検を終えてからになると説明した。'), []);
    assert.notDeepEqual(errors('県の副課長は、運航の再開は点検を終えてからになると説明した。'), []);
  });
});

describe('checkClaim: a word for a kind of company as the cited source', () => {
  const FERRY = inventedDocument(
    'g',
    '北浦港の遊覧船が座礁',
    ['運航する北浦マリン開発によると、乗客は12人だった。', '同社によると、船は岩場に乗り上げて止まった。'],
    { publishedAt: '2026-05-12T09:00:00+09:00' },
  );
  const attribution = (text: string) =>
    claimErrors(understanding, text, [FERRY]).filter((finding) => finding.code === 'support.attribution');

  it('takes 運航会社によると for the 同社によると of the source, resolved or not', () => {
    assert.deepEqual(attribution('運航会社によると、船は岩場に乗り上げて止まった。'), []);
  });

  it('still flags another kind of body (運輸局によると)', () => {
    assert.equal(attribution('運輸局によると、船は岩場に乗り上げて止まった。').length, 1);
  });
});

describe('checkClaim: the head of an office speaks for it', () => {
  const bureau = (title: string) =>
    inventedDocument(
      'b',
      '北浦市、水道料金の値上げ案',
      [
        '北浦市上下水道局は、水道料金を来年度から平均15%値上げする案をまとめた。',
        `森田一郎${title}は「管の更新を急がなければ、断水が増える恐れがある」と説明した。一般会計からの繰り入れについては「検討していない」としている。`,
      ],
      { publishedAt: '2026-05-12T09:00:00+09:00' },
    );
  const names = (text: string, title: string) =>
    claimErrors(understanding, text, [bureau(title)]).filter((finding) => finding.code === 'support.name');
  const CLAIM = '上下水道局は、一般会計からの繰り入れは「検討していない」としている。';

  it('takes what 森田一郎局長 says for what 上下水道局 says', () => {
    assert.deepEqual(names(CLAIM, '局長'), []);
  });

  it('still flags it given to the bureau for what another officer says', () => {
    assert.equal(names(CLAIM, '課長').length, 1);
  });
});

// The vfa20 round: a mayor's request to an operator, and a plant manager named with his full name
// and a title after a 中黒. Invented page.
const OUTAGE = inventedDocument(
  'o',
  '工場の停電で生産停止',
  [
    '北浜電機の変電所で10日、設備が故障し、港北市の約3000戸が停電した。',
    '港北市の山口健市長は11日、「信号も消えた。原因と対策を、住民に分かりやすく説明してほしい」と述べ、同社に文書で申し入れた。',
    '北浜電機の山田浩二・南町工場長は10日の記者会見で「生産を早く戻したい」と陳謝した。',
  ],
  { siteName: '港北日報', publishedAt: '2026-07-11T09:00:00+09:00' },
);

describe('checkClaim: a request told with whom it was asked of, and a speaker named with a title after ・ (vfa20)', () => {
  const attribution = (text: string) =>
    claimErrors(understanding, text, [OUTAGE])
      .map((finding) => finding.code)
      .filter((code) => code === 'support.attribution');

  it('reads …するよう X に求めた as a request, not as a fact stated', () => {
    assert.deepEqual(
      attribution('山口市長は、原因と対策を住民に分かりやすく説明するよう北浜電機に求めた。'),
      [],
    );
  });

  it('gives words to a person the source names with his full name, a 中黒 and a title', () => {
    assert.deepEqual(attribution('山田工場長は記者会見で、生産を早く戻す考えを示した。'), []);
  });
});

describe('a speaker named by one kanji or by a place, read as a whole word', () => {
  // Invented: a village clinic's figures, which the page gives to the village (its prefecture's name
  // opens the village's full name), and a dump's battery count, which the page gives to the town
  // after a sentence of the town's fire department.
  const CLINIC = inventedDocument(
    'c',
    '常盤県笹野村の診療所、医師確保に苦慮',
    [
      '村によると、常盤県笹野村の診療所は医師が1人しかいない。',
      '1日の患者数は平均約30人で、多くが高齢者だという。',
    ],
    { publishedAt: '2026-05-12T09:00:00+09:00' },
  );
  const DUMP = inventedDocument(
    'd',
    '柊岡町の処分場の火災、鎮火せず',
    [
      '柊岡町の最終処分場で火災があり、ごみの内部でくすぶり続けている。',
      '柊岡消防は、捨てられた電池が発火した可能性があるとみている。町によると、昨年度に集めた不燃ごみから見つかった電池は約900個にのぼった。',
    ],
    { publishedAt: '2026-05-12T09:00:00+09:00' },
  );
  const speakers = (text: string, document: ReturnType<typeof inventedDocument>) =>
    claimErrors(understanding, text, [document]).filter((finding) => finding.code === 'support.attribution');

  it('does not read 県 inside the full name of a village (常盤県笹野村) as the prefecture speaking', () => {
    assert.equal(speakers('県によると、診療所の1日の患者数は平均約30人だという。', CLINIC).length, 1);
    assert.deepEqual(speakers('村によると、診療所の1日の患者数は平均約30人だという。', CLINIC), []);
  });

  it('keeps a prefecture named where one sentence ends and the next begins (青葉県 / 同店を…)', () => {
    const shop = inventedDocument(
      'e',
      '弁当で食中毒、店を営業停止',
      [
        '青葉県は4日、緑川市の弁当店の弁当で30人が食中毒になったと発表した。',
        '同店を4日から3日間の営業停止処分とした。',
      ],
      { publishedAt: '2026-05-12T09:00:00+09:00' },
    );
    assert.deepEqual(speakers('県は、同店を3日間の営業停止処分とした。', shop), []);
  });

  it('does not read the town (柊岡町) as the fire department named after it (柊岡消防)', () => {
    assert.equal(speakers('柊岡消防によると、不燃ごみから見つかった電池は約900個に上る。', DUMP).length, 1);
    assert.deepEqual(speakers('町によると、不燃ごみから見つかった電池は約900個に上る。', DUMP), []);
  });
});

// A university the page names only by its 略称 (北大 for 北浜大学 in a dateline story).
const SHORT_NAME = inventedDocument(
  'abbr',
  '湖の泥から古い花粉 北大が分析',
  [
    '【北浜】湖の底の泥について、北大は5日、約3000年前の花粉が含まれていたと発表した。',
    '北大によると、花粉は杉のものが最も多かった。',
  ],
  { siteName: '浜風新聞', publishedAt: '2026-07-06T09:00:00+09:00' },
);

describe('checkClaim: a body named by its 略称 in the source (vfa22)', () => {
  const errors = (text: string) =>
    checkClaim(text, [understanding.of(SHORT_NAME)], understanding, { path: 'claim' })
      .findings.filter((finding) => finding.code === 'support.attribution')
      .map((finding) => finding.message);

  it('gives the words to the full name the 略称 stands for', () => {
    assert.deepEqual(errors('北浜大学は5日、約3000年前の花粉が含まれていたと発表した。'), []);
    assert.deepEqual(errors('北浜大学によると、花粉は杉のものが最も多かった。'), []);
  });

  it('still flags the words given to another body', () => {
    assert.equal(errors('浜風市によると、花粉は杉のものが最も多かった。').length, 1);
  });
});

// A harbour town's fishers after a storm: a fisher's worry and a union head's request, in their words.
const HARBOUR = inventedDocument(
  'h',
  '西浜港で漁船転覆相次ぐ',
  [
    '台風で西浜港の漁船12隻が転覆した。',
    '漁師の男性（63）は「網が流され、来月の漁に間に合うか不安だ」と話した。',
    '西浜漁協の組合長は「港の防波堤をかさ上げしてほしい」と話している。',
  ],
  { siteName: '西浜新報', publishedAt: '2026-09-02T09:00:00+09:00' },
);

describe('checkClaim: a state the speaker is in, told of the speaker (vfa24)', () => {
  const errors = (text: string) => claimErrors(understanding, text, [HARBOUR]).map((finding) => finding.code);

  it('accepts a feeling or a request held (ている), told of whom the source gives the words to', () => {
    assert.ok(
      !errors('漁師の男性は、来月の漁に間に合うか不安に思っている。').includes('support.attribution'),
    );
    assert.ok(
      !errors('西浜漁協の組合長は、港の防波堤のかさ上げを求めている。').includes('support.attribution'),
    );
  });

  it('still flags the words told as fact, of another topic, or as an act done', () => {
    assert.ok(errors('網が流され、来月の漁に間に合わない。').includes('support.attribution'));
    assert.ok(errors('西浜港は、防波堤のかさ上げを求めている。').includes('support.attribution'));
    assert.ok(errors('西浜漁協の組合長は、港の防波堤をかさ上げした。').includes('support.attribution'));
  });
});

describe('checkClaim: what a topic made known, without quotes, given to a body its neighbours name (vdet29)', () => {
  const TESTED = inventedDocument(
    'tested',
    '浜里の直売所、干物の販売を取りやめ',
    [
      '浜里町の直売所「しおかぜ市場」は、干物の販売を当面取りやめる。',
      '東辺県は8日、直売所で売られた干物から基準を超える菌が見つかったと発表した。',
      'しおかぜ市場は、購入した客に返品を呼びかけている。',
    ],
    { publishedAt: '2026-09-09T09:00:00+09:00' },
  );
  const errors = (text: string) => claimErrors(understanding, text, [TESTED]).map((finding) => finding.code);

  it('flags the finding given to the market, which the prefecture announced', () => {
    assert.ok(
      errors('しおかぜ市場は8日、直売所で売られた干物から基準を超える菌が見つかったと発表した。').includes(
        'support.attribution',
      ),
    );
  });

  it('keeps the finding given to the prefecture, by name or by kind (県は)', () => {
    assert.deepEqual(
      errors('東辺県は8日、直売所で売られた干物から基準を超える菌が見つかったと発表した。'),
      [],
    );
    assert.deepEqual(errors('県は8日、直売所で売られた干物から基準を超える菌が見つかったと発表した。'), []);
  });
});

describe('checkClaim: an account given as someone’s (X の話では) against the body the claim names (vdet29)', () => {
  const PIER = inventedDocument(
    'pier',
    '北津港の桟橋、板が外れる',
    [
      '北津町の北津港で6日、桟橋の板が外れ、町は桟橋を閉鎖した。',
      '釣り客の話では、桟橋の板は前の晩の高波で朝から外れかけていた。',
    ],
    { publishedAt: '2026-08-07T09:00:00+09:00' },
  );
  const errors = (text: string) => claimErrors(understanding, text, [PIER]).map((finding) => finding.code);

  it('flags the account given to the town, and keeps it given to the anglers', () => {
    assert.ok(
      errors('北津町によると、桟橋の板は前の晩の高波で朝から外れかけていた。').includes(
        'support.attribution',
      ),
    );
    assert.deepEqual(errors('釣り客によると、桟橋の板は前の晩の高波で朝から外れかけていた。'), []);
  });
});
