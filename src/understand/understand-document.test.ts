import assert from 'node:assert/strict';
import { before, describe, it } from 'node:test';
import type { Document } from '../domain/document.ts';
import { createTokenizer, type Tokenizer } from '../text/tokenizer.ts';
import { countedNounAfter, findGlosses, glossedPredicates, glossKeys } from './english-gloss.ts';
import { englishSpeakerOf } from './english-speaker.ts';
import { isContentToken, keyOf, readSentence } from './read-sentence.ts';
import {
  compoundsStartingLike,
  countedNounIn,
  createUnderstanding,
  declareFixedTexts,
  documentTokens,
  englishSpeakerIn,
  glossesOf,
  isAbbreviationOf,
  nfkcTextOf,
  quantitiesOf,
  readingOf,
  retractedWordingOf,
  type SourceSentence,
  sharedTokenizer,
  tokenKeysOf,
  tokensOf,
  understandDocument,
} from './understand-document.ts';

let tokenizer: Tokenizer;

before(async () => {
  tokenizer = await createTokenizer();
});

function documentOf(id: string, title: string, paragraphs: readonly string[], hashDigit = 'a'): Document {
  const text = [title, ...paragraphs].join('\n\n');
  return {
    id,
    url: `https://sakurahama-news.example/${id}`,
    title,
    lang: 'ja',
    text,
    titleSpan: [0, title.length],
    contentHash: `sha256:${hashDigit.repeat(64)}`,
    publishedAt: '2025-10-08T09:00:00+09:00',
  };
}

const BRIDGE = documentOf('s1', '桜浜町に新しい歩道橋が完成', [
  '桜浜町の新しい歩道橋が7日、完成した。同日、記念の式典が開かれ、住民約千二百人が集まった。',
  '高木健一町長は「町の新しい顔になる」と述べた。',
  '町教育委員会は、通学路の安全確認を進める。',
]);

function sentenceWith(sentences: readonly SourceSentence[], words: string): SourceSentence {
  const found = sentences.find((sentence) => sentence.text.includes(words));
  assert.ok(found, `no sentence with 「${words}」`);
  return found;
}

describe('understandDocument', () => {
  it('reads the headline as sentence 0 of paragraph 0 and the body after it', () => {
    const { sentences } = understandDocument(BRIDGE, tokenizer);
    const [headline, first] = sentences;
    assert.equal(headline?.text, '桜浜町に新しい歩道橋が完成');
    assert.equal(headline?.isHeadline, true);
    assert.equal(headline?.paragraph, 0);
    assert.equal(first?.isHeadline, false);
    assert.equal(first?.paragraph, 1);
    assert.deepEqual(
      sentences.map((sentence) => sentence.paragraph),
      [0, 1, 1, 2, 3],
    );
    for (const sentence of sentences) {
      assert.equal(sentence.sourceId, 's1');
      assert.equal(BRIDGE.text.slice(sentence.start, sentence.end).trim(), sentence.text.trim());
    }
  });

  it('resolves a bare day against the publication date and 同日 to the day before it', () => {
    const { sentences } = understandDocument(BRIDGE, tokenizer);
    const completed = sentenceWith(sentences, '7日、完成した');
    assert.deepEqual(
      completed.dates.map(({ text, year, month, day }) => ({ text, year, month, day })),
      [{ text: '7日', year: 2025, month: 10, day: 7 }],
    );
    const ceremony = sentenceWith(sentences, '同日');
    assert.deepEqual(
      ceremony.dates.map(({ text, month, day }) => ({ text, month, day })),
      [{ text: '同日', month: 10, day: 7 }],
    );
  });

  it('reads a quantity written in kanji numerals with its unit', () => {
    const ceremony = sentenceWith(understandDocument(BRIDGE, tokenizer).sentences, '同日');
    assert.deepEqual(
      ceremony.quantities.map(({ text, value, unit, approx }) => ({ text, value, unit, approx })),
      [{ text: '約千二百人', value: 1200, unit: '人', approx: true }],
    );
  });

  it('finds a sentence’s quantities once: a unit repeating the sentence word for word shares them', () => {
    const understanding = createUnderstanding(tokenizer);
    const ceremony = sentenceWith(understanding.of(BRIDGE).sentences, '同日');
    const repeated = readingOf(understanding, ceremony.text);
    assert.equal(quantitiesOf(repeated), ceremony.quantities);
    // Another text is read on its own, once.
    const other = readingOf(understanding, '式典には住民約三百人が集まった。');
    const found = quantitiesOf(other);
    assert.deepEqual(
      found.map(({ text, value, unit }) => ({ text, value, unit })),
      [{ text: '約三百人', value: 300, unit: '人' }],
    );
    assert.equal(quantitiesOf(other), found);
  });

  it('links a sentence to the one before it in its paragraph, and not across paragraphs', () => {
    const { sentences } = understandDocument(BRIDGE, tokenizer);
    const completed = sentenceWith(sentences, '7日、完成した');
    const ceremony = sentenceWith(sentences, '同日');
    const quote = sentenceWith(sentences, '高木健一町長');
    assert.equal(ceremony.previous, completed);
    assert.equal(completed.previous, undefined);
    assert.equal(quote.previous, undefined);
  });

  it('collects each person with the roles the document gives them', () => {
    const page = documentOf('s2', '白川市で防災訓練', [
      '白川市の山中誠市長が訓練を視察した。',
      '健康福祉部長の川口直美氏が避難所の運営を説明した。',
      '山中誠市長は「備えを続ける」と述べた。',
    ]);
    const { roles } = understandDocument(page, tokenizer);
    assert.deepEqual(
      [...roles].map(([person, set]) => [person, [...set]]),
      [
        ['山中誠', ['市長']],
        ['川口直美', ['健康福祉部長']],
      ],
    );
  });

  it('collects the noun compounds of the document', () => {
    const { compounds } = understandDocument(BRIDGE, tokenizer);
    assert.ok(compounds.has('町教育委員会'), [...compounds].join(' '));
    assert.ok(compounds.has('高木健一町長'), [...compounds].join(' '));
    assert.ok(compounds.has('歩道橋'), [...compounds].join(' '));
    assert.ok(![...compounds].some((compound) => compound.includes('の')));
  });

  it('collects the content keys of every sentence', () => {
    const { keys } = understandDocument(BRIDGE, tokenizer);
    for (const key of ['歩道橋', '式典', '通学', '述べる']) assert.ok(keys.has(key), key);
    assert.ok(!keys.has('の'));
  });
});

describe('createUnderstanding', () => {
  it('reads a document once and returns the same understanding for it again', () => {
    const understanding = createUnderstanding(tokenizer);
    const first = understanding.of(BRIDGE);
    assert.equal(understanding.of(BRIDGE), first);
    assert.equal(first.document, BRIDGE);
  });

  it('does not confuse two documents with the same content hash but different text', () => {
    const understanding = createUnderstanding(tokenizer);
    const other = documentOf('s2', '白川市で防災訓練', ['白川市の山中誠市長が訓練を視察した。']);
    assert.equal(other.contentHash, BRIDGE.contentHash);
    const bridge = understanding.of(BRIDGE);
    const drill = understanding.of(other);
    assert.notEqual(drill, bridge);
    assert.equal(drill.sentences[0]?.text, '白川市で防災訓練');
    assert.equal(drill.sentences[1]?.text, '白川市の山中誠市長が訓練を視察した。');
    assert.ok(drill.sentences.every((sentence) => sentence.sourceId === 's2'));
    assert.equal(bridge.sentences[0]?.text, '桜浜町に新しい歩道橋が完成');
    // Under the same id, a changed text is read again too.
    const changed = { ...BRIDGE, text: BRIDGE.text.replace('約千二百人', '約八百人') };
    const reread = understanding.of(changed);
    assert.ok(reread.sentences.some((sentence) => sentence.text.includes('約八百人')));
    assert.ok(understanding.of(BRIDGE).sentences.some((sentence) => sentence.text.includes('約千二百人')));
  });

  it('shares the reading of the same page listed under another id, labelled with that id', () => {
    const understanding = createUnderstanding(tokenizer);
    const again = { ...BRIDGE, id: 's3' };
    const first = understanding.of(BRIDGE);
    const second = understanding.of(again);
    assert.notEqual(second, first);
    assert.equal(second.document, again);
    assert.deepEqual(
      second.sentences.map((sentence) => sentence.text),
      first.sentences.map((sentence) => sentence.text),
    );
    assert.ok(second.sentences.every((sentence) => sentence.sourceId === 's3'));
    const ceremony = sentenceWith(second.sentences, '同日');
    assert.equal(ceremony.previous?.sourceId, 's3');
  });
});

describe('understandDocument with the readings a build already has', () => {
  it('takes the reading of a sentence another source has word for word instead of reading it again', () => {
    const understanding = createUnderstanding(tokenizer);
    const shared = '霧見台市の図書館は来月から夜九時まで開けると決めた。';
    const one = understanding.of(documentOf('w1', '霧見台の図書館、夜も開館', [shared], 'b'));
    const two = understanding.of(
      documentOf('w2', '図書館の開館時間が延びる', ['市民の声を受けた。', shared], 'c'),
    );
    const first = sentenceWith(one.sentences, '夜九時');
    const second = sentenceWith(two.sentences, '夜九時');
    assert.notEqual(second, first);
    assert.equal(second.sourceId, 'w2');
    // One reading, shared: the same clauses and predicates, and what reading the text afresh gives.
    assert.equal(second.clauses, first.clauses);
    assert.equal(second.predicates, first.predicates);
    const fresh = readSentence(shared, tokenizer);
    assert.deepEqual(second.predicates, fresh.predicates);
    assert.deepEqual(second.clauses, fresh.clauses);
    assert.deepEqual(second.keys, fresh.keys);
  });
});

describe('isAbbreviationOf', () => {
  it('accepts a 略称 that keeps the first character and the rest in order', () => {
    assert.equal(isAbbreviationOf('市教委', '市教育委員会'), true);
    assert.equal(isAbbreviationOf('農協', '農業協同組合'), true);
    assert.equal(isAbbreviationOf('日銀', '日本銀行'), true);
  });

  it('rejects a contiguous part, a 同- back reference and a different first character', () => {
    assert.equal(isAbbreviationOf('史上', '史上最大'), false);
    assert.equal(isAbbreviationOf('同町', '同町議会'), false);
    assert.equal(isAbbreviationOf('教委', '市教育委員会'), false);
  });

  it('files the compounds by their first character: those are the only ones a 略称 can stand for', () => {
    const read = createUnderstanding(tokenizer).of(
      documentOf('s9', '市教育委員会が方針', [
        '市教育委員会は10日、山吹農業協同組合と協定を結んだ。市議会も了承した。',
      ]),
    );
    const likeShi = compoundsStartingLike(read, '市教委');
    assert.ok(likeShi.includes('市教育委員会'), JSON.stringify(likeShi));
    assert.ok(likeShi.every((compound) => compound.startsWith('市')));
    for (const word of ['市教委', '山吹農協', '県'])
      assert.deepEqual(
        [...read.compounds].filter(
          (compound) => isAbbreviationOf(word, compound) || isAbbreviationOf(compound, word),
        ),
        compoundsStartingLike(read, word).filter(
          (compound) => isAbbreviationOf(word, compound) || isAbbreviationOf(compound, word),
        ),
      );
    assert.deepEqual(compoundsStartingLike(read, '県'), []);
  });
});

describe('tokens read once', () => {
  it('gives the document tokens as its sentences read them, at their places in the stored text', () => {
    const read = createUnderstanding(tokenizer).of(BRIDGE);
    const tokens = documentTokens(read);
    assert.equal(
      tokens.length,
      read.sentences.reduce((sum, sentence) => sum + sentence.tokens.length, 0),
    );
    for (const token of tokens) assert.equal(BRIDGE.text.slice(token.start, token.end), token.surface);
    assert.ok(tokens.some((token) => token.surface === '歩道橋'));
    assert.equal(documentTokens(read), tokens);
  });

  it('tokenises a text once per understanding, for tokensOf and the shared tokenizer alike', () => {
    let calls = 0;
    const counting: Tokenizer = {
      kind: tokenizer.kind,
      tokenize(text) {
        calls += 1;
        return tokenizer.tokenize(text);
      },
    };
    const understanding = createUnderstanding(counting);
    const text = '町は歩道橋の完成式を開いた。';
    const first = tokensOf(understanding, text);
    assert.deepEqual(first, tokenizer.tokenize(text));
    assert.equal(sharedTokenizer(understanding).tokenize(text), first);
    assert.equal(calls, 1);
    // Another build's understanding tokenises for itself.
    tokensOf(createUnderstanding(counting), text);
    assert.equal(calls, 2);
  });

  it('tokenises a declared fixed text once per tokenizer, across understandings, to the same tokens', () => {
    const texts: string[] = [];
    const counting: Tokenizer = {
      kind: tokenizer.kind,
      tokenize(text) {
        texts.push(text);
        return tokenizer.tokenize(text);
      },
    };
    const fixed = ['経緯を一つずつ見直してみましょう。', '流れがよく分かりましたね。'];
    const other = '橋の完成を見直してみましょう。';
    declareFixedTexts(fixed);
    const first = tokensOf(createUnderstanding(counting), fixed[0] as string);
    assert.deepEqual(first, tokenizer.tokenize(fixed[0] as string));
    assert.deepEqual(tokensOf(createUnderstanding(counting), fixed[0] as string), first);
    assert.deepEqual(
      tokensOf(createUnderstanding(counting), fixed[1] as string),
      tokenizer.tokenize(fixed[1] as string),
    );
    tokensOf(createUnderstanding(counting), other);
    tokensOf(createUnderstanding(counting), other);
    // Each fixed text went to the tokenizer once, all at the first asked for; a text not declared,
    // once per understanding.
    assert.deepEqual(
      texts.filter((text) => fixed.includes(text)),
      fixed,
    );
    assert.deepEqual(
      texts.filter((text) => !fixed.includes(text)),
      [other, other],
    );
  });

  it('gives a source sentence quoted word for word the tokens read with the source, not tokenised again', () => {
    let calls = 0;
    const counting: Tokenizer = {
      kind: tokenizer.kind,
      tokenize(text) {
        calls += 1;
        return tokenizer.tokenize(text);
      },
    };
    const understanding = createUnderstanding(counting);
    const read = understanding.of(BRIDGE);
    const sentence = read.sentences.find((s) => !s.isHeadline) as (typeof read.sentences)[0];
    const before = calls;
    assert.equal(tokensOf(understanding, sentence.text), sentence.tokens);
    assert.deepEqual(sentence.tokens, tokenizer.tokenize(sentence.text));
    assert.equal(calls, before);
    // A text that is not a source sentence is tokenised.
    tokensOf(understanding, `${sentence.text}そして`);
    assert.equal(calls, before + 1);
  });

  it('gives a source sentence quoted word for word the reading made with the source, and reads any other text once', () => {
    const understanding = createUnderstanding(tokenizer);
    const read = understanding.of(BRIDGE);
    for (const sentence of read.sentences) {
      const reading = readingOf(understanding, sentence.text);
      // The very reading the source sentence was made from (not read again): what readSentence gives the text.
      assert.equal(reading.clauses, sentence.clauses);
      assert.equal(reading.predicates, sentence.predicates);
      assert.deepEqual(reading, readSentence(sentence.text, tokenizer));
      assert.equal(readingOf(understanding, sentence.text), reading);
    }
    const own = '町長は歩道橋の完成を「町の新しい顔」と呼んだ。';
    const reading = readingOf(understanding, own);
    assert.deepEqual(reading, readSentence(own, tokenizer));
    assert.equal(readingOf(understanding, own), reading);
    // Another understanding (another build) reads for itself.
    assert.notEqual(readingOf(createUnderstanding(tokenizer), own), reading);
  });

  it('tokenises only the clauses of a text that no source sentence has read, with the same tokens as a whole reading', () => {
    const asked: string[] = [];
    const counting: Tokenizer = {
      kind: tokenizer.kind,
      tokenize(text) {
        asked.push(text);
        return tokenizer.tokenize(text);
      },
    };
    const understanding = createUnderstanding(counting);
    understanding.of(BRIDGE);
    asked.length = 0;
    // Two clauses of a source sentence (同日、記念の式典が開かれ、住民約千二百人が集まった。) after a new one.
    const text = '町によると、記念の式典が開かれ、住民約千二百人が集まった。';
    const tokens = tokensOf(understanding, text);
    assert.deepEqual(asked, ['町によると、']);
    assert.deepEqual(tokens, tokenizer.tokenize(text));
    for (const token of tokens) assert.equal(text.slice(token.start, token.end), token.surface);
    // The new clause is known from then on, for another text of this understanding.
    const again = '町によると、式典は午後に終わった。';
    assert.deepEqual(tokensOf(understanding, again), tokenizer.tokenize(again));
    assert.deepEqual(asked, ['町によると、', '式典は午後に終わった。']);
  });

  it('tokenises a clause that recurs across source sentences once, with the tokens a whole reading gives', () => {
    const asked: string[] = [];
    const counting: Tokenizer = {
      kind: tokenizer.kind,
      tokenize(text) {
        asked.push(text);
        return tokenizer.tokenize(text);
      },
    };
    // Two outlets open a sentence with the same clause; the second source's other clause is new.
    const first = documentOf('s1', '港町で花火大会', ['港町の花火大会は8月10日、約5千発を打ち上げる。']);
    const second = documentOf(
      's2',
      '花火大会に人出',
      ['港町の花火大会は8月10日、会場周辺で交通規制を行う。'],
      'b',
    );
    const understanding = createUnderstanding(counting);
    understanding.of(first);
    asked.length = 0;
    const read = understanding.of(second);
    const sentence = read.sentences.find((s) =>
      s.text.startsWith('港町の花火大会は'),
    ) as (typeof read.sentences)[0];
    assert.ok(asked.includes('会場周辺で交通規制を行う。'), `asked: ${JSON.stringify(asked)}`);
    assert.ok(
      !asked.some((text) => text.includes('港町の花火大会は8月10日、')),
      `asked: ${JSON.stringify(asked)}`,
    );
    assert.deepEqual(sentence.tokens, tokenizer.tokenize(sentence.text));
  });
});

describe('readings of an English source sentence made once per sentence', () => {
  // Invented sentences in the style of English news.
  const page = (): Document => ({
    ...documentOf('e1', 'Ferry fares to rise at Harbor Town', [
      'Harbor Town officials said the ferry fare will be raised next spring.',
      'About 120 residents attended the meeting on Sunday, according to the town.',
      '"We cannot wait any longer," said Mika Tanabe, who runs a bakery near the pier.',
      'The operator plans to hire 30 workers, its president, Jun Oda, said.',
    ]),
    lang: 'en',
  });

  it('gives what the direct readings give, and reads each sentence once', () => {
    const read = understandDocument(page(), tokenizer);
    let speakers = 0;
    let counted = 0;
    for (const sentence of read.sentences) {
      const glosses = glossesOf(sentence);
      assert.deepEqual(glosses, findGlosses(sentence.text));
      assert.equal(glossesOf(sentence), glosses, 'the same array on the second call');
      const phrase = englishSpeakerOf(sentence.text);
      const speaker = englishSpeakerIn(sentence);
      assert.deepEqual(
        speaker,
        phrase === undefined ? undefined : { phrase, glosses: findGlosses(phrase) },
        sentence.text,
      );
      assert.equal(englishSpeakerIn(sentence), speaker);
      if (speaker !== undefined) speakers += 1;
      for (const quantity of sentence.quantities) {
        const noun = countedNounIn(sentence, quantity.end);
        assert.deepEqual(noun, countedNounAfter(sentence.text, quantity.end), sentence.text);
        assert.equal(countedNounIn(sentence, quantity.end), noun);
        if (noun !== undefined) counted += 1;
      }
    }
    // The sentences exercise each reading.
    assert.ok(speakers >= 3, `speaker phrases read: ${speakers}`);
    assert.ok(counted >= 1, `counted nouns read: ${counted}`);
    assert.ok(read.sentences.some((sentence) => glossesOf(sentence).length > 0));
  });

  it('gives each sentence the keys and predicates of glossing its text twice', () => {
    const read = understandDocument(page(), tokenizer);
    const keysOf = (japanese: string) => tokenizer.tokenize(japanese).filter(isContentToken).map(keyOf);
    for (const sentence of read.sentences) {
      assert.deepEqual(sentence.glossedPredicates, glossedPredicates(sentence.text), sentence.text);
      const own = readSentence(sentence.text, tokenizer).keys;
      const glossed = glossKeys(sentence.text, keysOf).filter((key) => !own.includes(key));
      assert.deepEqual(sentence.keys, [...own, ...glossed], sentence.text);
    }
    assert.ok(read.sentences.some((sentence) => (sentence.glossedPredicates ?? []).length > 0));
  });
});

describe("a source sentence's NFKC text and retracted wording, made once per sentence (perf30)", () => {
  // Invented sentences: a page with full-width letters and a correction note.
  const page = documentOf('s9', '川辺市のＢ棟改修', [
    '川辺市は、図書館ＢＣ棟の改修を１０月に終えると明らかにした。',
    '当初の記事で棟名を「西棟」と記しましたが、正しくは「東棟」でした。',
    '改修費を「１２億円」と報じたのは間違いで、１０億円だった。',
  ]);

  it('gives the NFKC text of each sentence, the same string twice', () => {
    const read = understandDocument(page, tokenizer);
    for (const sentence of read.sentences) {
      const text = nfkcTextOf(sentence);
      assert.equal(text, sentence.text.normalize('NFKC'));
      assert.equal(nfkcTextOf(sentence), text);
    }
    assert.ok(nfkcTextOf(sentenceWith(read.sentences, '図書館')).includes('BC棟の改修を10月に'));
  });

  it("gives each token's key of a sentence, index for index, the same array twice", () => {
    const read = understandDocument(page, tokenizer);
    for (const sentence of read.sentences) {
      const keys = tokenKeysOf(sentence);
      assert.deepEqual(keys, sentence.tokens.map(keyOf));
      assert.equal(tokenKeysOf(sentence), keys);
    }
    // Every token has its key, content word or not (the particle を too), in NFKC.
    const library = sentenceWith(read.sentences, '図書館');
    assert.equal(tokenKeysOf(library).length, library.tokens.length);
    assert.ok(tokenKeysOf(library).includes('を'));
    assert.ok(tokenKeysOf(library).includes('BC'));
  });

  it('gives the wording a correction note retracts, none for other sentences or a figure', () => {
    const read = understandDocument(page, tokenizer);
    const note = sentenceWith(read.sentences, '西棟');
    assert.equal(retractedWordingOf(note), '西棟');
    assert.equal(retractedWordingOf(note), '西棟');
    assert.equal(retractedWordingOf(sentenceWith(read.sentences, '図書館')), null);
    assert.equal(retractedWordingOf(sentenceWith(read.sentences, '改修費')), null);
  });
});
