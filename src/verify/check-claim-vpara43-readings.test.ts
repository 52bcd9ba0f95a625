import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { describedErrorsAgainstOne } from '../../test/support/claim-errors.ts';
import { inventedDocument } from '../../test/support/invented-document.ts';

// Readings of the vpara43 round (faithful paraphrases the predicate check rejected). Invented page: a
// town library broken into at night, and the traffic of a festival on the same evening.

const errorsOf = describedErrorsAgainstOne();

const LIBRARY = inventedDocument(
  'l',
  '柊野町の図書館に窓破り侵入、ノートパソコン3台盗まれる',
  [
    '柊野町の町立図書館で17日夜、窓ガラスが割られ、貸し出し用のノートパソコン3台が盗まれた。',
    '町によると、図書館の裏口には防犯灯がなく、窓の鍵も古い型だった。',
    '同じ夜、町の中心部では秋祭りの見物客の車で渋滞が起きた。',
    '町は来月、図書館の窓を強化ガラスに替える。',
  ],
  { publishedAt: '2026-10-18T18:00:00+09:00' },
);

const predicateErrors = (claim: string) =>
  errorsOf(claim, LIBRARY).filter((line) => line.startsWith('support.predicate:'));

describe('checkPredicates: two verbs of occurring say one event (vpara43)', () => {
  it('reads 渋滞が発生した as the source’s 渋滞が起きた', () => {
    assert.deepEqual(predicateErrors('町の中心部では渋滞が発生した。'), []);
  });

  it('still flags a verb of occurring denied where the source affirms it', () => {
    assert.match(predicateErrors('町の中心部では渋滞が発生しなかった。').join('\n'), /「発生」/u);
  });
});

describe('checkPredicates: a thing not put in place is not there (vpara43)', () => {
  it('reads 防犯灯が設けられていない as the source’s 防犯灯がなく', () => {
    assert.deepEqual(predicateErrors('図書館の裏口には防犯灯が設けられていない。'), []);
  });

  it('reads 設置されていない, the verbal noun of placing, the same way', () => {
    assert.deepEqual(predicateErrors('図書館の裏口には防犯灯が設置されていない。'), []);
  });

  it('still flags a denied verb of another kind against the same denied existence', () => {
    assert.match(predicateErrors('図書館の裏口の防犯灯は点検されていなかった。').join('\n'), /「点検」/u);
  });
});
