import assert from 'node:assert/strict';
import { before, describe, it } from 'node:test';
import { inventedDocument } from '../../test/support/invented-document.ts';
import type { Document } from '../domain/document.ts';
import { createTokenizer } from '../text/tokenizer.ts';
import { createUnderstanding, type Understanding } from '../understand/understand-document.ts';
import { checkClaim } from './check-claim.ts';

// A plan told as done (the vmod36 round, issue 9): a claim that an act was finished (調査を終えた)
// where the source tells it only as to come — in the native verb of the claim's verbal noun (調べる),
// after a name in brackets, or in a plain sentence that leaves its actor unsaid. Invented pages.

let understanding: Understanding;

before(async () => {
  understanding = createUnderstanding(await createTokenizer());
});

const page = (title: string, paragraphs: readonly string[]): Document =>
  inventedDocument('s1', title, paragraphs, { publishedAt: '2026-10-04T09:00:00+09:00' });

function tenseFindings(text: string, document: Document): string[] {
  return checkClaim(text, [understanding.of(document)], understanding, { path: 'claim' })
    .findings.filter((finding) => finding.params?.kind === 'tense')
    .map((finding) => finding.message);
}

const bridge = () =>
  page('歩道橋の手すり外れる', [
    '栗津市の駅前の歩道橋で3日、手すりの一部が外れた。',
    '手すりを納めた「朝凪金物」の社員が週明けから橋を調べる。',
    '市は、同じ年に架けた歩道橋の手すりを一斉に点検する。',
    '市の職員は3日、歩道橋の階段も調べた。',
    '市役所の窓口では、手すりの写真を見せて説明します。',
  ]);

describe('checkClaim: a finished act against one still to come', () => {
  it('flags a finished survey the source tells in its native verb, after a name in brackets', () => {
    assert.equal(tenseFindings('朝凪金物の社員は、すでに橋の調査を終えた。', bridge()).length, 1);
  });

  it('flags a finished inspection the source tells in a plain sentence with its actor unsaid', () => {
    const paragraphs = [
      '栗津市の駅前の歩道橋で3日、手すりの一部が外れた。',
      '通行人にけがはなかった。同じ年に架けた歩道橋の手すりを一斉に点検する。',
    ];
    assert.equal(
      tenseFindings(
        '栗津市は、同じ年に架けた歩道橋の手すりの点検を終えた。',
        page('手すり外れる', paragraphs),
      ).length,
      1,
    );
  });

  it('keeps a finished act the source tells as done, and one it tells as to come', () => {
    assert.deepEqual(tenseFindings('市の職員は3日、歩道橋の階段の調査を終えた。', bridge()), []);
    assert.deepEqual(tenseFindings('朝凪金物の社員は、週明けから橋を調べる。', bridge()), []);
  });
});

// A plan told as done where the act to come ends a clause, not the sentence (vmod36 of the thirty-fourth
// round, issue 9): before the adversative が and a comma, or as the last words of a quote its speaker
// states (「…を改める」とした).
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
