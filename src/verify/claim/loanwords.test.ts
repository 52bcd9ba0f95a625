import assert from 'node:assert/strict';
import { before, describe, it } from 'node:test';
import { claimErrors, described } from '../../../test/support/claim-errors.ts';
import { inventedDocument } from '../../../test/support/invented-document.ts';
import { createTokenizer, type Tokenizer } from '../../text/tokenizer.ts';
import { createUnderstanding, type Understanding } from '../../understand/understand-document.ts';
import { standsAsParticipant } from './loanwords.ts';

// Loanwords (the vfa34 round, docs/verifier.md): a katakana run the dictionary knows as common
// nouns is a word, not a name; it is an addition where it stands as a participant of its clause and
// no source has it in any form. Invented page: a seaside bakery closed for repairs.

const BAKERY = inventedDocument(
  'bakery',
  '海辺のパン店、再開を延期',
  [
    '汐見町のパン店は、改装工事の費用の問題で、再開を来春に延ばした。',
    '店主によると、同じような問い合わせを客から受けた例は去年もあったという。',
    '同店のパンは、町内のスーパーでも売られている。',
  ],
  { publishedAt: '2026-05-20T09:00:00+09:00' },
);

let understanding: Understanding;
let tokenizer: Tokenizer;

before(async () => {
  tokenizer = await createTokenizer();
  understanding = createUnderstanding(tokenizer);
});

const errorsOn = (text: string, word: string): string[] =>
  claimErrors(understanding, text, [BAKERY])
    .filter((finding) => finding.evidence?.includes(word) || finding.message.includes(word))
    .map(described);

describe('checkClaim: common loanwords', () => {
  it('reads a loanword said as the complement of なる as no name (費用がネックとなり)', () => {
    assert.deepEqual(
      errorsOn('汐見町のパン店は、改装工事の費用がネックとなり、再開を来春に延ばした。', 'ネック'),
      [],
    );
  });

  it('reads a loanword a clause describes as no name (…受けたケース)', () => {
    assert.deepEqual(
      errorsOn('同じような問い合わせを客から受けたケースは去年もあったという。', 'ケース'),
      [],
    );
  });

  it('reports a loanword no source has that is an argument of the clause (コンビニで)', () => {
    const errors = errorsOn('同店のパンは、町内のコンビニでも売られている。', 'コンビニ');
    assert.equal(errors.length, 1);
    assert.match(errors[0] as string, /^support\.addition: .*コンビニ/u);
  });

  it('reports a loanword added to a list (スーパーやコンビニ)', () => {
    const errors = errorsOn('同店のパンは、町内のスーパーやコンビニでも売られている。', 'コンビニ');
    assert.equal(errors.length, 1);
    assert.match(errors[0] as string, /^support\.addition: /u);
  });

  it('backs a loanword the source has (スーパー)', () => {
    assert.deepEqual(errorsOn('同店のパンは、町内のスーパーでも売られている。', 'スーパー'), []);
  });

  it('keeps a loanword inside a bracketed name a name (「汐見クラブ」)', () => {
    const errors = errorsOn('店主は地元の「汐見クラブ」の会員だという。', 'クラブ');
    assert.ok(
      errors.some((error) => error.startsWith('support.name')),
      errors.join('\n'),
    );
  });
});

describe('standsAsParticipant', () => {
  const at = (text: string, word: string): boolean => {
    const tokens = tokenizer.tokenize(text);
    const i = tokens.findIndex((token) => token.surface === word);
    assert.ok(i >= 0, `${word} in ${text}`);
    return standsAsParticipant(tokens, i, i);
  };

  it('takes case, list and topic particles as a participant', () => {
    assert.equal(at('駅前にホテルが建つ。', 'ホテル'), true);
    assert.equal(at('店はネット販売で売った。', 'ネット'), true);
    assert.equal(at('ホテルやカフェが並ぶ。', 'ホテル'), true);
  });

  it('takes a modifier, a complement of なる and a clause-headed noun as none', () => {
    assert.equal(at('中サイズの箱を使う。', 'サイズ'), false);
    assert.equal(at('人手不足がネックになる。', 'ネック'), false);
    assert.equal(at('道に迷ったケースもある。', 'ケース'), false);
  });
});
