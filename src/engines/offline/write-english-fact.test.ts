import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { before, describe, it } from 'node:test';
import type { Document } from '../../domain/document.ts';
import { findQuantities, japaneseNumber } from '../../text/quantities.ts';
import { createTokenizer } from '../../text/tokenizer.ts';
import { createUnderstanding, type DocumentUnderstanding } from '../../understand/understand-document.ts';
import {
  japaneseQuantity,
  negativeOf,
  writeEnglishFact,
  writeEnglishSpeechFrame,
} from './write-english-fact.ts';

// Invented English news, written for these tests (a Friday page: 2026-03-13).
const TITLE = 'Kakuu town to rebuild its station';
const SENTENCES = [
  'KAKUU — The town of Kakuu will build a new train station in October 2028, officials said.',
  'The fare will rise from 200 yen to 250 yen for adult passengers.',
  'The company will cut 800 jobs by March 2028.',
  'The project is expected to cost about 3.2 billion yen.',
  'Prices rose by 5 percent in February, according to the town.',
  'The plan carries a total cost of about 8.6 billion yen over 10 years.',
  'Two towns agreed on Thursday to take over the tracks and stations of the Kakuu Line.',
  'The town will not raise the fare.',
  'The budget may cost more than planned.',
  '"We will keep the line," the mayor said.',
  'The town rehearsed a concert on Monday.',
];

// Two sentences of one paragraph: It stands for the subject of the first.
const PARAGRAPH =
  'The operator plans to build a new station by fiscal 2029. It aims to lift ridership to 2.4 million by fiscal 2031.';

function documentOf(): Document {
  const text = `${TITLE}\n\n${SENTENCES.join('\n\n')}\n\n${PARAGRAPH}`;
  return {
    id: 'en1',
    url: 'https://wire.example/kakuu-station',
    title: TITLE,
    publishedAt: '2026-03-13T09:00:00+09:00',
    lang: 'en',
    text,
    titleSpan: [0, TITLE.length],
    contentHash: `sha256:${createHash('sha256').update(text).digest('hex')}`,
  };
}

describe('writeEnglishFact', () => {
  let read: DocumentUnderstanding;
  const written = (index: number) => {
    const sentence = read.sentences.find((s) => s.text === SENTENCES[index]);
    assert.ok(sentence !== undefined, SENTENCES[index]);
    return writeEnglishFact(sentence, read.document.publishedAt)?.text;
  };
  before(async () => {
    read = createUnderstanding(await createTokenizer()).of(documentOf());
  });

  it('writes who does what and when, keeping will as 予定 and the speaker as によると', () => {
    assert.equal(written(0), '当局によると、Kakuu町は2028年10月に新たな駅を建設する予定だ。');
  });

  it('carries a change of an amount with whose amount it is', () => {
    assert.equal(written(1), '大人乗客の運賃は200円から250円に上がる予定だ。');
  });

  it('counts an object by its figure (800 jobs → 800人の雇用)', () => {
    assert.equal(written(2), '会社は2028年3月までに800人の雇用を削減する予定だ。');
  });

  it('keeps is expected to as 見通し, with the amount in Japanese figures', () => {
    assert.equal(written(3), '事業の費用は約32億円の見通しだ。');
  });

  it('keeps a past report as past, attributed to its source', () => {
    assert.equal(written(4), '町によると、価格は2月に5%上がった。');
  });

  it('gives a figure a thing carries (a total cost of …)', () => {
    assert.equal(written(5), '計画の総費用は約86億円だ。');
  });

  it('writes an agreement with the act agreed on, dated from the weekday', () => {
    assert.equal(written(6), '2町は3月12日にKakuu Lineの線路と駅を引き継ぐことで合意した。');
  });

  it('reads It as the subject of the sentence before, and a target figure in the counter of what it counts', () => {
    const sentence = read.sentences.find((s) => s.text.startsWith('It aims'));
    assert.ok(sentence !== undefined);
    assert.equal(
      writeEnglishFact(sentence, read.document.publishedAt)?.text,
      '運営会社は2031年度までに利用者数を240万人に引き上げる計画だ。',
    );
  });

  it('keeps a negation of the act in its Japanese form (will not raise → 引き上げない予定だ)', () => {
    assert.equal(written(7), '町は運賃を引き上げない予定だ。');
  });

  it('leaves a possible cost, direct quotes and unknown verbs to a quotation', () => {
    for (const index of [8, 9, 10]) assert.equal(written(index), undefined, SENTENCES[index]);
  });
});

// Invented: words of several senses, written in the sense their context decides (english-gloss.ts).
const SENSES_TEXT = [
  'The city of Kakuu will replace its trains with new railcars in May 2027.',
  'The town of Kakuu lifted the ban on night fishing on Monday.',
  'The council will submit a plan in June.',
  'A council of four towns was set up in 2024. The council will submit a plan in June.',
  'The town of Kakuu asked residents for their cooperation on Friday.',
  'The town of Kakuu asked residents about the plan.',
  'The city of Kakuu will close two schools. Mayor Taro Yamada asked residents for their understanding.',
  'Kakuu Mayor Taro Yamada asked residents for their understanding.',
  'A train derailed in Kakuu. Services between Kakuu and Nishi have been suspended.',
  'Kakuu Bus will cut routes. Weekday services will fall from 120 to 96 a day.',
  'Services between Kakuu and Nishi have been suspended.',
  'Two passengers were taken to hospital on Sunday.',
  'The union, which has about 1,200 members, is demanding a monthly pay increase of 12,000 yen.',
  'Kakuu Transport has offered 6,000 yen.',
  'Kakuu Transport posted an operating loss of about 320 million yen in fiscal 2025.',
  'About 900 workers took part in the strike.',
  'The town of Kakuu is closing its two swimming pools.',
  'Hoshi Works, a startup, built a factory in Kakuu. Hoshi said the factory cost about 2 billion yen.',
  'Kakuu Railway President Jiro Sato apologized on Tuesday.',
  'Kakuu Rail President Jiro Sato apologized on Tuesday.',
  'The town of Kakuu lifted the ban on Monday.',
];

describe('writeEnglishFact: words of several senses', () => {
  let reads: DocumentUnderstanding[];
  before(async () => {
    const understanding = createUnderstanding(await createTokenizer());
    reads = SENSES_TEXT.map((body, i) => {
      const text = `Kakuu news\n\n${body}`;
      return understanding.of({
        ...documentOf(),
        id: `s${i}`,
        text,
        titleSpan: [0, 10],
        contentHash: `sha256:${createHash('sha256').update(text).digest('hex')}`,
      });
    });
  });
  const writtenAt = (i: number, start: string) => {
    const read = reads[i] as DocumentUnderstanding;
    const sentence = read.sentences.find((s) => s.text.startsWith(start));
    assert.ok(sentence !== undefined, start);
    return writeEnglishFact(sentence, read.document.publishedAt, read.document.text.slice(0, sentence.start))
      ?.text;
  };

  it('writes replace X with Y as XをYに置き換える, and lift a ban as 解除', () => {
    assert.equal(writtenAt(0, 'The city'), 'Kakuu市は2027年5月に列車を新たな車両に置き換える予定だ。');
    assert.equal(writtenAt(20, 'The town'), 'Kakuu町は3月9日に禁止措置を解除した。');
    // The ban on night fishing: 禁止措置を解除した alone would say every ban was lifted (a quotation).
    assert.equal(writtenAt(1, 'The town'), undefined);
  });

  it('names a definite council by its earlier mention, and leaves one with none to a quotation', () => {
    assert.equal(writtenAt(2, 'The council'), undefined);
    assert.equal(writtenAt(3, 'The council'), '協議会は6月に計画を提出する予定だ。');
  });

  it('writes ask X for Y as XにYを求める, and leaves ask of another use to a quotation', () => {
    assert.equal(writtenAt(4, 'The town'), 'Kakuu町は3月13日に住民に協力を求めた。');
    assert.equal(writtenAt(5, 'The town'), undefined);
  });

  it('writes a title after the name, a mayor by the municipality the text reports, else a quotation', () => {
    assert.equal(writtenAt(6, 'Mayor'), 'Taro Yamada市長は住民に理解を求めた。');
    assert.equal(writtenAt(7, 'Kakuu Mayor'), undefined);
    // The body the title heads, before it: a company's president by the company (社長).
    assert.equal(writtenAt(18, 'Kakuu Railway'), 'Kakuu Railway社長のJiro Satoは3月10日に謝罪した。');
    // A president of no stated kind of body: no English title is left in the Japanese sentence.
    assert.equal(writtenAt(19, 'Kakuu Rail'), undefined);
  });

  it('writes transport services (運行, counted in 便) where the text is about transport, else leaves them', () => {
    assert.equal(writtenAt(8, 'Services'), 'KakuuとNishiの間の運行は停止された。');
    assert.equal(writtenAt(9, 'Weekday'), '平日運行は1日120便から96便に減る予定だ。');
    assert.equal(writtenAt(10, 'Services'), undefined);
  });

  it('writes the words of wage talks and results: an ongoing demand, an amount offered, a loss posted', () => {
    assert.equal(writtenAt(12, 'The union'), '労働組合は月額1万2000円の賃上げを要求している。');
    assert.equal(writtenAt(13, 'Kakuu Transport'), 'Kakuu Transportは6000円を提示した。');
    assert.equal(
      writtenAt(14, 'Kakuu Transport'),
      'Kakuu Transportは2025年度に約3億2000万円の営業損失を計上した。',
    );
    assert.equal(writtenAt(15, 'About'), '約900人の従業員はストライキに参加した。');
  });

  it('writes the progressive of an act that does not last as the act (閉鎖する), and a verb an amount follows', () => {
    assert.equal(writtenAt(16, 'The town'), 'Kakuu町は2か所のプールを閉鎖する。');
    // Hoshi opens a sentence, and the body spells it as the first word of a longer name: a name.
    assert.equal(writtenAt(17, 'Hoshi said'), 'Hoshiによると、工場の費用は約20億円だった。');
  });

  it('writes were taken to hospital as 病院に搬送された', () => {
    assert.equal(writtenAt(11, 'Two'), '2人の乗客は3月8日に病院に搬送された。');
  });
});

describe('japaneseQuantity', () => {
  it('writes English figures the Japanese way', () => {
    assert.equal(japaneseNumber(8_600_000_000), '86億');
    assert.equal(japaneseNumber(214_000), '21万4000');
    assert.equal(japaneseNumber(1.8), '1.8');
    const [money] = findQuantities('about $3.2 billion');
    assert.ok(money !== undefined);
    assert.equal(japaneseQuantity(money), '約32億ドル');
  });

  it('keeps a bound and a vague scale (more than 300 → 300人超, several hundred → 数百人)', () => {
    const written = (text: string) =>
      findQuantities(text)
        .map((quantity) => japaneseQuantity(quantity, '人'))
        .join(' ');
    assert.equal(written('more than 300 people'), '300人超');
    assert.equal(written('at least 12 people'), '12人以上');
    assert.equal(written('up to 500 yen'), '最大500円');
    assert.equal(written('fewer than 10 buses'), '10人未満');
    assert.equal(written('several hundred people'), '数百人');
  });
});

describe('writeEnglishFact: a report that opens the sentence (X said …)', () => {
  // Invented English news, written for this test (a Friday page: 2026-03-13).
  const REPORTS = [
    'The town of Kakuu said on Monday it will build a new train station in October 2028.',
    'Kakuu Rail, the operator of the line, said Tuesday that the fare will rise from 200 yen to 250 yen for adult passengers.',
    'The mayor said the town wants a new station.',
    'The town of Kakuu said on Monday it would build a new train station in October 2028.',
    'Kakuu Rail, the operator of the line, said Tuesday that the fare would rise from 200 yen to 250 yen for adult passengers.',
    'The fare would rise from 200 yen to 250 yen if the town agreed.',
    'The fare would rise from 200 yen to 250 yen.',
    'Kakuu Rail said the fare would have risen to 250 yen.',
  ];
  let read: DocumentUnderstanding;
  const written = (index: number) => {
    const sentence = read.sentences.find((s) => s.text === REPORTS[index]);
    assert.ok(sentence !== undefined, REPORTS[index]);
    return writeEnglishFact(sentence, read.document.publishedAt)?.text;
  };
  before(async () => {
    const text = `${TITLE}\n\n${REPORTS.join('\n\n')}`;
    read = createUnderstanding(await createTokenizer()).of({
      ...documentOf(),
      text,
      contentHash: `sha256:${createHash('sha256').update(text).digest('hex')}`,
    });
  });

  it("tells the speaker's own act (X said it will …) as its report, the subject left unsaid", () => {
    assert.equal(written(0), 'Kakuu町によると、2028年10月に新たな駅を建設する予定だ。');
  });

  it('keeps a speaker set off by an apposition, and what it reports about something else', () => {
    assert.equal(written(1), 'Kakuu Railによると、大人乗客の運賃は200円から250円に上がる予定だ。');
  });

  it('still quotes what the report says in words the vocabulary lacks', () => {
    assert.equal(written(2), undefined);
  });

  it('reads would in a past report as the will it reports, moved back a tense', () => {
    assert.equal(written(3), 'Kakuu町によると、2028年10月に新たな駅を建設する予定だ。');
    assert.equal(written(4), 'Kakuu Railによると、大人乗客の運賃は200円から250円に上がる予定だ。');
  });

  it('keeps would a quotation outside a report, or as a condition (would have)', () => {
    assert.equal(written(5), undefined);
    assert.equal(written(6), undefined);
    assert.equal(written(7), undefined);
  });
});

describe('writeEnglishFact: the common shapes of news English', () => {
  // Invented English news, written for this test (a Friday page: 2026-03-13).
  const NEWS = [
    'Police arrested a 52-year-old man on Tuesday.',
    'About 300 residents were evacuated on Sunday.',
    'The budget was approved by the city assembly on Friday.',
    'The city decided on Monday to build a new library.',
    'Ridership fell to about 1.2 million passengers a year from about 2.3 million.',
    'The Kogane Bank has 320 employees.',
    'Kuzu Transport said it will abolish five bus routes and cut 20 jobs.',
    'The festival was cancelled on Monday.',
  ];
  // Shapes the plain sentence would change: each stays a quotation.
  const LEFT = [
    // A modifier that changes who is meant.
    'The former mayor of the town was arrested on Monday.',
    // A capitalised first word that the text never spells so inside a sentence is no name.
    'Repairs between Oriha and Kuzu have been suspended.',
    // provide Y with X turns the object round.
    'The company will provide the town with 40 buses.',
    // What the court ruled is in the that-clause.
    'The court ruled on Friday that the dismissal was illegal.',
    // to B from A in 2018: whose date it is is left open.
    'Ridership has fallen to about 1.2 million passengers a year from about 2.3 million in fiscal 2018.',
    // A figure joined by a hyphen measures the noun; it does not count it.
    'A 612-meter bridge was closed on Monday.',
    // A verb followed by an -ing word takes a clause, not a noun phrase (helping pay is no 賃金).
    'The town will consider helping pay for the new library.',
  ];
  let read: DocumentUnderstanding;
  const written = (line: string) => {
    const sentence = read.sentences.find((s) => s.text === line);
    assert.ok(sentence !== undefined, line);
    return writeEnglishFact(sentence, read.document.publishedAt, read.document.text.slice(0, sentence.start))
      ?.text;
  };
  // Sentences read alone, each on its own page of the same date.
  const writtenOf = (line: string) => {
    const text = `${TITLE}\n\n${line}`;
    const page = understanding.of({
      ...documentOf(),
      text,
      contentHash: `sha256:${createHash('sha256').update(text).digest('hex')}`,
    });
    const sentence = page.sentences.find((s) => s.text === line);
    assert.ok(sentence !== undefined, line);
    return writeEnglishFact(sentence, page.document.publishedAt, page.document.text.slice(0, sentence.start))
      ?.text;
  };
  // The second sentence of a two-sentence paragraph, read after the first on its own page.
  const secondOf = (first: string, second: string) => {
    const text = `${TITLE}\n\n${first} ${second}`;
    const page = understanding.of({
      ...documentOf(),
      text,
      contentHash: `sha256:${createHash('sha256').update(text).digest('hex')}`,
    });
    const sentence = page.sentences.find((s) => s.text === second);
    assert.ok(sentence !== undefined, second);
    return writeEnglishFact(sentence, page.document.publishedAt, text.slice(0, sentence.start))?.text;
  };
  let understanding: ReturnType<typeof createUnderstanding>;
  before(async () => {
    understanding = createUnderstanding(await createTokenizer());
    const text = `${TITLE}\n\n${[...NEWS, ...LEFT].join('\n\n')}`;
    read = understanding.of({
      ...documentOf(),
      text,
      contentHash: `sha256:${createHash('sha256').update(text).digest('hex')}`,
    });
  });

  it('writes the verbs of crime and emergencies, an age before a person, and a passive as what the subject underwent', () => {
    assert.equal(written(NEWS[0] as string), '警察は3月10日に52歳の男性を逮捕した。');
    assert.equal(written(NEWS[1] as string), '約300人の住民は3月8日に避難した。');
    assert.equal(written(NEWS[7] as string), '祭りは3月9日に中止された。');
  });

  it('tells a passive with its agent as the agent’s act, and a decision with the act decided', () => {
    assert.equal(written(NEWS[2] as string), '市議会は3月13日に予算を承認した。');
    assert.equal(written(NEWS[3] as string), '市は3月9日に新たな図書館を建設することを決めた。');
  });

  it('reads a change written to B from A, with its rate, and a count a subject has', () => {
    assert.equal(written(NEWS[4] as string), '利用者数は年間約230万人から約120万人に下がった。');
    assert.equal(written(NEWS[5] as string), 'Kogane Bankの従業員は320人だ。');
  });

  it('writes the first of two acts joined by and, counting the object by its own counter', () => {
    assert.equal(written(NEWS[6] as string), 'Kuzu Transportによると、バス5路線を廃止する予定だ。');
  });

  it('reads a bare weekday in a clause that looks ahead as the coming one, past a non-restrictive clause', () => {
    assert.equal(
      writtenOf(
        'Oriha Junior High School, which is near the river, will be closed from Monday, the city board of education said.',
      ),
      '市教育委員会によると、Oriha Junior High Schoolは3月16日から閉鎖される予定だ。',
    );
    assert.equal(writtenOf('The festival was cancelled on Monday.'), '祭りは3月9日に中止された。');
  });

  it('reads a date that opens the sentence, and a name with the digits of a model', () => {
    assert.equal(
      writtenOf('In April, the town will raise water rates by 10 percent.'),
      '町は4月に水道料金を10%引き上げる予定だ。',
    );
    assert.equal(
      writtenOf('Kuzu Aerospace said Friday it will launch the Tsubame-2 satellite in May.'),
      'Kuzu Aerospaceによると、5月にTsubame-2衛星を打ち上げる予定だ。',
    );
  });

  it('names what opens, ends an object before a bare date, and reads a weather warning', () => {
    assert.equal(
      writtenOf('The town plans to open a new library in April 2027.'),
      '町は2027年4月に新たな図書館を開館する計画だ。',
    );
    // A relative year with no preposition says when, as in does.
    assert.equal(
      writtenOf('The firm laid off 500 employees last year.'),
      '企業は2025年に500人の従業員を解雇した。',
    );
    assert.equal(
      writtenOf('The prefecture issued a heavy rain warning on Sunday.'),
      '県は3月8日に大雨警報を発表した。',
    );
  });

  it('writes an object with the particle its verb takes (protest → に抗議する)', () => {
    assert.equal(writtenOf('Residents protested the decision on Sunday.'), '住民は3月8日に決定に抗議した。');
  });

  it('keeps a bound on a count, and a report said in a statement', () => {
    assert.equal(
      writtenOf('More than 300 residents were evacuated, officials said in a statement.'),
      '当局によると、300人超の住民は避難した。',
    );
  });

  it('reads what a verb acts on past the comma of a figure (30,000 cars, 1,200 jobs)', () => {
    assert.equal(writtenOf('The company recalled 30,000 cars.'), '会社は3万台の車を回収した。');
    assert.equal(writtenOf('The firm will cut 1,200 jobs.'), '企業は1200人の雇用を削減する予定だ。');
    assert.equal(
      writtenOf('Toyama Steel will close two plants in 2027 and cut 1,000 jobs.'),
      'Toyama Steelは2027年に2工場を閉鎖する予定だ。',
    );
  });

  it('leaves to a quotation what the plain shape would change', () => {
    for (const line of LEFT) assert.equal(written(line), undefined, line);
  });

  it('reads past a dateline that names its region (ORIHA, Kogane Prefecture —)', () => {
    assert.equal(
      writtenOf('ORIHA, Kogane Prefecture — The town of Oriha will build a new library in October 2028.'),
      'Oriha町は2028年10月に新たな図書館を建設する予定だ。',
    );
  });

  it('gives both dates of an act done on two (in June and July → 6月と7月に), never the first alone', () => {
    assert.equal(
      writtenOf('The town of Oriha will hold meetings in June and July.'),
      'Oriha町は6月と7月に会合を開催する予定だ。',
    );
    assert.equal(
      writtenOf('The town of Oriha will hold meetings in June.'),
      'Oriha町は6月に会合を開催する予定だ。',
    );
  });

  it('reads …, it said as the subject of the sentence before only when the sentence names none of its own', () => {
    // Invented: the second sentence of a paragraph, its report closed by it said.
    assert.equal(
      secondOf('The town of Oriha opened a library.', 'It will raise the fare to 250 yen, it said.'),
      'Oriha町によると、Oriha町は運賃を250円に引き上げる予定だ。',
    );
    // The operator has 40 employees, it said: the operator's report, not the fares' (バス運賃によると).
    // Which one it stands for is not read: left to a quotation.
    assert.equal(
      secondOf('Bus fares will not change.', 'The operator has 40 employees, it said.'),
      undefined,
    );
  });

  it('writes He or She at the head of a sentence as the one person the sentence before names', () => {
    // The subject of the sentence before, and the speaker of its report.
    assert.equal(
      secondOf('Mayor Jiro Tanabe opened the new library on Monday.', 'He will raise bus fares in April.'),
      'Jiro Tanabe町長は4月にバス運賃を引き上げる予定だ。',
    );
    assert.equal(
      secondOf('"We owe the riders a lot," Mayor Jiro Tanabe said.', 'He approved the budget bill.'),
      'Jiro Tanabe町長は予算案を承認した。',
    );
    // Two people named before: which one is not read.
    assert.equal(
      secondOf('Mayor Jiro Tanabe met Governor Emi Hoshi on Monday.', 'She approved the budget bill.'),
      undefined,
    );
    // No person named before: a body is not a he.
    assert.equal(secondOf('The town of Oriha opened a library.', 'He approved the budget bill.'), undefined);
  });

  it('writes the meetings where an authority explains a plan (説明会), counted in 回', () => {
    // At six community halls is where they are held: a place the writer cannot say, so a quotation.
    assert.equal(
      writtenOf('The town plans to hold information sessions at six community halls in July.'),
      undefined,
    );
    assert.equal(
      writtenOf('The town plans to hold information sessions in July.'),
      '町は7月に説明会を開催する計画だ。',
    );
    assert.equal(
      writtenOf('Officials plan to hold about 30 briefings in June.'),
      '当局は6月に約30回の説明会を開催する計画だ。',
    );
    // Briefings for farmers are not briefings for all: without a phrase for them, a quotation.
    assert.equal(writtenOf('Officials plan to hold about 30 briefings for farmers in June.'), undefined);
  });

  it('writes an event put on the calendar (is scheduled for) as 予定されている, and only with nothing after its date', () => {
    assert.equal(writtenOf('The briefing is scheduled for July 9.'), '説明会は7月9日に予定されている。');
    assert.equal(
      writtenOf('The ceremony is scheduled for July 9, the town said.'),
      '町によると、式典は7月9日に予定されている。',
    );
    // A place or a time of day after the date would be left out: the sentence stays a quotation.
    assert.equal(writtenOf('The briefing is scheduled for July 9 at the town office.'), undefined);
    // Scheduled for something that is not a date says what is planned, not when.
    assert.equal(writtenOf('The town is scheduled for a vote on the plan.'), undefined);
  });

  it('writes with the general news vocabulary (english-news-words.ts): events, charges, rules, counts', () => {
    assert.equal(writtenOf('A fire broke out in the town on Monday.'), '火災は3月9日に町で発生した。');
    // At a vacant house in the town: both places said, the later one where the first is.
    assert.equal(
      writtenOf('A fire broke out at a vacant house in the town on Monday.'),
      '火災は3月9日に町の空き家で発生した。',
    );
    assert.equal(
      writtenOf('The town will collect an accommodation tax from April.'),
      '町は4月から宿泊税を徴収する予定だ。',
    );
    assert.equal(writtenOf('The ordinance will take effect in April.'), '条例は4月に施行される予定だ。');
    assert.equal(writtenOf("The company's sales reached 3 billion yen."), '会社の売上高は30億円に達した。');
    // A word of no decided sense still leaves the sentence to a quotation (she collected her thoughts).
    assert.equal(writtenOf('The mayor collected her thoughts on Monday.'), undefined);
  });

  it('writes a deadline or a year it can date (by 2030 → 2030年までに, in spring 2028, late in a month)', () => {
    assert.equal(
      writtenOf('The city will rebuild the bridge by 2030.'),
      '市は2030年までに橋を再建する予定だ。',
    );
    assert.equal(
      writtenOf('The town plans to open a new library in 2029.'),
      '町は2029年に新たな図書館を開館する計画だ。',
    );
    assert.equal(
      writtenOf('The city will open the library in spring 2028.'),
      '市は2028年春に図書館を開館する予定だ。',
    );
    assert.equal(
      writtenOf('The town will open the library by late July.'),
      '町は7月下旬までに図書館を開館する予定だ。',
    );
  });

  it('leaves to a quotation a sentence whose object or act has a phrase the writer would drop', () => {
    // The object's own phrase (restrictions on water use, the fee for children): without it the
    // sentence says something wider than the source.
    assert.equal(writtenOf('The town will ease restrictions on water use.'), undefined);
    assert.equal(writtenOf('The city will waive the fee for children.'), undefined);
    assert.equal(writtenOf('The city will build a new library for children.'), undefined);
    // The act's (distribute … to evacuees, build … with a budget of …, hold … as …, evacuated to …).
    assert.equal(writtenOf('The prefecture will distribute relief supplies to evacuees.'), undefined);
    assert.equal(writtenOf('The city will build a library with a budget of 2 billion yen.'), undefined);
    assert.equal(writtenOf('The town will hold a festival as a fundraiser.'), undefined);
    assert.equal(writtenOf('About 300 residents were evacuated to a school.'), undefined);
    // A figure inside the phrase left out does not make it told (an order for two districts).
    assert.equal(writtenOf('The town issued an evacuation order on Sunday for two districts.'), undefined);
    // A date the writer cannot say is not left out either (early in a year: a quotation).
    assert.equal(writtenOf('The city will rebuild the bridge by early 2030.'), undefined);
  });

  it('reads a phrase inside another as its own (of after a place, with after a time), not as the act’s', () => {
    // at a meeting of the town assembly: the of belongs to the meeting, the place the writer says (…で).
    assert.equal(
      writtenOf('The plan is scheduled to be put to a vote at a meeting of the town assembly on June 2.'),
      '計画は6月2日に町議会の会合で採決される予定だ。',
    );
    assert.equal(
      writtenOf('The plan is scheduled to be put to a vote on June 2.'),
      '計画は6月2日に採決される予定だ。',
    );
    // after talks with the prefecture: the with belongs to the talks, a time after the act — said
    // before the time (県との協議の後、), never dropped (offline35); a meeting with X is not said: quoted.
    assert.equal(
      writtenOf('The town plans to open a new library in 2029 after talks with the prefecture.'),
      '町は県との協議の後、2029年に新たな図書館を開館する計画だ。',
    );
    assert.equal(
      writtenOf('The town plans to open a new library in 2029 after a meeting with the prefecture.'),
      undefined,
    );
    // A second act after the first one's date (and widen …): left unsaid, as a second act is.
    assert.equal(
      writtenOf('The town plans to open a new library by 2029 and widen the road to four lanes.'),
      '町は2029年までに新たな図書館を開館する計画だ。',
    );
    // What an amount is the cost of: 費用 says it.
    assert.equal(
      writtenOf('The library is expected to cost about 1.5 billion yen to build.'),
      '図書館の費用は約15億円の見通しだ。',
    );
  });

  it('says where the act takes place (in / at a name or a municipality) or leaves the sentence quoted', () => {
    assert.equal(
      writtenOf('The town will open a new library in Kakuu in April.'),
      '町は4月にKakuuで新たな図書館を開館する予定だ。',
    );
    assert.equal(
      writtenOf('The company will build a factory in the city of Hagigaoka in May.'),
      '会社は5月にHagigaoka市で工場を建設する予定だ。',
    );
    assert.equal(writtenOf('The city will build a factory in the town.'), '市は町で工場を建設する予定だ。');
    // At and a noun phrase the writer can say is where (or at whose request) the act is done.
    assert.equal(writtenOf('A fire broke out at a vacant house.'), '火災は空き家で発生した。');
    assert.equal(
      writtenOf('The town will hold a festival at the request of the prefecture.'),
      '町は県の要請で祭りを開催する予定だ。',
    );
    // At a cost of a figure is no place: left in the clause, the sentence stays a quotation.
    assert.equal(writtenOf('The city will build a library at a cost of 2 billion yen.'), undefined);
    // A place or a time the writer cannot say (during the summer, at a former school): a quotation.
    assert.equal(writtenOf('The town will hold a festival during the summer.'), undefined);
    assert.equal(writtenOf('The city will build a factory at a former school.'), undefined);
    // In after another phrase belongs to that phrase's noun (the room in Fukami City), not the act's.
    assert.equal(writtenOf('The flights are monitored from the control room in Fukami City.'), undefined);
    // After a comma, a place or a time of the act is not cut off as detail.
    assert.equal(writtenOf('The town held a festival in Kakuu, Kogane Prefecture, in July.'), undefined);
    assert.equal(writtenOf('The town will open the library, in April.'), undefined);
  });

  it('says a present passive as a state (〜されている), a past one as what happened', () => {
    // are monitored tells what is done as a rule: not 監視された, an act in the past.
    assert.equal(
      writtenOf('The rivers are monitored in the city of Hagigaoka.'),
      '川はHagigaoka市で監視されている。',
    );
    assert.equal(writtenOf('The rivers were monitored on Monday.'), '川は3月9日に監視された。');
    assert.equal(writtenOf('The rivers will be monitored in the city.'), '川は市で監視される予定だ。');
    // With its agent, a present passive is left to a quotation (read as the agent's act: 市は…川を監視した).
    assert.equal(writtenOf('The rivers are monitored by the city on Monday.'), undefined);
  });

  it('says a noun once where the noun after it takes in its sense (the town assembly → 町議会)', () => {
    assert.equal(
      writtenOf('The town assembly approved the plan on Monday.'),
      '町議会は3月9日に計画を承認した。',
    );
  });

  it('says a location after a noun phrase before it (officials in X → Xの当局), never drops it', () => {
    assert.equal(
      writtenOf('Officials in Kuruno Prefecture will tighten water restrictions in April.'),
      'Kuruno Prefectureの当局は4月に水規制を強化する予定だ。',
    );
  });

  it('says a modifier before a name it can say, and leaves a name with one it cannot to a quotation', () => {
    assert.equal(
      writtenOf('The new Misuzu Valley Railway will open in April.'),
      '新たなMisuzu Valley Railwayは4月に開業する予定だ。',
    );
    assert.equal(writtenOf('The loss-making Misuzu Valley Railway will open in April.'), undefined);
    assert.equal(writtenOf('The struggling Misuzu Valley Railway will open in April.'), undefined);
  });

  it('says a time or cause after the act (after / because of a noun phrase), or leaves the sentence (offline35)', () => {
    // Invented. A noun phrase the writer can say: Xの後、/ Xのため、 before the time.
    assert.equal(
      writtenOf('The town will raise fares after the storm.'),
      '町は嵐の後、運賃を引き上げる予定だ。',
    );
    assert.equal(
      writtenOf('The town will raise fares from April because of the typhoon.'),
      '町は台風のため、4月から運賃を引き上げる予定だ。',
    );
    assert.equal(writtenOf('The town will raise fares from April.'), '町は4月から運賃を引き上げる予定だ。');
    // A clause, a gerund or a phrase it cannot say: never cut (the line would say less), and the
    // clause's figure is not the act's (was 運賃を18%に引き上げる).
    assert.equal(
      writtenOf('The city will raise fares from Saturday after the dam fell to 18 percent.'),
      undefined,
    );
    assert.equal(writtenOf('Three visitors were taken to hospital after feeling dizzy.'), undefined);
    assert.equal(writtenOf('The town will raise fares while the bridge is rebuilt.'), undefined);
    // A phrase the main clause's comma cuts (after the storm, the worst in a decade, hit …) is not the storm.
    assert.equal(
      writtenOf(
        'The town will raise fares from April after the storm, the worst in a decade, hit the coast.',
      ),
      undefined,
    );
  });

  it('says a part of the day after a day (Saturday morning → 3月14日朝), never drops it (offline35)', () => {
    assert.equal(
      writtenOf('The city will raise fares from Saturday morning.'),
      '市は3月14日朝から運賃を引き上げる予定だ。',
    );
    assert.equal(writtenOf('The city raised fares on Monday night.'), '市は3月9日夜に運賃を引き上げた。');
    assert.equal(writtenOf('The city raised fares on Monday.'), '市は3月9日に運賃を引き上げた。');
  });

  it('leaves an act whose object it cannot say, and a first act whose date may follow the second (offline35)', () => {
    // opened a counseling desk: 開館した alone would tell another act.
    assert.equal(writtenOf('The city opened a counseling desk on Tuesday.'), undefined);
    assert.equal(writtenOf('The city opened a library on Tuesday.'), '市は3月10日に図書館を開館した。');
    // from April 1 may be when both acts happen: the first told without it says less.
    assert.equal(writtenOf('The town will raise fares and cut bus routes from April 1.'), undefined);
    assert.equal(
      writtenOf('The town will raise fares from April 1 and cut bus routes.'),
      '町は4月1日から運賃を引き上げる予定だ。',
    );
  });

  it('leaves a sentence whose modal verb the vocabulary lacks, not the verb of another clause after it', () => {
    // will ration …: the verb found (fell) is the dam's, in the clause after it.
    assert.equal(
      writtenOf('Officials will ration water after the dam fell to 18 percent of capacity.'),
      undefined,
    );
  });

  it('says the modifier before a noun, or writes nothing: never the bare noun, wider than the source', () => {
    // Invented. A modifier the writer can say is said (subject, object, complement, after a figure).
    assert.equal(
      writtenOf('The city of Kakuu will replace its buses with electric buses in April.'),
      'Kakuu市は4月にバスを電気バスに置き換える予定だ。',
    );
    assert.equal(
      writtenOf('The company will cut 300 existing jobs in May.'),
      '会社は5月に300人の既存の雇用を削減する予定だ。',
    );
    assert.equal(
      writtenOf('Local residents will hold a festival in July.'),
      '地元住民は7月に祭りを開催する予定だ。',
    );
    assert.equal(
      writtenOf('The firm plans to replace six aging railcars by fiscal 2028.'),
      '企業は2028年度までに6両の老朽車両を更新する計画だ。',
    );
    assert.equal(
      writtenOf('The town will raise monthly school lunch fees from April.'),
      '町は4月から月額給食料金を引き上げる予定だ。',
    );
    // A noun of the vocabulary used as a modifier: national approval is the state's (国の承認).
    assert.equal(
      writtenOf('The town will apply for national approval in April.'),
      '町は4月に国の承認を申請する予定だ。',
    );
    // annual is a year's total of what is counted (年間利用者数), not an event held each year.
    assert.equal(
      writtenOf('The operator aims to lift annual ridership to 1.3 million by fiscal 2034.'),
      '運営会社は2034年度までに年間利用者数を130万人に引き上げる計画だ。',
    );
    assert.equal(writtenOf('The town will hold its annual festival in May.'), undefined);
    // whose amount changes, whole: elementary school pupils, not pupils.
    assert.equal(
      writtenOf('The fee will rise from 4,000 yen to 4,500 yen a month for elementary school pupils.'),
      '小学校児童の料金は1か月4000円から4500円に上がる予定だ。',
    );
    // A modifier opening the sentence is the modifier, not a name.
    assert.equal(
      writtenOf('Domestic sales rose by 5 percent in February.'),
      '国内の売上高は2月に5%上がった。',
    );
    assert.equal(
      writtenOf('Electric buses will cost about 3 billion yen.'),
      '電気バスの費用は約30億円の予定だ。',
    );
    // One it cannot say leaves the sentence to a quotation: in the object, the subject, after a
    // preposition, after a figure, and in whose amount changes.
    assert.equal(
      writtenOf('The city of Kakuu will replace its buses with articulated buses in April.'),
      undefined,
    );
    assert.equal(writtenOf('The city of Kakuu will close two municipal swimming pools in April.'), undefined);
    assert.equal(writtenOf('Burnable waste rose by 5 percent in February.'), undefined);
    assert.equal(
      writtenOf('The city of Kakuu will replace its old trains with new railcars in May 2027.'),
      undefined,
    );
    assert.equal(writtenOf('The fare will rise from 200 yen to 250 yen for senior passengers.'), undefined);
  });

  it('says the fixed news phrases of a change: until further notice (当面), by an average of N (平均N)', () => {
    // Invented.
    assert.equal(
      writtenOf(
        'Kakuu Elementary School will be closed from Monday until further notice, the city board of education said.',
      ),
      '市教育委員会によると、Kakuu Elementary Schoolは3月16日から当面閉鎖される予定だ。',
    );
    assert.equal(writtenOf('The bridge will be closed until further notice.'), '橋は当面閉鎖される予定だ。');
    assert.equal(
      writtenOf('The town of Kakuu will raise its water rates by an average of 12.5 percent from October.'),
      'Kakuu町は10月から水道料金を平均12.5%引き上げる予定だ。',
    );
    // Another until is still a phrase the writer does not say: the sentence stays a quotation.
    assert.equal(writtenOf('The bridge will be closed until the inspection.'), undefined);
  });

  it('writes the main clause of a sentence with a clause after its comma or a non-restrictive clause: an added fact left unsaid, not a narrowed one', () => {
    // The participle or relative clause adds a fact of its own; the line without it is true as it stands
    // (a line that drops a restrictive phrase — from hotel guests, below — is refused instead).
    assert.equal(
      writtenOf('The town will raise bus fares from April, citing higher fuel costs.'),
      '町は4月からバス運賃を引き上げる予定だ。',
    );
    assert.equal(
      writtenOf('The project will cost about 30 million yen, half of it covered by a national grant.'),
      '事業の費用は約3000万円の予定だ。',
    );
    assert.equal(
      writtenOf('Taro Yamada, 45, was arrested on Monday.'),
      'Taro Yamada（45）は3月9日に逮捕された。',
    );
  });

  it('says a place or a party after from as Xから, and refuses a from-phrase it cannot say', () => {
    assert.equal(
      writtenOf('The city evacuated 200 residents from the town on Monday.'),
      '市は3月9日に町から200人の住民を避難させた。',
    );
    assert.equal(
      writtenOf('The city evacuated 200 residents from Kakuu on Monday.'),
      '市は3月9日にKakuuから200人の住民を避難させた。',
    );
    // hotel guests is not a phrase the writer says: dropped, the tax would seem levied on everyone.
    assert.equal(
      writtenOf('The town will collect an accommodation tax from hotel guests from April.'),
      undefined,
    );
    // A change from A to B is still told by its figures.
    assert.equal(
      writtenOf('The fare will rise from 200 yen to 250 yen.'),
      '運賃は200円から250円に上がる予定だ。',
    );
  });

  it('writes a count a vehicle carries, as the count of what it carries (carry is a verb of having)', () => {
    assert.equal(writtenOf('The ferry was carrying some 135 passengers.'), 'フェリーの乗客は約135人だった。');
    assert.equal(writtenOf('The bus carries 43 passengers.'), 'バスの乗客は43人だ。');
    // A longer phrase after the count (passengers to Kakuu) tells more than the count alone: not written.
    assert.equal(writtenOf('The ferry was carrying some 135 passengers to Kakuu.'), undefined);
  });

  it('writes a size or a weight the sentence gives a thing, as its dimension (長さ, 直径, 重さ) and a Japanese unit', () => {
    assert.equal(writtenOf('The new bridge is about 240 meters long.'), '新たな橋の長さは約240メートルだ。');
    assert.equal(
      writtenOf('The dam was 45 meters high, officials said.'),
      '当局によると、ダムの高さは45メートルだった。',
    );
    assert.equal(writtenOf('The water pipe is 60 centimeters in diameter.'), '水道管の直径は60センチだ。');
    assert.equal(writtenOf('The truck weighed about 4 tons.'), 'トラックの重さは約4トンだった。');
    // Two figures, a unit that measures no length, a dimension with more after it, or a person's
    // height (tall): the shape does not say them.
    assert.equal(writtenOf('The tunnel is 300 meters long and 8 meters wide.'), undefined);
    assert.equal(writtenOf('The bridge is 240 yen long.'), undefined);
    assert.equal(writtenOf('The bridge is 240 meters long in total.'), undefined);
    assert.equal(writtenOf('The driver is 1.8 meters tall.'), undefined);
  });

  it('says a negated act in its tense: did not → 〜なかった, has not → 〜ていない, was not (passive) → 〜なかった', () => {
    assert.equal(
      writtenOf('The town of Kakuu did not raise bus fares in April.'),
      'Kakuu町は4月にバス運賃を引き上げなかった。',
    );
    assert.equal(
      writtenOf('The city council did not approve the budget bill.'),
      '市議会は予算案を承認しなかった。',
    );
    assert.equal(writtenOf('The truck has not been found.'), 'トラックは見つかっていない。');
    assert.equal(writtenOf('The bus operator will not cut services.'), 'バス会社は運行を削減しない予定だ。');
    assert.equal(writtenOf('The 30-year-old driver was not injured.'), '30歳の運転手は負傷しなかった。');
    assert.equal(
      writtenOf('Taro Yamada, 52, has not been arrested.'),
      'Taro Yamada（52）は逮捕されていない。',
    );
    // A role before a person's name that the vocabulary cannot say is not left in English in it.
    assert.equal(writtenOf('Lifeguard Taro Yamada, 52, has not been arrested.'), undefined);
    // A title of the vocabulary opening the sentence, in lower case after its first word: kept with the name.
    assert.equal(
      writtenOf('School principal Taro Yamada approved the budget bill.'),
      'Taro Yamada校長は予算案を承認した。',
    );
    // One the vocabulary lacks is not left in English.
    assert.equal(writtenOf('Shop manager Taro Yamada approved the budget bill.'), undefined);
  });

  it('says no one was injured, killed or arrested as there being none who underwent it (〜者はいなかった)', () => {
    assert.equal(writtenOf('No one was injured.'), '負傷者はいなかった。');
    assert.equal(writtenOf('Nobody was hurt.'), '負傷者はいなかった。');
    assert.equal(writtenOf('No one was killed, police said.'), '警察によると、死亡者はいなかった。');
    assert.equal(writtenOf('No one has been arrested.'), '逮捕者はいない。');
    // A group named after no one, a verb without a word for its undergoers, or hurt with an object: not this shape.
    assert.equal(writtenOf('No one on the bus was injured.'), undefined);
    assert.equal(writtenOf('No one was evacuated.'), undefined);
    assert.equal(writtenOf('No one hurt the dog.'), undefined);
  });

  it('says may, might and could as a possibility (〜する可能性がある), and could have not at all', () => {
    assert.equal(
      writtenOf('The town of Kakuu may close the library in April.'),
      'Kakuu町は4月に図書館を閉鎖する可能性がある。',
    );
    assert.equal(
      writtenOf('The bus operator might raise fares.'),
      'バス会社は運賃を引き上げる可能性がある。',
    );
    assert.equal(writtenOf('The library could have closed in April.'), undefined);
    // A possible cost has no plain shape; a possibility negated (may not) is left to a quotation.
    assert.equal(writtenOf('The new bridge could cost about 3 billion yen.'), undefined);
    assert.equal(writtenOf('The town of Kakuu may not close the library.'), undefined);
  });

  it('still quotes a negation it cannot place: of another clause, a present state, two of them, or never', () => {
    // The not of a clause after the act, or of a state in the present (does not, is not): not read.
    assert.equal(writtenOf('The town raised bus fares after the council did not object.'), undefined);
    assert.equal(writtenOf('The town does not raise bus fares.'), undefined);
    assert.equal(writtenOf('The town did not raise bus fares and did not cut services.'), undefined);
    assert.equal(writtenOf('The town has never raised bus fares.'), undefined);
    // A change by a figure negated (did not rise to 300 yen) says no figure the reader can hold.
    assert.equal(writtenOf('The fare did not rise to 300 yen.'), undefined);
  });

  it('reads found as the past of find (見つけた, passive 見つかった), and says a thing that broke down', () => {
    assert.equal(
      writtenOf('The cooperative said it will resume shipments in May.'),
      '組合によると、5月に出荷を再開する予定だ。',
    );
    assert.equal(
      writtenOf('Police found the truck in Kakuu on Monday.'),
      '警察は3月9日にKakuuでトラックを見つけた。',
    );
    assert.equal(
      writtenOf('The truck was found in Kakuu on Monday.'),
      'トラックは3月9日にKakuuで見つかった。',
    );
    assert.equal(writtenOf('The bus broke down on Monday.'), 'バスは3月9日に故障した。');
  });

  it('leaves a subject’s apposition unsaid, its verb, modality and dates included (one with a plan: the sentence), and reads It after one', () => {
    // A past participle set off by commas is an apposition as a relative clause is.
    assert.equal(
      writtenOf('The operator, founded in 1990, cut bus fares in April.'),
      '運営会社は4月にバス運賃を引き下げた。',
    );
    // The apposition's date is not when the act happened.
    assert.equal(
      writtenOf('The operator, which was founded in 1990, cut bus fares.'),
      '運営会社はバス運賃を引き下げた。',
    );
    // Nor is its verb or its modality the act's.
    assert.equal(
      writtenOf('The company, which employs 1,200 people, cut bus fares.'),
      '会社はバス運賃を引き下げた。',
    );
    assert.equal(
      writtenOf('The company, which will open a library in May, cut bus fares.'),
      '会社はバス運賃を引き下げた。',
    );
    // One that tells a plan is left to a quotation.
    assert.equal(writtenOf('The operator, planned for 1990, cut bus fares.'), undefined);
    // It / He after a subject with an apposition: the subject without it, a person without the age.
    assert.equal(
      secondOf(
        'The library, once widely used by pupils, cut bus fares.',
        'It will raise bus fares in April.',
      ),
      '図書館は4月にバス運賃を引き上げる予定だ。',
    );
    assert.equal(
      secondOf(
        'Mayor Jiro Tanabe, 61, opened the new library on Monday.',
        'He will raise bus fares in April.',
      ),
      'Jiro Tanabe町長は4月にバス運賃を引き上げる予定だ。',
    );
  });

  it('reads a reported past perfect (X said it had …) as the past act it reports', () => {
    assert.equal(
      writtenOf('The town said it had raised bus fares in April.'),
      '町によると、4月にバス運賃を引き上げた。',
    );
  });

  it('says a count of places with no name as N カ所 (at six locations)', () => {
    assert.equal(writtenOf('The town opened shelters at five locations.'), '町は5カ所で避難所を開設した。');
    assert.equal(
      writtenOf('The town opened shelters at about 20 sites on Monday.'),
      '町は3月9日に約20カ所で避難所を開設した。',
    );
    assert.equal(
      writtenOf('The prefecture opened shelters at three locations in the town.'),
      '県は町の3カ所で避難所を開設した。',
    );
    // A place that only names its kind (at the sites) or one the figure does not count stays unwritten.
    assert.equal(writtenOf('The town opened shelters at four temples.'), undefined);
    // The count is no figure of a change: the change is not written with the places left out.
    assert.equal(writtenOf('The town raised bus fares by 10 yen at four sites.'), undefined);
  });

  it('says how long a done act took (closed the road in about an hour → 約1時間で)', () => {
    assert.equal(writtenOf('The city closed the road in about an hour.'), '市は約1時間で道路を閉鎖した。');
    assert.equal(writtenOf('The road was closed in 40 minutes.'), '道路は40分で閉鎖された。');
    assert.equal(writtenOf('The city closed the road in two days.'), '市は2日で道路を閉鎖した。');
    // What is to come (will close it in two weeks) says when, not how long: left to a quotation.
    assert.equal(writtenOf('The city will close the road in two weeks.'), undefined);
    // A span that is another phrase's (the first time in ten days) is not the act's.
    assert.equal(writtenOf('The city closed the road for the first time in ten days.'), undefined);
  });

  it('says people from a body or a place as whose they are, a thing from a place not at all', () => {
    assert.equal(
      writtenOf('The nurses from the hospital visited the school on Monday.'),
      '病院の看護師は3月9日に学校を訪問した。',
    );
    assert.equal(
      writtenOf('A 42-year-old driver from Kakuu was arrested on Monday.'),
      'Kakuuの42歳の運転手は3月9日に逮捕された。',
    );
    // A bus from Kakuu set out there: from says where, not whose it is.
    assert.equal(writtenOf('A bus from Kakuu was stopped on Monday.'), undefined);
    // Officials speak for their body: officials from the town → 町の当局, as the subject or the speaker.
    assert.equal(
      writtenOf('Officials from the town will inspect the bridge in May.'),
      '町の当局は5月に橋を点検する予定だ。',
    );
    assert.equal(
      writtenOf('The bridge will reopen in May, officials from the town said.'),
      '町の当局によると、橋は5月に再開する予定だ。',
    );
  });

  it('says a person named in apposition to a role with an age as the person of the role, XのName（N）', () => {
    assert.equal(
      writtenOf('The driver, 61-year-old Jiro Sato, was arrested on Monday.'),
      '運転手のJiro Sato（61）は3月9日に逮捕された。',
    );
    assert.equal(
      writtenOf('A passenger, Hana Mori, 30, was injured on Monday.'),
      '乗客のHana Mori（30）は3月9日に負傷した。',
    );
    // An age with more after it is not the whole apposition: not said as the age alone.
    assert.equal(writtenOf('Hana Mori, 30 and a nurse, was injured on Monday.'), undefined);
  });

  it('says a place near another as Xの近く, where at says X', () => {
    assert.equal(
      writtenOf('The town will build a clinic near Kakuu Station in 2028.'),
      '町は2028年にKakuu Stationの近くで診療所を建設する予定だ。',
    );
    // Nearly is a figure's, not a place.
    assert.notEqual(writtenOf('The town will build nearly 40 clinics in 2028.')?.includes('近く'), true);
  });

  it('says the length of time an act takes as Xには N かかる, its modality kept', () => {
    assert.equal(writtenOf('Repairs will take about four weeks.'), '修理には約4週間かかる予定だ。');
    assert.equal(
      writtenOf('The inspection is expected to take about two months, the town said.'),
      '町によると、点検には約2か月かかる見通しだ。',
    );
    assert.equal(writtenOf('The repairs took three hours.'), '修理には3時間かかった。');
    // A possibility (could take) has no word of the vocabulary; a bound (more than) is not said.
    assert.equal(writtenOf('The inspection could take about a month.'), undefined);
    assert.equal(writtenOf('The inspection will take more than five days.'), undefined);
    // Take with no length after it is none of the vocabulary's words (took place, took samples).
    assert.equal(writtenOf('The inspection took place on Monday.'), undefined);
  });

  it('says part of a thing as Xの一部', () => {
    assert.equal(
      writtenOf('The city closed part of the park on Monday.'),
      '市は3月9日に公園の一部を閉鎖した。',
    );
    assert.equal(writtenOf('The town will close a portion of the road.'), '町は道路の一部を閉鎖する予定だ。');
    // The whole must be a phrase the writer can say.
    assert.equal(writtenOf('The city closed part of the zorbing arena.'), undefined);
  });

  it('tells why it leaves a sentence to a quotation', () => {
    const why = (line: string) => {
      const text = `${TITLE}\n\n${line}`;
      const page = understanding.of({
        ...documentOf(),
        text,
        contentHash: `sha256:${createHash('sha256').update(text).digest('hex')}`,
      });
      const sentence = page.sentences.find((s) => s.text === line);
      assert.ok(sentence !== undefined, line);
      let reason: string | undefined;
      const fact = writeEnglishFact(
        sentence,
        page.document.publishedAt,
        text.slice(0, sentence.start),
        (r) => {
          reason = r;
        },
      );
      return fact === undefined ? reason : 'written';
    };
    assert.equal(why('"We will raise bus fares," the mayor said.'), 'quote');
    assert.equal(why('The town might raise bus fares if the council agrees.'), 'condition');
    assert.equal(why('The town raised bus fares, but the operator cut them.'), 'contrast');
    assert.equal(why('The town should raise bus fares.'), 'modal');
    assert.equal(why('The fares are cheap.'), 'no-verb');
    assert.equal(why('The town raised bus fares.'), 'written');
  });
});

describe('negativeOf: the negative of a Japanese verb from its dictionary and past forms', () => {
  it('takes the one-row, the a-row and the する negatives, in each tense', () => {
    assert.equal(negativeOf('引き上げる', '引き上げた', 'plain'), '引き上げない');
    assert.equal(negativeOf('上がる', '上がった', 'plain'), '上がらない');
    assert.equal(negativeOf('上がる', '上がった', 'past'), '上がらなかった');
    assert.equal(negativeOf('削減する', '削減した', 'past'), '削減しなかった');
    assert.equal(negativeOf('見つかる', '見つかった', 'perfect'), '見つかっていない');
    assert.equal(negativeOf('休む', '休んだ', 'perfect'), '休んでいない');
    assert.equal(negativeOf('払う', '払った', 'plain'), '払わない');
    // ある has no a-row negative (ない): left unsaid.
    assert.equal(negativeOf('ある', 'あった', 'plain'), undefined);
  });
});

describe('writeEnglishSpeechFrame', () => {
  // Invented English news, written for this test (a Friday page: 2026-03-13).
  const REMARKS = [
    '"The new hall will open in spring," Mayor Jiro Tanabe said on Tuesday.',
    '"We waited a long time for this," said Hana Mori, 52, who sells vegetables near the station.',
    '"Trains must run on time," the operator told reporters.',
    '"We will reopen soon.',
    '"The plan is sound," the mayor said, adding that the council agreed.',
    '"Ask the "team" first," said Hana Mori.',
  ];
  // Two sentences of one paragraph: he stands for the one person the first names.
  const PARAGRAPH =
    'Mayor Jiro Tanabe visited the hall site on Monday. "It is bigger than I thought," he said.';
  const LONE = '"It is bigger than I thought," she said.';
  // A remark of two sentences in one paragraph; its last sentence again with no opening before it.
  const TWO = '"The roof leaks every winter. We asked for repairs twice," said Hana Mori.';
  const TAIL = 'We asked for repairs twice," said Hana Mori.';
  let read: DocumentUnderstanding;
  const framed = (text: string) => {
    const sentence = read.sentences.find((s) => s.text === text);
    assert.ok(sentence !== undefined, text);
    const frame = writeEnglishSpeechFrame(
      sentence,
      read.document.publishedAt,
      read.document.text.slice(0, sentence.start),
    );
    return frame === undefined
      ? undefined
      : { frame: frame.frame, words: sentence.text.slice(frame.start, frame.end), speaker: frame.speaker };
  };
  before(async () => {
    const text = `${TITLE}\n\n${REMARKS.join('\n\n')}\n\n${PARAGRAPH}\n\n${LONE}\n\n${TWO}\n\nNo more.\n\n${TAIL}`;
    read = createUnderstanding(await createTokenizer()).of({ ...documentOf(), text });
  });

  it('says who spoke and when in Japanese and leaves only the words, without their comma', () => {
    assert.deepEqual(framed(REMARKS[0] as string), {
      frame: 'Jiro Tanabe町長は3月10日、こう述べた。',
      words: 'The new hall will open in spring',
      speaker: 'Jiro Tanabe町長',
    });
  });

  it('gives an age after the name as Japanese news does and leaves the who-clause unsaid', () => {
    assert.equal(framed(REMARKS[1] as string)?.frame, 'Hana Mori（52）は、こう述べた。');
  });

  it('keeps told reporters as 記者団に', () => {
    assert.match(framed(REMARKS[2] as string)?.frame ?? '', /は、記者団にこう述べた。$/u);
  });

  it('reads he as the one person the sentence before names', () => {
    assert.equal(framed('"It is bigger than I thought," he said.')?.frame, 'Jiro Tanabe町長は、こう述べた。');
  });

  it('frames the last sentence of a remark of several with its own words, only after its opening', () => {
    // (The first sentence so spelled is the one after its opening: the paragraph TWO comes first.)
    assert.equal(framed(TAIL)?.words, 'We asked for repairs twice');
    const tails = read.sentences.filter((s) => s.text === TAIL);
    assert.equal(tails.length, 2);
    const [first, second] = tails.map((sentence) =>
      writeEnglishSpeechFrame(
        sentence,
        read.document.publishedAt,
        read.document.text.slice(0, sentence.start),
      ),
    );
    assert.equal(first?.frame, 'Hana Moriは、こう述べた。');
    assert.equal(second, undefined);
    assert.equal(framed('"The roof leaks every winter.'), undefined);
  });

  it('frames no quote that runs on, no words after the attribution, no quote within, no unnamed she', () => {
    for (const text of [REMARKS[3], REMARKS[4], REMARKS[5], LONE])
      assert.equal(framed(text as string), undefined, text);
  });
});
