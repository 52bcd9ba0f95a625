import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { splitSentences } from './split-sentences.ts';

const texts = (input: string) => splitSentences(input).map((sentence) => sentence.text);

describe('splitSentences', () => {
  it('breaks after 。！？ and keeps offsets into the input', () => {
    const input = 'みどり市は運賃を上げる。本当か？本当だ！';
    assert.deepEqual(splitSentences(input), [
      { text: 'みどり市は運賃を上げる。', start: 0, end: 12 },
      { text: '本当か？', start: 12, end: 16 },
      { text: '本当だ！', start: 16, end: 20 },
    ]);
  });

  it('keeps 「…。…」 as one sentence with its attribution', () => {
    assert.deepEqual(texts('「運賃は3.5%上げる。路線は守る。」と山田太郎市長は述べた。次の話題。'), [
      '「運賃は3.5%上げる。路線は守る。」と山田太郎市長は述べた。',
      '次の話題。',
    ]);
  });

  it('keeps 『…』, （…）, (…) and 【…】 intact', () => {
    assert.deepEqual(
      texts('『新しい駅。』を作る。費用（約3億円。概算）を出す。案 (仮. Draft) だ。【速報。続報】が出た。'),
      [
        '『新しい駅。』を作る。',
        '費用（約3億円。概算）を出す。',
        '案 (仮. Draft) だ。',
        '【速報。続報】が出た。',
      ],
    );
  });

  it('tracks nested brackets', () => {
    assert.deepEqual(texts('「駅名は『緑ヶ丘。』だ。」と述べた。以上。'), [
      '「駅名は『緑ヶ丘。』だ。」と述べた。',
      '以上。',
    ]);
  });

  it('does not let an unbalanced 「 swallow the rest of the paragraph', () => {
    assert.deepEqual(texts('山田氏は「値上げは避けられない。次の文。最後の文。'), [
      '山田氏は「値上げは避けられない。',
      '次の文。',
      '最後の文。',
    ]);
  });

  it('keeps a closing quote right after 。 with its sentence', () => {
    assert.deepEqual(texts('値上げは避けられないと述べた。」次に路線の話をした。'), [
      '値上げは避けられないと述べた。」',
      '次に路線の話をした。',
    ]);
  });

  it('ends a sentence at every line break and keeps a heading line on its own', () => {
    assert.deepEqual(texts('みどり市、運賃値上げへ\n\n市は20日、発表した。\n市長は説明した'), [
      'みどり市、運賃値上げへ',
      '市は20日、発表した。',
      '市長は説明した',
    ]);
  });

  it('trims whitespace and returns no empty sentences', () => {
    const input = '  　第一文。   \n\n \t \n  第二文。  ';
    const sentences = splitSentences(input);
    assert.deepEqual(
      sentences.map((sentence) => sentence.text),
      ['第一文。', '第二文。'],
    );
    assert.equal(input.slice(sentences[1]?.start, sentences[1]?.end), '第二文。');
  });

  it('breaks English sentences at a full stop followed by a capital', () => {
    assert.deepEqual(texts('The council voted. Fares will rise in April. "We had no choice," she said.'), [
      'The council voted.',
      'Fares will rise in April.',
      '"We had no choice," she said.',
    ]);
  });

  it('does not break 3.5%, 1.2兆円 or other decimal numbers', () => {
    assert.deepEqual(texts('Fares rise 3.5% this year. 予算は1.2兆円で、0.75ポイント増えた。'), [
      'Fares rise 3.5% this year.',
      '予算は1.2兆円で、0.75ポイント増えた。',
    ]);
  });

  it('does not break after U.S., No. or Mr.', () => {
    assert.deepEqual(texts('The U.S. Department agreed. It is No. 1 in sales. Mr. Smith left.'), [
      'The U.S. Department agreed.',
      'It is No. 1 in sales.',
      'Mr. Smith left.',
    ]);
  });

  it('does not break inside a URL', () => {
    assert.deepEqual(texts('See https://example.com/news/a.b?id=3. Then call.'), [
      'See https://example.com/news/a.b?id=3.',
      'Then call.',
    ]);
  });

  it('breaks after a quotation that ends an English sentence', () => {
    assert.deepEqual(texts('He said, “It is done.” Then he left.'), [
      'He said, “It is done.”',
      'Then he left.',
    ]);
  });

  it('keeps a half-width ! that is part of a name', () => {
    assert.deepEqual(texts('Yahoo!ニュースが報じた。え?本当に。'), [
      'Yahoo!ニュースが報じた。',
      'え?',
      '本当に。',
    ]);
  });

  it('returns nothing for blank input', () => {
    assert.deepEqual(splitSentences(''), []);
    assert.deepEqual(splitSentences(' \n\n\t　'), []);
  });

  it('loses no text: every non-whitespace character lies in exactly one sentence, in order', () => {
    // Characters the splitter treats specially, mixed with arbitrary text and surrogate pairs.
    const special = fc.constantFrom(
      ...[...'。！？!?.．「」『』（）()【】“”"\' \n\r\t　、aA1３😀👍🏽𠮷あ漢カ'],
      '😀',
      '𠮷',
      '\n\n',
      'U.S.',
      '3.5%',
      'No. 1',
      'https://x.jp/a.b?c=d',
    );
    const piece = fc.oneof(special, fc.string({ maxLength: 4 }), fc.string({ unit: 'binary', maxLength: 3 }));
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 40 }), (pieces) => {
        const input = pieces.join('');
        const sentences = splitSentences(input);
        let previousEnd = 0;
        for (const sentence of sentences) {
          assert.equal(input.slice(sentence.start, sentence.end), sentence.text);
          assert.ok(sentence.start >= previousEnd, 'sentences are in order and do not overlap');
          assert.ok(sentence.text.length > 0 && sentence.text.trim() === sentence.text, 'trimmed, non-empty');
          // What lies between two sentences is whitespace only: no text is lost.
          assert.match(input.slice(previousEnd, sentence.start), /^\s*$/u);
          previousEnd = sentence.end;
        }
        assert.match(input.slice(previousEnd), /^\s*$/u);
      }),
      { numRuns: 3000 },
    );
  });
});
