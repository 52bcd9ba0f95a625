import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { countsListedDays, type DateMention, datesAgree, findDates, findDocumentDates } from './dates.ts';

// Invented sentences about a fictional city (みどり市) and its bus service.
const REFERENCE = '2025-11-11T05:00:00+09:00'; // a Tuesday

/** The mentions of a text as [text, fields] pairs, with offsets checked against the text. */
function datesOf(text: string, reference: string | undefined = REFERENCE): DateMention[] {
  const mentions = findDates(text, reference === undefined ? {} : { reference });
  for (const mention of mentions) assert.equal(text.slice(mention.start, mention.end), mention.text);
  return mentions;
}

function only(text: string, reference?: string): DateMention {
  const mentions = datesOf(text, reference);
  assert.equal(mentions.length, 1, JSON.stringify(mentions));
  return mentions[0] as DateMention;
}

describe('findDates: absolute Japanese dates', () => {
  it('reads a full date with its offsets', () => {
    assert.deepEqual(findDates('みどり市は2026年3月14日に新駅を開業する。'), [
      { start: 5, end: 15, text: '2026年3月14日', year: 2026, month: 3, day: 14, relative: false },
    ]);
  });

  it('reads full-width digits and keeps offsets in the original text', () => {
    const mention = only('開業は２０２６年３月の予定だ。');
    assert.deepEqual(mention, {
      start: 3,
      end: 10,
      text: '２０２６年３月',
      year: 2026,
      month: 3,
      relative: false,
    });
  });

  it('reads kanji years, months and days, positional or with 十', () => {
    const mention = only('同社は二〇一八年十月に設立された。');
    assert.deepEqual([mention.start, mention.year, mention.month, mention.relative], [3, 2018, 10, false]);
    const full = only('式典は二〇二五年十一月二十七日に開く。');
    assert.deepEqual(
      [full.text, full.year, full.month, full.day],
      ['二〇二五年十一月二十七日', 2025, 11, 27],
    );
  });

  it('reads seasons, fiscal years and Japanese era years', () => {
    assert.deepEqual(only('新庁舎は2027年春の完成を目指す。'), {
      start: 4,
      end: 10,
      text: '2027年春',
      year: 2027,
      period: 'spring',
      relative: false,
    });
    const fiscal = only('市は2026年度中に着工する。');
    assert.deepEqual([fiscal.text, fiscal.year, fiscal.period], ['2026年度中', 2026, 'fiscal']);
    const era = only('令和7年度の予算案をまとめた。');
    assert.deepEqual([era.text, era.year, era.period, era.relative], ['令和7年度', 2025, 'fiscal', false]);
  });

  it('reads 上旬/中旬/下旬, 中 and 以降 after a month, resolving a plan to the coming year', () => {
    const [mid, during, after] = datesOf('十二月中旬に素案、3月中に成案を示し、4月以降に実施する。');
    assert.deepEqual([mid?.text, mid?.year, mid?.month, mid?.period], ['十二月中旬', 2025, 12, 'mid']);
    // March is more than two months before November: a plan for next year.
    assert.deepEqual(
      [during?.text, during?.year, during?.month, during?.period],
      ['3月中', 2026, 3, undefined],
    );
    assert.deepEqual([after?.text, after?.year, after?.month], ['4月以降', 2026, 4]);
  });

  it('keeps a bare month up to two months back in the reference year, wrapping at the new year', () => {
    assert.equal(only('9月に試験運行を始めた。').year, 2025);
    assert.equal(only('8月に本格運行する。').year, 2026);
    assert.equal(only('12月に発表した。', '2026-01-05T10:00:00+09:00').year, 2025);
  });
});

describe('findDates: days resolved against the reference', () => {
  it('gives a bare day the reference month, with part of the day and relative: true', () => {
    assert.deepEqual(only('市は10日夜、臨時の会見を開いた。'), {
      start: 2,
      end: 6,
      text: '10日夜',
      year: 2025,
      month: 11,
      day: 10,
      part: 'night',
      relative: true,
    });
  });

  it('reads kanji days', () => {
    const mention = only('運行は二十七日に再開した。', '2025-11-28T09:00:00+09:00');
    assert.deepEqual(
      [mention.start, mention.end, mention.year, mention.month, mention.day],
      [3, 7, 2025, 11, 27],
    );
  });

  it('rolls a bare day more than 3 days ahead of the reference back to the previous month', () => {
    const rolled = only('協議会は30日に開かれた。', '2025-11-02T08:00:00+09:00');
    assert.deepEqual([rolled.year, rolled.month, rolled.day], [2025, 10, 30]);
    const january = only('式は28日に行われた。', '2026-01-03T08:00:00+09:00');
    assert.deepEqual([january.year, january.month, january.day], [2025, 12, 28]);
    const soon = only('説明会は5日に開く。', '2025-11-02T08:00:00+09:00');
    assert.deepEqual([soon.year, soon.month, soon.day], [2025, 11, 5]);
    // February has no 30th: on a page of 19 March, 30日 stays in March (never 2027-02-30).
    const noSuchDay = only('式典は30日に開かれた。', '2027-03-19T08:00:00+09:00');
    assert.deepEqual([noSuchDay.year, noSuchDay.month, noSuchDay.day], [2027, 3, 30]);
  });

  it('keeps a day ahead in the reference month when the words after it say it is still to come', () => {
    const page = '2026-02-05T18:00:00+09:00';
    const opening = datesOf('予算案は17日に開会する市議会に提出される。', page)[0];
    assert.deepEqual([opening?.year, opening?.month, opening?.day], [2026, 2, 17]);
    const vote = only('予算案は25日に採決される予定だ。', page);
    assert.deepEqual([vote.year, vote.month, vote.day], [2026, 2, 25]);
    const past = only('市は20日に素案を公表した。', page);
    assert.deepEqual([past.year, past.month, past.day], [2026, 1, 20]);
    // A godan verb's plain ending or a polite ます is non-past too: the day is still to come.
    const retest = only('協会は22日に追試を行う。', page);
    assert.deepEqual([retest.year, retest.month, retest.day], [2026, 2, 22]);
    const told = datesOf('町は5日、18日に業者が看板を外すと発表した。', page)[1];
    assert.deepEqual([told?.year, told?.month, told?.day], [2026, 2, 18]);
    const polite = only('説明会は26日に開きます。', page);
    assert.deepEqual([polite.year, polite.month, polite.day], [2026, 2, 26]);
    // An adverb in く before a past verb does not make the day ahead.
    const early = only('火災は20日朝早く起きた。', page);
    assert.deepEqual([early.year, early.month, early.day], [2026, 1, 20]);
  });

  it('reads a state an act left (〜ている, 〜てある) after a day as past, not as a day to come', () => {
    const page = '2026-02-05T18:00:00+09:00';
    const begun = only('市は20日に改修工事を始めている。', page);
    assert.deepEqual([begun.year, begun.month, begun.day], [2026, 1, 20]);
    const posted = only('案内板は22日に掲示してあります。', page);
    assert.deepEqual([posted.year, posted.month, posted.day], [2026, 1, 22]);
    // A plan before the state still puts the day ahead.
    const planned = only('式典は20日に開かれる予定になっている。', page);
    assert.deepEqual([planned.year, planned.month, planned.day], [2026, 2, 20]);
  });

  it('attaches a time to the day before it: 10日午前3時ごろ is one mention', () => {
    assert.deepEqual(datesOf('10日午前3時ごろ、市内で停電が起きた。'), [
      {
        start: 0,
        end: 9,
        text: '10日午前3時ごろ',
        year: 2025,
        month: 11,
        day: 10,
        time: '03:00',
        approx: true,
        relative: true,
      },
    ]);
  });

  it('reads parts of the day: 朝, 夕, 深夜, and 午後 without an hour', () => {
    const [morning, evening, late, afternoon] = datesOf('11日朝と12日夕、9日深夜、8日午後に点検した。');
    assert.deepEqual(
      [morning?.part, evening?.part, late?.part, afternoon?.part],
      ['morning', 'evening', 'night', 'daytime'],
    );
    assert.deepEqual(
      [morning?.text, evening?.text, late?.text, afternoon?.text],
      ['11日朝', '12日夕', '9日深夜', '8日午後'],
    );
  });

  it('resolves 今月末, 先月, 来月, 昨年, 今年, 来年 and 来年度 from the reference', () => {
    const mentions = datesOf('今月末、先月、来月、昨年、今年、来年、来年度');
    assert.deepEqual(
      mentions.map((m) => [m.text, m.year, m.month, m.period, m.relative]),
      [
        ['今月末', 2025, 11, 'end', true],
        ['先月', 2025, 10, undefined, true],
        ['来月', 2025, 12, undefined, true],
        ['昨年', 2024, undefined, undefined, true],
        ['今年', 2025, undefined, undefined, true],
        ['来年', 2026, undefined, undefined, true],
        ['来年度', 2026, undefined, 'fiscal', true],
      ],
    );
  });

  it('counts 来年度, 今年度 and 昨年度 from the fiscal year the page is in (from April), not its calendar year', () => {
    const read = (reference: string) =>
      findDates('来年度、今年度、昨年度', { reference }).map((m) => [m.text, m.year, m.period]);
    // In February 2027 the fiscal year is still 2026年度.
    assert.deepEqual(read('2027-02-20T10:00:00+09:00'), [
      ['来年度', 2027, 'fiscal'],
      ['今年度', 2026, 'fiscal'],
      ['昨年度', 2025, 'fiscal'],
    ]);
    assert.deepEqual(read('2027-04-02T10:00:00+09:00'), [
      ['来年度', 2028, 'fiscal'],
      ['今年度', 2027, 'fiscal'],
      ['昨年度', 2026, 'fiscal'],
    ]);
    // 来年 stays the calendar's next year.
    assert.equal(findDates('来年', { reference: '2027-02-20T10:00:00+09:00' })[0]?.year, 2028);
  });

  it('resolves 3年前 as an approximate year, and 来年1月 and 来春', () => {
    assert.deepEqual(only('路線は約3年前に廃止された。'), {
      start: 3,
      end: 7,
      text: '約3年前',
      year: 2022,
      approx: true,
      relative: true,
    });
    const january = only('来年1月に運賃を改定する。');
    assert.deepEqual([january.text, january.year, january.month], ['来年1月', 2026, 1]);
    const spring = only('新型車両は来春に導入する。');
    assert.deepEqual([spring.text, spring.year, spring.period], ['来春', 2026, 'spring']);
  });

  it('lets a day after a range inherit the month of the day before it', () => {
    const [first, last] = datesOf('催しは3月10日から12日まで開く。');
    assert.deepEqual([first?.text, first?.year, first?.month, first?.day], ['3月10日', 2026, 3, 10]);
    assert.deepEqual([last?.text, last?.year, last?.month, last?.day], ['12日', 2026, 3, 12]);
  });

  it('gives every day of a list under one month that month (8月8、9日; 5～6日; 8、9の両日; 8、9日)', () => {
    const fields = (text: string) => datesOf(text).map((d) => [d.text, d.year, d.month, d.day]);
    assert.deepEqual(fields('みどり市の盆踊りは8月8、9日に開く。'), [
      ['8月8', 2026, 8, 8],
      ['9日', 2026, 8, 9],
    ]);
    assert.deepEqual(fields('点検のため、バスは12月5～6日に運休する。'), [
      ['12月5', 2025, 12, 5],
      ['6日', 2025, 12, 6],
    ]);
    assert.deepEqual(fields('市は1月10、11の両日に説明会を開く。'), [
      ['1月10', 2026, 1, 10],
      ['11の両日', 2026, 1, 11],
    ]);
    // With no month written, the bare numeral is an earlier day of the day's month.
    assert.deepEqual(fields('図書館は8、9日に休館した。'), [
      ['8', 2025, 11, 8],
      ['9日', 2025, 11, 9],
    ]);
    // Not a later numeral, nor one that ends another number or word (第2、3日).
    assert.deepEqual(fields('図書館は20、10日に休館した。'), [['10日', 2025, 11, 10]]);
    assert.deepEqual(fields('第2、3日に休館した。'), [['3日', 2025, 11, 3]]);
    // A month alone, or a count after it, is no list of days.
    assert.deepEqual(fields('12月、5人が入院した。'), [['12月', 2025, 12, undefined]]);
  });

  it("reads a comma after the lead's date as closing it, not listing the next day, when the list would put a past report ahead of the page", () => {
    const fields = (text: string) =>
      datesOf(text, '2026-03-02T10:00:00+09:00').map((d) => [d.text, d.year, d.month, d.day]);
    // 28日 is the month before: the report is past, and 3月28日 is after the page's day.
    assert.deepEqual(
      fields('みどり市は2日、27日に受け付けを始めてから約300件の申し込みがあったと発表した。'),
      [
        ['2日', 2026, 3, 2],
        ['27日', 2026, 2, 27],
      ],
    );
    // A day to come keeps the listed month; so does a list by から or と.
    assert.deepEqual(fields('みどり市は2日、27日に説明会を開催すると発表した。'), [
      ['2日', 2026, 3, 2],
      ['27日', 2026, 3, 27],
    ]);
    assert.deepEqual(fields('図書館は2日から27日まで休館した。'), [
      ['2日', 2026, 3, 2],
      ['27日', 2026, 3, 27],
    ]);
  });

  it('uses a written weekday to choose the month of a bare day', () => {
    // 2025-11-03 is a Monday; the reference (the 11th) is after it anyway.
    const monday = only('説明会は3日（月）に開いた。');
    assert.deepEqual([monday.text, monday.month, monday.day, monday.weekday], ['3日（月）', 11, 3, 1]);
  });
});

describe('findDates: times', () => {
  it('reads 午前/午後, 半 and 分 onto the 24-hour clock', () => {
    assert.deepEqual(
      datesOf('午前一時半、午後7時半、15時30分、3時ごろ、正午').map((m) => [m.text, m.time, m.approx]),
      [
        ['午前一時半', '01:30', undefined],
        ['午後7時半', '19:30', undefined],
        ['15時30分', '15:30', undefined],
        ['3時ごろ', '03:00', true],
        ['正午', '12:00', undefined],
      ],
    );
  });

  it('moves an hour after 夜 into the evening and keeps 深夜 hours small', () => {
    const [evening, small] = datesOf('10日夜10時ごろと11日深夜1時に通報があった。');
    assert.deepEqual([evening?.day, evening?.part, evening?.time], [10, 'night', '22:00']);
    assert.deepEqual([small?.day, small?.part, small?.time], [11, 'night', '01:00']);
  });

  it('does not read durations or 一時 (for a while) as times', () => {
    assert.deepEqual(datesOf('3時間にわたり一時停止した。'), []);
  });
});

describe('findDates: what is not a date', () => {
  it('leaves out durations and counts', () => {
    assert.deepEqual(
      datesOf('3日間の協議を経て、2年間で1年半の遅れを約2年遅れに縮め、5日後に第1日を迎えた。'),
      [],
    );
  });

  it('leaves out a span of days an effort took (三日がかり, 2日がかり)', () => {
    assert.deepEqual(
      datesOf('係員は網を手に三日がかりで逃げた鳥を捕まえ、巣箱の修理も2日がかりだった。'),
      [],
    );
  });

  it('leaves out per-day rates but keeps 1日 as a date', () => {
    assert.deepEqual(datesOf('1日平均2万人、1日あたり5便、1日約6000人、1日に3回、1日2便'), []);
    // に before an approximate figure is still a rate (about 8,000 riders a day).
    assert.deepEqual(datesOf('この路線は1日に約8千人、多い日は1日におよそ1万人が使う。'), []);
    // The one day of a day just named counts it: 9日の1日だけ is "on the 9th alone".
    assert.deepEqual(
      datesOf('窓口には9日の1日だけで約50件の相談があった。').map((date) => date.text),
      ['9日'],
    );
    const first = only('市は1日に新路線を開業した。');
    assert.deepEqual([first.start, first.text, first.day, first.month], [2, '1日', 1, 11]);
    // 時間 is a duration (twelve hours a day); 時 alone a clock time on the 1st.
    assert.deepEqual(datesOf('窓口を開くのは1日8時間だけだ。'), []);
    assert.deepEqual(
      datesOf('窓口は1日10時に開く。').map((date) => [date.text, date.day]),
      [['1日10時', 1]],
    );
  });

  it('leaves out words made of numeral kanji and comparison bases', () => {
    assert.deepEqual(
      datesOf('唯一日本の四日市で、一日も早い再開を求めた。前日比100円高、前年同月比で増えた。'),
      [],
    );
  });

  it('leaves out decades, recurring days and years out of range', () => {
    assert.deepEqual(datesOf('1990年代から毎月10日に点検し、1000年に一度の大雨に備える。'), []);
  });
});

describe('findDocumentDates', () => {
  it('resolves 同日 and 翌日 from the last date of an earlier sentence', () => {
    const dates = findDocumentDates(
      ['みどり市は2024年3月5日に計画を発表した。', '同日夜、市長が会見した。', '翌日には議会が開かれた。'],
      REFERENCE,
    );
    assert.equal(dates.length, 3);
    assert.deepEqual(dates[1], [
      { start: 0, end: 3, text: '同日夜', year: 2024, month: 3, day: 5, part: 'night', relative: true },
    ]);
    assert.deepEqual(dates[2], [
      { start: 0, end: 2, text: '翌日', year: 2024, month: 3, day: 6, relative: true },
    ]);
  });

  it('resolves 同日 to the last day something happened on, not a period bound after it (5日から, 20日まで)', () => {
    const days = (sentences: string[]) =>
      findDocumentDates(sentences, '2026-03-03T09:00:00+09:00').map((list) => list.map((d) => d.day));
    assert.deepEqual(
      days(['町は2日、点検を終えた。', '施設は5日から再開する。', '町は同日、記者会見を開いた。']),
      [[2], [5], [2]],
    );
    assert.deepEqual(days(['県は2日、工事は20日まで続くと発表し、同日夜に説明会を開いた。']), [[2, 20, 2]]);
    // With no day of an event named in the sentences before, the bound is still the day meant.
    assert.deepEqual(days(['工事は20日まで続く。', '同日夜に式典がある。']), [[20], [20]]);
    assert.deepEqual(
      days(['町は2日、点検を終えた。', '一', '二', '施設は5日から再開する。', '同日、式典がある。']),
      [[2], [], [], [5], [5]],
    );
    // A bound at a time of day (5日午前9時ごろから) is a moment of that day: 同日 after it is that day.
    assert.deepEqual(
      days(['町は2日、点検を終えた。', '修理は5日午前9時ごろから始まり、同日夜までに終わった。']),
      [[2], [5, 5]],
    );
  });

  it('resolves 翌18日 to the day after the last date named, in its month or the next', () => {
    const dates = findDocumentDates(
      [
        'みどり市は花火大会を12月20日に開く。',
        '雨の場合は翌21日に延ばす。',
        '式典は1月30日。',
        '荒天なら翌2日に移す。',
      ],
      REFERENCE,
    );
    assert.deepEqual(
      dates.flat().map((d) => [d.text, d.year, d.month, d.day]),
      [
        ['12月20日', 2025, 12, 20],
        ['21日', 2025, 12, 21],
        ['1月30日', 2026, 1, 30],
        ['2日', 2026, 2, 2],
      ],
    );
  });

  it('resolves 同年/同月 from the last year and month, and 前日 across a month boundary', () => {
    const dates = findDocumentDates([
      '事故は2023年7月1日に起きた。',
      '市は同月中に調べ、同年9月に再開した。',
      'その前日には点検を終えていた。',
    ]);
    assert.deepEqual(
      dates[1]?.map((m) => [m.text, m.year, m.month, m.day]),
      [
        ['同月中', 2023, 7, undefined],
        ['同年9月', 2023, 9, undefined],
      ],
    );
    // 同年9月 names no day, so 前日 still counts from 7月1日.
    assert.deepEqual(
      dates[2]?.map((m) => [m.text, m.year, m.month, m.day]),
      [['前日', 2023, 6, 30]],
    );
  });

  it('leaves 同日 unresolved when nothing was mentioned before', () => {
    assert.deepEqual(findDocumentDates(['同日、発表した。'], REFERENCE), [
      [{ start: 0, end: 2, text: '同日', relative: true }],
    ]);
  });

  it('accepts the previous date through findDates context too', () => {
    const [previous] = findDates('2025年11月10日');
    assert.ok(previous);
    const mention = findDates('同日午後3時に再開した。', { previous })[0];
    assert.deepEqual(
      [mention?.text, mention?.year, mention?.month, mention?.day, mention?.time],
      ['同日午後3時', 2025, 11, 10, '15:00'],
    );
  });
});

describe('findDates: English', () => {
  it('reads month-day dates with and without a year, leaving the preposition out', () => {
    assert.deepEqual(datesOf('The council met on March 4, 2025 and again on 4 March.'), [
      { start: 19, end: 32, text: 'March 4, 2025', year: 2025, month: 3, day: 4, relative: false },
      { start: 46, end: 53, text: '4 March', year: 2026, month: 3, day: 4, relative: true },
    ]);
  });

  it('resolves a weekday to the most recent one on or before the reference', () => {
    // The reference is Tuesday 11 November 2025.
    const [thursday, tuesday] = datesOf('The mayor spoke on Thursday and again on Tuesday.');
    assert.deepEqual(
      [thursday?.text, thursday?.start, thursday?.year, thursday?.month, thursday?.day, thursday?.weekday],
      ['Thursday', 19, 2025, 11, 6, 4],
    );
    assert.deepEqual([tuesday?.day, tuesday?.weekday], [11, 2]);
    const last = only('Fares rose last Tuesday.');
    assert.deepEqual([last.text, last.day], ['last Tuesday', 4]);
  });

  it('resolves a weekday something is scheduled, set or due for to the one ahead', () => {
    // The reference is Tuesday 11 November 2025: the vote is on Friday the 14th, the talks were on Friday the 7th.
    const [vote, talks] = datesOf(
      'The vote, which had been scheduled for Friday, was put off after talks on Friday.',
    );
    assert.deepEqual([vote?.text, vote?.day, talks?.text, talks?.day], ['Friday', 14, 'Friday', 7]);
    assert.equal(only('The ferry is due on Sunday.').day, 16);
  });

  it('resolves a weekday in a clause of what will happen to the one ahead, and one a report was made on to the past', () => {
    // The reference is Tuesday 11 November 2025.
    assert.equal(only('The council will vote on the budget on Friday.').day, 14);
    assert.equal(only('The plant is to reopen on Monday.').day, 17);
    assert.equal(only('The company plans to start shipping on Thursday.').day, 13);
    // A clause or sentence later, or a report of the plan, the weekday is when it was said.
    assert.equal(only('Fares will rise, the operator said on Friday.').day, 7);
    assert.equal(only('The city will close the road. Talks ended on Friday.').day, 7);
    assert.equal(only('It will cost more, officials told reporters on Monday.').day, 10);
    // What someone expects to happen by a weekday is ahead too.
    assert.equal(only('The company expects the line to reopen by Friday.').day, 14);
    assert.equal(only('The agency expects to finish the repairs on Saturday.').day, 15);
    // …and what someone hopes, wants or seeks to do on one.
    assert.equal(only('Officials hope to reopen the bridge on Thursday if checks go well.').day, 13);
    assert.equal(only('The club wants to hold the vote on Friday.').day, 14);
    // The page's own weekday, ahead, is that day: a week later is written "next Tuesday".
    assert.equal(only('The library will be closed from Tuesday for repairs.').day, 11);
    assert.equal(only('The hearing is scheduled for Tuesday.').day, 11);
    assert.equal(only('The hearing will resume next Tuesday.').day, 18);
  });

  it('resolves a weekday in a clause of what someone said would happen to the one ahead (vfa38)', () => {
    // The reference is Tuesday 11 November 2025: "would" is "will" told in the past.
    assert.equal(
      only('The library said it would hire two more clerks so that the reading room could open on Friday.')
        .day,
      14,
    );
    assert.equal(only('The mayor said the pool would get a new filter before it opens on Thursday.').day, 13);
    // Said on the weekday, a clause before "would", or a weekday owned by a noun: the one past.
    assert.equal(only('The clerk said on Friday that the office would close.').day, 7);
    assert.equal(only("The council said it would not comment on Friday's vote.").day, 7);
    assert.equal(only('Officials could not be reached on Friday.').day, 7);
  });

  it('resolves a weekday a span starts on to the future verb it qualifies, across an apposition (vxl31)', () => {
    // The reference is Tuesday 11 November 2025.
    const [said, start] = datesOf(
      'The board said on Monday it will test the pumps made by the same supplier, Kita Kogyo, starting on Friday.',
    );
    assert.deepEqual([said?.day, start?.day], [10, 14]);
    // With no future verb, a span that started is past.
    assert.equal(only('The closure, starting on Friday, angered drivers.').day, 7);
  });

  it('reads last year, next April, in 2027, and a time joined to its date', () => {
    assert.deepEqual(
      datesOf('Fares rose last year, will rise next April and again in 2027.').map((m) => [
        m.text,
        m.year,
        m.month,
      ]),
      [
        ['last year', 2024, undefined],
        ['next April', 2026, 4],
        ['2027', 2027, undefined],
      ],
    );
    const joined = only('The line reopened at about 3 p.m. on Thursday.');
    assert.deepEqual(
      [joined.text, joined.day, joined.time, joined.approx],
      ['about 3 p.m. on Thursday', 6, '15:00', true],
    );
  });

  it('does not take the verb "may" or a name like Jan for a month', () => {
    assert.deepEqual(datesOf('Jan Smith said fares may rise. May I ask?'), []);
    assert.equal(only('The plan starts in May.').month, 5);
    // A trip booked or planned for May names the month.
    assert.equal(only('Their trip had been planned for May.').month, 5);
    assert.deepEqual(datesOf('A gift for Jan arrived.'), []);
  });
});

describe('datesAgree', () => {
  const [claimDay] = findDates('10日', { reference: REFERENCE });
  const [source] = findDates('2025年11月10日午前3時ごろ');
  const [wrongDay] = findDates('11月11日', { reference: REFERENCE });

  it('accepts a claim that leaves fields out, and rejects a different day', () => {
    assert.ok(claimDay && source && wrongDay);
    assert.equal(datesAgree(claimDay, source), true);
    assert.equal(datesAgree(wrongDay, source), false);
  });

  it('rejects a claim more specific than its source', () => {
    const [month] = findDates('2025年11月');
    assert.ok(month && source);
    assert.equal(datesAgree(source, month), false);
    assert.equal(datesAgree(month, source), true);
  });

  it('compares times with 30 minutes of slack for ごろ, and parts only when both have them', () => {
    const [tenPast] = findDates('2025年11月10日午前3時10分');
    const [four] = findDates('2025年11月10日午前4時');
    const [night] = findDates('2025年11月10日夜');
    assert.ok(source && tenPast && four && night);
    assert.equal(datesAgree(source, tenPast), true);
    assert.equal(datesAgree(source, four), false);
    assert.equal(datesAgree(night, source), true);
  });

  it('takes a clock time to agree with a part of the day only when it falls in it', () => {
    const [night] = findDates('2025年11月10日夜');
    const [morning] = findDates('2025年11月10日朝');
    const [nine] = findDates('2025年11月10日午前9時');
    const [ninePm] = findDates('2025年11月10日午後9時');
    assert.ok(night && morning && nine && ninePm);
    assert.equal(datesAgree(nine, night), false);
    assert.equal(datesAgree(ninePm, night), true);
    assert.equal(datesAgree(nine, morning), true);
    assert.equal(datesAgree(night, nine), false);
    assert.equal(datesAgree(night, ninePm), true);
  });

  it('checks a 下旬 claim against the source day and a fiscal year against the source month', () => {
    const [late] = findDates('12月下旬', { reference: REFERENCE });
    const [fifth] = findDates('2025年12月5日');
    const [twentyFifth] = findDates('2025年12月25日');
    const [fiscal] = findDates('2026年度');
    const [february] = findDates('2027年2月');
    assert.ok(late && fifth && twentyFifth && fiscal && february);
    assert.equal(datesAgree(late, fifth), false);
    assert.equal(datesAgree(late, twentyFifth), true);
    assert.equal(datesAgree(fiscal, february), true);
  });

  it('backs a weekday only by a source date that names a day (vcd36)', () => {
    const [saturdayEvening] = findDates('土曜日の夕方', { reference: REFERENCE });
    const [sevenPm] = findDates('午後7時ごろ');
    const [monthOnly] = findDates('2025年11月');
    assert.ok(saturdayEvening && sevenPm && monthOnly);
    assert.equal(datesAgree(saturdayEvening, sevenPm), false);
    assert.equal(datesAgree(saturdayEvening, monthOnly), false);
    const { year: _y, month: _m, day: _d, ...weekdayOnly } = saturdayEvening;
    assert.equal(datesAgree(weekdayOnly, sevenPm), false);
  });

  it('rejects a weekday that the source date does not fall on', () => {
    const [thursday] = findDates('Thursday', { reference: REFERENCE });
    const [friday] = findDates('2025年11月7日');
    const [sixth] = findDates('2025年11月6日');
    assert.ok(thursday && friday && sixth);
    assert.equal(datesAgree(thursday, sixth), true);
    assert.equal(datesAgree({ ...friday, weekday: 4 }, friday), false);
  });
});

describe('findDates: two-digit years after a full year', () => {
  const fields = (mentions: DateMention[]) => mentions.map((m) => [m.text, m.year, m.month ?? null]);

  it('reads 24年9月 after 2023年 as September 2024', () => {
    assert.deepEqual(fields(datesOf('路線は2023年10月から24年3月まで運休した。')), [
      ['2023年10月', 2023, 10],
      ['24年3月', 2024, 3],
    ]);
  });

  it('reads a two-digit year alone in the sentence of the full year, not a duration', () => {
    assert.deepEqual(fields(datesOf('町長は2018年に初当選し、22年に再選された。')), [
      ['2018年', 2018, null],
      ['22年', 2022, null],
    ]);
    assert.deepEqual(fields(datesOf('橋は2001年から12年かけて架け替えた。')), [['2001年', 2001, null]]);
    assert.deepEqual(fields(datesOf('2019年に30年間の営業を終えた。')), [['2019年', 2019, null]]);
  });

  it('reads 25年度 and 26年4月 in later sentences of the article after its full year', () => {
    const dates = findDocumentDates(
      ['新庁舎は2024年に着工した。', '完成は26年4月、移転は26年度の予定だ。'],
      REFERENCE,
    );
    assert.deepEqual(fields(dates[1] ?? []), [
      ['26年4月', 2026, 4],
      ['26年度', 2026, null],
    ]);
  });

  it('leaves a two-digit year alone when no full year comes before it', () => {
    assert.deepEqual(fields(datesOf('24年に一度の祭りが開かれた。')), []);
  });
});

describe('datesAgree: a clock time alone', () => {
  it('agrees with a source time, not with a source date that has no time', () => {
    const [claimTime] = datesOf('窓口は午後9時まで開く。');
    const [sourceDay] = datesOf('窓口は12日から開く。');
    const [sourceTime] = datesOf('窓口は午後9時まで開く。');
    assert.ok(claimTime !== undefined && sourceDay !== undefined && sourceTime !== undefined);
    assert.equal(datesAgree(claimTime, sourceDay), false);
    assert.equal(datesAgree(claimTime, sourceTime), true);
  });
});

describe('findDates: fiscal years named by the month they end (決算期)', () => {
  const fields = (mention: DateMention | undefined) => [
    mention?.text,
    mention?.year,
    mention?.month,
    mention?.period,
  ];

  it('reads 2026年3月期 as the fiscal year that starts in 2025 and 2026年12月期 as 2026', () => {
    const [march, december] = datesOf('青葉製菓の2026年3月期と、親会社の2026年12月期の決算。');
    assert.deepEqual(fields(march), ['2026年3月期', 2025, 3, 'fiscal']);
    assert.deepEqual(fields(december), ['2026年12月期', 2026, 12, 'fiscal']);
  });

  it('reads 3月期 alone with no year, and 1〜3月期 as a quarter, not a fiscal year', () => {
    assert.deepEqual(fields(datesOf('3月期決算を発表した。')[0]), ['3月期', undefined, 3, 'fiscal']);
    const quarter = datesOf('1〜3月期の売上高').at(-1);
    assert.notEqual(quarter?.period, 'fiscal');
  });

  it('agrees with the same fiscal year written as 年度 or 3月期, not with an event in that March', () => {
    const [term] = datesOf('2026年3月期の売上高');
    const [fiscal] = datesOf('2025年度の売上高');
    const [bare] = datesOf('3月期の売上高');
    const [event] = datesOf('2026年3月に工場が完成した');
    assert.ok(term !== undefined && fiscal !== undefined && bare !== undefined && event !== undefined);
    assert.equal(datesAgree(fiscal, term), true);
    assert.equal(datesAgree(bare, term), true);
    assert.equal(datesAgree(event, term), false);
  });

  it('leaves 3月期限 (a deadline) a date', () => {
    const [deadline] = datesOf('提出は2026年3月期限だ。');
    assert.equal(deadline?.period, undefined);
    assert.equal(deadline?.month, 3);
  });
});

describe('findDates: more relative days', () => {
  it('resolves 明日 and 一昨日 against the page, 翌々日 and 前夜 against the last date', () => {
    const days = (text: string) => datesOf(text).map((m) => [m.text, m.month, m.day, m.part ?? null]);
    assert.deepEqual(days('説明会は明日開かれ、一昨日の会合に続く。'), [
      ['明日', 11, 12, null],
      ['一昨日', 11, 9, null],
    ]);
    assert.deepEqual(days('式典は3日に開かれ、翌々日に片付けた。'), [
      ['3日', 11, 3, null],
      ['翌々日', 11, 5, null],
    ]);
    assert.deepEqual(days('式典は3日に開かれた。前夜には雨が降った。'), [
      ['3日', 11, 3, null],
      ['前夜', 11, 2, 'night'],
    ]);
  });
});

describe('findDates: a relative day in kana after a particle', () => {
  it('reads きのう, きょう and あす after は, では or も, not inside a longer word in kana', () => {
    const days = (text: string) => datesOf(text).map((m) => [m.text, m.month, m.day]);
    assert.deepEqual(days('みどり市ではきのうから雨が降り続き、市もきょう対策本部を開いた。'), [
      ['きのう', 11, 10],
      ['きょう', 11, 11],
    ]);
    assert.deepEqual(days('バス会社はあす、新しい時刻表を配る。'), [['あす', 11, 12]]);
    // A word that only contains the letters: きょうだい (siblings), ときのうち.
    assert.deepEqual(days('運転手のきょうだいが乗っていたときのうちに連絡した。'), []);
  });

  it('reads きょう and あす after the の of a noun phrase (休館3日目のきょう, 説明会当日のあす)', () => {
    const days = (text: string) => datesOf(text).map((m) => [m.text, m.month, m.day]);
    assert.deepEqual(days('休館3日目のきょうも、入り口は閉じられていた。'), [['きょう', 11, 11]]);
    assert.deepEqual(days('説明会当日のあすには、町長も出席する。'), [['あす', 11, 12]]);
    // …not a kana word after の (のきょうだい, siblings).
    assert.deepEqual(days('町長のきょうだいも出席した。'), []);
  });
});

describe('countsListedDays', () => {
  const check = (text: string, count: string) => {
    const at = text.indexOf(count);
    return countsListedDays(text, findDates(text, { reference: REFERENCE }), {
      start: at,
      value: Number(count.replace(/\D/gu, '')),
      unit: '日',
    });
  };

  it('takes a count of days that restates the days listed or the range given before it', () => {
    assert.equal(check('図書館は8日と9日の2日間、休館する。', '2日間'), true);
    assert.equal(check('図書館は3日から5日までの3日間、休館する。', '3日間'), true);
    assert.equal(check('図書館は3日、4日、5日の3日間、休館する。', '3日間'), true);
  });

  it('does not take another count, or one not joined to the days', () => {
    assert.equal(check('図書館は8日と9日の3日間、休館する。', '3日間'), false);
    assert.equal(check('図書館は3日から5日までの2日間、休館する。', '2日間'), false);
    assert.equal(check('図書館は8日に、2日間の点検を始める。', '2日間'), false);
  });
});

describe('findDates: English days listed after a month-day (vxl23)', () => {
  it('reads the later day of "May 9 and 10" and "Dec. 3-4" in the same month', () => {
    const found = datesOf('The fair, set for May 9 and 10, follows the sale on Dec. 3-4.');
    assert.deepEqual(
      found.map((date) => [date.text, date.month, date.day]),
      [
        ['May 9', 5, 9],
        ['10', 5, 10],
        ['Dec. 3', 12, 3],
        ['4', 12, 4],
      ],
    );
  });

  it('leaves a figure after the date alone (May 9 and 10 people), and an earlier numeral', () => {
    assert.deepEqual(
      datesOf('On May 9 and 10 people came; on May 9 and 3 others left.').map((date) => date.text),
      ['May 9', 'May 9'],
    );
  });
});

describe('relative days and their month (vdate32)', () => {
  const monthDay = (date: DateMention | undefined) => date && `${date.month}/${date.day}`;

  it('reads the bare days of an updated page against its update note, not its first publication', () => {
    const sentences = [
      '※4月22日11時更新 審査会の結論を加えました。',
      '架空町の審査会は22日、図書館の建て替え案を了承した。',
      '町長は同日付で計画を告示した。',
      '町は3日に住民説明会を開いていた。',
    ];
    const dates = findDocumentDates(sentences, '2028-04-15T08:00:00+09:00');
    assert.equal(monthDay(dates[1]?.[0]), '4/22');
    assert.equal(monthDay(dates[2]?.[0]), '4/22');
    assert.equal(monthDay(dates[3]?.[0]), '4/3');
    // Without the note the 22nd, a week after the page's date and told in the past, is March's.
    assert.equal(
      monthDay(findDocumentDates(sentences.slice(1), '2028-04-15T08:00:00+09:00')[0]?.[0]),
      '3/22',
    );
  });

  it('reads a bracketed note of a bare day in the reference month, and not one before the page date', () => {
    const later = findDocumentDates(
      ['【追記】架空鉄道は19日、運賃の改定を発表した。'],
      '2028-04-15T08:00:00+09:00',
    );
    assert.equal(monthDay(later[0]?.[0]), '4/19');
    const earlier = findDocumentDates(
      ['【更新】12日夕、社長が会見した。', '町は24日に会議を開いた。'],
      '2028-04-15T08:00:00+09:00',
    );
    assert.equal(monthDay(earlier[0]?.[0]), '4/12');
    assert.equal(monthDay(earlier[1]?.[0]), '3/24');
  });

  it('reads a 同日 told in the past as the day of the news, not a later planned day or a bound', () => {
    const pages = [
      // A planned day after the news's day, four sentences back.
      [
        '架空バスは8日、3路線を11月1日に廃止すると発表した。',
        '運転手が足りないという。',
        '利用者は減っていた。',
        '代わりの交通は決まっていない。',
        '町長は同日、「残念だ」と述べた。',
      ],
      // A period bound named with the news's day, three sentences back.
      [
        '架空汽船は8日、11月1日から便数を減らすと発表した。',
        '船員が足りないという。',
        '運賃は変えない。',
        '市長は同日、補助を検討する考えを示した。',
      ],
    ];
    for (const sentences of pages) {
      const dates = findDocumentDates(sentences, '2028-04-08T08:00:00+09:00');
      assert.equal(monthDay(dates.at(-1)?.[0]), '4/8', sentences.at(-1));
    }
  });
});
