import assert from 'node:assert/strict';
import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  truncateSync,
  writeFileSync,
} from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { before, describe, it } from 'node:test';
import fc from 'fast-check';
import { createTokenizer, independentPieces, isSpace, type Token, type Tokenizer } from './tokenizer.ts';

const SENTENCE = '「運賃は3.5%上げる。」と山田太郎市長は述べた。';

/** Asserts the offset contract: in order, exact, and covering all non-whitespace text. */
function assertCovers(text: string, tokens: Token[]): void {
  let previousEnd = 0;
  for (const token of tokens) {
    assert.equal(text.slice(token.start, token.end), token.surface);
    assert.ok(token.start >= previousEnd, `token ${JSON.stringify(token.surface)} overlaps or goes back`);
    assert.match(text.slice(previousEnd, token.start), /^\s*$/u, 'only whitespace between tokens');
    assert.ok(token.surface.trim() === token.surface && token.surface !== '', 'no whitespace in a token');
    previousEnd = token.end;
  }
  assert.match(text.slice(previousEnd), /^\s*$/u, 'only whitespace after the last token');
}

const arbitraryText = fc
  .array(
    fc.oneof(
      fc.constantFrom(
        ...[...'。、！？「」（）.,%  \n\t　あいう漢字カタカナＡＢＣ１２３abc'],
        '😀',
        '👍🏽',
        '𠮷野家',
        '\n\n',
        '3.5%',
        SENTENCE,
      ),
      fc.string({ maxLength: 6 }),
      fc.string({ unit: 'binary', maxLength: 3 }),
    ),
    { maxLength: 30 },
  )
  .map((pieces) => pieces.join(''));

describe('kuromoji tokenizer', () => {
  let tokenizer: Tokenizer;
  before(async () => {
    tokenizer = await createTokenizer();
  });

  it('reports its kind', () => {
    assert.equal(tokenizer.kind, 'kuromoji');
  });

  it('keeps the dictionary unpacked in its cache folder and reads it back to the same tokens', async () => {
    const folder = mkdtempSync(join(tmpdir(), 'matome-kuromoji-cache-'));
    try {
      const texts = [
        '大鷹町の森田院長は3日、新病院の開業を2027年4月に延期すると発表した。',
        '港北ふれあい水族館は、夏休みの夜間営業を8月末まで続けると明らかにした。',
        'ＡＩ半導体の新工場で、約1,200人を雇うという。カナ表記のテスト、ﾊﾝｶｸも混ぜる。',
      ];
      // The folder an earlier matome kept the dictionary in (with its zeros) is removed, not left.
      const version = (
        JSON.parse(readFileSync(createRequire(import.meta.url).resolve('kuromoji/package.json'), 'utf8')) as {
          version: string;
        }
      ).version;
      const old = join(folder, `kuromoji-${version}-dict`);
      mkdirSync(old);
      writeFileSync(join(old, 'tid.dat'), 'old padded copy');
      const first = await createTokenizer({ cacheDir: folder });
      assert.ok(!existsSync(old));
      const [dictFolder] = readdirSync(folder);
      assert.match(dictFolder ?? '', /^kuromoji-\d+\.\d+\.\d+-dict2$/u);
      const dictPath = join(folder, dictFolder as string);
      const files = readdirSync(dictPath).sort();
      // Every one of kuromoji's 12 dictionary files, unpacked (no .gz, no temporary file left), and
      // the known words' targets built from them.
      assert.equal(files.length, 13, files.join(' '));
      assert.ok(
        files.every((file) => file.endsWith('.dat') || file === 'tid_targets.bin'),
        files.join(' '),
      );
      assert.ok(statSync(join(dictPath, 'tid_pos.dat')).size > 1_000_000);
      // Kept without the zeros kuromoji unpacks them with.
      assert.ok(statSync(join(dictPath, 'unk_pos.dat')).size < 100_000);
      const second = await createTokenizer({ cacheDir: folder });
      const packed = await createTokenizer({ cacheDir: false });
      // A targets file cut short is not read: the targets are built again, and kept whole.
      const targets = join(dictPath, 'tid_targets.bin');
      const size = statSync(targets).size;
      truncateSync(targets, size - 8);
      const rebuilt = await createTokenizer({ cacheDir: folder });
      assert.equal(statSync(targets).size, size);
      for (const text of texts) {
        const tokens = packed.tokenize(text);
        assert.deepEqual(first.tokenize(text), tokens);
        assert.deepEqual(second.tokenize(text), tokens);
        assert.deepEqual(rebuilt.tokenize(text), tokens);
        for (const token of tokens)
          assert.equal(second.hasWord?.(token.surface), packed.hasWord?.(token.surface), token.surface);
      }
      const words = (tokens: Token[]) =>
        tokens.map((token) => `${token.surface}/${token.pos}/${token.baseForm}`);
      assert.deepEqual(words(second.tokenize(texts[0] as string)).slice(0, 4), [
        '大鷹/名詞/大鷹',
        '町/名詞/町',
        'の/助詞/の',
        '森田/名詞/森田',
      ]);
    } finally {
      rmSync(folder, { recursive: true, force: true });
    }
  });

  it('joins a one-kanji verb cut out of an unknown kanji name to the noun before it (joinNameVerbs)', () => {
    const words = (text: string) =>
      tokenizer.tokenize(text).map((t) => `${t.surface}/${t.pos}/${t.posDetail}`);
    // Invented names: a police station, a town, a newspaper.
    assert.deepEqual(words('楢鳴署に届け出た').slice(0, 2), ['楢鳴/名詞/固有名詞', '署/名詞/接尾']);
    assert.deepEqual(words('椿織町の職員').slice(0, 2), ['椿織/名詞/固有名詞', '町/名詞/一般']);
    assert.deepEqual(words('柊見新報によると').slice(0, 2), ['柊見/名詞/固有名詞', '新報/名詞/一般']);
    const stations = tokenizer.tokenize('楢鳴署に届け出た');
    assert.equal(stations[0]?.start, 0);
    assert.equal(stations[0]?.end, 2);
    // A verb written with its ending or after a particle stays a verb.
    assert.ok(words('鐘が鳴る音').includes('鳴る/動詞/自立'));
    assert.ok(words('布を織る職人').includes('織る/動詞/自立'));
  });

  it('tags words with IPADIC parts of speech and base forms', () => {
    const tokens = tokenizer.tokenize(SENTENCE);
    const find = (surface: string) => tokens.find((token) => token.surface === surface);
    assert.deepEqual(find('山田'), {
      surface: '山田',
      start: 14,
      end: 16,
      pos: '名詞',
      posDetail: '固有名詞',
      baseForm: '山田',
      nameKind: 'person',
      reading: 'ヤマダ',
    });
    assert.equal(find('述べ')?.baseForm, '述べる');
    assert.equal(find('述べ')?.inflection, '連用形');
    assert.equal(find('述べ')?.pos, '動詞');
    assert.equal(find('は')?.pos, '助詞');
    assert.equal(find('3')?.posDetail, '数');
  });

  it('reads the head of a place name written with ヶ as the place, not as a surname', () => {
    // Invented places: the dictionary reads 林 and 柴 as surnames on their own.
    const kindOf = (text: string, surface: string) =>
      tokenizer.tokenize(text).find((token) => token.surface === surface)?.nameKind;
    assert.equal(kindOf('林ヶ原町で祭りが開かれた。', '林'), 'place');
    assert.equal(kindOf('柴ヶ丘町の住民が集まった。', '柴'), 'place');
    // A surname elsewhere stays a person's.
    assert.equal(kindOf('林さんが話した。', '林'), 'person');
  });

  it('reads the last part of a place name the dictionary takes for a surname as the place (鷹ノ森村, 大鷹原村)', () => {
    // Invented villages whose last part (森村, 原村, 田村) is a surname in the dictionary.
    const kinds = (text: string) =>
      tokenizer
        .tokenize(text)
        .filter((token) => token.nameKind !== undefined)
        .map((token) => `${token.surface}:${token.nameKind}`);
    assert.deepEqual(kinds('鷹ノ森村の畑が広がる。'), ['森村:place']);
    assert.deepEqual(kinds('大鷹原村の人口が減った。'), ['大鷹:place', '原村:place']);
    assert.deepEqual(kinds('鷲尾田村の住民が話した。'), ['鷲尾:place', '田村:place']);
    assert.deepEqual(kinds('柴崎原村で雪が降った。'), ['柴崎:place', '原村:place']);
    // With an honorific, or a given name, it stays a person's.
    assert.deepEqual(kinds('鷲尾田村さんが話した。'), ['鷲尾:person', '田村:person']);
    assert.deepEqual(kinds('山田太郎さんが話した。'), ['山田:person', '太郎:person']);
    assert.deepEqual(kinds('中村市長が話した。'), ['中村:person']);
  });

  it("reads an invented surname the dictionary takes for a place as a person's, before a given name", () => {
    const kinds = (text: string) =>
      tokenizer
        .tokenize(text)
        .filter((token) => token.nameKind !== undefined)
        .map((token) => `${token.surface}:${token.nameKind}`);
    assert.deepEqual(kinds('椎田健太さんが会見した。'), ['椎田:person', '健太:person']);
    // A place before a place stays a place (名古屋 栄), and so does a place with its unit.
    assert.deepEqual(kinds('名古屋栄の店が閉まった。'), ['名古屋:place', '栄:place']);
  });

  it('gives offsets in UTF-16 code units after emoji and across sentences', () => {
    // kuromoji's own word_position counts code points and drifts after each 。.
    const text = '😀😀駅。😀新駅を作る。そして市長。';
    const tokens = tokenizer.tokenize(text);
    const mayor = tokens.find((token) => token.surface === '市長');
    assert.deepEqual([mayor?.start, mayor?.end], [text.indexOf('市長'), text.indexOf('市長') + 2]);
    assertCovers(text, tokens);
  });

  it('drops whitespace and keeps offsets across line breaks', () => {
    const text = 'みどり市\n\n  市営バス の運賃\r\n値上げ';
    const tokens = tokenizer.tokenize(text);
    assert.deepEqual(
      tokens.map((token) => token.surface),
      ['みどり', '市', '市営', 'バス', 'の', '運賃', '値上げ'],
    );
    assertCovers(text, tokens);
  });

  it('tokenizes a very long line in chunks with exact offsets', () => {
    const text = '東京都の運賃改定について'.repeat(300) + 'a'.repeat(900);
    const tokens = tokenizer.tokenize(text);
    assertCovers(text, tokens);
    assert.ok(tokens.filter((token) => token.surface === '運賃').length >= 299);
  });

  it('covers the non-whitespace text of any input with exact offsets', () => {
    fc.assert(
      fc.property(arbitraryText, (text) => assertCovers(text, tokenizer.tokenize(text))),
      { numRuns: 1000 },
    );
  });

  it('gives a one-line text the tokens of its independent pieces, each tokenised alone', () => {
    assert.deepEqual(independentPieces('kuromoji', '町は3日、式を開いた。住民が集まった'), [
      [0, 5],
      [5, 11],
      [11, 18],
    ]);
    assert.equal(independentPieces('segmenter', '町は3日、式を開いた。'), undefined);
    assert.equal(independentPieces('kuromoji', '町は式を開いた。\n住民が集まった。'), undefined);
    assert.equal(independentPieces('kuromoji', 'あ'.repeat(401)), undefined);
    const byPieces = (text: string, pieces: Array<[number, number]>) =>
      pieces.flatMap(([start, end]) =>
        tokenizer
          .tokenize(text.slice(start, end))
          .map((token) => ({ ...token, start: token.start + start, end: token.end + start })),
      );
    fc.assert(
      fc.property(arbitraryText, (text) => {
        const pieces = independentPieces('kuromoji', text);
        if (pieces !== undefined) assert.deepEqual(byPieces(text, pieces), tokenizer.tokenize(text));
      }),
      { numRuns: 1000 },
    );
  });

  it('says whether its dictionary has a word written exactly so, and no text it lacks is read as one word', () => {
    const hasWord = tokenizer.hasWord?.bind(tokenizer);
    assert.ok(hasWord !== undefined);
    for (const word of ['広げる', '拡げる', '守る', '立つ', '病院', 'は'])
      assert.equal(hasWord(word), true, word);
    // A noun's kanji with a verb's okurigana, a phrase, a word cut short: no entry.
    for (const text of ['市す', '院げる', '病院は', '広げ町', '']) assert.equal(hasWord(text), false, text);
    // Where it says no, the tokenizer never gives the text as one token (every kanji of a
    // sentence with every okurigana of a few verbs, and arbitrary text).
    const one = (text: string) => {
      const tokens = tokenizer.tokenize(text);
      return tokens.length === 1 && tokens[0]?.surface === text;
    };
    let lacking = 0;
    for (const kanji of '町は3日式を開いた住民が集まった市長病院統合拡大守立通'.match(/\p{Script=Han}/gu) ??
      [])
      for (const okurigana of ['る', 'げる', 'す', 'める', 'つ', 'じる', 'く'])
        if (!hasWord(kanji + okurigana)) {
          lacking += 1;
          assert.equal(one(kanji + okurigana), false, kanji + okurigana);
        }
    assert.ok(lacking > 50);
    fc.assert(
      fc.property(arbitraryText, (text) => {
        if (!hasWord(text))
          assert.equal(one(text) && tokenizer.tokenize(text)[0]?.reading !== undefined, false);
      }),
      { numRuns: 1000 },
    );
  });
});

describe('isSpace', () => {
  it('is /\\s/u for every UTF-16 code unit', () => {
    const differs: string[] = [];
    for (let code = 0; code < 0x10000; code++)
      if (isSpace(code) !== /\s/u.test(String.fromCharCode(code))) differs.push(code.toString(16));
    assert.deepEqual(differs, []);
    assert.equal(isSpace(0x3000), true, 'the ideographic space');
    assert.equal(isSpace('あ'.charCodeAt(0)), false);
  });
});

describe('segmenter tokenizer', () => {
  let tokenizer: Tokenizer;
  before(async () => {
    tokenizer = await createTokenizer({ kind: 'segmenter' });
  });

  it('reports its kind', () => {
    assert.equal(tokenizer.kind, 'segmenter');
  });

  it('guesses parts of speech from the script of each word', () => {
    const tokens = tokenizer.tokenize('JR東日本は2024年度に新型車両を導入。');
    const tag = (surface: string) => {
      const token = tokens.find((candidate) => candidate.surface === surface);
      return token && `${token.pos}/${token.posDetail}`;
    };
    assert.equal(tag('東日本'), '名詞/一般');
    assert.equal(tag('は'), '助詞/*');
    assert.equal(tag('2024'), '名詞/数');
    assert.equal(tag('車両'), '名詞/一般');
    assert.equal(tag('。'), '記号/一般');
  });

  it('tags capitalised English words as proper nouns and function words as other', () => {
    const tokens = tokenizer.tokenize('The Springfield council raised fares.');
    assert.deepEqual(
      tokens.map((token) => `${token.surface}:${token.pos}/${token.posDetail}`),
      [
        'The:その他/*',
        'Springfield:名詞/固有名詞',
        'council:名詞/一般',
        'raised:名詞/一般',
        'fares:名詞/一般',
        '.:記号/一般',
      ],
    );
  });

  it('covers the non-whitespace text of any input with exact offsets', () => {
    fc.assert(
      fc.property(arbitraryText, (text) => assertCovers(text, tokenizer.tokenize(text))),
      { numRuns: 1000 },
    );
  });
});
