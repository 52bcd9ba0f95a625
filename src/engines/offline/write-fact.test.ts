import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { before, describe, it } from 'node:test';
import type { Document } from '../../domain/document.ts';
import { normalizeForMatch } from '../../text/normalize.ts';
import { findQuantities, type Quantity } from '../../text/quantities.ts';
import { createTokenizer, type Tokenizer } from '../../text/tokenizer.ts';
import { createUnderstanding, type DocumentUnderstanding } from '../../understand/understand-document.ts';
import { composeTimeline } from './compose-explainer.ts';
import { ownOnCard, readCandidates } from './read-candidates.ts';
import {
  copiedRun,
  copiesRun,
  headlineOf,
  isTimePoint,
  MAX_COPIED_RUN,
  plainTextOf,
  refersBack,
  standsAlone,
  withoutActorClause,
  writeFact,
  writeFigures,
  writeSpeechFrame,
} from './write-fact.ts';

// Invented news, written for these tests.
const TITLE = '架空市、新しい図書館を建設へ';
const BODY = [
  '架空市の山田一郎市長（58）は10日、老朽化した中央図書館を建て替え、2027年4月に新館を開館する予定だと明らかにした。',
  '総事業費は約48億円。',
  '市は駅前の市有地を活用し、閲覧席を現在の2倍に増やす方針だ。',
  '同市は、利用者の意見を聞く説明会を5月に開く。',
  '山田市長は「子どもから高齢者まで集える場所にしたい」と述べた。',
  'しかし、建設費の高騰で計画が遅れる恐れもある。',
].join('\n\n');

function documentOf(text: string): Document {
  // The page's title is its first paragraph, whatever it is: a fixed span would cut a shorter
  // title's page inside its first body sentence (no longer a candidate) or leave a longer one's tail.
  const title = text.split('\n\n', 1)[0] ?? '';
  return {
    id: 's1',
    url: 'https://kakuu-city.example/news/library',
    title,
    publishedAt: '2026-03-11T09:00:00+09:00',
    lang: 'ja',
    text,
    titleSpan: [0, title.length],
    contentHash: `sha256:${createHash('sha256').update(text).digest('hex')}`,
  };
}

/**
 * A page of `text` under the test title, read once before the describe's tests, and its sentence
 * starting with `start` written as a fact (the text, '' when not written).
 */
function writtenPage(text: string): { read: () => DocumentUnderstanding; write: (start: string) => string } {
  let read: DocumentUnderstanding | undefined;
  before(async () => {
    read = createUnderstanding(await createTokenizer()).of(documentOf(`${TITLE}\n\n${text}`));
  });
  const readPage = () => {
    assert.ok(read, 'the page is read before the tests');
    return read;
  };
  const write = (start: string) => {
    const page = readPage();
    const found = page.sentences.find((s) => s.text.startsWith(start));
    assert.ok(found, start);
    return writeFact(found, page.norm, [], '2026-03-11T09:00:00+09:00')?.text ?? '';
  };
  return { read: readPage, write };
}

describe('writeFact', () => {
  let tokenizer: Tokenizer;
  let read: DocumentUnderstanding;
  before(async () => {
    tokenizer = await createTokenizer();
    read = createUnderstanding(tokenizer).of(documentOf(`${TITLE}\n\n${BODY}`));
  });
  const sentence = (start: string) => {
    const found = read.sentences.find((candidate) => candidate.text.startsWith(start));
    assert.ok(found, start);
    return found;
  };
  const write = (start: string) => {
    const found = sentence(start);
    return writeFact(
      found,
      read.norm,
      read.sentences.slice(0, read.sentences.indexOf(found)),
      '2026-03-11T09:00:00+09:00',
    );
  };

  it('drops the age in parentheses and the chained detail, keeps the plan a plan, and writes out the day', () => {
    const written = write('架空市の山田一郎市長');
    assert.ok(written);
    assert.doesNotMatch(written.text, /（58）/u);
    assert.match(written.text, /3月10日/u);
    assert.match(written.text, /予定だと明らかにした。$/u);
    assert.ok(copiedRun(written.text, read.norm) < MAX_COPIED_RUN, written.text);
  });

  it('writes a date in kanji numerals or relative to the page in its own figures (来年一月 → 2027年1月)', async () => {
    const text = `${TITLE}\n\n北浜町の保存会は、町内の古い倉庫群を記録する写真集を来年一月に町へ寄贈する方針だ。`;
    const own = createUnderstanding(tokenizer).of(documentOf(text));
    const found = own.sentences.find((candidate) => candidate.text.startsWith('北浜町'));
    assert.ok(found);
    const written = writeFact(found, own.norm, [], '2026-03-11T09:00:00+09:00');
    assert.equal(
      written?.text,
      '北浜町の保存会は、町内の古い倉庫群を記録する写真集を2027年1月に町へ寄贈する方針だ。',
    );
  });

  it('keeps a describing clause whose noun is only said to exist (費用がかさむ例もある), and cuts it elsewhere', async () => {
    // Invented sentences: without its clause 例もある / 人もいる says nothing.
    const text = `${TITLE}\n\n古い橋には補修の工事が欠かせず、費用がかさむ例もある。\n\n町内には通院が難しい人もいる。`;
    const own = createUnderstanding(tokenizer).of(documentOf(text));
    const written = (start: string) => {
      const found = own.sentences.find((candidate) => candidate.text.startsWith(start));
      assert.ok(found, start);
      return writeFact(found, own.norm, [], '2026-03-11T09:00:00+09:00')?.text;
    };
    assert.doesNotMatch(written('古い橋') ?? '', /、例もある/u);
    assert.doesNotMatch(written('町内には') ?? '', /^町内には人もいる/u);
  });

  it('never moves a phrase of a list member that shares the verb (…で月額X円、…で月額Y円となる)', async () => {
    // Invented sentence: the clause after 4800円、 is the second member of a list, not a clause of its own.
    const text = `${TITLE}\n\n新しい給食費は、来年4月から小学校で月額4800円、中学校で月額5600円となる見通しだ。`;
    const own = createUnderstanding(tokenizer).of(documentOf(text));
    const found = own.sentences.find((candidate) => candidate.text.startsWith('新しい給食費'));
    assert.ok(found);
    const written = writeFact(found, own.norm, [], '2026-03-11T09:00:00+09:00')?.text ?? '';
    assert.doesNotMatch(written, /円と中学校で/u);
  });

  it("writes a broadcaster's です・ます in the article's plain style, and leaves what it cannot restate to a quote", async () => {
    // Invented TV-news sentences (です・ます, full-width digits).
    const polite = [
      '架空市によりますと、駅前の駐輪場は４月から有料になったということです。',
      '市の担当者は、利用者に定期券の購入を呼びかけています。',
      '新しい料金は１回１００円で、高校生は無料です。',
      '駐輪場の利用者は、去年の同じ時期より減りました。',
      '自転車の放置は、まだなくなっていません。',
    ];
    const text = `${TITLE}\n\n${polite.join('\n\n')}`;
    const own = createUnderstanding(tokenizer).of(documentOf(text));
    const writeOwn = (start: string) => {
      const found = own.sentences.find((candidate) => candidate.text.startsWith(start));
      assert.ok(found, start);
      return writeFact(found, own.norm, [], '2026-03-11T09:00:00+09:00')?.text;
    };
    assert.equal(writeOwn('架空市に'), '架空市によると、駅前の駐輪場は2026年4月から有料になったという。');
    assert.equal(writeOwn('市の担当者'), '市の担当者は、利用者に定期券の購入を呼びかけている。');
    assert.equal(writeOwn('新しい料金'), '新しい料金は1回100円で、高校生は無料だ。');
    assert.equal(writeOwn('駐輪場の'), '駐輪場の利用者は、去年の同じ時期より減った。');
    // ません is ない said politely: written in the plain style too.
    assert.equal(writeOwn('自転車の'), '自転車の放置は、まだなくなっていない。');
  });

  it('writes out 同社 as the one company the understanding resolves it to, and leaves it when it resolves none', () => {
    const one = `${TITLE}\n\n青葉電機は3月10日、新しい物流センターを西原市に建てると発表した。\n\n同社によると、センターでは2027年春から約80人が働く。`;
    const two = `${TITLE}\n\n架空市は3月10日、新しい物流センターを西原市に誘致したと発表した。\n\n同社によると、センターでは2027年春から約80人が働く。`;
    const written = [one, two].map((text) => {
      const own = createUnderstanding(tokenizer).of(documentOf(text));
      const found = own.sentences.find((candidate) => candidate.text.startsWith('同社'));
      assert.ok(found);
      return writeFact(
        found,
        own.norm,
        own.sentences.slice(0, own.sentences.indexOf(found)),
        '2026-03-11T09:00:00+09:00',
      )?.text;
    });
    assert.equal(written[0], '青葉電機によると、センターでは2027年春から約80人が働く。');
    assert.equal(written[1], undefined);
  });

  it('writes no fact from a question the page asks its reader (なぜ…のか。)', () => {
    const text = `${TITLE}\n\nなぜ架空市は駅前に図書館を建てるのか。\n\n新しい図書館は市民の暮らしを変えるのか。`;
    const own = createUnderstanding(tokenizer).of(documentOf(text));
    for (const found of own.sentences.slice(1))
      assert.equal(writeFact(found, own.norm, [], '2026-03-11T09:00:00+09:00'), undefined, found.text);
  });

  it('leaves a bare day in a forecast as written when it falls before the page date: a later month is meant', () => {
    const text = `${TITLE}\n\n架空市の夏祭りは8月8、9の両日に開かれる予定だった。\n\n気象台によると、8日と9日の市内は最高気温が38度前後に達する見込み。`;
    const own = createUnderstanding(tokenizer).of(documentOf(text));
    const found = own.sentences.find((candidate) => candidate.text.startsWith('気象台'));
    assert.ok(found);
    const written = writeFact(
      found,
      own.norm,
      own.sentences.slice(0, own.sentences.indexOf(found)),
      '2026-03-11T09:00:00+09:00',
    );
    // Not 3月8日 (the page's month): the story's days are in August.
    assert.doesNotMatch(written?.text ?? '', /3月/u);
  });

  it('writes a year in kanji numerals and a day named relative to the page in figures, but leaves 一日 (one day)', () => {
    const text = `${TITLE}\n\n架空市は、二〇三〇年までに市内の街灯をすべて省エネ型に替える方針だ。\n\nきのう、市の職員が駅前の街灯を点検したという。\n\n新しい街灯は一日に何度も明るさを自動で切り替える仕組みだという。`;
    const own = createUnderstanding(tokenizer).of(documentOf(text));
    const writeOwn = (start: string) => {
      const found = own.sentences.find((candidate) => candidate.text.startsWith(start));
      assert.ok(found, start);
      return writeFact(found, own.norm, [], '2026-03-11T09:00:00+09:00')?.text ?? '';
    };
    assert.match(writeOwn('架空市は'), /2030年までに/u);
    assert.match(writeOwn('きのう'), /^3月10日、/u);
    assert.doesNotMatch(writeOwn('新しい街灯'), /月1日/u);
  });

  it('writes a count of years back from the page (二年前) in figures, not as the year it resolves to', () => {
    const text = `${TITLE}\n\n架空市の浄水場では、二年前にも同じ配管から水が漏れたという。\n\n架空市の運動公園は、二十年前から市民が手入れを続けている。`;
    const own = createUnderstanding(tokenizer).of(documentOf(text));
    const writeOwn = (start: string) => {
      const found = own.sentences.find((candidate) => candidate.text.startsWith(start));
      assert.ok(found, start);
      return writeFact(found, own.norm, [], '2026-03-11T09:00:00+09:00')?.text ?? '';
    };
    const leak = writeOwn('架空市の浄水場');
    assert.match(leak, /2年前にも/u);
    assert.doesNotMatch(leak, /20\d\d年前/u);
    const park = writeOwn('架空市の運動公園');
    assert.match(park, /20年前から/u);
    assert.doesNotMatch(park, /2006年/u);
  });

  it("writes figures set in kanji numerals in the article's figures, but not inside a quote nor 一つ", () => {
    const text = `${TITLE}\n\n架空市の図書館には、昨年度約三十八万二千人が訪れ、蔵書は四十一万五千冊に上った。\n\n架空市は「二十四時間見守り」と名付けた事業に、約二億五千万円を投じる。\n\n架空市は防災拠点の一つとして、公民館に約六千人分の食料を備蓄している。\n\n架空市の事業費は三千数百万円に上り、参加者は二百数十人、来場者は約四万二千人だった。`;
    const own = createUnderstanding(tokenizer).of(documentOf(text));
    const writeOwn = (start: string) => {
      const found = own.sentences.find((candidate) => candidate.text.startsWith(start));
      assert.ok(found, start);
      return writeFact(found, own.norm, [], '2026-03-11T09:00:00+09:00')?.text ?? '';
    };
    const library = writeOwn('架空市の図書館');
    assert.match(library, /約38万2000人/u);
    assert.match(library, /41万5000冊/u);
    // The quote is the source's words (二十四時間 stays), and 一つ is a word, not a count.
    const watch = writeOwn('架空市は「');
    assert.match(watch, /「二十四時間見守り」/u);
    assert.match(watch, /約2億5000万円/u);
    // A numeral with 数 names a range (三千数百万円, 二百数十人): it stays as written.
    const range = own.sentences.find((candidate) => candidate.text.startsWith('架空市の事業費'));
    assert.ok(range);
    // (Measured against no source text: the sentence as written, whatever it copies.)
    assert.match(
      writeFact(range, '', [], '2026-03-11T09:00:00+09:00')?.text ?? '',
      /三千数百万円に上り、参加者は二百数十人、来場者は約4万2000人/u,
    );
    const shelter = writeOwn('架空市は防災');
    assert.match(shelter, /拠点の一つ/u);
    assert.match(shelter, /約6000人分/u);
  });

  it('writes an approximate figure with 約 where a spoken page says およそ, but not inside a quote', () => {
    const text = `${TITLE}\n\n架空市によりますと、崩れた土砂はおよそ８０００立方メートルで、市道がおよそ１２０メートルにわたって埋まっています。\n\n架空市は「およそ半分の世帯」に約二千円を給付する。`;
    const own = createUnderstanding(tokenizer).of(documentOf(text));
    const writeOwn = (start: string) => {
      const found = own.sentences.find((candidate) => candidate.text.startsWith(start));
      assert.ok(found, start);
      return writeFact(found, own.norm, [], '2026-03-11T09:00:00+09:00')?.text ?? '';
    };
    assert.equal(
      writeOwn('架空市によりますと'),
      '架空市によると、崩れた土砂は約8000立方メートルで、市道が約120メートルにわたって埋まっている。',
    );
    assert.match(writeOwn('架空市は「'), /「およそ半分の世帯」に約2000円/u);
  });

  it('keeps the act a main clause with its own subject or a shared object depends on (会議を開き、約40人が出席した)', () => {
    const text = `${TITLE}\n\n県は9日、対策会議を開き、関係する市町や警察の約40人が出席した。\n\n市は10日、新たな計画をまとめ、市内の約3000世帯に配布した。\n\n市は10日、駅前で説明会を開き、新しい計画の概要を約200人の住民に示した。\n\n町は登山道の閉鎖を続け、登山口近くの箱わなも当面残す方針だ。`;
    const own = createUnderstanding(tokenizer).of(documentOf(text));
    const writeOwn = (start: string) => {
      const found = own.sentences.find((candidate) => candidate.text.startsWith(start));
      assert.ok(found, start);
      return writeFact(found, own.norm, [], '2026-03-11T09:00:00+09:00')?.text;
    };
    // Not 県は3月9日、…約40人が出席した (the prefecture did not attend): each statement a sentence.
    assert.equal(writeOwn('県は9日'), '県は3月9日、対策会議を開いた。関係する市町や警察の約40人が出席した。');
    // Not 市は3月10日、市内の約3000世帯に配布した (what?): the object stays with its act.
    assert.equal(writeOwn('市は10日、新たな'), '市は3月10日、新たな計画をまとめた。');
    // A main clause with an object of its own (を, or も standing for it) still drops the detail.
    assert.equal(writeOwn('市は10日、駅前'), '市は3月10日、新しい計画の概要を約200人の住民に示した。');
    assert.equal(writeOwn('町は登山道'), '町は登山口近くの箱わなも当面残す方針だ。');
  });

  it('tells an announcement as what it says when the whole sentence would copy, the date staying with 発表', () => {
    const text = `${TITLE}\n\nみどり市は9日、10月から市営バスを1日40便から32便に減らすと発表した。\n\nみどり市観光協会は、宿泊の予約の取り消しが8月分だけで約250件に上ると明らかにした。\n\nみどり市水道局は9日、管の更新費用が年間約4億円にのぼる可能性があると説明した。\n\n担当者は9日、10月から市営バスを1日40便から32便に減らすと発表した。`;
    const own = createUnderstanding(tokenizer).of(documentOf(text));
    const writeOwn = (start: string) => {
      const found = own.sentences.find((candidate) => candidate.text.startsWith(start));
      assert.ok(found, start);
      return writeFact(found, own.norm, [], '2026-03-11T09:00:00+09:00')?.text;
    };
    assert.equal(
      writeOwn('みどり市は'),
      'みどり市の3月9日の発表によると、2026年10月から市営バスを1日40便から32便に減らす。',
    );
    // A disclosure or an explanation likewise, by who gave it.
    assert.equal(
      writeOwn('みどり市観光協会は'),
      'みどり市観光協会によると、宿泊の予約の取り消しが8月分だけで約250件に上る。',
    );
    assert.equal(
      writeOwn('みどり市水道局は'),
      'みどり市水道局の3月9日の説明によると、管の更新費用が年間約4億円にのぼる可能性がある。',
    );
    // 担当者 names no actor (a person of no stated body): left to a quote.
    assert.equal(writeOwn('担当者は'), undefined);
  });

  it('gives no year to a month of every year (例年9月から10月に, 毎年8月に), but to a month that is a time', () => {
    const text = `${TITLE}\n\n架空山は首都圏からの登山客も多く、例年9月から10月に年間の登山者の約4割が訪れる。\n\n架空市は、毎年8月に開く花火大会の観覧席を増やす。\n\n架空市は、10月から市営バスの運賃を引き上げる。`;
    const own = createUnderstanding(tokenizer).of(documentOf(text));
    const writeOwn = (start: string) => {
      const found = own.sentences.find((candidate) => candidate.text.startsWith(start));
      assert.ok(found, start);
      return writeFact(found, '', [], '2026-03-11T09:00:00+09:00')?.text ?? '';
    };
    assert.match(writeOwn('架空山'), /例年9月から10月に/u);
    assert.match(writeOwn('架空市は、毎年'), /毎年8月に/u);
    assert.match(writeOwn('架空市は、10月'), /2026年10月から/u);
  });

  it('gives a month range (4～5月に) its year once, before the range, not inside it', () => {
    const text = `${TITLE}\n\n架空市は、4～5月に市営バスの便を減らした。\n\n架空市は、10～１２月に図書館を休館する。\n\n架空町は、6月～7月に町営プールを開く。\n\n架空村は、12～1月に村道を通行止めにする。`;
    const own = createUnderstanding(tokenizer).of(documentOf(text));
    const writeOwn = (start: string) => {
      const found = own.sentences.find((candidate) => candidate.text.startsWith(start));
      assert.ok(found, start);
      return writeFact(found, '', [], '2026-03-11T09:00:00+09:00')?.text ?? '';
    };
    assert.match(writeOwn('架空市は、4'), /^架空市は、2026年4～5月に/u);
    assert.match(writeOwn('架空市は、10'), /^架空市は、2026年10～12月に/u);
    assert.match(writeOwn('架空町は'), /^架空町は、2026年6月～7月に/u);
    // A range that crosses a year names no single year: as written.
    assert.match(writeOwn('架空村は'), /^架空村は、12～1月に/u);
  });

  it('names what 同市 refers back to', () => {
    const written = write('同市は');
    assert.ok(written);
    assert.match(written.text, /^架空市は/u);
  });

  it("leaves someone's words in a quote to be quoted, not rewritten", () => {
    assert.equal(write('山田市長は「'), undefined);
  });

  it('leaves a sentence that leans on the one before (しかし…) unwritten', () => {
    assert.equal(write('しかし'), undefined);
  });

  it('writes a key figure as what it counts and its value', () => {
    assert.deepEqual(writeFigures(sentence('総事業費は')), ['総事業費は約48億円。']);
  });

  it("writes a key figure set in kanji numerals or spoken style in the article's figures", () => {
    const text = `${TITLE}\n\n二〇二五年三月期の売上高は約六百八十億円。\n\n架空市立図書館の蔵書はおよそ１２万冊で、市が買い取った。`;
    const own = createUnderstanding(tokenizer).of(documentOf(text));
    const figuresOf = (start: string) => {
      const found = own.sentences.find((candidate) => candidate.text.startsWith(start));
      assert.ok(found, start);
      return writeFigures(found);
    };
    assert.deepEqual(figuresOf('二〇二五年'), ['2025年3月期の売上高は約680億円。']);
    assert.deepEqual(figuresOf('架空市立'), ['架空市立図書館の蔵書は約12万冊。']);
  });

  it('writes no figure from a hedged or reported sentence', () => {
    assert.deepEqual(writeFigures(sentence('架空市の山田一郎市長')), []);
  });

  it('turns an own sentence into a headline: topic は becomes 、, the date goes, no 。', async () => {
    const text = '架空市は3月10日、新しい図書館を建てる方針を決めた。';
    assert.equal(headlineOf(text, tokenizer.tokenize(text), 40), '架空市、新しい図書館を建てる方針を決めた');
    const announced =
      '架空県の出版社の青葉書房は3月10日、架空県西原市に新しい物流センターを建設すると発表した。';
    // Too long for 30: the subject's description and the prefecture go, the verb ends as a noun.
    assert.equal(
      headlineOf(announced, tokenizer.tokenize(announced), 30),
      '青葉書房、西原市に新しい物流センターを建設すると発表',
    );
    assert.equal(headlineOf(text, tokenizer.tokenize(text), 10), undefined);
    // An announcement told as what it says is headed as the announcement, its date left to the body.
    const told = '青葉書房の3月10日の発表によると、西原市に新しい物流センターを建設する。';
    assert.equal(
      headlineOf(told, tokenizer.tokenize(told), 40),
      '青葉書房、西原市に新しい物流センターを建設すると発表',
    );
  });

  it('leaves out a describing clause before a named actor when a headline is too long', () => {
    // Invented: the clause before a proper name says nothing about which one (non-restrictive).
    // (The compound must hold a word the dictionary tags as a proper noun: 大沢.)
    const named =
      '青葉県西原市に本社を置く大沢製菓は3月10日、西原市に新しい物流センターを建設すると発表した。';
    const shorter = withoutActorClause(named, tokenizer.tokenize(named));
    assert.equal(shorter, '大沢製菓は3月10日、西原市に新しい物流センターを建設すると発表した。');
    assert.equal(
      headlineOf(named, tokenizer.tokenize(named), 30),
      '大沢製菓、西原市に新しい物流センターを建設すると発表',
    );
    // With room enough, the sentence is headed whole.
    assert.equal(
      headlineOf(named, tokenizer.tokenize(named), 60),
      '青葉県西原市に本社を置く大沢製菓、西原市に新しい物流センターを建設すると発表',
    );
    // A description with の may stand between the clause and the name; it goes as the headline's.
    const described = '県内を地盤とする菓子メーカーの大沢製菓は3月10日、工場を新設すると発表した。';
    assert.equal(
      withoutActorClause(described, tokenizer.tokenize(described)),
      '菓子メーカーの大沢製菓は3月10日、工場を新設すると発表した。',
    );
    // Before a common noun the clause says which ones: it stays.
    const common = '大雨で浸水した住宅は3月10日までに市内で約20棟にのぼった。';
    assert.equal(withoutActorClause(common, tokenizer.tokenize(common)), undefined);
    // Another topic before the clause: no describing clause of the actor's alone.
    const topic = '市は3月10日、駅前で営業する大沢製菓は移転すると発表した。';
    assert.equal(withoutActorClause(topic, tokenizer.tokenize(topic)), undefined);
  });

  it('reads 同 as a reference back only where it opens a word (同社, not 協同組合)', () => {
    assert.ok(refersBack('同社は3月10日、工場を新設した。'));
    assert.ok(refersBack('市は、同日午後に説明会を開いた。'));
    assert.ok(!refersBack('青葉漁業協同組合は3月10日、直売所を開いた。'));
    assert.ok(!refersBack('2社は共同で新しい店を開く。'));
  });

  it("keeps the は of a nominaliser's の: what it names is no actor (開館が決まったのは3月10日)", () => {
    const text = '新しい図書館の開館が決まったのは3月10日。';
    assert.equal(headlineOf(text, tokenizer.tokenize(text), 40), '新しい図書館の開館が決まったのは3月10日');
  });

  it('reads a sentence that gives the reason for, the rest of, or only the source of the one before as leaning on it', () => {
    for (const text of [
      '駅前の道路が渋滞しているためだ。',
      '3日夕、駅前の道路で事故が起きたため。',
      'ほかの3人にけがはなかった。',
      '青葉書房が3月10日、明らかにした。',
      // A connective that sets the sentence against the one before (代わりに: instead of what?).
      '代わりに、市は臨時バスの運行を検討している。',
      'ところが、工事は予定より遅れている。',
    ])
      assert.equal(standsAlone(text), false, text);
    for (const text of [
      '架空市は3月10日、新しい図書館の計画を明らかにした。',
      '市は渋滞を避けるため、迂回路を設けた。',
    ])
      assert.equal(standsAlone(text), true, text);
  });

  it('drops the prefecture before a city whose name holds kana (萩ノ沢市, 桜ヶ丘市) when too long', () => {
    const built =
      '架空県の出版社の青葉書房は3月10日、架空県萩ノ沢市に新しい物流センターを建設すると発表した。';
    assert.equal(
      headlineOf(built, tokenizer.tokenize(built), 30),
      '青葉書房、萩ノ沢市に新しい物流センターを建設すると発表',
    );
  });

  it('tells a copied run by look-up exactly as the longest-run search does', () => {
    const source = normalizeForMatch(BODY);
    // Runs taken from the source at every length and offset, with a changed character in the middle
    // and a prefix added: the look-up and the search must agree at each threshold.
    const texts = [
      source.slice(0, 40),
      source.slice(15, 60),
      `新たに${source.slice(30, 58)}とした。`,
      `${source.slice(0, 20)}■${source.slice(21, 45)}`,
      '架空市は図書館の計画を見直すと話した。',
      '😀架空市の山田一郎市長（58）は10日、老朽化した中央図書館を建て替え😀',
    ];
    for (const text of texts)
      for (const length of [5, 12, 29, 30, 31]) {
        assert.equal(
          copiesRun(text, source, length),
          copiedRun(text, source) >= length,
          `${length}: ${text}`,
        );
      }
    assert.equal(copiesRun(source.slice(0, 40), source, MAX_COPIED_RUN), true);
    assert.equal(copiesRun('架空市は図書館の計画を見直すと話した。', source, MAX_COPIED_RUN), false);
  });
});

describe('writeSpeechFrame', () => {
  // Invented news, written for this test.
  const TEXT = [
    '港北市の川上真一市長は「商店街に人が戻るよう、夜の催しを毎月開きたい。店主の声も聞いていく」と述べた。',
    '同組合の役員は「説明が足りない」と話した。',
    '「夜の催しは楽しみだ」と近くの住民は話した。',
    '港北商店街振興組合も催しに協力する。',
    '同組合の理事長は「客足が戻るのを待ちたい」と語った。',
  ].join('\n\n');
  it('writes the speaker and the act as an own frame and leaves only the words to quote', async () => {
    const tokenizer = await createTokenizer();
    const read = createUnderstanding(tokenizer).of(documentOf(`${TITLE}\n\n${TEXT}`));
    const find = (start: string) => read.sentences.find((s) => s.text.startsWith(start));
    const mayor = find('港北市') as NonNullable<ReturnType<typeof find>>;
    const split = writeSpeechFrame(mayor, read.norm);
    assert.ok(split);
    assert.equal(split.frame, '港北市の川上真一市長は、こう述べた。');
    assert.equal(split.speaker, '港北市の川上真一市長');
    assert.equal(
      mayor.text.slice(split.start, split.end),
      '商店街に人が戻るよう、夜の催しを毎月開きたい。店主の声も聞いていく',
    );
    // A speaker that leans on a sentence it is not given (同組合) and a quote before its speaker stay whole.
    assert.equal(writeSpeechFrame(find('同組合') as typeof mayor, read.norm), undefined);
    assert.equal(writeSpeechFrame(find('「夜の催し') as typeof mayor, read.norm), undefined);
    // Once an earlier sentence names it in full, 同組合 is written out.
    const chair = find('同組合の理事長') as typeof mayor;
    const before = read.sentences.slice(0, read.sentences.indexOf(chair));
    assert.equal(
      writeSpeechFrame(chair, read.norm, before)?.frame,
      '港北商店街振興組合の理事長は、こう語った。',
    );
  });
});

describe('writeFact: the main clause alone, when the whole sentence would copy too much', () => {
  // Invented news, written for this test.
  const TEXT = [
    '新しい条例案は市議会6月定例会に提出され、7月3日の本会議で採決される見通し。',
    '鷹見町は総工費が約12億円で、2027年度の完成と同時に施設を新しい運営会社へ引き継ぐ方針だ。',
    '運営会社は2026年度に倉庫を買い取り、2027年春に新しい物流拠点と研修施設を開く計画だ。',
  ].join('\n\n');
  it('keeps the topic, the main clause and its modality, and refuses where the topic would change role', async () => {
    const tokenizer = await createTokenizer();
    const read = createUnderstanding(tokenizer).of(documentOf(`${TITLE}\n\n${TEXT}`));
    const write = (start: string) => {
      const found = read.sentences.find((s) => s.text.startsWith(start));
      assert.ok(found, start);
      return writeFact(found, read.norm, read.sentences.slice(0, read.sentences.indexOf(found)));
    };
    // Both verbs passive: the bill is what is submitted and voted on; 見通し stays.
    assert.equal(write('新しい条例案')?.text, '新しい条例案は7月3日の本会議で採決される見通し。');
    // 約12億円で is a copula (総工費 is the figure's subject), not a chained act of 鷹見町: it stays.
    assert.match(write('鷹見町は')?.text ?? '約12億円', /約12億円/u);
    // The object of the chained verb (倉庫を) may be the main verb's too: not dropped.
    assert.equal(write('運営会社は'), undefined);
  });
});

describe('writeSpeechFrame: when and where the speaker spoke stay in the frame', () => {
  // Invented news, written for this test.
  const TEXT = [
    '港北市は10日、駅前広場を改修すると発表した。',
    '川上真一市長は同日の定例記者会見で「広場を市民の居間のような場所にしたい。夜も明るくする」と述べた。',
    '商店会の会長は10日、取材に応じ、「工事中の客足が心配だ。早く説明会を開いてほしい」と話した。',
    '副市長は「費用は国の補助で賄う。市の負担は小さい」と述べ、理解を求めた。',
    '部長は計画を説明した後、「工期は守る」と話した。',
    '課長は9日、現場を見て回った後、報道陣に「工事は予定どおり進める」と話した。',
  ].join('\n\n');
  let read: DocumentUnderstanding;
  before(async () => {
    const tokenizer = await createTokenizer();
    read = createUnderstanding(tokenizer).of(documentOf(`${TITLE}\n\n${TEXT}`));
  });
  const split = (start: string) => {
    const found = read.sentences.find((s) => s.text.startsWith(start));
    assert.ok(found, start);
    return {
      sentence: found,
      frame: writeSpeechFrame(
        found,
        read.norm,
        read.sentences.slice(0, read.sentences.indexOf(found)),
        '2026-03-11T09:00:00+09:00',
      ),
    };
  };

  it('keeps the setting with its date written out, and quotes only the words', () => {
    const { sentence, frame } = split('川上真一市長');
    assert.ok(frame);
    assert.equal(frame.frame, '川上真一市長は3月10日の定例記者会見で、こう述べた。');
    assert.equal(frame.speaker, '川上真一市長');
    assert.equal(
      sentence.text.slice(frame.start, frame.end),
      '広場を市民の居間のような場所にしたい。夜も明るくする',
    );
    assert.ok(copiedRun(frame.frame, read.norm) < MAX_COPIED_RUN, frame.frame);
  });

  it('keeps a chained act of the speaker (述べ、理解を求めた) and a setting of date and act', () => {
    assert.equal(split('副市長は').frame?.frame, '副市長は、こう述べ、理解を求めた。');
    assert.equal(split('商店会の会長は').frame?.frame, '商店会の会長は3月10日、取材に応じ、こう話した。');
  });

  it('leaves a setting that acts on something (計画を説明した後) to the quoted sentence', () => {
    assert.equal(split('部長は').frame, undefined);
  });

  it('keeps only the date a setting that acts on something opens on (9日、現場を見て回った後、…)', () => {
    assert.equal(split('課長は').frame?.frame, '課長は3月9日、こう話した。');
  });
});

describe('writeFact: the original plan a change starts from', () => {
  // Invented news, written for this test.
  const TEXT = [
    '架空鉄道は10日、北浜新線の開業を当初予定の2027年度から2029年度に延期すると発表した。',
    '架空鉄道によると、北浜新線の総事業費は当初の約900億円から約1200億円に膨らむ見通しだという。',
  ].join('\n\n');
  it('drops the phrase that calls the starting point the original, and keeps both points', async () => {
    const tokenizer = await createTokenizer();
    const read = createUnderstanding(tokenizer).of(documentOf(`${TITLE}\n\n${TEXT}`));
    const write = (start: string) => {
      const found = read.sentences.find((s) => s.text.startsWith(start));
      assert.ok(found, start);
      return writeFact(found, read.norm, [], '2026-03-11T09:00:00+09:00')?.text;
    };
    const delay = write('架空鉄道は');
    assert.ok(delay);
    assert.doesNotMatch(delay, /当初予定/u);
    assert.match(delay, /3月10日、北浜新線の開業を2027年度から2029年度に延期すると発表した。$/u);
    const cost = write('架空鉄道によると');
    assert.ok(cost);
    assert.match(cost, /約900億円から約1200億円に/u);
    assert.doesNotMatch(cost, /当初の/u);
  });
});

describe("writeFact: the actor's first act, when neither the whole nor the main clause can be written", () => {
  // Invented news, written for this test.
  const TEXT = [
    '北川市は新図書館の建設に約30億円を投じ、2026年度中に設計と用地の取得を終える。',
    '南山町は旧庁舎の改修に約12億円を投じ、2025年度中に耐震工事と内装の更新を終えた。',
    '東浜村は道の駅の整備に約8億円を投じ、2027年春の開業に合わせて直売所を開く予定だ。',
  ].join('\n\n');
  it("writes the first act with the main clause's tense, and not where the main clause is a plan", async () => {
    const tokenizer = await createTokenizer();
    const read = createUnderstanding(tokenizer).of(documentOf(`${TITLE}\n\n${TEXT}`));
    const write = (start: string) => {
      const found = read.sentences.find((s) => s.text.startsWith(start));
      assert.ok(found, start);
      return writeFact(found, read.norm, [], '2026-03-11T09:00:00+09:00');
    };
    // (Both acts are the city's, and the second has an object of its own: each its own sentence.)
    assert.equal(
      write('北川市は')?.text,
      '北川市は新図書館の建設に約30億円を投じる。北川市は2026年度中に設計と用地の取得を終える。',
    );
    assert.equal(write('北川市は')?.second !== undefined, true);
    assert.equal(
      write('南山町は')?.text,
      '南山町は旧庁舎の改修に約12億円を投じた。南山町は2025年度中に耐震工事と内装の更新を終えた。',
    );
    // 予定 scopes over the whole sentence: its first act alone would drop the plan.
    assert.doesNotMatch(write('東浜村は')?.text ?? '', /投じる。$/u);
  });
});

describe('writeFact: two statements joined in one sentence, each written as a sentence of its own', () => {
  // Invented news, written for this test: each sentence copies 30 characters or more as a whole,
  // and each of its two statements fewer.
  const TEXT = [
    '大雨で東町の町道が約50メートルにわたって崩れ、町は近くの住民12世帯に避難を呼びかけた。',
    '市内の空き家は約1200戸に増えていて、市は所有者向けの相談窓口を新たに設ける。',
    '駅前の新しい市民体育館は2024年の春に完成し、観客席の数は約3000席。',
    '駅前の再開発計画をめぐり、市議会の特別委員会は住民の意見を聞く会を開くことを決めた。',
    '町によると、橋の補修工事は夏までに終わり、秋には大型車も通れるようになるという。',
    '東町の橋は架け替え工事で通れなくなり、住民は約2キロ離れた仮設の橋を使っている。',
  ].join('\n\n');
  const page = writtenPage(TEXT);
  const write = page.write;

  it('ends the first statement in the main clause’s tense (崩れ、…呼びかけた → 崩れた。…) and ていて as ている', () => {
    assert.equal(
      write('大雨で'),
      '大雨で東町の町道が約50メートルにわたって崩れた。町は近くの住民12世帯に避難を呼びかけた。',
    );
    assert.equal(
      write('市内の空き家'),
      '市内の空き家は約1200戸に増えている。市は所有者向けの相談窓口を新たに設ける。',
    );
    for (const start of ['大雨で', '市内の空き家'])
      assert.ok(copiedRun(write(start), page.read().norm) < MAX_COPIED_RUN, start);
  });

  it('gives no ✅ line: a card line is one compact sentence (ownOnCard)', () => {
    const split = readCandidates(page.read()).find((candidate) =>
      candidate.sentence.text.startsWith('大雨で'),
    );
    assert.ok(split?.written?.second !== undefined);
    assert.equal(ownOnCard(split), false);
  });

  it('does not split where the first statement’s tense or standing is not said', () => {
    // After a noun (観客席の数は約3000席): 完成した or 完成する is not said.
    assert.doesNotMatch(write('駅前の新しい'), /完成(?:した|する)。/u);
    // をめぐり is a compound particle, not a statement.
    assert.doesNotMatch(write('駅前の再開発'), /めぐった|めぐる。/u);
    // …という is the town's report of both statements: neither is written without it.
    assert.doesNotMatch(write('町によると'), /終わ(?:った|る)。/u);
    // An act before a present state (使っている) may be done already.
    assert.doesNotMatch(write('東町の橋'), /通れなくな(?:る|った)。/u);
  });
});

describe('writeFact: a negative chained clause (…ず、) ended on ない as a statement of its own', () => {
  // Invented news, written for this test: each sentence copies 30 characters or more as a whole,
  // and each of its two statements fewer. The clause before ず、 says what did not happen; it ends
  // on ない in the main clause's tense.
  const TEXT = [
    '北浜町の体育館の照明は夜の点検で一度もつかず、町の職員が翌朝に業者へ修理を依頼した。',
    '東浜村の古い倉庫には前の晩から誰も入っておらず、隣の畑にいた住民が煙を見つけて通報した。',
    '西浜市の清掃工場は新しい焼却炉の試験運転を予定どおりに実施せず、市は周辺の自治会へ延期を伝えた。',
    '南山町の給食センターでは冷蔵庫の扉が朝から閉まらず、栄養士が献立の一部を急いで変えている。',
    '町によると、旧道の街灯は夜になっても明かりがつかず、近くの住民が役場に連絡したという。',
  ].join('\n\n');
  const page = writtenPage(TEXT);
  const write = page.write;

  it('ends the first statement on ない / なかった (つかず → つかなかった, おらず → いなかった, せず → しなかった)', () => {
    assert.equal(
      write('北浜町の'),
      '北浜町の体育館の照明は夜の点検で一度もつかなかった。町の職員が翌朝に業者へ修理を依頼した。',
    );
    assert.equal(
      write('東浜村の'),
      '東浜村の古い倉庫には前の晩から誰も入っていなかった。隣の畑にいた住民が煙を見つけて通報した。',
    );
    assert.equal(
      write('西浜市の'),
      '西浜市の清掃工場は新しい焼却炉の試験運転を予定どおりに実施しなかった。市は周辺の自治会へ延期を伝えた。',
    );
    for (const start of ['北浜町の', '東浜村の', '西浜市の'])
      assert.ok(copiedRun(write(start), page.read().norm) < MAX_COPIED_RUN, start);
  });

  it('does not split where the first statement’s tense is not said or the report covers both', () => {
    // A present state after it (変えている): an act before a present state may be done already.
    assert.doesNotMatch(write('南山町の'), /閉まらない。/u);
    // …という is the town's report of both statements.
    assert.doesNotMatch(write('町によると'), /つかなかった。|つかない。/u);
  });
});

describe('writeFact: two statements under a closing という, each told so', () => {
  // Invented news, written for this test: the sentence copies 30 characters or more as a whole,
  // and each of its two statements fewer. The closing という frames the whole sentence: its と
  // does not make the second statement's subject (市道が) one of a clause embedded under it.
  const page = writtenPage(
    '北町の住宅街で古い水道管が寒さで破裂し、近くの市道がしばらくの間水につかったという。',
  );

  it('splits it, each statement keeping its という', () => {
    const written = page.write('北町の');
    assert.equal(
      written,
      '北町の住宅街で古い水道管が寒さで破裂したという。近くの市道がしばらくの間水につかったという。',
    );
    assert.ok(copiedRun(written, page.read().norm) < MAX_COPIED_RUN);
  });
});

describe('writeFact: an update tag’s time goes with the tag', () => {
  // Invented news, written for this test: the day in a dropped update tag (【更新・10日15時】) is
  // not written out in front of the sentence; the sentence's own day is.
  const page = writtenPage(
    [
      '【更新・10日15時】北浜市は10日、市民プールの営業を来週の月曜日から再開すると発表した。',
      '【追記・10日9時】東浜町は10日、町営の駐車場を点検のため閉鎖した。',
    ].join('\n\n'),
  );

  it('writes the sentence from its own words, without the tag’s day', () => {
    assert.equal(page.write('【追記'), '東浜町は3月10日、町営の駐車場を点検のため閉鎖した。');
    assert.match(page.write('【更新'), /^北浜市の3月10日の発表によると、/u);
  });
});

describe('writeFact: a but-clause (…したが、…) written as two plain sentences', () => {
  // Invented news, written for this test: each sentence copies 30 characters or more as a whole,
  // and each of its two statements fewer. The clause before が、 already says its tense and its
  // negation, so it ends where it stands.
  const TEXT = [
    '東浜町の図書館は長い間改修工事をしていたが、貸し出しの窓口は休まずに開いている。',
    '架空市の商店街は週末に大きな催しを開いているが、平日は人通りが少ないままになっている。',
    'みなと町によると、旧校舎の屋根は傷みが見つかっていたが、修理の予算はまだ付いていないという。',
    '北浜市の海水浴場には監視塔が三つ建っているが、係員の数が足りず、昼の間しか使われていない。',
    '引率の係は朝に子どもの頭数を確かめていたが、帰りのバスに乗る時にはもう一度確かめなかった。',
    '港に停めてあった小型の漁船二隻は強い風で岸壁にぶつかったが、いずれも船体に大きな傷はなかった。',
  ].join('\n\n');
  const page = writtenPage(TEXT);
  const write = page.write;

  it('ends the first statement on its own predicate and keeps the second whole', () => {
    assert.equal(
      write('東浜町の図書館'),
      '東浜町の図書館は長い間改修工事をしていた。貸し出しの窓口は休まずに開いている。',
    );
    assert.equal(
      write('架空市の商店街'),
      '架空市の商店街は週末に大きな催しを開いている。平日は人通りが少ないままになっている。',
    );
    for (const start of ['東浜町の図書館', '架空市の商店街'])
      assert.ok(copiedRun(write(start), page.read().norm) < MAX_COPIED_RUN, start);
  });

  it('gives each statement the report of the whole sentence (its source and という)', () => {
    assert.equal(
      write('みなと町によると'),
      'みなと町によると、旧校舎の屋根は傷みが見つかっていたという。みなと町によると、修理の予算はまだ付いていないという。',
    );
  });

  it('does not split where the second statement would not say who or what', () => {
    // 係員の数が is the subject of the chained 足りず, not of 使われていない.
    assert.doesNotMatch(write('北浜市の海水浴場'), /建っている。/u);
    // …時には sets a time, no subject: who did not check is the topic of the first statement.
    assert.doesNotMatch(write('引率の係は'), /確かめていた。/u);
    // いずれも points back to the two boats of the first statement.
    assert.doesNotMatch(write('港に停めてあった'), /。いずれも/u);
  });
});

describe('writeFact: a reported sentence of two statements, each told by its source', () => {
  // Invented news, written for this test: a source opening the sentence (Xによると、) and a closing
  // という cover both statements, so each written statement keeps them.
  const TEXT = [
    'みなと町によると、旧庁舎の解体工事は来月中旬から始まり、跡地には約200台分の町営駐車場が整備される。',
    '架空鉄道によると、北浜駅の新しい駅舎は2027年春に完成し、駅前広場には路線バスの乗り場が設けられるという。',
    '西原市の旧市民会館は来年3月で閉館し、市は跡地を民間の事業者に売却する方針だという。',
    'あおば町によると、町長は住民説明会を今月中に開くと述べ、住民の一部は計画に反対しているという。',
    '北浜市によると、五日朝に橋の下を調べたところ、橋脚に大きな亀裂があり、そこから中の鉄筋が見えていた。',
    '近くに住む会社員の山川太郎さん（51）によると、裏の川の水が夜のうちにあふれ、駐車場に止めてあった車が少なくとも5台水につかった。',
  ].join('\n\n');
  const page = writtenPage(TEXT);
  const write = page.write;

  it('gives each statement the source that opens the sentence and the closing という', () => {
    assert.equal(
      write('みなと町によると'),
      'みなと町によると、旧庁舎の解体工事は2026年4月中旬から始まる。みなと町によると、跡地には約200台分の町営駐車場が整備される。',
    );
    assert.equal(
      write('架空鉄道によると'),
      '架空鉄道によると、北浜駅の新しい駅舎は2027年春に完成するという。架空鉄道によると、駅前広場には路線バスの乗り場が設けられるという。',
    );
    // (The source's phrase as the sentence writes it: its parenthetical left out both times.)
    assert.equal(
      write('近くに住む'),
      '近くに住む会社員の山川太郎さんによると、裏の川の水が夜のうちにあふれた。近くに住む会社員の山川太郎さんによると、駐車場に止めてあった車が少なくとも5台水につかった。',
    );
    for (const start of ['みなと町によると', '架空鉄道によると'])
      assert.ok(copiedRun(write(start), page.read().norm) < MAX_COPIED_RUN, start);
  });

  it('does not split where the report covers less than the whole or the last statement is hedged', () => {
    // 方針だ: the second statement is a plan (a hedge), which the first would not carry.
    assert.doesNotMatch(write('西原市の旧市民会館'), /閉館する(?:という)?。/u);
    // と述べ: a speaker's words inside the report cover only the first statement.
    assert.doesNotMatch(write('あおば町によると'), /開くと述べた(?:という)?。/u);
    // そこから leans on the statement before it: not a sentence of its own.
    assert.doesNotMatch(write('北浜市によると'), /。(?:北浜市によると、)?そこから/u);
  });
});

describe('writeFact: 同社 / 同会 written out as the body the page made an actor', () => {
  it('writes 同社 for a company presented in 「」 or far back, and not 同会 for a body named before a nearer one', async () => {
    const tokenizer = await createTokenizer();
    const filler = [
      '対象は2024年に製造した約3万個。',
      '購入者から「食べている途中で硬いものが口に当たった」と連絡があった。',
      '県の保健所は製造工程の点検を求めた。',
      '工場では約80人が働いている。',
      '製品は県内のスーパーで販売されていた。',
      '返金は着払いで受け付ける。',
      '健康被害の報告は入っていない。',
      '原因は機械の部品の欠けとみられる。',
      '工場は当面、この製品の製造を止める。',
    ];
    const text = [
      `${TITLE}`,
      '冷凍食品メーカー「架空フーズ」は9日、えびグラタン約3万個を自主回収すると発表した。',
      ...filler,
      '同社は事故について経済産業省に報告した。',
      '小浜市議会が10日に予算案を可決したことを受け、住民グループ「みなとの緑を守る会」は12日、署名活動を始めると発表した。',
      '同会は1か月で5000人分の署名を集めることを目標に掲げる。',
    ].join('\n\n');
    const read = createUnderstanding(tokenizer).of(documentOf(text));
    const written = (start: string) =>
      readCandidates(read).find((candidate) => candidate.sentence.text.startsWith(start))?.written?.text ??
      '';
    // Named ten sentences before, in 「」 after the word for a company: still the company.
    assert.equal(written('同社は事故'), '架空フーズは事故について経済産業省に報告した。');
    // The nearer body called 会 is the group, not the council the coreference may find.
    assert.doesNotMatch(written('同会は'), /小浜市議会/u);
  });
});

/** What the writer makes of the sentence opening on `start` of a page of `lines` (invented news). */
async function writtenOf(lines: readonly string[], start: string): Promise<string | undefined> {
  const read = createUnderstanding(await createTokenizer()).of(documentOf(lines.join('\n\n')));
  return readCandidates(read).find((candidate) => candidate.sentence.text.startsWith(start))?.written?.text;
}

describe('writeFact: 同署 / 同港 written out as the one station or port named in passing', () => {
  const FIRE = [
    '架空市の倉庫で火災、けが人なし',
    '11日夜、架空市の倉庫から火が出たことが、12日、萩緒署への取材で分かった。',
  ];
  it('writes 同署 for a station the page named only as its source, never a common noun of the kind', async () => {
    const lines = [
      ...FIRE,
      '倉庫には段ボールや木材が置かれていた。',
      '同署は倉庫の管理者から出火当時の状況を聞いている。',
      '市内の動物園でキリンの赤ちゃんが生まれたのは初めて。',
      '同園は来月から赤ちゃんを一般に公開する予定だ。',
    ];
    // The only station named, though only as the source of the news (…署への取材で): written out.
    assert.equal(await writtenOf(lines, '同署は'), '萩緒署は倉庫の管理者から出火当時の状況を聞いている。');
    // 動物園 is what the park is, not its name: 同園 stays unresolved, the sentence is not written.
    assert.equal(await writtenOf(lines, '同園は'), undefined);
  });

  it('writes 同社 for the one company the page named in passing, never where it named two', async () => {
    const crane = [
      '架空市の港でクレーン倒れる',
      '架空市の萩緒港で12日、荷役用のクレーンが倒れ、操作していた萩緒運輸の男性社員がけがをした。',
      'クレーンは市が所有している。',
      '同社は作業の手順を全面的に見直す方針だ。',
    ];
    // Named only through its staff (萩緒運輸の男性社員), yet the only company on the page: written out.
    assert.equal(await writtenOf(crane, '同社は'), '萩緒運輸は作業の手順を全面的に見直す方針だ。');
    const two = [
      ...crane.slice(0, 2),
      'クレーンは浜沢重工が製造し、市が所有している。',
      '同社は作業の手順を全面的に見直す方針だ。',
    ];
    // (Two companies on the page: neither is written for 同社, whichever test of the two finds it.)
    assert.doesNotMatch((await writtenOf(two, '同社は')) ?? '', /萩緒運輸|浜沢重工/u);
  });

  it('leaves 同港 or 同署 where the page named two of the kind, the nearer not surely the one meant', async () => {
    const port = [
      '架空市の港でクレーン倒れる',
      '架空市の萩緒港で12日、荷役用のクレーンが倒れた。',
      '入港を予定していた船は、約20キロ北の浜沢港に向かう。',
      '同港の年間の取扱量は約5万個に上る。',
    ];
    assert.doesNotMatch((await writtenOf(port, '同港の')) ?? '', /浜沢港|萩緒港/u);
    const station = [
      ...FIRE,
      '隣の町の住民は、浜沢消防署に煙が見えると通報した。',
      '同署は倉庫の管理者から出火当時の状況を聞いている。',
    ];
    assert.doesNotMatch((await writtenOf(station, '同署は')) ?? '', /萩緒署/u);
  });
});

describe('writeFact: この/その + a noun the sentence before names, この日, and openers that only link', () => {
  const CROSSING = [
    '架空市の踏切で列車と車が衝突',
    '12日朝、架空市の萩緒踏切で、普通列車と軽トラックが衝突した。',
  ];

  it('writes the noun as the sentence before names it, and drops この before a noun it names alone', async () => {
    const lines = [
      ...CROSSING,
      'この踏切には遮断機がなく、警報機だけが設置されている。',
      '運転手は近くの病院に運ばれたが、軽いけがだった。',
      'この病院によると、運転手は意識がはっきりしている。',
    ];
    assert.equal(
      await writtenOf(lines, 'この踏切'),
      '萩緒踏切には遮断機がなく、警報機だけが設置されている。',
    );
    assert.equal(await writtenOf(lines, 'この病院'), '病院によると、運転手は意識がはっきりしている。');
  });

  it('writes この日 as the one day the sentence before names, never where two were or the sentence names one', async () => {
    const one = [...CROSSING, 'この日、市は踏切の安全対策を話し合う会議を開いた。'];
    assert.equal(await writtenOf(one, 'この日'), '3月12日、市は踏切の安全対策を話し合う会議を開いた。');
    const two = [
      CROSSING[0] as string,
      '12日朝、架空市の萩緒踏切で普通列車と軽トラックが衝突し、13日に運転を再開した。',
      'この日、市は踏切の安全対策を話し合う会議を開いた。',
    ];
    assert.equal(await writtenOf(two, 'この日'), undefined);
    // The day named earlier in the same sentence: written out, it would be said twice.
    const same = [...CROSSING, '市は14日に住民説明会を開き、その日のうちに踏切の対策案をまとめた。'];
    assert.doesNotMatch((await writtenOf(same, '市は14日')) ?? '', /日のうちに/u);
  });

  it('drops an opener that only orders the sentence after the one before or gives it as the cause', async () => {
    const lines = [
      ...CROSSING,
      'その後、警察は軽トラックの運転手から当時の状況を聴いた。',
      '衝突の衝撃で、線路の設備の一部が壊れた。',
      'このため、列車は約1時間にわたって運転を見合わせた。',
    ];
    assert.equal(await writtenOf(lines, 'その後'), '警察は軽トラックの運転手から当時の状況を聴いた。');
    assert.equal(await writtenOf(lines, 'このため'), '列車は約1時間にわたって運転を見合わせた。');
  });

  it('leaves この/その where the noun is a time, named nowhere before, or only part of other words', async () => {
    const lines = [
      ...CROSSING,
      'この春には踏切に新しい警報機が付けられる予定だった。',
      '列車には乗客約40人が乗っていた。',
      'この車両は2010年に製造されたものだという。',
      '村は毎年、踏み切り台や着地斜面を補修してきた。',
      'その台の上に、少年団の子どもたちが並んだ。',
      '市は国の交付金の配分を受けている。',
      'その分が来年度の予算から差し引かれる見通しだ。',
      '乗客のうち3人が体の痛みを訴えた。',
      'このうち1人は病院で手当てを受けた。',
    ];
    assert.equal(await writtenOf(lines, 'この春'), undefined);
    assert.equal(await writtenOf(lines, 'この車両'), undefined);
    assert.equal(await writtenOf(lines, 'その分'), undefined);
    // A one-character noun named only inside a compound (踏み切り台): another 台 may be meant.
    assert.equal(await writtenOf(lines, 'その台'), undefined);
    assert.equal(await writtenOf(lines, 'このうち'), undefined);
  });
});

describe('writeFact: openers written without a comma', () => {
  // Invented news, written for this test.
  const RECALL = ['架空市の学校給食で異物混入', '架空市の学校給食のパンに金属片が混じっていた。'];

  it('drops その後 / このため / これに対して that open a sentence without a comma, as a word of its own', async () => {
    const lines = [
      ...RECALL,
      'このため市は給食のパンの提供を当面見合わせることにした。',
      'これに対して保護者の会は給食の再開を急ぐよう市に求めた。',
      'その後市教育委員会は全ての学校に調査の結果を知らせた。',
    ];
    assert.equal(await writtenOf(lines, 'このため'), '市は給食のパンの提供を当面見合わせることにした。');
    assert.equal(await writtenOf(lines, 'これに対して'), '保護者の会は給食の再開を急ぐよう市に求めた。');
    assert.equal(await writtenOf(lines, 'その後市'), '市教育委員会は全ての学校に調査の結果を知らせた。');
  });

  it('leaves その後 where it is a noun or times a figure (その後の会見, その後2週間で)', async () => {
    const lines = [
      ...RECALL,
      'その後の記者会見で市長は給食の安全を確かめると述べた。',
      'その後2週間で市は全ての学校の給食室を点検した。',
    ];
    assert.equal(await writtenOf(lines, 'その後の'), undefined);
    assert.equal(await writtenOf(lines, 'その後2'), undefined);
  });
});

describe('writeFact: the actor’s reason or purpose left out where the whole would copy', () => {
  // Invented news, written for this test.
  const TEXT = [
    'みどり市は、利用者の安全を確かめるため、中央公園の大型遊具の使用を当面の間すべて取りやめた。',
    '北浜漁業協同組合は、漁獲量が大きく減る恐れがあるとして、沖合の洋上風力発電所の建設計画に反対している。',
    '南浜漁業協同組合は、漁獲量が約3割減る恐れがあるとして、沖合の洋上風力発電所の建設計画に反対している。',
    '村は、住民の安全を確かめるため、職員を派遣した。',
  ].join('\n\n');
  it('drops ため、 and として、 between the topic and the act, not with a figure in it nor when the whole can be written', async () => {
    const read = createUnderstanding(await createTokenizer()).of(documentOf(`${TITLE}\n\n${TEXT}`));
    const write = (start: string) => {
      const found = read.sentences.find((s) => s.text.startsWith(start));
      assert.ok(found, start);
      return writeFact(found, read.norm, [], '2026-03-11T09:00:00+09:00')?.text;
    };
    assert.equal(write('みどり市は'), 'みどり市は、中央公園の大型遊具の使用を当面の間すべて取りやめた。');
    assert.equal(write('北浜漁業'), '北浜漁業協同組合は、沖合の洋上風力発電所の建設計画に反対している。');
    // The reason holds a figure (約3割): a key fact, not left out.
    assert.notEqual(write('南浜漁業'), '南浜漁業協同組合は、沖合の洋上風力発電所の建設計画に反対している。');
    // Short enough to write whole: the purpose stays.
    assert.equal(write('村は'), '村は、住民の安全を確かめるため、職員を派遣した。');
  });
});

describe('writeFact: the source of a report set after the topic of what it reports', () => {
  // Invented news, written for this test.
  const TEXT = [
    'あおば町観光協会によると、今年の春祭りに訪れた人は前の年の同じ時期より約1割多い約3万2000人だった。',
    '県警によりますと、盗まれた重機は市内の工事現場に置かれていた小型のショベルカー1台だということです。',
    'みなと町によると、午前中に出発した上りの臨時列車には約420人、下りの臨時列車には約380人が乗った。',
    'みなと市によると、3日夕方、海沿いの市道で古い街灯の柱が根元から折れて歩道側に倒れているのが見つかった。',
    'みなと市によると、倒れた柱は高さ約6メートル。',
  ].join('\n\n');
  let read: DocumentUnderstanding;
  let tokenizer: Tokenizer;
  before(async () => {
    tokenizer = await createTokenizer();
    read = createUnderstanding(tokenizer).of(documentOf(`${TITLE}\n\n${TEXT}`));
  });
  const write = (start: string) => {
    const found = read.sentences.find((s) => s.text.startsWith(start));
    assert.ok(found, start);
    return writeFact(found, read.norm, [], '2026-03-11T09:00:00+09:00')?.text;
  };
  it('moves Xによると、 after the topic where the sentence as it stands would copy its source', () => {
    assert.equal(
      write('あおば町観光協会'),
      '2026年の春祭りに訪れた人は、あおば町観光協会によると、前の年の同じ時期より約1割多い約3万2000人だった。',
    );
    // A broadcaster's によりますと … ということです: plain style, the hearsay kept.
    assert.equal(
      write('県警によりますと'),
      '盗まれた重機は、県警によると、市内の工事現場に置かれていた小型のショベルカー1台だという。',
    );
  });
  it('leaves it where a second topic follows, where no topic follows it straight, and where the whole can be written', () => {
    // (After the first of two topics the source would read as the first statement's only.)
    assert.doesNotMatch(write('みなと町によると') ?? '', /には、みなと町によると/u);
    // (A time after the frame: no topic right after it.)
    assert.doesNotMatch(write('みなと市によると、3日') ?? '', /、みなと市によると、/u);
    assert.equal(write('みなと市によると、倒れた'), 'みなと市によると、倒れた柱は高さ約6メートル。');
  });
  it('gives such a sentence no headline', () => {
    const text = '倒れた柱は、みなと市によると、高さ約6メートルで、1978年に立てられた。';
    assert.equal(headlineOf(text, tokenizer.tokenize(text), 40), undefined);
  });
});

describe('plainTextOf: a broadcaster’s polite past of 来る', () => {
  it('writes てきました as てきた (カ変), not てくった', async () => {
    const text = `${TITLE}\n\n駅前の時計台は、町のシンボルとして住民に親しまれてきました。`;
    const read = createUnderstanding(await createTokenizer()).of(documentOf(text));
    const found = read.sentences.find((s) => s.text.startsWith('駅前の'));
    assert.ok(found);
    assert.equal(plainTextOf(found), '駅前の時計台は、町のシンボルとして住民に親しまれてきた。');
  });
});

describe('plainTextOf: a broadcaster’s polite negative', () => {
  // Invented news, written for this test: ません is ない said politely, ませんでした is なかった.
  const cases: Array<[string, string]> = [
    ['転んだ子どもに擦り傷もありませんでした。', '転んだ子どもに擦り傷もなかった。'],
    ['その朝、東浜町の畑に霜は降りませんでした。', 'その朝、東浜町の畑に霜は降りなかった。'],
    ['山の上の売店は、再開の見通しが立っていません。', '山の上の売店は、再開の見通しが立っていない。'],
    ['係員は落とし物の持ち主を探し出せませんでした。', '係員は落とし物の持ち主を探し出せなかった。'],
    ['池の水位は夕方になっても下がりませんでした。', '池の水位は夕方になっても下がらなかった。'],
    ['町は今年の花火大会の会場を変えません。', '町は今年の花火大会の会場を変えない。'],
    [
      '大雪の日は、町の巡回バスが山の集落まで来ませんでした。',
      '大雪の日は、町の巡回バスが山の集落まで来なかった。',
    ],
  ];
  for (const [source, plain] of cases)
    it(`writes ${source} as ${plain}`, async () => {
      const read = createUnderstanding(await createTokenizer()).of(documentOf(`${TITLE}\n\n${source}`));
      const found = read.sentences.find((s) => s.text === source);
      assert.ok(found);
      assert.equal(plainTextOf(found), plain);
    });

  it('writes a polite negative inside the sentence too (ませんので → ないので)', async () => {
    const source = '大雪の日は、町の巡回バスが山の集落まで来ませんので、住民は歩いて下りました。';
    const read = createUnderstanding(await createTokenizer()).of(documentOf(`${TITLE}\n\n${source}`));
    const found = read.sentences.find((s) => s.text === source);
    assert.ok(found);
    assert.equal(
      plainTextOf(found),
      '大雪の日は、町の巡回バスが山の集落まで来ないので、住民は歩いて下りた。',
    );
  });
});

describe('composeTimeline: two statements written as two sentences', () => {
  it('dates the entry by its first statement, not by a date only the second names', async () => {
    // Invented news, written for this test.
    const text = `${TITLE}\n\n近年は市立病院で常勤医の退職が相次ぎ、2024年度には夜間の救急受け入れを週3日に減らしていた。\n\n市は2026年4月に新しい救急センターを開く予定だ。`;
    const read = createUnderstanding(await createTokenizer()).of(documentOf(text));
    const candidates = readCandidates(read);
    const split = candidates.find((candidate) => candidate.sentence.text.startsWith('近年'));
    assert.equal(
      split?.written?.text,
      '近年は市立病院で常勤医の退職が相次いだ。2024年度には夜間の救急受け入れを週3日に減らしていた。',
    );
    const { entries } = composeTimeline([candidates], (candidate) => candidate.written?.text);
    assert.ok(
      !entries.some((entry) => entry.date === '2024年度'),
      entries.map((entry) => entry.date).join(', '),
    );
  });
});

describe('writeSpeechFrame: a remark reported in the present or in a broadcaster’s polite style', () => {
  it('frames と話している and と話しました / とコメントしています in the article’s plain style', async () => {
    // Invented news, written for this test.
    const text = [
      TITLE,
      '港北大学の森田恵子教授は「空き店舗の活用には、家賃の補助だけでなく、人を呼ぶ仕掛けが要る」と話している。',
      '港北市の川上真一市長は「来年度の予算で、商店街の支援を手厚くしたい」と話しました。',
      '商店街振興組合の理事長は「まずは夜の催しで人を呼び戻したい」とコメントしています。',
      '港北市の商工課は「空き店舗の調査を年内にまとめる」としている。',
      '港北大学の森田恵子教授は「家賃の補助は一時しのぎにすぎない」とした。',
    ].join('\n\n');
    const read = createUnderstanding(await createTokenizer()).of(documentOf(text));
    const frame = (start: string) => {
      const found = read.sentences.find((s) => s.text.startsWith(start));
      assert.ok(found, start);
      return writeSpeechFrame(found, read.norm)?.frame;
    };
    assert.equal(frame('港北大学'), '港北大学の森田恵子教授は、こう話している。');
    assert.equal(frame('港北市'), '港北市の川上真一市長は、こう話した。');
    assert.equal(frame('商店街'), '商店街振興組合の理事長は、こうコメントしている。');
    // 「…」としている / とした (states that): the words said, told as 述べている / 述べた.
    assert.equal(frame('港北市の商工課'), '港北市の商工課は、こう述べている。');
    assert.equal(frame('港北大学の森田恵子教授は「家賃'), '港北大学の森田恵子教授は、こう述べた。');
  });
});

describe('writeSpeechFrame: the speaker as news names them, and the act as news reports it', () => {
  it('frames a remark after a speaker with a name in brackets, after an opener, or reported in the present', async () => {
    // Invented news, written for this test.
    const text = [
      TITLE,
      '港北電機は10日、新しい工場を港北市に建てると発表した。',
      '市民団体「港北の緑を守る会」の木下純代表は「森を削る計画は受け入れられない」と批判した。',
      '一方、港北市の川上真一市長は「雇用が増えることを歓迎したい」と述べた。',
      '港北大学の森田恵子教授は「地元の部品会社にも仕事が回る」と指摘する。',
      '港北商工会議所の大野健会頭は「若い人が街に残るきっかけになる」と期待を込めた。',
      '県環境保全課は「工事の前に水質への影響を調べてほしい」とのコメントを出した。',
      '同社の広報担当者は「住民への説明会を来月に開く」と話した。',
      '近くに住む女性は「工事の音が心配だ」と不安そうに話した。',
      '港北動物園の柚木康平園長は「新しい工場の緑地にも期待したい」と喜んだ。',
      'これに対し、港北電機の森田健社長は「丁寧に説明を重ねる」と述べた。',
    ].join('\n\n');
    const read = createUnderstanding(await createTokenizer()).of(documentOf(text));
    const frame = (start: string) => {
      const at = read.sentences.findIndex((s) => s.text.startsWith(start));
      const found = read.sentences[at];
      assert.ok(found, start);
      const split = writeSpeechFrame(found, read.norm, read.sentences.slice(0, at));
      return split && { frame: split.frame, words: found.text.slice(split.start, split.end) };
    };
    assert.deepEqual(frame('市民団体'), {
      frame: '市民団体「港北の緑を守る会」の木下純代表は、こう批判した。',
      words: '森を削る計画は受け入れられない',
    });
    assert.equal(frame('一方')?.frame, '港北市の川上真一市長は、こう述べた。');
    assert.equal(frame('港北大学')?.frame, '港北大学の森田恵子教授は、こう指摘する。');
    assert.equal(frame('港北商工')?.frame, '港北商工会議所の大野健会頭は、こう期待を込めた。');
    assert.equal(frame('県環境')?.frame, '県環境保全課は、次のようなコメントを出した。');
    // 同社: the company the page made an actor (港北電機は…発表した), as writeFact writes it out.
    assert.equal(frame('同社')?.frame, '港北電機の広報担当者は、こう話した。');
    // How they said it stays with the act; これに対し、 leans on the sentence before, as 一方、 does.
    assert.equal(frame('近くに')?.frame, '近くに住む女性は、こう不安そうに話した。');
    assert.equal(frame('港北動物園')?.frame, '港北動物園の柚木康平園長は、こう喜んだ。');
    assert.equal(frame('これに対し')?.frame, '港北電機の森田健社長は、こう述べた。');
  });

  it('leaves whole a sentence with two remarks, or whose speaker no sentence before names', async () => {
    // Invented news, written for this test.
    const text = [
      TITLE,
      '同社の広報担当者は「住民への説明会を来月に開く」と話した。',
      '木下純代表は「計画は受け入れられない」と話し、「署名を集める」と述べた。',
      '「森を守りたい」と話す住民は、代表の呼びかけに応じた。',
    ].join('\n\n');
    const read = createUnderstanding(await createTokenizer()).of(documentOf(text));
    for (const start of ['同社', '木下', '「森']) {
      const at = read.sentences.findIndex((s) => s.text.startsWith(start));
      const found = read.sentences[at];
      assert.ok(found, start);
      assert.equal(writeSpeechFrame(found, read.norm, read.sentences.slice(0, at)), undefined, start);
    }
  });
});

describe('writeFact: a fiscal period set in kanji numerals', () => {
  it('writes 二〇二六年三月期 as 2026年3月期, not as a month of the fiscal year (2025年3月)', async () => {
    // Invented news, written for this test.
    const text = `${TITLE}\n\nみどり電機は二〇二六年三月期の業績予想を下方修正するかどうか検討している。`;
    const read = createUnderstanding(await createTokenizer()).of(documentOf(text));
    const found = read.sentences.find((s) => s.text.startsWith('みどり電機'));
    assert.ok(found);
    assert.equal(
      writeFact(found, '', [], '2026-01-22T09:00:00+09:00')?.text,
      'みどり電機は2026年3月期の業績予想を下方修正するかどうか検討している。',
    );
  });
});

describe('writeFact: an announcement about something named before its actor', () => {
  it('opens the content with what it is about (…について、実行委員会は、9日、…と発表した)', async () => {
    // Invented news, written for this test.
    const text = `${TITLE}\n\n北浜町で毎年7月に開かれている「北浜港まつり」について、実行委員会は、9日、開催を中止すると発表しました。`;
    const read = createUnderstanding(await createTokenizer()).of(documentOf(text));
    const found = read.sentences.find((s) => s.text.startsWith('北浜町'));
    assert.ok(found);
    const written = writeFact(found, read.norm, [], '2026-03-11T09:00:00+09:00')?.text;
    assert.equal(
      written,
      '実行委員会の3月9日の発表によると、北浜町で毎年7月に開かれている「北浜港まつり」について、開催を中止する。',
    );
    assert.ok(copiedRun(written ?? '', read.norm) < MAX_COPIED_RUN);
  });
});

describe('writeFact: a day later than the page’s, in the page’s month', () => {
  it('writes 14日から as 3月14日から when the page dates it to its own month (a step to come), not a day of a later month', async () => {
    // Invented news, written for this test: a page of 11 March.
    const text = `${TITLE}\n\n架空市は14日から図書館の開館時間を午後9時まで延ばす。\n\n架空市は8日に説明会を開く予定だ。`;
    const read = createUnderstanding(await createTokenizer()).of(documentOf(text));
    const writeOwn = (start: string) => {
      const found = read.sentences.find((s) => s.text.startsWith(start));
      assert.ok(found, start);
      return writeFact(found, '', [], '2026-03-11T09:00:00+09:00')?.text ?? '';
    };
    assert.equal(writeOwn('架空市は14日'), '架空市は3月14日から図書館の開館時間を午後9時まで延ばす。');
    // A plan on a day before the page's (8日 on a page of the 11th) is a day of a month the page does not name.
    assert.doesNotMatch(writeOwn('架空市は8日'), /3月8日/u);
  });
});

describe('writeFact: a month or year named relative to the page', () => {
  it('writes 今月5日, 先月20日, 来月から and 来年の as the dates they are (3月5日, 2月20日, 2026年4月から, 2027年の), and leaves 今年度 as written', async () => {
    // Invented news, written for this test: a page of 11 March 2026 (and one of 15 January 2026).
    const text = `${TITLE}\n\n架空市によると、今月５日、図書館の利用者から「本が濡れている」と連絡があった。\n\n架空市は先月20日に図書館の利用者説明会を開いた。\n\n架空市は来月から図書館の開館時間を延ばす。\n\n架空市は来年の図書購入費を約3000万円とする方針だ。\n\n架空市は今年度の図書購入費を約2800万円とした。\n\n架空市の図書館では今年館内で約3000冊の本が見つかった。`;
    const read = createUnderstanding(await createTokenizer()).of(documentOf(text));
    const writeOwn = (start: string, publishedAt = '2026-03-11T09:00:00+09:00') => {
      const found = read.sentences.find((s) => s.text.startsWith(start));
      assert.ok(found, start);
      return writeFact(found, '', [], publishedAt)?.text ?? '';
    };
    assert.equal(
      writeOwn('架空市によると'),
      '架空市によると、3月5日、図書館の利用者から「本が濡れている」と連絡があった。',
    );
    assert.match(writeOwn('架空市は先月'), /^架空市は2月20日に/u);
    // A month used as a time is given its year, as 4月から is (2026年4月から).
    assert.match(writeOwn('架空市は来月'), /^架空市は2026年4月から/u);
    assert.match(writeOwn('架空市は来年'), /^架空市は2027年の図書購入費/u);
    assert.match(writeOwn('架空市は今年度'), /^架空市は今年度の/u);
    // A bare adverb (今年館内で) stays: 2026年館内で does not read.
    assert.match(writeOwn('架空市の図書館'), /今年館内で/u);
  });

  it('names the year of a day in a month of another year than the page’s (先月 on a page of January)', async () => {
    const text = `${TITLE}\n\n架空市は先月20日に図書館の利用者説明会を開いた。`;
    const january = { ...documentOf(text), publishedAt: '2026-01-15T09:00:00+09:00' };
    const read = createUnderstanding(await createTokenizer()).of(january);
    const found = read.sentences.find((s) => s.text.startsWith('架空市は'));
    assert.ok(found);
    assert.match(writeFact(found, '', [], january.publishedAt)?.text ?? '', /^架空市は2025年12月20日に/u);
  });
});

describe('writeFact: a describing clause before a name given in brackets', () => {
  it('leaves out 図書館を手がけてきた before 設計事務所「ミナモ」 where the whole would copy, but not a clause before a common noun', async () => {
    // Invented news, written for this test.
    const text = `${TITLE}\n\n新しい図書館の設計は、全国各地で数多くの公共建築を手がけてきた設計事務所「ミナモ」が担う。\n\n新しい図書館の運営は、市内で長く子ども向けの読書活動を続けてきた市民団体が担う。`;
    const read = createUnderstanding(await createTokenizer()).of(documentOf(text));
    const writeOwn = (start: string) => {
      const found = read.sentences.find((s) => s.text.startsWith(start));
      assert.ok(found, start);
      return writeFact(found, read.norm, [], '2026-03-11T09:00:00+09:00')?.text;
    };
    assert.equal(writeOwn('新しい図書館の設計'), '新しい図書館の設計は、設計事務所「ミナモ」が担う。');
    // Which group runs it is said by the clause: without a name it is not left out (so it can only be quoted).
    assert.equal(writeOwn('新しい図書館の運営'), undefined);
  });
});

describe('isTimePoint', () => {
  const first = (text: string) => findQuantities(text)[0] as Quantity;
  it('reads a time counted from something as when, and a length of time as how long', () => {
    for (const text of [
      '赤ちゃんは生まれて約1時間後に立ち上がった。',
      '3年ぶりに再開した。',
      '発車の10分前に止まった。',
    ])
      assert.equal(isTimePoint(text, first(text)), true, text);
    for (const text of ['復旧には約3時間かかる。', '所要時間は約40分だ。', '約500人が参加した。'])
      assert.equal(isTimePoint(text, first(text)), false, text);
  });
});

describe('writeFact: a day named relative to the page, with a time of the day after it', () => {
  it('writes out the day and keeps the time (きのう午後3時ごろ → 3月10日午後3時ごろ, 十日午前十時十五分 → 3月10日午前10時15分)', async () => {
    // Invented news, written for this test.
    const text = `${TITLE}\n\nみどり市の市道で、きのう午後3時ごろ、古い水道管が破裂した。\n\nみどり市の浄水場では十日午前十時十五分ごろ、ポンプが止まった。`;
    const read = createUnderstanding(await createTokenizer()).of(documentOf(text));
    const write = (start: string) => {
      const found = read.sentences.find((s) => s.text.startsWith(start));
      assert.ok(found, start);
      // (Measured against no source text: the sentence as written, whatever it copies.)
      return writeFact(found, '', [], '2026-03-11T09:00:00+09:00')?.text ?? '';
    };
    assert.match(write('みどり市の市道で'), /3月10日午後3時ごろ、/u);
    assert.match(write('みどり市の浄水場'), /3月10日午前10時15分ごろ、/u);
  });
});

describe('writeFact: one actor’s two acts, and case phrases reordered', () => {
  // Invented news, written for these tests: each sentence copies 30 characters or more as written.
  const TEXT = [
    'みどり市は町営プールの改修に約2億円を投じ、夏休み前に25メートルの屋外プールを再開する。',
    'みどり市は町営プールの改修に約2億円を投じ、夏休み前に屋外プールを再開すると発表した。',
    'みどり市は駅前の市営駐輪場から半径300メートルの歩道に新型の案内板を設置した。',
    '旧校舎の体育館は地域の避難所として使われ、毎年秋に防災訓練の会場になる。',
    '駅前で長く営業する市場の建物は地域の避難所として使われ、毎年秋に防災訓練の会場になる。',
    'みどり市は駅前で営業する飲食店の約40店舗に市の補助金を支給した。',
    '強い風で看板は約20メートル先まで飛び、近くの住宅3棟の窓や壁と、乗用車2台を傷つけた。',
    'みどり市は、商店主や大学生など地元の委員8人でつくる検討会を、来月中に設ける予定です。',
    'みどり市は、商店主や大学生など地元の委員8人でつくる検討会を、市役所の別館に設ける予定だ。',
    'みどり市は花壇の植え替え費約3億円を載せた緑化計画の改定案を市議会の建設委員会に示す見通しだ。',
    'みどり市は花壇の植え替え費約3億円を載せた緑化計画の改定案を市議会の建設委員会で諮る見通しだ。',
    'みどり市は駅前にある市営駐輪場の収容台数を現在の約500台から約800台に増やす計画だ。',
    '北山町の小学校の運動会で児童12人が気分の悪さを訴え、このうち3人が救急車で町内の総合病院に運ばれた。',
  ].join('\n\n');
  let read: DocumentUnderstanding;
  before(async () => {
    read = createUnderstanding(await createTokenizer()).of(documentOf(`${TITLE}\n\n${TEXT}`));
  });
  const write = (start: string, against?: string) => {
    const found = read.sentences.find((s) => s.text.startsWith(start));
    assert.ok(found, start);
    return writeFact(found, against ?? read.norm, [], '2026-03-11T09:00:00+09:00');
  };

  it('writes each act of one actor as its own sentence, the actor carried, not an act inside what is announced', () => {
    const two = write('みどり市は町営プールの改修に約2億円を投じ、夏休み前に2');
    assert.equal(
      two?.text,
      'みどり市は町営プールの改修に約2億円を投じる。みどり市は夏休み前に25メートルの屋外プールを再開する。',
    );
    assert.notEqual(two?.second, undefined);
    // …投じ、…再開すると発表した: the first act may be part of what was announced, so it is not told as done.
    assert.doesNotMatch(
      write('みどり市は町営プールの改修に約2億円を投じ、夏休み前に屋')?.text ?? '',
      /投じ(?:る|た)。/u,
    );
  });

  it('carries a topic that names no actor only whole, not without the clause that says which one it is', () => {
    assert.equal(
      write('旧校舎の体育館は')?.text,
      '旧校舎の体育館は地域の避難所として使われる。旧校舎の体育館は毎年秋に防災訓練の会場になる。',
    );
    assert.doesNotMatch(write('駅前で長く営業する')?.text ?? '', /。市場の建物は/u);
  });

  it('moves the case phrase before the verb to the clause’s opening, never across a describing clause or out of a list', () => {
    assert.equal(
      write('みどり市は駅前の市営駐輪場')?.text,
      'みどり市は新型の案内板を駅前の市営駐輪場から半径300メートルの歩道に設置した。',
    );
    // 駅前で営業する飲食店: a phrase moved before it could read as the describing clause's.
    assert.doesNotMatch(write('みどり市は駅前で営業')?.text ?? '', /^みどり市は市の補助金を/u);
    // 窓や壁と、乗用車2台を: the last of a list stays in it.
    assert.doesNotMatch(write('強い風で')?.text ?? '', /乗用車2台を近くの/u);
  });

  it('moves a goal phrase (…に) across the object and its describing clause, set off by a comma, but not a …で phrase', () => {
    const written = write('みどり市は花壇の植え替え費約3億円を載せた緑化計画の改定案を市議会の建設委員会に');
    assert.equal(
      written?.text,
      'みどり市は市議会の建設委員会に、花壇の植え替え費約3億円を載せた緑化計画の改定案を示す見通しだ。',
    );
    assert.ok(copiedRun(written?.text ?? '', read.norm) < MAX_COPIED_RUN);
    // 市議会の建設委員会で、: after a noun and a comma, で reads as the copula (…は市議会の建設委員会で、…).
    assert.doesNotMatch(
      write('みどり市は花壇の植え替え費約3億円を載せた緑化計画の改定案を市議会の建設委員会で')?.text ?? '',
      /^みどり市は市議会の建設委員会で/u,
    );
    // The end of a range stays with its start (約500台から約800台に).
    assert.doesNotMatch(write('みどり市は駅前にある市営駐輪場')?.text ?? '', /約800台に、/u);
    // このうち3人が: a demonstrative keeps opening what it leans on.
    assert.doesNotMatch(write('北山町の小学校の運動会')?.text ?? '', /総合病院に、このうち/u);
  });

  it('moves a date set off by a comma after the object (…を、来月中に設ける) with its comma, in its written form', () => {
    const written = write('みどり市は、商店主や大学生など地元の委員8人でつくる検討会を、来');
    assert.equal(
      written?.text,
      'みどり市は、2026年4月中に、商店主や大学生など地元の委員8人でつくる検討会を設ける予定だ。',
    );
    assert.ok(copiedRun(written?.text ?? '', read.norm) < MAX_COPIED_RUN);
    // A place so set off is not moved: only a time is no one's argument.
    assert.doesNotMatch(
      write('みどり市は、商店主や大学生など地元の委員8人でつくる検討会を、市')?.text ?? '',
      /^みどり市は、市役所の別館に/u,
    );
  });
});

describe('writeFact: a copula join split', () => {
  // Invented news, written for these tests: each sentence copies 30 characters or more as written.
  const TEXT = [
    '県によると、北山町の小学校の給食室の排水管から微量の油分が検出された。',
    '東棟に薬局と町の子育て相談窓口、西棟に約40人分の事務スペースが入る。',
    '県によると、川沿いに建つ古い倉庫の屋根から大量の雨水が漏れ出した。',
    '北山町の図書館の蔵書は約12万冊で、町は来年度に電子書籍の貸し出しを始める。',
    '事故のあった踏切は幅約4メートルで、遮断機は当時、正常に動いていたという。',
    '市は大雨の影響で、住民の一部が近くの小学校の体育館に避難した。',
  ].join('\n\n');
  let read: DocumentUnderstanding;
  before(async () => {
    read = createUnderstanding(await createTokenizer()).of(documentOf(`${TITLE}\n\n${TEXT}`));
  });
  const write = (start: string) => {
    const found = read.sentences.find((candidate) => candidate.text.startsWith(start));
    assert.ok(found, start);
    const written = writeFact(found, read.norm, [], '2026-03-11T09:00:00+09:00');
    if (written !== undefined) assert.ok(copiedRun(written.text, read.norm) < MAX_COPIED_RUN, written.text);
    return written?.text ?? '';
  };

  it('ends a topic’s description joined by the copula (…は約12万冊で、町は…) as a sentence in the main clause’s tense', () => {
    assert.equal(
      write('北山町の図書館'),
      '北山町の図書館の蔵書は約12万冊だ。町は来年度に電子書籍の貸し出しを始める。',
    );
    // (A report's closing marker goes with each statement; a past main clause makes the first past.)
    assert.equal(
      write('事故のあった'),
      '事故のあった踏切は幅約4メートルだったという。遮断機は当時、正常に動いていたという。',
    );
    // (The first statement is a description: never a heading, asHeadline reads `described`.)
    const found = read.sentences.find((candidate) => candidate.text.startsWith('北山町の図書館'));
    assert.ok(found);
    assert.equal(writeFact(found, read.norm, [], '2026-03-11T09:00:00+09:00')?.described, true);
    // …の影響で、 is a cause, not the copula: never 影響だ.
    assert.doesNotMatch(write('市は大雨'), /影響だ/u);
  });
});

describe('writeFact: a lead that opens on its time, an attribution to 同社, an announcement’s content', () => {
  // Invented news, written for these tests.
  const TEXT = [
    '3日午後4時15分ごろ、山野県川辺市本町の市立図書館で、書庫の棚が倒れ、利用者の女性2人が棚の下でひざを打った。',
    '4日午前9時ごろ、川辺市の県道沿いにある古い資料館で、展示室の天井板が落ち、見学に来ていた男性1人が肩を打った。',
    '5日朝、東町の駅で列車を待っていた学生の男性は、安心した様子で改札に向かった。',
    '家電メーカーの南北電機は、9日、暖房器具の回収を始めた。',
    '同社によると、故障は2025年12月以降、全国の店舗で14件確認された。',
    '山川交通は9日、北町と南町で運行している循環バスのうち3路線の運行を4月1日に休むと発表した。',
    '川辺町は北町と南町で運行している循環バスのうち3路線の運行を来年4月1日から6月30日まで止める。',
  ].join('\n\n');
  let read: DocumentUnderstanding;
  before(async () => {
    read = createUnderstanding(await createTokenizer()).of(documentOf(`${TITLE}\n\n${TEXT}`));
  });
  const write = (start: string) => {
    const found = read.sentences.find((candidate) => candidate.text.startsWith(start));
    assert.ok(found, start);
    const written = writeFact(
      found,
      read.norm,
      read.sentences.slice(0, read.sentences.indexOf(found)),
      '2026-03-11T09:00:00+09:00',
    );
    if (written !== undefined) assert.ok(copiedRun(written.text, read.norm) < MAX_COPIED_RUN, written.text);
    return written?.text;
  };

  it('sets the place first and its time after it (…で3月3日午後4時15分ごろ、…), the rest as it was', () => {
    assert.equal(
      write('3日午後4時15分ごろ'),
      '山野県川辺市本町の市立図書館で3月3日午後4時15分ごろ、書庫の棚が倒れ、利用者の女性2人が棚の下でひざを打った。',
    );
  });

  it('leaves the time first where the place has a describing clause (県道沿いにある…で) or no comma', () => {
    assert.doesNotMatch(write('4日午前9時ごろ') ?? '', /^川辺市の県道沿いにある古い資料館で3月4日/u);
    // …nor where the place has no comma after it and the rest is about a topic (…駅で列車を待っていた男性は).
    assert.doesNotMatch(write('5日朝') ?? '', /^東町の駅で3月5日朝/u);
  });

  it('moves an attribution to 同社 after the topic, the company written out (故障は、南北電機によると、…)', () => {
    assert.equal(
      write('同社によると'),
      '故障は、南北電機によると、2025年12月以降、全国の店舗で14件確認された。',
    );
  });

  it('reorders an announcement’s content before telling it as what it says (…の発表によると、4月1日に、…)', () => {
    assert.equal(
      write('山川交通は9日'),
      '山川交通の3月9日の発表によると、4月1日に、北町と南町で運行している循環バスのうち3路線の運行を休む。',
    );
    // A date that ends a range (…から6月30日まで) stays with its start: it does not cross the object.
    assert.doesNotMatch(write('川辺町は北町') ?? '', /6月30日まで、/u);
  });
});

describe('writeFact: the ways of rewriting combined where each alone still copies', () => {
  // Invented news, written for this test: sentences whose every single rewrite still copies a run
  // of 30 characters of the page, but whose two statements, each reordered, do not.
  const TEXT = [
    'ひばり市水道局によると、濁りのもとになった細かい砂は古い配水管の内側からはがれ落ちたもので、水質の基準は守られている。',
    '6日午後2時ごろ、ひばり市中町の商店街で、古い看板が強い風にあおられて落下し、通りかかった女性が軽いけがをした。',
    'かもめ大学によりますと、秋の検定試験はおよそ2100人が受験していて、大学は全員を対象に追加の試験を年内に無料で開くということです。',
    'ひばり市水道局によると、濁りのもとになった細かい砂は古い配水管の内側からはがれ落ちたもので、水質は来週にも元に戻る見込みだ。',
  ].join('\n\n');
  const page = writtenPage(TEXT);
  const write = page.write;

  it('sets the source after the topic of the first statement and gives the second its own', () => {
    assert.equal(
      write(
        'ひばり市水道局によると、濁りのもとになった細かい砂は古い配水管の内側からはがれ落ちたもので、水質の基準',
      ),
      '濁りのもとになった細かい砂は、ひばり市水道局によると、古い配水管の内側からはがれ落ちたものだ。ひばり市水道局によると、水質の基準は守られている。',
    );
  });

  it('sets the time after the place in the first of two statements', () => {
    assert.equal(
      write('6日午後2時ごろ'),
      'ひばり市中町の商店街で3月6日午後2時ごろ、古い看板が強い風にあおられて落下した。通りかかった女性が軽いけがをした。',
    );
  });

  it("splits a broadcaster's report that closes on ということです, each statement told so", () => {
    assert.equal(
      write('かもめ大学'),
      'かもめ大学によると、秋の検定試験は約2100人が受験しているという。かもめ大学によると、大学は全員を対象に追加の試験を年内に無料で開くという。',
    );
  });

  it('leaves whole a sentence whose last statement is a forecast, and copies no run of 30', () => {
    assert.equal(
      write(
        'ひばり市水道局によると、濁りのもとになった細かい砂は古い配水管の内側からはがれ落ちたもので、水質は',
      ),
      '',
    );
    for (const start of ['ひばり市水道局によると', '6日午後2時ごろ', 'かもめ大学'])
      assert.ok(copiedRun(write(start), page.read().norm) < MAX_COPIED_RUN, start);
  });
});

describe('writeFact: 同社 for the firm the page called a company; a name said once; a condition kept in its report', () => {
  // Invented news, written for these tests.
  const RIDE = [
    '架空市の遊園地で観覧車止まる',
    '架空市の遊園地で5日、観覧車が急に止まり、乗客10人が約1時間、ゴンドラに取り残された。',
    '市は6日、運営会社の緑野アミューズに、原因を調べて報告するよう求めた。',
    '観覧車は2001年に完成し、高さは約60メートルある。',
    '同社は観覧車の運転を当面見合わせる方針だ。',
  ];
  it('writes 同社 out as the one name the page called a company (運営会社の X), whatever its last word', async () => {
    assert.equal(await writtenOf(RIDE, '同社は'), '緑野アミューズは観覧車の運転を当面見合わせる方針だ。');
    // (…and after から, as after に: 同社から is the same back reference.)
    const from = [...RIDE.slice(0, -1), '市は6月中に、同社から原因の報告を受ける予定だ。'];
    assert.match((await writtenOf(from, '市は6月中に')) ?? '', /緑野アミューズから/u);
  });

  it('writes 同社 as the full name where the understanding finds the name and its short name', async () => {
    const flights = [
      '架空島への空路、3往復に',
      '地域航空会社の青空コミューター航空（青空コミューター）は10日、架空島との路線を1日3往復に増やした。',
      '青空コミューターの山田一郎社長は取材に応じた。',
      '青空コミューターは2015年に設立された。',
      '同社の従業員は計80人になった。',
    ];
    // (青空コミューター and 青空コミューター航空 are one firm: its short name is its name's opening words.)
    assert.equal(await writtenOf(flights, '同社の'), '青空コミューター航空の従業員は計80人になった。');
  });

  it('leaves 同社 where the page called two names companies', async () => {
    const two = [
      ...RIDE.slice(0, 3),
      '点検は3月に、点検会社の東西メンテナンスに任せていた。',
      '同社は観覧車の運転を当面見合わせる方針だ。',
    ];
    assert.doesNotMatch((await writtenOf(two, '同社は')) ?? '', /緑野アミューズ|東西メンテナンス/u);
  });

  it('does not write a name twice in one sentence for its 同社 (市は…Xに確認を求め、同社は…)', async () => {
    const twice = [
      '架空市の納税通知に誤り',
      '架空市は5月1日、市民税の通知書約300通で宛名と中身が食い違っていたと発表した。',
      '通知書の印刷と封入は、印刷会社「青葉プリント」に委託していた。',
      '市は5月2日、青葉プリントに確認を求め、同社は5月6日、封入の順番を誤っていたと市に報告した。',
    ];
    assert.doesNotMatch((await writtenOf(twice, '市は5月2日')) ?? '', /青葉プリント[^。]*青葉プリント/u);
  });

  it('keeps a condition inside the report it belongs to: no attribution set after it (…止めると売電収入は、Xによると、)', async () => {
    const wind = [
      '架空町の風車、夜間停止へ',
      '架空町の海岸にある風力発電所について、地裁は17日、3基の夜間の運転を禁じる判決を言い渡した。',
      '発電所は、運営会社の緑野ウインドが2012年に建てた。',
      '同社によると、2基を夜間に止めると売電収入は年間で約6%減る見込みだという。',
    ];
    assert.doesNotMatch(
      (await writtenOf(wind, '同社によると')) ?? '',
      /止めると売電収入は、[^、]*によると、/u,
    );
  });
});
