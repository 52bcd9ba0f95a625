import assert from 'node:assert/strict';
import { before, describe, it } from 'node:test';
import { findDocumentDates } from '../text/dates.ts';
import { createTokenizer, type Tokenizer } from '../text/tokenizer.ts';
import { readSentence } from './read-sentence.ts';
import { datesOnTheirDays, daysOfTimes } from './time-days.ts';

// Invented pages: each paragraph a list of sentences. The day each bare time is read to belong to,
// as 'D' (the day of the month) or '-' where it keeps none, sentence by sentence.
// With a tokenizer, each sentence carries its reading (which predicate each date dates).
function daysOf(
  paragraphs: readonly (readonly string[])[],
  reference = '2030-04-20T09:00:00+09:00',
  tokenizer?: Tokenizer,
) {
  const sentences = paragraphs.flatMap((list, paragraph) =>
    list.map((text) => ({
      text,
      paragraph,
      ...(tokenizer === undefined ? {} : { reading: readSentence(text, tokenizer) }),
    })),
  );
  const dates = findDocumentDates(
    sentences.map((sentence) => sentence.text),
    reference,
  );
  const timed = daysOfTimes(sentences.map((sentence, i) => ({ ...sentence, dates: dates[i] ?? [] })));
  return sentences.map((_, i) =>
    (dates[i] ?? [])
      .filter((date) => date.time !== undefined && date.day === undefined)
      .map((time) => {
        const entry = timed[i]?.find((one) => one.time === time);
        return entry === undefined ? '-' : String(entry.date.day);
      }),
  );
}

describe('the day a clock time belongs to', () => {
  it('takes the last day named before the time in its own sentence', () => {
    assert.deepEqual(daysOf([['港の倉庫で14日、午前9時ごろに煙が出た。']]), [['14']]);
    assert.deepEqual(daysOf([['班は12日に準備を始め、13日は作業を続けて午後2時に終えた。']]), [['13']]);
  });

  it('leaves open a time its own sentence dates only after it', () => {
    assert.deepEqual(daysOf([['午後3時ごろ、19日に予定していた式典の中止が決まった。']]), [['-']]);
  });

  it('takes the one day of the sentence before, in the same paragraph', () => {
    assert.deepEqual(daysOf([['村の集会所で16日、停電があった。', '午後4時すぎに電気が戻った。']]), [
      [],
      ['16'],
    ]);
  });

  it('takes the one day the page has named so far, across paragraphs', () => {
    assert.deepEqual(
      daysOf([
        ['川沿いの工場で21日、火事があった。', '負傷した人はない。'],
        ['消防によると、出火は午前5時ごろだった。'],
      ]),
      [[], [], ['21']],
    );
  });

  it('leaves open a time after a page that has named two days', () => {
    assert.deepEqual(
      daysOf([['3日に説明会が開かれ、4日に工事が始まった。'], ['作業員は午前8時に集まった。']]),
      [[], ['-']],
    );
  });

  it('gives a timetable or a rule told in the non-past no day', () => {
    assert.deepEqual(
      daysOf([['図書館は18日、新館を開いた。'], ['新館は平日の午前9時から午後8時まで利用できる。']]),
      [[], ['-', '-']],
    );
    assert.deepEqual(
      daysOf([
        ['The shop opened on Friday.'],
        ['Customers can order by 11 a.m. and collect the goods at noon.'],
      ]),
      [[], ['-', '-']],
    );
  });

  it('carries the day to an English time told in the past', () => {
    assert.deepEqual(
      daysOf([['A pipe burst on Friday in the town hall.'], ['Water was shut off at about 4:15 p.m.']]),
      [[], ['19']],
    );
  });

  it('takes no day from an editor’s stamp', () => {
    assert.deepEqual(
      daysOf([
        ['公民館で9日、講演会が開かれた。'],
        ['※10日の配信時、終了の時刻を「午後4時」と書きましたが、訂正します。'],
      ]),
      [[], ['-']],
    );
  });

  it('gives the sentence its dates with each bare time on its day', () => {
    const text = '駅前で7日、停電があった。';
    const next = '午後6時すぎに戻った。';
    const dates = findDocumentDates([text, next], '2030-04-20T09:00:00+09:00');
    const timed = daysOfTimes([
      { text, paragraph: 1, dates: dates[0] ?? [] },
      { text: next, paragraph: 1, dates: dates[1] ?? [] },
    ]);
    const on = datesOnTheirDays({ dates: dates[1] ?? [], timed: timed[1] ?? [] });
    assert.equal(on.length, 1);
    assert.equal(on[0]?.day, 7);
    assert.equal(on[0]?.month, 4);
    assert.equal(on[0]?.time, '18:00');
    assert.equal(on[0]?.text, '午後6時すぎ');
  });
});

describe('the day a clock time belongs to, by the predicates its sentence dates', () => {
  let tokenizer: Tokenizer;
  before(async () => {
    tokenizer = await createTokenizer();
  });
  const reference = '2030-04-20T09:00:00+09:00';

  it('passes over a day that heads a relative clause the time stands outside', () => {
    assert.deepEqual(
      daysOf(
        [
          [
            '山あいの村で11日、橋が流された。',
            '町が14日にまとめた報告では、水が引いたのは午前6時半すぎと分かった。',
          ],
        ],
        reference,
        tokenizer,
      ),
      [[], ['11']],
    );
  });

  it('leaves open a time that heads a relative clause when the day dates another predicate', () => {
    assert.deepEqual(
      daysOf([['高裁は9日、午後11時から午前5時までの営業を禁じる決定を出した。']], reference, tokenizer),
      [['-', '-']],
    );
  });

  it('keeps the day for a time of the same event, in the clause the day dates', () => {
    assert.deepEqual(daysOf([['港の倉庫で14日、午前9時ごろに煙が出た。']], reference, tokenizer), [['14']]);
    assert.deepEqual(daysOf([['町は18日、午前10時に窓口を開き、午後3時に閉じた。']], reference, tokenizer), [
      ['18', '18'],
    ]);
  });
});
