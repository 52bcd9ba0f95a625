import assert from 'node:assert/strict';
import { before, describe, it } from 'node:test';
import { createTokenizer, type Tokenizer } from '../text/tokenizer.ts';
import { readSentence } from './read-sentence.ts';
import { subjectOf } from './subject.ts';

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

  it('takes a body named by several words (県消費センター), not a bare one (県は, 同センターは)', () => {
    assert.equal(subject('県消費センターは注意を呼びかけた。'), '県消費センター');
    assert.equal(subject('市教育委員会が方針を示した。'), '市教育委員会');
    assert.equal(subject('県は注意を呼びかけた。'), undefined);
    assert.equal(subject('同センターは注意を呼びかけた。'), undefined);
  });

  it('takes no subject from が inside a relative clause (北浦病院が担ってきた医療も引き継ぐ)', () => {
    assert.equal(subject('北浦病院が担ってきた救急医療も引き継ぐ。'), undefined);
    assert.equal(subject('東浜食品が作った菓子を、南浦商事が売る。'), '南浦商事');
    // A が that binds the sentence's own verb stays its subject.
    assert.equal(subject('北浦病院が救急医療を担ってきた。'), '北浦病院');
  });
});
