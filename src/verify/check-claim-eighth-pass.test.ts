import assert from 'node:assert/strict';
import { before, describe, it } from 'node:test';
import { claimErrors, described } from '../../test/support/claim-errors.ts';
import { inventedDocument } from '../../test/support/invented-document.ts';
import type { Document } from '../domain/document.ts';
import { createTokenizer } from '../text/tokenizer.ts';
import { createUnderstanding, type Understanding } from '../understand/understand-document.ts';
import { inflectedInKanjiOf } from './claim/check-coverage.ts';

// Faithful paraphrases rejected, the other writers (the vfa36 round, issue 9; docs/verifier.md):
// an occurrence told as existence, and a one-kanji verb retold by a compound on its kanji.
// Invented pages: a harbour kite festival, a lighthouse's repair fund, an orchard's bruised apples.

const KITES = inventedDocument(
  'kites',
  '凧揚げ大会、強風の中で開催',
  ['白波港の凧揚げ大会は強風の中で開かれたが、混乱も遅れもなかった。'],
  { publishedAt: '2026-06-09T09:00:00+09:00' },
);

const LIGHTHOUSE = inventedDocument(
  'lighthouse',
  '灯台の修理費、使い道に疑問',
  ['岬町によると、灯台の修理費には流用の疑いがある。'],
  { publishedAt: '2026-06-09T09:00:00+09:00' },
);

const ORCHARD = inventedDocument(
  'orchard',
  '丘野市の農園、傷ありリンゴを直売',
  ['丘野市の果樹園は、ひょうで傷のついたリンゴを半値で販売している。'],
  { publishedAt: '2026-06-09T09:00:00+09:00' },
);

let understanding: Understanding;

before(async () => {
  understanding = createUnderstanding(await createTokenizer());
});

const errorsOf = (text: string, document: Document, code?: string): string[] =>
  claimErrors(understanding, text, [document])
    .map(described)
    .filter((error) => code === undefined || error.startsWith(code));

describe('checkClaim: a verb of occurring or having told as existence', () => {
  it('backs 混乱は起きなかった with a source saying there was no 混乱', () => {
    assert.deepEqual(
      errorsOf('白波港の凧揚げ大会は強風の中で開かれたが、混乱は起きなかった。', KITES, 'support.predicate'),
      [],
    );
  });

  it('backs 疑いが持たれている with a source saying there is a 疑い', () => {
    assert.deepEqual(errorsOf('流用の疑いも持たれている。', LIGHTHOUSE, 'support.predicate'), []);
  });

  it('still flags an occurrence the source denies', () => {
    const errors = errorsOf('白波港の凧揚げ大会は強風の中で開かれ、混乱が起きた。', KITES);
    assert.ok(errors.length > 0, errors.join('\n'));
  });
});

describe('inflectedInKanjiOf: a one-kanji verb retold by a compound on its kanji', () => {
  it('reads 売る in 販売, 新しい in 新た, 動く in 動き出す', () => {
    assert.ok(inflectedInKanjiOf('売る', '傷のついたリンゴを半値で販売している'));
    assert.ok(inflectedInKanjiOf('新しい', '新たな桟橋を造る'));
    assert.ok(inflectedInKanjiOf('動く', '観覧車が逆向きに動き出した'));
  });

  it('leaves a word of two kanji, a noun and a kanji the text lacks alone', () => {
    assert.equal(inflectedInKanjiOf('受け入れる', '見物客の受け入れを止めた'), false);
    assert.equal(inflectedInKanjiOf('格安', '格別に安い'), false);
    assert.equal(inflectedInKanjiOf('売る', '半値で手放した'), false);
  });

  it('keeps the orchard claim free of an addition finding', () => {
    assert.deepEqual(errorsOf('果樹園はリンゴを格安で売る。', ORCHARD, 'support.addition'), []);
  });
});
