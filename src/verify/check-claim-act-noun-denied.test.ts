import assert from 'node:assert/strict';
import { before, describe, it } from 'node:test';
import { claimErrors } from '../../test/support/claim-errors.ts';
import { inventedDocument } from '../../test/support/invented-document.ts';
import type { Document } from '../domain/document.ts';
import { createTokenizer } from '../text/tokenizer.ts';
import { isContinuativeOf } from '../understand/read-sentence.ts';
import { createUnderstanding, type Understanding } from '../understand/understand-document.ts';

// An act the source denies through its noun (点検はなかった, 見回りがなかった), told with its verb,
// affirmed (verify/claim/act-noun-denied.ts; the vneg35 round of issue 9). Invented pages.

let understanding: Understanding;

before(async () => {
  understanding = createUnderstanding(await createTokenizer());
});

const page = (title: string, paragraphs: readonly string[]): Document =>
  inventedDocument('s1', title, paragraphs, { publishedAt: '2026-03-11T09:00:00+09:00' });

const negations = (text: string, document: Document): string[] =>
  claimErrors(understanding, text, [document])
    .filter((finding) => finding.code === 'support.negation')
    .map((finding) => finding.message);

const greenhouse = () =>
  page('温室のヒーター停止、苗が枯れる', [
    '柚木沢村の育苗温室で10日朝、暖房機が止まり、トマトの苗およそ900株が枯れた。',
    '村の決まりでは、冷え込む夜は農協の職員が温室を見回ることになっているが、この夜は見回りがなかった。',
    '昨年の秋から、暖房機の点検はなかったという。',
  ]);

describe('checkClaim: an act denied through its noun (checkActNounDenied)', () => {
  it('flags a continuative noun denied, told with its verb affirmed', () => {
    assert.ok(negations('冷え込んだこの夜も、農協の職員が温室を見回っていた。', greenhouse()).length > 0);
  });

  it('flags a verbal noun denied, told with する affirmed', () => {
    assert.ok(negations('暖房機は昨年の秋に点検されていた。', greenhouse()).length > 0);
  });

  it('keeps a claim that repeats the denial, or the rule', () => {
    const page = greenhouse();
    assert.deepEqual(negations('この夜、農協の職員は温室を見回らなかった。', page), []);
    assert.deepEqual(negations('冷え込む夜は、農協の職員が温室を見回ることになっている。', page), []);
  });

  it('says nothing where a source says the act was done', () => {
    const done = page('温室のヒーター停止', [
      '柚木沢村の育苗温室で10日朝、暖房機が止まり、トマトの苗が枯れた。',
      'この夜は見回りがなかったとの声もあったが、村は職員が温室を見回っていたと説明した。',
    ]);
    assert.deepEqual(negations('この夜も、農協の職員が温室を見回っていた。', done), []);
  });

  it('says nothing of a hedged or conditional clause', () => {
    assert.deepEqual(negations('この夜も、職員が温室を見回っていた可能性がある。', greenhouse()), []);
    assert.deepEqual(negations('職員が温室を見回れば、暖房機の停止に早く気づける。', greenhouse()), []);
  });
});

describe('isContinuativeOf: a verb written as a noun', () => {
  it('reads the godan and ichidan continuative forms from their spelling', () => {
    assert.equal(isContinuativeOf('見回り', '見回る'), true);
    assert.equal(isContinuativeOf('取り下げ', '取り下げる'), true);
    assert.equal(isContinuativeOf('払い戻し', '払い戻す'), true);
  });

  it('reads no other word', () => {
    assert.equal(isContinuativeOf('見回り', '見回す'), false);
    assert.equal(isContinuativeOf('点検', '点検する'), false);
    assert.equal(isContinuativeOf('みまわり', 'みまわる'), false);
  });
});

describe('checkClaim: a denial told where the source admits (否定 against 認める)', () => {
  const shed = () =>
    page('倉庫の扉が外れる', [
      '柚木沢村の農機具倉庫で、扉の蝶番が外れて落ちた。',
      '扉を取り付けた工務店は、蝶番のねじの締め直しを怠ったと認めた。',
    ]);

  it('flags a claim that the builder denied what it admitted', () => {
    assert.ok(negations('工務店は、蝶番のねじの締め直しを怠ったことを否定した。', shed()).length > 0);
  });

  it('keeps a claim that it admitted', () => {
    assert.deepEqual(negations('工務店は、蝶番のねじの締め直しを怠ったと認めた。', shed()), []);
  });
});
