import assert from 'node:assert/strict';
import { before, describe, it } from 'node:test';
import { createTokenizer, type Tokenizer } from '../text/tokenizer.ts';
import { readSentence } from './read-sentence.ts';
import { argumentsOf, subjectOf } from './subject.ts';

let tokenizer: Tokenizer;
before(async () => {
  tokenizer = await createTokenizer();
});

const subject = (text: string) => subjectOf(readSentence(text, tokenizer))?.text;

describe('subjectOf: the named subject a sentence binds with は/が', () => {
  it('takes the name before は, past a parenthesis that glosses it', () => {
    assert.equal(subject('東浜食品（北浦市、岡田良平社長）は3日、回収を発表した。'), '東浜食品');
    assert.equal(subject('岡田良平社長は「申し訳ない」と話した。'), '岡田良平社長');
  });

  it('skips は after another particle (3日には) and takes the next subject', () => {
    assert.equal(subject('3日には、東浜食品が回収を始めた。'), '東浜食品');
  });

  it('gives no subject for a reference or a common noun, nor for a name inside a quote', () => {
    assert.equal(subject('同社は3日、回収を発表した。'), undefined);
    assert.equal(subject('担当者が説明した。'), undefined);
    assert.equal(subject('「東浜食品は誠実だ」と話した。'), undefined);
  });
});

const roles = (text: string) =>
  argumentsOf(readSentence(text, tokenizer)).map(
    (argument) => `${argument.text}:${argument.role}:${argument.verb}`,
  );

describe('argumentsOf: who acts on whom, read from the case particles', () => {
  it('reads が and a topic with an object as the agent, を and に as the patient', () => {
    assert.deepEqual(roles('県警は市に報告書を提出した。'), [
      '県警:agent:提出',
      '市:patient:提出',
      '報告書:patient:提出',
    ]);
    assert.deepEqual(roles('漁協が町に補助を求めた。'), [
      '漁協:agent:求める',
      '町:patient:求める',
      '補助:patient:求める',
    ]);
  });

  it('reads the agent of a passive from によって, and its subject as the patient', () => {
    assert.deepEqual(roles('報告書は県警によって市に提出された。'), [
      '報告書:patient:提出',
      '県警:agent:提出',
    ]);
  });

  it('does not make a topic that is the object (報告書は市が提出した) an agent', () => {
    assert.deepEqual(roles('報告書は市が提出した。'), ['市:agent:提出']);
  });

  it('reads the focus of a cleft as the agent, unless it is a number or date', () => {
    assert.deepEqual(roles('報告書を提出したのは県警だ。'), ['報告書:patient:提出', '県警:agent:提出']);
    assert.deepEqual(roles('報告書を提出したのは5日だ。'), ['報告書:patient:提出']);
  });

  it('gives coordinated nouns the particle of the last one', () => {
    assert.deepEqual(roles('県と市が報告書を提出した。'), [
      '県:agent:提出',
      '市:agent:提出',
      '報告書:patient:提出',
    ]);
  });

  it('reads neither role for が/に before a verb heading a complement (…に報告するよう求めた)', () => {
    assert.deepEqual(roles('国は県に、報告書を提出するよう求めた。'), [
      '国:agent:求める',
      '報告書:patient:提出',
    ]);
  });

  it('reads nothing inside quotes', () => {
    assert.deepEqual(roles('知事は「県警が報告書を出した」と述べた。'), []);
  });
});
