import assert from 'node:assert/strict';
import { before, describe, it } from 'node:test';
import { createTokenizer, type Tokenizer } from '../../text/tokenizer.ts';
import { readSentence } from '../../understand/read-sentence.ts';
import { mainActOf } from './main-act.ts';

// Invented sentences: what the main clause does decides which question it answers.
describe('mainActOf', () => {
  let tokenizer: Tokenizer;
  before(async () => {
    tokenizer = await createTokenizer();
  });
  const act = (text: string) => mainActOf(readSentence(text, tokenizer));

  it('reads a completed act in the past', () => {
    assert.equal(act('北川市は新しい図書館の建設を正式に決めた。'), 'done');
    assert.equal(act('南山町の工場で火災が発生し、従業員2人が病院に運ばれた。'), 'done');
    assert.equal(act('県は対策本部を設置した。'), 'done');
  });

  it('reads an act still to come in the plain non-past', () => {
    assert.equal(act('東川町は来月5日から、町役場に臨時の相談窓口を設ける。'), 'coming');
    assert.equal(act('細かな条件は今後詰める。'), 'coming');
  });

  it('reads background, colour and voices as a state, not an event', () => {
    assert.equal(act('背景には、山間部の町に共通する深刻な人手不足がある。'), 'state');
    assert.equal(act('騒音への懸念も出ている。'), 'state');
    assert.equal(act('住民の間では反対の声も根強い。'), 'state');
    assert.equal(act('値上げの主因は燃料費の高騰だ。'), 'state');
    assert.equal(act('新しい駅舎は完成していない。'), 'state');
    assert.equal(act('商店街では客足の減少が続いていた。'), 'state');
    // Continuing or remaining in the plain non-past is how things stand, not a coming act.
    assert.equal(act('被災した集落では、倒れた木の撤去作業が続く。'), 'state');
    assert.equal(act('沿岸の町では臨時休校が相次ぐ。'), 'state');
    assert.equal(act('財源の確保という課題が残る。'), 'state');
  });
});
