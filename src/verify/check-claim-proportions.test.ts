import assert from 'node:assert/strict';
import { before, describe, it } from 'node:test';
import { inventedDocument } from '../../test/support/invented-document.ts';
import type { Document } from '../domain/document.ts';
import { createTokenizer } from '../text/tokenizer.ts';
import { createUnderstanding, type Understanding } from '../understand/understand-document.ts';
import { checkClaim } from './check-claim.ts';

// Shares and lengths of time are simple arithmetic on the sources' figures and times
// (src/verify/claim/proportions.ts, spans.ts), on invented pages: a fictional ferry company's
// timetable, a town's sewer pipes and an old library.

const FERRY = inventedDocument(
  'ferry',
  '北浦汽船、来月から減便',
  [
    '北浦汽船は3日、島と本土を結ぶ定期船を週500便から390便とし、110便減らすと発表した。',
    '同社の乗組員は約640人で、そのうち約510人が島の出身だ。',
    '同社の年間運賃収入は約50億円で、島の住民の利用がその約4割を占める。',
  ],
  { publishedAt: '2026-10-04T09:00:00+09:00' },
);

const PIPES = inventedDocument(
  'pipes',
  '南浦町、下水道料金を平均18%値上げへ',
  [
    '南浦町は5日、下水道料金を来年4月から平均18%引き上げると発表した。',
    '町内の下水道管は総延長約300キロで、このうち耐用年数を過ぎた管が約32%を占める。',
    '利用者の減少で、料金収入は10年前と比べて約12%減っている。',
  ],
  { publishedAt: '2026-09-06T09:00:00+09:00' },
);

const LIBRARY = inventedDocument(
  'library',
  '旧南浦図書館、来春に閉館',
  [
    '建物は1931年に完成した木造2階建て。',
    '町は2024年6月に閲覧室を改装した。',
    '閉館までは午前9時から午後5時まで開館する。',
  ],
  { publishedAt: '2026-09-06T09:00:00+09:00' },
);

let understanding: Understanding;

before(async () => {
  understanding = createUnderstanding(await createTokenizer());
});

function numberErrors(text: string, document: Document): string[] {
  return checkClaim(text, [understanding.of(document)], understanding, { path: 'claim' })
    .findings.filter((finding) => finding.severity === 'error' && finding.code === 'support.number')
    .map((finding) => finding.message);
}

describe('checkClaim: shares (割, %) as arithmetic on the sources', () => {
  it('reads a share in 割 with 余り as a little over it (約32% is 3割余り)', () => {
    assert.deepEqual(numberErrors('町の下水道管のうち、3割余りが耐用年数を過ぎている。', PIPES), []);
    assert.deepEqual(numberErrors('料金収入は10年前より1割余り減った。', PIPES), []);
  });

  it('does not read a share outside that range (約32% is not 約4割, 約12% is not 約2割)', () => {
    assert.equal(numberErrors('町の下水道管のうち、約4割が耐用年数を過ぎている。', PIPES).length, 1);
    // 平均18% is in 約2割, but it is the rate rise, not the fall of income: another sentence's share.
    assert.equal(numberErrors('料金収入は10年前より約2割減った。', PIPES).length, 1);
  });

  it('reads the ratio of two counts of one sentence as a share (約510人 of 約640人: 約8割)', () => {
    assert.deepEqual(numberErrors('同社の乗組員の約8割が島の出身だ。', FERRY), []);
    assert.equal(numberErrors('同社の乗組員の約6割が島の出身だ。', FERRY).length, 1);
  });

  it('takes a share of the whole, the largest figure of its unit, not of another part', () => {
    // 110便 of 500便 is 22%: 2割余り. 110便 of 390便 (28%) is no share the sentence gives.
    assert.deepEqual(numberErrors('定期船は週500便から390便へと、2割余り減る。', FERRY), []);
    assert.equal(numberErrors('定期船は週500便から390便へと、約3割減る。', FERRY).length, 1);
  });

  it('reads a rounded amount as a total times its share (約50億円の約4割: 約20億円)', () => {
    assert.deepEqual(numberErrors('島の住民の利用は年間約20億円にのぼる。', FERRY), []);
    // Rounded to its last written place, as 約 reads a single figure (text/quantities.ts roundsTo).
    assert.equal(numberErrors('島の住民の利用は年間約25億円にのぼる。', FERRY).length, 1);
    assert.equal(numberErrors('島の住民の利用は年間約30億円にのぼる。', FERRY).length, 1);
  });
});

describe('checkClaim: lengths of time as arithmetic on the sources', () => {
  it('reads the years from a dated year to the page date (1931年, on a page of 2026: 90年余り)', () => {
    assert.deepEqual(numberErrors('建物は完成から90年余りがたつ。', LIBRARY), []);
    assert.equal(numberErrors('建物は完成から80年余りがたつ。', LIBRARY).length, 1);
    assert.deepEqual(numberErrors('町は2年前の6月に閲覧室を改装した。', LIBRARY), []);
    assert.equal(numberErrors('町は3年前の6月に閲覧室を改装した。', LIBRARY).length, 1);
  });

  it('reads the hours between two clock times of a sentence (午前9時から午後5時: 8時間)', () => {
    assert.deepEqual(numberErrors('閉館までは1日8時間開館する。', LIBRARY), []);
    assert.equal(numberErrors('閉館までは1日9時間開館する。', LIBRARY).length, 1);
  });
});

describe('checkClaim: a fraction as a share, and a share something fell by (vfa27)', () => {
  const WELL = inventedDocument(
    'well',
    '北浦町の井戸、水量が急減',
    [
      '北浦町が管理する井戸から毎分約300リットルあった水量が、約80リットルまで減った。',
      '町内では約200戸の農家が果樹を育てており、このうち約50戸で実が落ちた。',
    ],
    { publishedAt: '2026-09-06T09:00:00+09:00' },
  );

  it('reads a fraction as the ratio of two counts (約50戸 of 約200戸: 4分の1), not another fraction', () => {
    assert.deepEqual(numberErrors('果樹を育てる北浦の農家のおよそ4分の1で実が落ちた。', WELL), []);
    assert.equal(numberErrors('果樹を育てる北浦の農家の約3分の1で実が落ちた。', WELL).length, 1);
  });

  it('reads a share the whole fell by as what is gone of it (300 to 80: 3分の2以上減った)', () => {
    assert.deepEqual(numberErrors('北浦町の井戸の水量は3分の2以上減った。', WELL), []);
    assert.equal(numberErrors('北浦町の井戸の水量は3分の2に減った。', WELL).length, 1);
  });
});
