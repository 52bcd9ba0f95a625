import assert from 'node:assert/strict';
import { before, describe, it } from 'node:test';
import { claimErrors } from '../../test/support/claim-errors.ts';
import { inventedDocument } from '../../test/support/invented-document.ts';
import type { Document } from '../domain/document.ts';
import { createTokenizer } from '../text/tokenizer.ts';
import { createUnderstanding, type Understanding } from '../understand/understand-document.ts';

// A verb told as a rule (見回ることになっている) is no fact that the act was done
// (understand/read-sentence.ts statesRule; the vneg35 round of issue 9). Invented pages.

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

describe('checkClaim: a rule or an expectation is not a fact (statesRule)', () => {
  it('keeps a claim that the act was not done against a source that states the rule', () => {
    const page = greenhouse();
    assert.deepEqual(negations('この夜、農協の職員は温室を見回らなかった。', page), []);
    assert.deepEqual(negations('冷え込む夜は、農協の職員が温室を見回ることになっている。', page), []);
  });

  it('still flags a claim that denies the act where the source says it was done', () => {
    const done = page('温室の見回り', ['柚木沢村の育苗温室では10日夜、農協の職員が温室を見回った。']);
    assert.ok(negations('10日夜、農協の職員は温室を見回らなかった。', done).length > 0);
  });
});
