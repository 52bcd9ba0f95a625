import assert from 'node:assert/strict';
import { before, describe, it } from 'node:test';
import fc from 'fast-check';
import { extractKeyphrases } from './keyphrases.ts';
import { createTokenizer, type Tokenizer } from './tokenizer.ts';

// An invented news item: みどり市 and its mayor are fictional.
const HEADLINE = 'みどり市、市営バス運賃を3.5%値上げへ';
const ARTICLE = `${HEADLINE}

みどり市は20日、市営バスの運賃を来年4月から3.5%値上げすると発表した。「運賃は3.5%上げる。路線は守る。」と山田太郎市長は述べた。同市長によると、燃料費の高騰が続き、市営バス事業の赤字は約3億円に達した。市は新型車両の導入も進める。利用者の負担軽減のため、高齢者向けの割引は維持する。市営バスの利用者からは反発の声も出ている。`;
const HEADLINE_SPAN: [number, number] = [0, HEADLINE.length];

const ENGLISH = `Springfield raises bus fares by 3.5%

The Springfield City Council voted on Monday to raise bus fares by 3.5% from April. Mayor Jane Doe said the increase was needed because fuel costs rose. The council also approved new electric buses. Riders criticised the bus fare increase.`;

describe('extractKeyphrases', () => {
  let kuromoji: Tokenizer;
  let segmenter: Tokenizer;
  before(async () => {
    kuromoji = await createTokenizer();
    segmenter = await createTokenizer({ kind: 'segmenter' });
  });

  const phrasesOf = (text: string, tokenizer: Tokenizer, options = {}) =>
    extractKeyphrases(text, tokenizer.tokenize(text), options).map((phrase) => phrase.text);

  it('ranks the most frequent early noun compound first', () => {
    const phrases = phrasesOf(ARTICLE, kuromoji, { boostSpans: [HEADLINE_SPAN] });
    assert.equal(phrases[0], '市営バス');
    assert.ok(phrases.slice(0, 5).includes('運賃'), phrases.join(' '));
    assert.ok(phrases.includes('山田太郎市長'), phrases.join(' '));
    assert.ok(phrases.includes('燃料費'), phrases.join(' '));
  });

  it('returns every occurrence as a span into the text, including inside longer compounds', () => {
    const [bus] = extractKeyphrases(ARTICLE, kuromoji.tokenize(ARTICLE));
    assert.equal(bus?.text, '市営バス');
    const starts = [...ARTICLE.matchAll(/市営バス/g)].map((match) => match.index);
    assert.deepEqual(
      bus?.spans.map(([start]) => start),
      starts,
    );
    for (const [start, end] of bus?.spans ?? []) assert.equal(ARTICLE.slice(start, end), '市営バス');
  });

  it('leaves out numbers, dates, counters, pronouns and generic words', () => {
    const phrases = phrasesOf(ARTICLE, kuromoji, { limit: 50 });
    for (const unwanted of ['3.5', '20日', '4月', '3億円', '来年', 'こと', 'ため', '同市長', '発表', '約']) {
      assert.ok(!phrases.includes(unwanted), `${unwanted} in ${phrases.join(' ')}`);
    }
    assert.ok(
      phrases.every((phrase) => !/^[\d.%]+$/.test(phrase)),
      phrases.join(' '),
    );
  });

  it('drops a phrase contained in a higher-ranked one', () => {
    const text = '新型車両の導入。新型車両は静か。新型車両を増やす。';
    const phrases = phrasesOf(text, kuromoji, { limit: 50 });
    assert.ok(phrases.includes('新型車両'), phrases.join(' '));
    assert.ok(!phrases.includes('車両') && !phrases.includes('新型'), phrases.join(' '));
  });

  it('keeps a place name joined by ヶ whole when the segmenter tags its next part a prefix', () => {
    // Invented: kuromoji reads 椋/ヶ/原(接頭詞)/中央/図書館; neither 椋ヶ nor 原中央図書館 is a word.
    const text = '椋ヶ原中央図書館が開館した。椋ヶ原中央図書館は市立だ。';
    const phrases = phrasesOf(text, kuromoji);
    assert.ok(phrases.includes('椋ヶ原中央図書館'), phrases.join(' '));
    assert.ok(
      !phrases.some((phrase) => /^ヶ|ヶ$/u.test(phrase) || phrase.startsWith('原')),
      phrases.join(' '),
    );
  });

  it('counts a headline mention extra', () => {
    const text = '青葉交通が新路線\n\n緑川鉄道は赤字。緑川鉄道は撤退。緑川鉄道は縮小。青葉交通は黒字。';
    assert.equal(phrasesOf(text, kuromoji)[0], '緑川鉄道');
    assert.equal(phrasesOf(text, kuromoji, { boostSpans: [[0, 8]] })[0], '青葉交通');
  });

  it('prefers 2–8 character compounds over single characters', () => {
    const text = '駅。駅。駅前広場。駅前広場。';
    const [first] = phrasesOf(text, kuromoji);
    assert.equal(first, '駅前広場');
  });

  it('respects the limit, highest score first', () => {
    const text = '青葉交通。緑川鉄道。赤坂電鉄。';
    const phrases = extractKeyphrases(text, kuromoji.tokenize(text), { limit: 2 });
    assert.deepEqual(
      phrases.map((phrase) => phrase.text),
      ['青葉交通', '緑川鉄道'],
    );
    assert.ok((phrases[0]?.score ?? 0) > (phrases[1]?.score ?? 0));
  });

  it('gives the same phrases with the segmenter for plain Japanese nouns', () => {
    const phrases = phrasesOf(ARTICLE, segmenter, { boostSpans: [HEADLINE_SPAN] });
    assert.equal(phrases[0], '市営バス');
    assert.ok(phrases.includes('山田太郎市長'), phrases.join(' '));
  });

  it('finds capitalised names and noun phrases in English text', () => {
    const phrases = phrasesOf(ENGLISH, segmenter, { boostSpans: [[0, ENGLISH.indexOf('\n')]] });
    assert.deepEqual(phrases.slice(0, 2), ['Springfield', 'bus fares']);
    for (const expected of ['Springfield City Council', 'Mayor Jane Doe', 'electric buses']) {
      assert.ok(phrases.includes(expected), `${expected} missing from ${phrases.join(' | ')}`);
    }
    for (const unwanted of ['The', 'voted', 'said', 'raise bus fares']) {
      assert.ok(!phrases.includes(unwanted), `${unwanted} in ${phrases.join(' | ')}`);
    }
  });

  it('returns nothing for text without nouns', () => {
    assert.deepEqual(phrasesOf('そして、それから。', kuromoji), []);
    assert.deepEqual(phrasesOf('', kuromoji), []);
  });

  it('always returns spans that quote the phrase, in a deterministic order', () => {
    const text = fc
      .array(
        fc.constantFrom(
          '市営バス',
          '運賃',
          'の',
          'は',
          '。',
          '3.5%',
          '山田',
          'Acme Rail',
          ' ',
          '\n',
          '同社',
          '😀',
        ),
        {
          maxLength: 30,
        },
      )
      .map((pieces) => pieces.join(''));
    fc.assert(
      fc.property(text, (input) => {
        const tokens = segmenter.tokenize(input);
        const phrases = extractKeyphrases(input, tokens);
        assert.deepEqual(extractKeyphrases(input, tokens), phrases);
        for (const phrase of phrases) {
          assert.ok(phrase.spans.length > 0 && phrase.score > 0);
          for (const [start, end] of phrase.spans) assert.equal(input.slice(start, end), phrase.text);
        }
        for (let i = 1; i < phrases.length; i++) {
          assert.ok((phrases[i - 1]?.score ?? 0) >= (phrases[i]?.score ?? 0), 'sorted by score');
        }
      }),
      { numRuns: 300 },
    );
  });
});
