import assert from 'node:assert/strict';
import { before, describe, it } from 'node:test';
import { similarity } from '../../text/normalize.ts';
import { createTokenizer } from '../../text/tokenizer.ts';
import { createUnderstanding, type SourceSentence } from '../../understand/understand-document.ts';
import {
  type Candidate,
  CandidateOrder,
  englishQuote,
  isColour,
  isEditorialNote,
  isSameFact,
  isSimilar,
  ownOnCard,
  ownStatementsOnCard,
  readCandidates,
  restatedFactOf,
  ShownLines,
  SimilarSet,
  selectSummary,
  shorterQuoteOf,
} from './read-candidates.ts';

// Invented sentences; a candidate here needs only its sentence's text and its content keys.
const candidate = (text: string, keys: string[]): Candidate =>
  ({ sentence: { text } as SourceSentence, keys: new Set(keys) }) as unknown as Candidate;

const pool = [
  candidate('北川市は新しい図書館を来年春に開館すると発表した。', [
    '北川市',
    '図書館',
    '来年',
    '春',
    '開館',
    '発表',
  ]),
  candidate('北川市が新図書館を来春開館すると明らかにした。', ['北川市', '図書館', '来春', '開館']),
  candidate('図書館の建設費は約30億円に上る見通しだ。', ['図書館', '建設', '費', '億円', '見通し']),
  candidate('市長は記者会見で住民の理解を求めた。', ['市長', '記者', '会見', '住民', '理解']),
  candidate('南山町の工場で火災があり、従業員2人がけがをした。', [
    '南山町',
    '工場',
    '火災',
    '従業員',
    'けが',
  ]),
  candidate('南山町の工場で火災があり、従業員2人が軽いけがをした。', [
    '南山町',
    '工場',
    '火災',
    '従業員',
    '軽い',
    'けが',
  ]),
  candidate('火災の原因は調査中だという。', ['火災', '原因', '調査']),
  candidate('短い。', []),
  candidate('短い。', []),
];

describe('SimilarSet', () => {
  it('answers like comparing a candidate with every one taken', () => {
    for (let taken = 0; taken <= pool.length; taken++) {
      const set = new SimilarSet(new CandidateOrder(pool));
      for (const item of pool.slice(0, taken)) set.add(item);
      for (const item of pool)
        assert.equal(
          set.hasSimilar(item),
          pool.slice(0, taken).some((other) => isSimilar(other, item)),
          `${taken} taken, asked about ${item.sentence.text}`,
        );
    }
  });

  it('answers like comparing every pair when asked again as candidates are added', () => {
    const set = new SimilarSet(new CandidateOrder(pool));
    const taken: Candidate[] = [];
    for (const next of [...pool].reverse()) {
      for (const item of pool)
        assert.equal(
          set.hasSimilar(item),
          taken.some((other) => isSimilar(other, item)),
          `${taken.length} taken, asked about ${item.sentence.text}`,
        );
      set.add(next);
      taken.push(next);
    }
  });

  it('answers for word-for-word copies (another outlet carrying the same sentences) like comparing every pair', () => {
    // Each sentence again as another outlet's: the same text and keys, another sentence.
    const copies = pool.map((item) => candidate(item.sentence.text, [...item.keys]));
    const all = [...pool, ...copies];
    for (const order of [all, [...copies].reverse().concat(pool)]) {
      const set = new SimilarSet(new CandidateOrder(all));
      const taken: Candidate[] = [];
      for (const next of order.filter((_, i) => i % 3 === 0)) {
        for (const item of all)
          assert.equal(
            set.hasSimilar(item),
            taken.some((other) => isSimilar(other, item)),
            `${taken.length} taken, asked about ${item.sentence.text}`,
          );
        set.add(next);
        taken.push(next);
      }
    }
  });

  it('finds a near copy and leaves a different fact free', () => {
    const set = new SimilarSet(new CandidateOrder(pool));
    set.add(pool[4] as Candidate);
    assert.equal(set.hasSimilar(pool[5] as Candidate), true);
    assert.equal(set.hasSimilar(pool[3] as Candidate), false);
  });
});

describe('ShownLines', () => {
  // Invented lines: near copies (one word changed, full-width figures, spaces), other facts, and
  // texts of one character or none.
  const texts = [
    '北川市が新図書館を来年春に開館する',
    '北川市が新図書館を来年春に開館',
    '北川市が新図書館を来年 春に開館する',
    '北川市が新図書館を来年秋に開館する',
    '総工費は約30億円',
    '総工費は約３０億円',
    '総工費は約31億円',
    '市長は住民の理解を求めた',
    '南山町の工場で火災、従業員2人けが',
    '南山町の工場で火災、従業員3人けが',
    '火',
    '火',
    'ｶ',
    'カ',
    '',
  ];
  const brute = (lines: readonly string[], text: string, except: ReadonlySet<string>) =>
    lines.some((line) => !except.has(line) && (line === text || similarity(text, line) >= 0.9));

  it('says a text restates a shown line exactly when comparing it with every line does, in any filing order', () => {
    // The bigrams by text, and by how rare they are among some of the texts (as the engine files them).
    const orders = [undefined, new CandidateOrder(texts.slice(4).map((text) => candidate(text, []))).bigrams];
    for (const order of orders) {
      let restated = 0;
      for (let shown = 0; shown <= texts.length; shown += 3) {
        const lines = new ShownLines(texts.slice(0, shown), order);
        for (const except of [new Set<string>(), new Set(texts.slice(0, 2))])
          for (const text of texts) {
            const expected = brute(texts.slice(0, shown), text, except);
            if (expected) restated += 1;
            assert.equal(lines.restates(text, except), expected, `${shown} shown, ${text}`);
          }
      }
      // The near copies are found, not only the equal lines.
      assert.ok(restated > 20, `${restated}`);
    }
  });

  it('finds a near copy of a line added later and leaves another fact alone', () => {
    const lines = new ShownLines([]);
    lines.add('総工費は約30億円');
    assert.equal(lines.restates('総工費は約３０億円'), true);
    assert.equal(lines.restates('市長は住民の理解を求めた'), false);
    assert.equal(lines.has('総工費は約30億円'), true);
  });

  it('answers a text asked again, and other lines over the same filing order, as the first time', () => {
    // Invented lines; the tokens of a text are kept per filing order, shared by every ShownLines over it.
    const order = new CandidateOrder(
      ['灯台の点灯は毎晩七時', '港の桟橋を改修する'].map((text) => candidate(text, [])),
    ).bigrams;
    const first = new ShownLines(['灯台の点灯は毎晩七時'], order);
    const second = new ShownLines(['港の桟橋を改修する'], order);
    for (let round = 0; round < 2; round++) {
      assert.equal(first.restates('灯台の点灯は毎晩七時'), true);
      assert.equal(first.restates('港の桟橋を改修する'), false);
      assert.equal(second.restates('灯台の点灯は毎晩七時'), false);
      assert.equal(second.restates('港の桟橋を改修する'), true);
      assert.equal(first.restates('岬'), false);
    }
    second.add('岬');
    assert.equal(second.restates('岬'), true);
    assert.equal(first.restates('岬'), false);
  });
});

describe('selectSummary', () => {
  // Invented sentences: two the engine wrote, and quotable ones that carry more facts.
  let position = 0;
  const line = (
    text: string,
    facts: number,
    options: { written?: boolean; speech?: boolean; quote?: string } = {},
  ): Candidate =>
    ({
      sentence: {
        text,
        quotes: options.quote === undefined ? [] : [{ start: 0, end: 0, inner: options.quote }],
        clauses: [],
      } as unknown as SourceSentence,
      document: { lang: 'ja' },
      keys: new Set([...text]),
      facts,
      position: position++,
      speech: options.speech ?? false,
      outlook: false,
      ...(options.written === true ? { written: { text, start: 0, end: text.length } } : {}),
    }) as unknown as Candidate;
  const own = [
    line('北川市は新図書館を来年春に開館する。', 5, { written: true }),
    line('総工費は約30億円。', 4, { written: true }),
  ];

  it("quotes a key fact of the story, not someone's words nor a line that only introduces them", () => {
    const remark = line('山田市長は「市民の居間にしたい」と述べた。', 9, {
      speech: true,
      quote: '市民の居間にしたい',
    });
    const words = line('住民代表の女性は「夜も開けてほしい。子どもが使える」と注文をつけた。', 8, {
      quote: '夜も開けてほしい。子どもが使える',
    });
    const intro = line('図書館の担当者はこう打ち明ける。', 7);
    const fact = line('閲覧席は現在の2倍の400席に増え、蔵書も約20万冊に広げる。', 6);
    const chosen = selectSummary([...own, remark, words, intro, fact]);
    assert.deepEqual(
      chosen.map((candidate) => candidate.sentence.text),
      [...own, fact].map((candidate) => candidate.sentence.text),
    );
  });

  it('holds a card to its own facts with maxQuotes 0, and quotes a key fact only when too few are written', () => {
    const top = line('南浜町の漁協は8日、定置網の漁を今月いっぱい休むと決めた。', 9);
    const third = line('休漁の間、組合員には一人あたり5万円を支給する。', 3, { written: true });
    const texts = (chosen: Candidate[]) => chosen.map((candidate) => candidate.sentence.text);
    // (One quote allowed: the key fact the engine cannot write is quoted, the least own fact left out.)
    assert.deepEqual(texts(selectSummary([...own, third, top])), texts([...own, top]));
    assert.deepEqual(
      texts(selectSummary([...own, third, top], () => true, { maxQuotes: 0 })),
      texts([...own, third]),
    );
    // Two own facts only: the card still has three lines, the third quoted.
    assert.deepEqual(texts(selectSummary([...own, top], () => true, { maxQuotes: 0 })), texts([...own, top]));
  });

  it('quotes no key fact that only completes the sentence before it (…事故が起きたため。)', () => {
    const reason = line('3日夕、駅前の交差点でトラックが横転する事故が起きたため。', 9);
    const fact = line('閲覧席は現在の2倍の400席に増え、蔵書も約20万冊に広げる。', 6);
    const chosen = selectSummary([own[0] as Candidate, own[1] as Candidate, reason, fact]);
    assert.deepEqual(
      chosen.map((candidate) => candidate.sentence.text),
      [own[0], own[1], fact].map((candidate) => candidate?.sentence.text),
    );
  });

  it('takes the lead facts before a colour lede (a scene or a feeling), however many facts it holds', () => {
    const colour = line('5日朝、北川駅で電車を待っていた会社員の男性（42）は、ほっとした表情を見せた。', 9);
    const sigh = line('閉店を知った常連客の女性は、寂しそうに店を見つめた。', 8);
    const fact = line('閲覧席は現在の2倍の400席に増え、蔵書も約20万冊に広げる。', 6);
    const fact2 = line('新館の開館時間は午後9時まで延びる。', 5);
    const chosen = selectSummary([own[0] as Candidate, colour, sigh, fact, fact2], () => true, {
      maxQuotes: 2,
    });
    assert.deepEqual(
      chosen.map((candidate) => candidate.sentence.text),
      [own[0], fact, fact2].map((candidate) => candidate?.sentence.text),
    );
    assert.equal(isColour(colour.sentence), true);
    assert.equal(isColour(sigh.sentence), true);
    assert.equal(isColour(fact.sentence), false);
    assert.equal(isColour(line('市は住民の表情を記録する事業を始めた。', 3).sentence), false);
  });

  it("fills a card it can write little of with the long facts that say the most per character, not someone's account", () => {
    const english = (text: string, facts: number) => ({
      ...line(text, facts),
      document: { lang: 'en' } as Candidate['document'],
    });
    const lead = english(
      'KAKUU — The town of Kakuu opened its new library on Monday, ending a wait of almost ten years for a building that residents had asked for since 2016.',
      6,
    );
    const account = english(
      'Hana Mori, 27, who grew up in Kakuu, said she used to take a bus to the city library twice a month.',
      9,
    );
    const dense = english('The library holds 200,000 books and 400 seats, twice as many as the old one.', 6);
    const chosen = selectSummary([...own, lead, account, dense], () => true, { maxQuoteChars: 60 });
    assert.deepEqual(
      chosen.map((candidate) => candidate.sentence.text),
      [...own, dense].map((candidate) => candidate.sentence.text),
    );
    // With the account the only long fact left, the card still has its three lines.
    assert.equal(selectSummary([...own, account], () => true, { maxQuoteChars: 60 }).length, 3);
  });

  it('fills a card with a fact, not a direct quote, while any such sentence is left', () => {
    const english = (text: string, facts: number) => ({
      ...line(text, facts),
      document: { lang: 'en' } as Candidate['document'],
    });
    const quote = english(
      '"We will rebuild the old bridge before the winter comes," the mayor of Kakuu told us.',
      9,
    );
    const open = english('"Nobody here thought the river would rise so fast in a single afternoon.', 8);
    const fact = english(
      'The old bridge over the Kakuu River was built in 1931 and was last repaired in 1988.',
      3,
    );
    const chosen = selectSummary([...own, quote, open, fact], (candidate) => candidate !== fact, {
      maxQuoteChars: 60,
    });
    // The fact is taken though another card gives it (not free), before either quote.
    assert.deepEqual(
      chosen.map((candidate) => candidate.sentence.text),
      [...own, fact].map((candidate) => candidate.sentence.text),
    );
    // With only quotes left, the card still has its three lines.
    assert.equal(selectSummary([...own, quote, open], () => true, { maxQuoteChars: 60 }).length, 3);
  });

  it('reads a direct quote in English, not a name or a term in quotation marks', () => {
    assert.equal(englishQuote('"It is a sad day for the town," said the owner.'), true);
    assert.equal(englishQuote('“The repairs will take a year at least.'), true);
    assert.equal(englishQuote('The ferry "Blue Gull" returned to service on Monday.'), false);
    assert.equal(englishQuote('The ferry returned to service on Monday.'), false);
  });
});

describe('isSameFact', () => {
  // Invented news: one page with a fact restated in other words and facts that only share a date
  // or a figure.
  const sentences = [
    '新しいプールの総事業費は約12億円だ。',
    '架空市は新しいプールの建設に約12億円を投じる。',
    '新しいプールは2027年7月に開業する予定だ。',
    '架空市が建設する市民プールの開業は2027年7月になる。',
    '市議会の選挙は2027年7月に行われる。',
    '体育館の改修には約12億円がかかった。',
    '屋根付きの施設で、冬も泳げるようにする。',
    '夏休みには子ども向けの水泳教室を開く。',
  ];
  let byText: Map<string, Candidate>;
  before(async () => {
    const title = '架空市、市民プールを新設へ';
    const text = [title, ...sentences].join('\n\n');
    const understanding = createUnderstanding(await createTokenizer());
    const read = understanding.of({
      id: 'pool',
      url: 'https://kakuu-city.example/pool',
      title,
      publishedAt: '2026-05-12T09:00:00+09:00',
      lang: 'ja',
      text,
      titleSpan: [0, title.length],
      contentHash: 'sha256:pool',
    });
    byText = new Map(readCandidates(read).map((item) => [item.sentence.text, item]));
  });
  const of = (text: string) => {
    const found = byText.get(text);
    assert.ok(found !== undefined, text);
    return found;
  };

  it('tells a fact restated in other words by its figures, dates and a shared word', () => {
    for (const [a, b] of [
      [0, 1],
      [2, 3],
    ] as const)
      assert.ok(!isSimilar(of(sentences[a] as string), of(sentences[b] as string)), `${a}/${b}`);
    assert.ok(isSameFact(of(sentences[2] as string), of(sentences[3] as string)));
    assert.ok(isSameFact(of(sentences[0] as string), of(sentences[1] as string)));
  });

  // 2027年7月 shares 月 with any other month: a word of the date itself is not the thing dated.
  it('keeps apart facts that share only a date or a figure, and facts with neither', () => {
    assert.ok(!isSameFact(of(sentences[2] as string), of(sentences[4] as string)));
    assert.ok(!isSameFact(of(sentences[1] as string), of(sentences[5] as string)));
    assert.ok(!isSameFact(of(sentences[6] as string), of(sentences[7] as string)));
  });
});

describe('a page note about the page itself', () => {
  it('is no candidate; a fact the page added in an update is', async () => {
    // Invented page: an update note, a correction note and an added fact.
    const title = '架空市の花火大会、秋に延期';
    const lines = [
      '架空市の花火大会は、10月に延期して開かれることになった。',
      '【追記】実行委員会は31日、花火大会を10月17日に開くと発表した。',
      '※7月31日17時更新 実行委員会が発表した延期日程を加え、見出しと本文を更新しました。',
      '※29日の配信時、委員長の肩書を「副委員長」としていましたが、誤りでした。訂正しておわびします。',
    ];
    const text = [title, ...lines].join('\n\n');
    const read = createUnderstanding(await createTokenizer()).of({
      id: 'note',
      url: 'https://kakuu-city.example/fireworks',
      title,
      publishedAt: '2026-07-29T09:00:00+09:00',
      lang: 'ja',
      text,
      titleSpan: [0, title.length],
      contentHash: 'sha256:note',
    });
    const texts = readCandidates(read).map((item) => item.sentence.text);
    assert.ok(texts.includes(lines[1] as string), texts.join(' / '));
    assert.ok(!texts.some((line) => line.startsWith('※') || line.includes('おわび')), texts.join(' / '));
  });
});

describe('a card line over the quotation share, and a shorter quote for the body', () => {
  // Invented news: a broadcaster's lede joining two statements (AがXし、Yことが分かりました), too
  // close to its page for one own sentence; then facts of several lengths.
  const lines = [
    '東山市の南浜高校が期末試験の採点を誤り、本来は合格点だった生徒7人を追試の対象にしていたことが分かりました。',
    '学校によりますと、数学の答案を採点した教員が、配点表の古い版を使っていたということです。',
    '追試は7月20日に予定されていました。',
    '答案は約240枚ありました。',
    'しかし、その後の点検で別の誤りも見つかりました。',
    '生徒たちは驚いた様子でした。',
  ];
  let byText: Map<string, Candidate>;
  before(async () => {
    const title = '南浜高校で採点ミス';
    const text = [title, ...lines].join('\n\n');
    const read = createUnderstanding(await createTokenizer()).of({
      id: 'exam',
      url: 'https://higashiyama-tv.example/exam',
      title,
      publishedAt: '2026-07-15T12:00:00+09:00',
      lang: 'ja',
      text,
      titleSpan: [0, title.length],
      contentHash: 'sha256:exam',
    });
    byText = new Map(readCandidates(read).map((item) => [item.sentence.text, item]));
  });
  const of = (text: string) => {
    const found = byText.get(text);
    assert.ok(found !== undefined, text);
    return found;
  };

  it('gives a lede written as two statements of its own on the card only by ownStatementsOnCard', () => {
    const lede = of(lines[0] as string);
    assert.equal(ownOnCard(lede), false);
    assert.equal(ownStatementsOnCard(lede), true);
    const written = lede.written?.text ?? '';
    assert.equal(written.match(/。/gu)?.length, 2, written);
    assert.notEqual(written, lede.sentence.text);
    // A sentence written as one compact sentence is a card line already, not two statements.
    assert.equal(ownStatementsOnCard(of(lines[2] as string)), false);
  });

  it('quotes a shorter fact in place of a long one, never a sentence that leans on the one before', () => {
    const all = [...byText.values()];
    const long = of(lines[1] as string);
    const picked = shorterQuoteOf(long, all, () => true, 90);
    assert.ok(picked !== undefined);
    assert.ok([lines[2], lines[3], lines[0]].includes(picked.sentence.text), picked.sentence.text);
    assert.ok([...picked.sentence.text].length < [...long.sentence.text].length);
    // Taken ones are passed over; a sentence that leans on the one before (しかし、その…) is never
    // chosen, however many are taken.
    assert.notEqual(
      shorterQuoteOf(long, all, (candidate) => candidate !== picked, 90),
      picked,
    );
    for (let taken = 0; taken < all.length; taken++) {
      const free = (candidate: Candidate) => !all.slice(0, taken).includes(candidate);
      const any = shorterQuoteOf(long, all, free, 90);
      assert.ok(any === undefined || any.sentence.text !== lines[4], any?.sentence.text);
    }
    // Nothing shorter than the shortest.
    const shortest = all.sort((a, b) => a.sentence.text.length - b.sentence.text.length)[0] as Candidate;
    assert.equal(
      shorterQuoteOf(shortest, all, () => true, 90),
      undefined,
    );
  });
});

describe('isEditorialNote', () => {
  it('reads the page’s correction note under its label as a note about the page, not a fact', () => {
    // Invented notes in the two styles news uses: ※… おわびします, and 【訂正】… 訂正します.
    assert.ok(
      isEditorialNote(
        '※5日の配信時、橋の長さを「120メートル」としていましたが、誤りでした。訂正しておわびします。',
      ),
    );
    assert.ok(
      isEditorialNote('【訂正】7日配信の記事で、会場を「南ホール」としたのは「北ホール」の誤りでした。'),
    );
    assert.ok(isEditorialNote('【おわび】初版で市長の名前に誤りがありました。'));
    assert.ok(isEditorialNote('訂正します。'));
    // A story about a correction, and an added fact, are news.
    assert.ok(!isEditorialNote('市は広報誌の開催日に誤りがあったとして、訂正の放送を流した。'));
    assert.ok(!isEditorialNote('【追記】市は16日、説明会を開いた。'));
  });
  it('reads the page’s note of its own revision as a note about the page, not a fact', () => {
    // Invented notes: an edit of a part of the page, and an edit under the 【更新】 label.
    assert.ok(
      isEditorialNote('【更新】8日午後、町が説明会の日程を発表したことを受けて、第4段落を追加しました。'),
    );
    assert.ok(isEditorialNote('12日夕、組合が合意したため、第2段落を書き換えました。'));
    assert.ok(isEditorialNote('【更新】9日に県が公表した調査の結果を追記しました（5月9日18時）。'));
    assert.ok(isEditorialNote('【更新】その内容を追記し、見出しを改めました（4月2日9時）。'));
    // The label may carry the time of the update (invented).
    assert.ok(isEditorialNote('【6月3日20時更新】町が説明会を開いたことを追記しました。'));
    assert.ok(!isEditorialNote('【6月3日20時更新】町は3日、説明会を開いた。'));
    // A body's own revision, told as news, is no note of the page.
    assert.ok(!isEditorialNote('県は10日、被害の集計を修正しました。'));
    assert.ok(!isEditorialNote('【更新】市は16日、説明会を開いた。'));
    assert.ok(!isEditorialNote('協議会は規約の第3条を改めた。'));
  });
});

describe('restatedFactOf', () => {
  // Invented sentences; `written` is the writer's own form of a sentence, where it has one.
  const own = (text: string, written?: string): Candidate =>
    ({
      sentence: { text } as SourceSentence,
      keys: new Set<string>(),
      ...(written === undefined ? {} : { written: { text: written } }),
    }) as unknown as Candidate;
  const card = [
    own('桜野村は先週、水車小屋の修理を終えたと伝えた。', '桜野村は先週、水車小屋の修理を終えた。'),
    own('修理には村民およそ20人が加わったそうだ。'),
    own('小屋は来月から見学できるようになるという。', '小屋は来月から見学できるようになる。'),
  ];
  const hook = own('水車は江戸時代の終わりに造られたとされる。');

  it('gives a sentence not used yet, in its own words, before any shown one', () => {
    const left = own(
      '見学は予約制で、一度に10人までとなる予定だ。',
      '見学は予約制で、一度に10人までとなる。',
    );
    const shown = [card[1]?.sentence.text ?? '', hook.sentence.text];
    assert.equal(restatedFactOf([...card, hook, left], card, hook, [...card, hook], shown), left);
  });

  it('else restates a ✅ line shown quoted, never one whose own words are shown', () => {
    // The first ✅ line is shown in its own words; the third quoted: the body writes the third.
    const shown = [
      card[0]?.written?.text ?? '',
      card[1]?.sentence.text ?? '',
      card[2]?.sentence.text ?? '',
      hook.sentence.text,
    ];
    assert.equal(restatedFactOf([...card, hook], card, hook, [...card, hook], shown), card[2]);
  });

  it('gives none where every own form is shown already or none was written', () => {
    const shown = [
      ...card.map((candidate) => candidate.written?.text ?? candidate.sentence.text),
      hook.sentence.text,
    ];
    assert.equal(restatedFactOf([...card, hook], card, hook, [...card, hook], shown), undefined);
    // A sentence another section shows in the same own words is not given again either.
    const twin = own('小屋は来月から見学できるようになると話した。', '小屋は来月から見学できるようになる。');
    const elsewhere = own('別の記事の一文だ。', '小屋は来月から見学できるようになる。');
    assert.equal(
      restatedFactOf([...card, hook, twin], card, hook, [...card, hook, elsewhere], shown.slice(0, 2)),
      undefined,
    );
  });
});
