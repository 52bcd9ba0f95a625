import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { createTokenizer } from '../../text/tokenizer.ts';
import { pastInHeadlineStyle } from './write-fact.ts';

const tokenizer = await createTokenizer();
const headline = (text: string) => pastInHeadlineStyle(text, tokenizer.tokenize(text));

// Invented sentences: a line whose headline would be the line itself, headed in headline style.
describe('pastInHeadlineStyle', () => {
  it('heads a past verb by its stem form, the tense left out', () => {
    // 一段: the form before た.
    assert.equal(
      headline('峠を越える臨時列車が倒木で最大で70分遅れた。'),
      '峠を越える臨時列車が倒木で最大で70分遅れ',
    );
    // 五段: the dictionary form with its last kana on the い row (止まる, 続く, 運ぶ).
    assert.equal(headline('渡し船の運航が約3時間止まった。'), '渡し船の運航が約3時間止まり');
    assert.equal(headline('断水が町の北側で2日間続いた。'), '断水が町の北側で2日間続き');
    assert.equal(headline('ドクターヘリが2人を病院へ運んだ。'), 'ドクターヘリが2人を病院へ運び');
    // A passive's れる is a 一段 verb: its form before た.
    assert.equal(headline('登山客ら14人が山小屋で足止めされた。'), '登山客ら14人が山小屋で足止めされ');
  });

  it('leaves any other ending, and what was found to be so, to the line', () => {
    assert.equal(headline('倉庫の床面積は約900平方メートルだった。'), undefined);
    assert.equal(headline('漁協の組合員が網の修理をしていた。'), undefined);
    assert.equal(headline('貯水槽の水位は下がらなかった。'), undefined);
    assert.equal(headline('点検業者が報告書を書き換えていたことがわかった。'), undefined);
    assert.equal(headline('町は今月中に説明会を開く。'), undefined);
    // A report is headed by what it reports, not by the telling.
    assert.equal(headline('組合は、漁期を2週間短くすると明らかにした。'), undefined);
    assert.equal(headline('園長は、飼育員を1人増やしたと述べた。'), undefined);
  });
});
