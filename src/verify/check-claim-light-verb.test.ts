import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { describedErrorsAgainstOne } from '../../test/support/claim-errors.ts';
import { inventedDocument } from '../../test/support/invented-document.ts';

// Light verbs (understand/light-verb.ts) in the verifier, on an invented page about a town's
// orchard: the verbal noun a light verb carries is the act, said by the source's verbal noun with
// する (check-predicates), and an act no source names is added, whether a light verb carries it
// or 〜にする makes it (unsaid-predication).

const ORCHARD = inventedDocument(
  'orchard',
  '南戸町の果樹園、土壌から基準超す物質',
  [
    '南戸町は5日、町営果樹園の土壌を測定し、基準を上回る物質を検出したと公表した。',
    '町は果樹園への立ち入りを禁止し、近くの井戸も順に調べる方針だ。',
    '町長は「農家の方々には心から済まなく思う」と語った。',
  ],
  { publishedAt: '2026-10-06T09:00:00+09:00' },
);

const errorsOf = describedErrorsAgainstOne();
const addsAct = (errors: string[]) =>
  errors.some((e) => e.startsWith('support.addition') && e.includes('tells an act the sources do not'));

describe('checkClaim: a light verb carries the act its verbal noun names', () => {
  it('reads 測定を実施した as the source’s 測定した', () => {
    assert.deepEqual(errorsOf('町は測定を実施した。', ORCHARD), []);
    assert.deepEqual(errorsOf('町は果樹園の土壌の測定を行った。', ORCHARD), []);
  });

  it('keeps a verbal noun the source names (立ち入りの禁止を行った)', () => {
    assert.ok(!addsAct(errorsOf('町は果樹園への立ち入りの禁止を行った。', ORCHARD)));
  });
});

describe('checkClaim: an act no source names, carried by a light verb or made by 〜にする', () => {
  it('flags a verbal noun no source has under a light verb (補償を求めた, 融資を受けた)', () => {
    let errors = errorsOf('南戸町は、県に農家への補償を求めた。', ORCHARD);
    assert.ok(addsAct(errors), errors.join('\n'));
    errors = errorsOf('果樹園の農家は、町から融資を受けた。', ORCHARD);
    assert.ok(addsAct(errors), errors.join('\n'));
  });

  it('flags a verbal noun no source has made the act by 〜にする (減給にした)', () => {
    const errors = errorsOf('南戸町は、果樹園を管理していた職員を減給にした。', ORCHARD);
    assert.ok(addsAct(errors), errors.join('\n'));
  });

  it('keeps 〜にする over a verbal noun the source names (禁止にした)', () => {
    assert.ok(!addsAct(errorsOf('町は果樹園への立ち入りを禁止にした。', ORCHARD)));
  });

  it('keeps a light verb in a relative clause and in a compound particle (測定を受けて)', () => {
    assert.ok(!addsAct(errorsOf('補償を求める農家もいる。', ORCHARD)));
    assert.ok(!addsAct(errorsOf('測定の結果を受けて、町は立ち入りを禁止した。', ORCHARD)));
  });
});
