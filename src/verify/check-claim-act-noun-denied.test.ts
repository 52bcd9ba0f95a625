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
    '村の決まりでは、冷え込む夜は農協の職員が温室を見回ることになっていて、この夜は見回りがなかった。',
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
    assert.deepEqual(negations('冷え込む夜は、農協の職員が温室を見回ることになっています。', page), []);
  });

  it('says nothing where a source says the act was done', () => {
    const done = page('温室のヒーター停止', [
      '柚木沢村の育苗温室で10日朝、暖房機が止まり、トマトの苗が枯れた。',
      'この夜は見回りがなかったとの声もあったが、村は職員が温室を見回っていたと説明した。',
    ]);
    assert.deepEqual(negations('この夜も、農協の職員が温室を見回っていた。', done), []);
  });

  it('says nothing of a hedged or conditional clause', () => {
    assert.deepEqual(negations('この夜も、職員が温室を見回っていたかもしれない。', greenhouse()), []);
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

// Only this check's findings: the claim's denial of the act's noun.
const nounDenials = (text: string, document: Document): string[] =>
  negations(text, document).filter((message) => message.includes('says there is no'));

describe('checkClaim: an act’s noun denied where the source tells the act (checkActOfNounDenied, vmod35)', () => {
  const library = () =>
    page('分校の図書室、暖房を更新', [
      '桑名沢分校の図書室では、12月に業者が暖房機を点検した。',
      '分校の規則では、借りた本は二週間で返すよう定めている。',
    ]);

  it('flags a continuative noun denied where the source affirms its verb', () => {
    assert.ok(nounDenials('分校の規則には、本を返す期限の定めはない。', library()).length > 0);
  });

  it('flags a continuative noun denied where the source affirms its verb in the progressive', () => {
    const shelf = page('分校の書架', ['分校の図書室では、保護者が毎週土曜に本の修理を手伝っている。']);
    assert.ok(nounDenials('分校の図書室では、保護者による本の修理の手伝いはない。', shelf).length > 0);
  });

  it('keeps a denial the source shares, and a hedged denial', () => {
    const both = page('分校の図書室', [
      '桑名沢分校の図書室では、12月に業者が暖房機を点検した。',
      'ただ、書架の点検はなかった。',
    ]);
    assert.deepEqual(nounDenials('桑名沢分校の図書室では、書架の点検はなかった。', both), []);
    assert.deepEqual(nounDenials('分校の規則には、本を返す期限の定めはないとみられる。', library()), []);
  });
});
