// offline72: the verifier's check of a fact that quotes part of its source (Fact.quote): the words
// around the quotation must be the source sentence's own. Invented pages, written for these tests.
import assert from 'node:assert/strict';
import { before, describe, it } from 'node:test';
import { inventedDocument } from '../../test/support/invented-document.ts';
import type { Fact } from '../domain/article.ts';
import { createTokenizer } from '../text/tokenizer.ts';
import { createUnderstanding, type Understanding } from '../understand/understand-document.ts';
import { checkQuotedPart } from './quoted-part.ts';

let understanding: Understanding;
before(async () => {
  understanding = createUnderstanding(await createTokenizer());
});

const PAGE = inventedDocument(
  'h',
  '港で高波被害',
  [
    '【浦波】港で10日、高波により漁船5隻が転覆した。',
    '気象台によると、12日にかけて再び波が高くなる恐れがあるという。',
    '町の担当者は「岸壁の補修には半年ほどかかる見通しだ」と述べた。',
    '漁協の組合長は、漁の再開は来月になるとの見方を示した。',
  ],
  { publishedAt: '2026-05-11T09:00:00+09:00' },
);

/** A fact with its 「」 part marked as the quoted part. */
function quoting(text: string): Fact {
  const start = text.indexOf('「') + 1;
  return {
    kind: 'fact',
    text,
    evidence: [{ sourceId: 'h', start: 0, end: 1, text: '港' }],
    modality: 'reported',
    verbatim: false,
    quote: { start, end: text.indexOf('」') },
  };
}
const codes = (text: string) =>
  checkQuotedPart(quoting(text), 'x', [understanding.of(PAGE)]).map((finding) => finding.code);

describe('checkQuotedPart', () => {
  it('accepts the source’s own attribution around the quotation (〜によると … という; 〜は「…」と述べた)', () => {
    assert.deepEqual(codes('気象台によると、「12日にかけて再び波が高くなる恐れがある」という。'), []);
    assert.deepEqual(codes('町の担当者は「岸壁の補修には半年ほどかかる見通しだ」と述べた。'), []);
  });

  it('rejects a frame that names another speaker', () => {
    assert.deepEqual(codes('漁協によると、「12日にかけて再び波が高くなる恐れがある」という。'), [
      'quote.frame',
    ]);
    assert.deepEqual(codes('漁協の組合長は「岸壁の補修には半年ほどかかる見通しだ」と述べた。'), [
      'quote.frame',
    ]);
  });

  it('rejects a quotation cut before the hedge that qualifies it', () => {
    assert.deepEqual(codes('気象台によると、「12日にかけて再び波が高くなる」という。'), ['quote.frame']);
    assert.deepEqual(codes('町の担当者は「岸壁の補修には半年ほどかかる」と述べた。'), ['quote.frame']);
  });

  it('rejects another act of saying', () => {
    assert.deepEqual(codes('町の担当者は「岸壁の補修には半年ほどかかる見通しだ」と否定した。'), [
      'quote.frame',
    ]);
  });
});
