import assert from 'node:assert/strict';
import { before, describe, it } from 'node:test';
import { findDates } from '../text/dates.ts';
import { createTokenizer, type Tokenizer } from '../text/tokenizer.ts';
import { dateHead, datesOfReading, englishDateHead } from './date-head.ts';
import { glossedPredicates } from './english-gloss.ts';
import { readSentence } from './read-sentence.ts';

let tokenizer: Tokenizer;
before(async () => {
  tokenizer = await createTokenizer();
});

function headOfDate(text: string, dateText: string): string | undefined {
  const date = findDates(text).find((mention) => mention.text === dateText);
  assert.ok(date, `no date 「${dateText}」 found in 「${text}」`);
  return dateHead(readSentence(text, tokenizer), date)?.lemma;
}

describe('dateHead: the event a date dates', () => {
  it('reads a day set off before an earlier day as a date of its own, not a list (8日、6日に…)', () => {
    const text = '北浜町は8日、6日に開いた説明会の記録が、一部なくなっていたと発表した。';
    assert.equal(headOfDate(text, '8日'), '発表');
    assert.equal(headOfDate(text, '6日'), '開く');
    // Days that run forward may be a list: both date the act after them.
    assert.equal(headOfDate('町は5日、6日に説明会を開く。', '5日'), '開く');
  });

  it('dates the predicate after phrases the commas set off that hold no event (vcd36)', () => {
    const text =
      '町の説明では、きのう午前10時ごろ、北の峠の手前で、隣の村の男性が、軽トラックで側溝に落ちました。';
    assert.equal(headOfDate(text, 'きのう午前10時ごろ'), '落ちる');
  });

  it('takes the verbal noun after the date and の (5月の完成: 完成)', () => {
    assert.equal(headOfDate('町は当初、2027年5月の完成を目指していた。', '2027年5月'), '完成');
  });

  it('takes the のは clause of a cleft that is what someone says (…のは2日未明だったと発表した: vfig45)', () => {
    const text = '森川町は4日、倉庫から煙が出たのは2日未明だったと発表した。';
    assert.equal(headOfDate(text, '2日未明'), '出る');
    assert.equal(headOfDate(text, '4日'), '発表');
    // Without のは the date before the quoting と is no cleft's focus.
    assert.equal(headOfDate('森川町は、倉庫の調査は2日未明だったと発表した。', '2日未明'), '発表');
  });

  it('takes the のは clause of a cleft sentence whose focus is the date (…のは5日夜だった)', () => {
    assert.equal(headOfDate('住民が煙に気付いたのは5日夜だった。', '5日夜'), '気付く');
    assert.equal(headOfDate('橋が開通したのは、2019年4月です。', '2019年4月'), '開通');
    // A date that is not the focus keeps its own predicate.
    assert.equal(headOfDate('閉店したのは、5日に値上げした店だ。', '5日'), '値上げ');
  });

  it('takes the topic’s verbal noun when the date is the topic’s predicate (点検は3日午後だった)', () => {
    assert.equal(headOfDate('設備の点検は、3日午後2時ごろだった。', '3日午後2時ごろ'), '点検');
    assert.equal(headOfDate('新庁舎の着工は、来年5月になる見通しだ。', '来年5月'), '着工');
    assert.equal(headOfDate('新庁舎の着工は6月上旬に始まる予定です。', '6月上旬'), '着工');
    // A plain noun as topic, or a date followed by more of the sentence, keeps the reading before.
    assert.equal(headOfDate('次の祭りは10月3日だ。', '10月3日'), undefined);
    assert.equal(headOfDate('着工は6月上旬に業者が始める。', '6月上旬'), '始める');
  });

  it('gives the first of two dates set off by commas the acts before the second (…で4日、…問題で、市は5日、…)', () => {
    const text = '港北市の倉庫で4日、壁が崩れた問題で、市は5日、調査委員会を設けると発表した。';
    assert.equal(headOfDate(text, '4日'), '崩れる');
    assert.equal(headOfDate(text, '5日'), '発表');
    // One date set off by a comma still dates the end of the chain.
    assert.equal(headOfDate('壁が崩れた問題で、市は5日、調査委員会を設けると発表した。', '5日'), '発表');
  });

  it('takes the verbal noun a verb of occurring has as subject (連絡があった, 爆発が起きた)', () => {
    assert.equal(headOfDate('町によると、9日に住民から連絡があった。', '9日'), '連絡');
    assert.equal(headOfDate('工場では2日未明に爆発が起きた。', '2日未明'), '爆発');
    // A plain noun before ある names no event: the date has no head there.
    assert.equal(headOfDate('港では3日に祭りがある。', '3日'), undefined);
  });

  it('gives a date outside a quote no predicate inside it (6日に「…壊れた」と通報があった)', () => {
    assert.equal(headOfDate('6日に住民から「橋の欄干が壊れている」と通報があった。', '6日'), '通報');
    assert.equal(headOfDate('町長は8日に「道路は来月開通する」と述べた。', '8日'), '述べる');
  });

  it('takes the announced act for a date inside what is announced (…を10日に開くと発表した)', () => {
    const text = '青浜町は7日、町民向けの説明会を10日に開くと発表した。';
    assert.equal(headOfDate(text, '10日'), '開く');
    assert.equal(headOfDate(text, '7日'), '発表');
    assert.equal(headOfDate('県は5月1日からバスの運賃を引き上げると明らかにした。', '5月1日'), '引き上げる');
    // A relative clause right after the date keeps it (10日に予定していた祭りを中止すると発表した).
    assert.notEqual(headOfDate('町は8月10日に予定していた祭りを中止すると発表した。', '8月10日'), '中止');
  });

  it('sets off a date with its case particle before the comma (来年度から、…始める)', () => {
    assert.equal(
      headOfDate('研究班は来年度から、地元の企業と組んで新しい実験を始める計画だ。', '来年度'),
      '始める',
    );
    assert.equal(headOfDate('市は3月末まで、駅前の駐輪場を閉鎖する。', '3月末'), '閉鎖');
  });

  it('skips the clause hedge: 予定 is the modality, the verb before it the event', () => {
    assert.equal(headOfDate('協会は来月から市民向けの見学会を開く予定だ。', '来月'), '開く');
  });

  it('takes the next clause for a date whose comma ends its own clause (…は11日、…と発表した)', () => {
    assert.equal(
      headOfDate(
        '島と本土を結ぶ航路を運航する南浦フェリー（北浦町）は11日、7月1日から便数を減らすと発表した。',
        '11日',
      ),
      '発表',
    );
  });

  it('reads a comma that lists the next day as no setting off: both days date the same event', () => {
    const text = 'みどり市は8月8、9日に開く予定だった盆踊りを中止すると発表した。';
    assert.equal(headOfDate(text, '8月8'), headOfDate(text, '9日'));
    assert.equal(headOfDate('みどり市は8月8、9の両日、盆踊りを開く。', '8月8'), '開く');
  });

  it('takes the verb of the relative clause a date stands in (2028年に稼働する予定の工場を建てる: 稼働)', () => {
    assert.equal(
      headOfDate('同社は2028年春に稼働する予定の新工場を町内に建てると発表した。', '2028年春'),
      '稼働',
    );
    assert.equal(headOfDate('同社は14日、町内に新工場を建てると発表した。', '14日'), '発表');
  });

  it('reads a relative clause through its て and auxiliary verb (1990年から続いてきた祭り: 続く)', () => {
    assert.equal(headOfDate('町は1990年から続いてきた夏祭りを中止した。', '1990年'), '続く');
  });

  it('does not take a generic verb (なる) as the event', () => {
    assert.equal(headOfDate('新しい橋は8月に通れるようになる。', '8月'), '通れる');
  });

  it('gives a date set off by a comma the end of the chain', () => {
    assert.equal(headOfDate('市は12日、調査結果を受けて計画の見直しを発表した。', '12日'), '発表');
  });

  it('gives two dates of one sentence the events they date', () => {
    const text = '工場は3日に操業を止め、10日に再開した。';
    assert.notEqual(headOfDate(text, '3日'), headOfDate(text, '10日'));
    assert.equal(headOfDate(text, '10日'), '再開');
  });
});

describe('dateHead, asked again', () => {
  it('answers each date of a sentence once, and each date with its own head', () => {
    const text = '市は5日に説明会を開き、10日に計画を発表した。';
    const reading = readSentence(text, tokenizer);
    const [first, second] = findDates(text);
    assert.ok(first && second);
    const head = dateHead(reading, first);
    assert.equal(dateHead(reading, first), head);
    assert.equal(dateHead(reading, { start: first.start, end: first.end }), head);
    assert.notEqual(dateHead(reading, second)?.lemma, undefined);
    assert.notEqual(dateHead(reading, second), head);
    // Another reading of the same text is answered for itself, the same way.
    assert.deepEqual(dateHead(readSentence(text, tokenizer), first), head);
  });
});

describe('dateHead: a date set off past a relative clause of する (vdet32)', () => {
  it('dates what the described person did, not the act that describes them', () => {
    assert.equal(
      headOfDate('組合によると、8日朝、堤防の見回りをしていた職員が、水門の鍵の破損に気づいた。', '8日朝'),
      '気づく',
    );
  });
});

describe('englishDateHead: the verb a date dates in an English sentence', () => {
  const headOf = (text: string, dateText: string) => {
    const date = findDates(text, { reference: '2025-10-08T09:00:00+09:00' }).find((d) =>
      d.text.includes(dateText),
    );
    assert.ok(date, `no date 「${dateText}」 found in 「${text}」`);
    return englishDateHead(text, glossedPredicates(text), date)?.lemma;
  };
  const text =
    'Firefighters on Tuesday began removing debris from a warehouse that burned down in the port district on Monday night.';

  it('takes the verb right after a date that stands before it (Firefighters on Tuesday began…)', () => {
    assert.equal(headOf(text, 'Tuesday'), '始める');
  });

  it('stops at a relative word: the date of the relative clause is not the main verb’s', () => {
    assert.notEqual(headOf(text, 'Monday'), '始める');
  });

  it('takes the verb before a date of its own clause, not one across a comma', () => {
    const opened =
      'A fire broke out at the plant on Monday night, and the company began an inquiry on Tuesday.';
    assert.equal(headOf(opened, 'Monday'), '発生');
    assert.equal(headOf(opened, 'Tuesday'), '始める');
  });

  it('gives no head to a date after a verb outside the vocabulary (said Tuesday it will…)', () => {
    assert.equal(headOf('The operator said Tuesday it will begin the work in May.', 'Tuesday'), undefined);
  });
});

describe("datesOfReading: a reading's dates, found once (perf30)", () => {
  it('gives the same dates for the same reading twice, and its own to another reading', () => {
    const first = readSentence('町は3日に橋の点検を始め、7日に終えた。', tokenizer);
    const dates = datesOfReading(first);
    assert.deepEqual(dates, findDates(first.text));
    assert.equal(datesOfReading(first), dates);
    const other = readSentence('工事は12日夜に止まった。', tokenizer);
    assert.deepEqual(datesOfReading(other), findDates(other.text));
    assert.notDeepEqual(datesOfReading(other), dates);
  });
});
