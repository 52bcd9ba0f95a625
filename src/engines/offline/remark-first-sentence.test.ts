// offline71: a framed remark over the quotation bar keeps only the first sentence of its words
// (firstSentenceOfWords, firstSentenceOfRemark). Invented remarks, written for these tests.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { Document } from '../../domain/document.ts';
import { firstSentenceOfRemark } from './compose-offline-article.ts';
import { spanOf, templatedFact, verbatimFact } from './facts.ts';
import { firstSentenceOfWords } from './write-fact.ts';

describe('firstSentenceOfWords', () => {
  it('ends a quotation of two sentences before the first one’s 。', () => {
    const words = '橋の点検は来月までに終える予定だ。住民の皆さんには迷惑をかけて申し訳ない';
    const end = firstSentenceOfWords(words);
    assert.equal(words.slice(0, end), '橋の点検は来月までに終える予定だ');
  });

  it('keeps a ！ or ？ that ends the first sentence (the speaker’s tone)', () => {
    const words = 'まさか自分の畑が荒らされるとは！来年も続けられるか分からない';
    assert.equal(words.slice(0, firstSentenceOfWords(words)), 'まさか自分の畑が荒らされるとは！');
  });

  it('leaves words of one sentence, a short first sentence or a short rest whole', () => {
    assert.equal(firstSentenceOfWords('駅前の広場は夏までに整備を終えたい'), undefined);
    assert.equal(firstSentenceOfWords('驚いた。まさか屋根に穴が開くとは思わなかった'), undefined);
    assert.equal(firstSentenceOfWords('屋根の修理には半年ほどかかる見込みだ。以上'), undefined);
  });

  it('does not end the remark at a 。 inside an inner quote or an aside', () => {
    const words = '先生は『無理をするな。休め』と言ってくれた。その言葉に救われた思いだ';
    assert.equal(words.slice(0, firstSentenceOfWords(words)), '先生は『無理をするな。休め』と言ってくれた');
  });
});

describe('firstSentenceOfRemark', () => {
  const text = '架空町の木下町長は、こう話した。「堤防の補強を急ぎたい。町民の安全が第一だ」と話した。';
  const document = { id: 'p1', text, lang: 'ja' } as unknown as Document;
  const start = text.indexOf('「') + 1;
  const end = text.indexOf('」');
  const frame = templatedFact('架空町の木下町長は、こう話した。', [spanOf(document, 0, text.length)]);
  const words = {
    ...verbatimFact(document, start, end),
    modality: 'reported' as const,
    speaker: '架空町の木下町長',
  };

  it('keeps the frame and quotes only the first sentence, still the source’s exact words', () => {
    const [kept, cut] = firstSentenceOfRemark([frame, words]);
    assert.equal(kept, frame);
    assert.equal(cut?.text, '堤防の補強を急ぎたい');
    assert.equal(cut?.verbatim, true);
    assert.equal(cut?.speaker, '架空町の木下町長');
    assert.equal(cut?.modality, 'reported');
    const span = cut?.evidence[0];
    assert.equal(text.slice(span?.start, span?.end), '堤防の補強を急ぎたい');
    assert.equal(span?.text, '堤防の補強を急ぎたい');
  });

  it('leaves a remark of one sentence, or sentences that are not a frame and its words, as they are', () => {
    const one = { ...words, ...verbatimFact(document, start, text.indexOf('。', start)) };
    const whole = [frame, one];
    assert.deepEqual(firstSentenceOfRemark(whole), whole);
    const quoted = [verbatimFact(document, 0, text.length)];
    assert.equal(firstSentenceOfRemark(quoted), quoted);
  });
});
