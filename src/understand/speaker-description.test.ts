import assert from 'node:assert/strict';
import { before, describe, it } from 'node:test';
import { createTokenizer, type Tokenizer } from '../text/tokenizer.ts';
import { readSentence } from './read-sentence.ts';
import { describeQuoteSpeaker, type SpeakerDescription } from './speaker-description.ts';

let tokenizer: Tokenizer;
before(async () => {
  tokenizer = await createTokenizer();
});

/** The description of the speaker of the sentence's first quote (the test fails when there is none). */
function described(text: string): SpeakerDescription {
  const reading = readSentence(text, tokenizer);
  const quote = reading.quotes[0];
  assert.ok(quote, `no quote in 「${text}」`);
  const description = describeQuoteSpeaker(reading, quote);
  assert.ok(description, `no speaker described in 「${text}」`);
  return description;
}

describe('describeQuoteSpeaker', () => {
  it('reads an office held (Xを務める), before の, and as the head', () => {
    assert.deepEqual(described('桜台中の保護者会長を務める男性（52）は「説明が遅い」と話した。').roles, [
      '保護者会長',
    ]);
    assert.deepEqual(described('商店会の会長の女性は「客足が戻らない」と話した。').roles, ['会長']);
    assert.deepEqual(described('青葉高の校長は「安全を確かめたい」と話した。').roles, ['校長']);
  });

  it('reads an office taken (Xに就く, Xに就任した) as one held', () => {
    assert.deepEqual(
      described('審査会の副会長に就く予定の青葉大学の森田進教授は「公平に見たい」と話した。').roles,
      ['副会長', '教授'],
    );
    assert.deepEqual(described('4月に理事長に就任した男性は「改革を進める」と述べた。').roles, ['理事長']);
  });

  it('passes over a topic that describes no one to the speaker further back', () => {
    for (const text of [
      '白浜町の町長は財源がないとして、国に頼る必要はないと考えており、計画を「夢物語だ」とまで呼んだ。',
      '白浜町の町長は、工事の再開は当面ないとの見方を示し、「住民の安全が先だ」と述べた。',
    ]) {
      const description = described(text);
      assert.deepEqual(description.roles, ['町長'], text);
      assert.ok(!/必要|再開/u.test(description.text), `${text}: ${description.text}`);
    }
  });

  it('reads a title after a name, and the name', () => {
    const description = described('これに対し、港北電機の森川昭夫社長は「再発を防ぐ」と述べた。');
    assert.equal(description.person, '森川昭夫');
    assert.deepEqual(description.roles, ['社長']);
  });

  it('reads an occupation in apposition, before の or the copula で (教授で…の)', () => {
    assert.deepEqual(described('防災に詳しい気象予報士の川上聡さんは「警戒が必要だ」と話した。').roles, [
      '気象予報士',
    ]);
    assert.deepEqual(
      described('東都大学の准教授で都市計画が専門の林美香さんは「見直すべきだ」と指摘した。').roles,
      ['准教授'],
    );
  });

  it('reads the body the speaker works at (Xで働く, Xに勤める), apart from the offices', () => {
    const description = described('駅前の食堂で働く60代の女性は「不安だ」と話した。');
    assert.deepEqual(description.workplaces, ['食堂']);
    assert.deepEqual(description.roles, []);
    assert.deepEqual(described('市役所に勤める男性は「忙しい」と話した。').workplaces, ['市役所']);
  });

  it('gives no office to a speaker described by what they do (店を営む, 一人暮らしをする)', () => {
    for (const text of [
      '近くで雑貨店を営む70代の男性は「寂しくなる」と話した。',
      '山あいの集落で一人暮らしをする女性（81）は「助かる」と話した。',
    ]) {
      const description = described(text);
      assert.deepEqual(description.roles, [], text);
      assert.equal(description.bare, false, text);
    }
  });

  it('reads an occupation done (Xをしている) and a part acted in (Xとして働く) as roles, not any act', () => {
    assert.deepEqual(described('駅前で薬剤師をしている男性は「薬が足りない」と話した。').roles, ['薬剤師']);
    assert.deepEqual(described('町の診療所で看護師として働く女性は「人手が足りない」と話した。').roles, [
      '看護師',
    ]);
    assert.deepEqual(described('毎朝公園の掃除をしている男性は「ごみが減った」と話した。').roles, []);
  });

  it("marks a bare speaker (男性は, 同氏は) and leaves a relative clause's other people out", () => {
    assert.equal(described('男性は「怖かった」と話した。').bare, true);
    // 市長 is who appointed, not who speaks.
    assert.deepEqual(described('市長が任命した委員の男性は「慎重に調べる」と述べた。').roles, ['委員']);
  });
});
