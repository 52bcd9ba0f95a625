import assert from 'node:assert/strict';
import { before, describe, it } from 'node:test';
import { inventedDocument } from '../../test/support/invented-document.ts';
import type { Document } from '../domain/document.ts';
import { createTokenizer } from '../text/tokenizer.ts';
import { createUnderstanding, type Understanding } from '../understand/understand-document.ts';
import { checkClaim } from './check-claim.ts';

// A plan told as done where the act to come ends a clause, not the sentence (the vmod36 round of the
// thirty-fourth wave, issue 9): before the adversative が and a comma, or as the last words of a quote
// its speaker states (「…を改める」とした). Invented pages.

let understanding: Understanding;

before(async () => {
  understanding = createUnderstanding(await createTokenizer());
});

const page = (title: string, paragraphs: readonly string[]): Document =>
  inventedDocument('s1', title, paragraphs, { publishedAt: '2026-11-12T09:00:00+09:00' });

function tenseFindings(text: string, document: Document): string[] {
  return checkClaim(text, [understanding.of(document)], understanding, { path: 'claim' })
    .findings.filter((finding) => finding.params?.kind === 'tense')
    .map((finding) => finding.message);
}

const library = () =>
  page('図書館の予約システム停止', [
    '柚木町の町立図書館で11日、本の予約システムが止まった。',
    '図書館は、予約を受け付けた利用者に電話で連絡した。',
    '電話がつながった利用者から順に貸し出しを再開するが、全面的な復旧は来週になる見込みだ。',
    'システムを納めた「若葉情報」が談話を出し、「予約画面の入力方式を改める」とした。',
    '館長は記者会見で「利用者に迷惑をかけた。再発防止を約束する」と述べた。',
  ]);

describe('checkClaim: an act to come that ends a clause, told as done', () => {
  it('flags a resumption the source tells in the non-past before the adversative が', () => {
    assert.equal(
      tenseFindings('図書館は、電話がつながった利用者から順に貸し出しを再開した。', library()).length,
      1,
    );
  });

  it('flags a change the source tells as the last words of its speaker’s statement', () => {
    assert.equal(tenseFindings('若葉情報は、予約画面の入力方式をすでに改めた。', library()).length, 1);
  });

  it('keeps an act done by the saying (a promise quoted) and an act the source tells as done', () => {
    assert.deepEqual(tenseFindings('館長は、再発防止を約束した。', library()), []);
    assert.deepEqual(tenseFindings('図書館は、予約を受け付けた利用者に電話で連絡した。', library()), []);
  });

  it('keeps an act told as done before the adversative が', () => {
    const paragraphs = [
      '柚木町の町立図書館で11日、本の予約システムが止まった。',
      '図書館は午後に貸し出しを再開したが、予約の受け付けは止めたままだ。',
    ];
    assert.deepEqual(
      tenseFindings('図書館は、午後に貸し出しを再開した。', page('予約システム停止', paragraphs)),
      [],
    );
  });
});
