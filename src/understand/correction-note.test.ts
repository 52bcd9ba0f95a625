import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import {
  deniesWording,
  isRetractedSpan,
  isStampDate,
  isSupersededSpan,
  retractedEnd,
  tellsCorrection,
} from './correction-note.ts';

// Invented correction notes in the forms Japanese news writes them.

describe('correction notes: the wrong wording they retract', () => {
  it('finds the retracted part in plain and polite notes, with のは or が', () => {
    for (const note of [
      '※初版で参加者を「320人」としたのは「230人」の誤りでした。',
      '※5日の配信時、会長の名前を「田辺正一」としていましたが、誤りでした。',
      '※記事中で開館日を「3月4日」と表記しましたが、正しくは「3月14日」です。',
      '※費用を「約2億円」とありましたが、「約1億円」の間違いでした。',
    ]) {
      const end = retractedEnd(note);
      assert.ok(end !== undefined, note);
      const wrong = /「[^」]+」/u.exec(note) as RegExpExecArray;
      assert.ok(isRetractedSpan(note, wrong.index, wrong.index + wrong[0].length), note);
      // The right wording after the marker is not retracted.
      const right = note.lastIndexOf('「');
      if (right > wrong.index) assert.ok(!isRetractedSpan(note, right, right + 3), note);
    }
  });

  it('reads no retraction in a sentence that only reports what someone said', () => {
    assert.equal(retractedEnd('市は参加者を320人としたが、実際には増える見込みだ。'), undefined);
    assert.equal(retractedEnd('会社は「誤りはない」としている。'), undefined);
  });
});

describe('correction notes: a sentence that tells of the correction', () => {
  it('reads 正しくは as telling of it, as 誤り and 訂正 are', () => {
    assert.ok(tellsCorrection('当初は午後5時までとしていたが、正しくは午後6時までだった。'));
    assert.ok(tellsCorrection('年齢を誤って伝え、54歳に訂正した。'));
    assert.ok(!tellsCorrection('窓口は午後6時まで受け付ける。'));
  });
});

describe('editor stamps: the dates of a page’s versions', () => {
  const stampAt = (text: string, date: string) => {
    const start = text.indexOf(date);
    return isStampDate(text, { start, end: start + date.length });
  };

  it('finds update, addition and earlier-version stamps in a note', () => {
    assert.ok(stampAt('※6月8日17時更新 町の発表を反映しました。', '6月8日17時'));
    assert.ok(stampAt('※十六日の配信時、肩書を「教授」としていましたが、誤りでした。', '十六日'));
    assert.ok(stampAt('【3月2日追記】市の回答を加えました。', '3月2日'));
  });

  it('finds the day of the article a correction note corrects', () => {
    assert.ok(stampAt('【訂正】8日配信の記事で、会場名を「北ホール」としたのは誤りでした。', '8日'));
    assert.ok(stampAt('※21日に掲載した記事で、店の数を誤って記載しました。', '21日'));
    assert.ok(stampAt('（おわび）2日付の記事で、氏名に誤りがありました。', '2日'));
    assert.ok(stampAt('【訂正】11日の記事で、駅名を取り違えていました。', '11日'));
  });

  it('leaves a told event its date, in a note or in running text', () => {
    assert.ok(!stampAt('※町が12日に発表した数字を反映し、本文を更新しました。', '12日'));
    assert.ok(!stampAt('市は契約を3月31日更新とし、業者に伝えた。', '3月31日'));
    assert.ok(!stampAt('※町が9日に配信した動画で、担当者が手順を説明した。', '9日'));
    assert.ok(!stampAt('同社が4日に公開した記事によると、部品は6日に届く。', '4日'));
  });
});

describe('superseded values: what was said before a newer report', () => {
  const supersededAt = (text: string, value: string) => {
    const start = text.indexOf(value);
    return isSupersededSpan(text, start, start + value.length);
  };

  it('reads a value told with これまで, 従来 or 当初 and a past progressive of stating as the earlier one', () => {
    assert.ok(supersededAt('組合はこれまで約900件と説明していたが、集計に漏れがあった。', '約900件'));
    assert.ok(supersededAt('これまでは3日間としていた。', '3日間'));
    assert.ok(supersededAt('町は当初、工期を8か月と発表していました。', '8か月'));
  });

  it('leaves a value told as it stands, or counted so far', () => {
    assert.ok(!supersededAt('組合はこれまでに約900件の相談を受けたとしている。', '約900件'));
    assert.ok(!supersededAt('組合は相談が約900件あったと説明していた。', '約900件'));
    assert.ok(!supersededAt('これまでで最も多い約900件に上った。', '約900件'));
  });
});

describe('deniesWording', () => {
  const deniedAt = (text: string, word: string) => deniesWording(text, text.indexOf(word) + word.length);

  it('reads a wording the text denies right after it (ではなく, ではない, ではなかった)', () => {
    assert.ok(deniedAt('修理費は約8万円ではなく約6万円だった。', '約8万円'));
    assert.ok(deniedAt('選手の年齢は19歳ではない。', '19歳'));
    assert.ok(deniedAt('会場は「南公園」ではなかった。', '南公園'));
  });

  it('reads no denial of a wording stated as it stands, or denied further on', () => {
    assert.ok(!deniedAt('修理費は約8万円だった。', '約8万円'));
    assert.ok(!deniedAt('約8万円の修理費は保険では払われない。', '約8万円'));
  });
});
