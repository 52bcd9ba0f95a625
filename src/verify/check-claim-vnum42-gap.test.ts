import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { describedErrorsAgainstOne } from '../../test/support/claim-errors.ts';
import { inventedDocument } from '../../test/support/invented-document.ts';

// The gap between two figures a page gives in two sentences, and a length of time between two clock
// times (vnum42). Invented pages: a mountain hut's water tank, its rule for closing, and a bake sale's
// takings; a ropeway stopped by wind.

const errorsOf = describedErrorsAgainstOne();

const HUT = inventedDocument(
  'h',
  '雲取峠の山小屋、貯水タンクの水が不足',
  [
    '雲取峠の山小屋で、貯水タンクの水が足りなくなっている。',
    '管理組合の決まりでは、タンクの水が2.4トンを下回った日は宿泊の受け付けを止めることになっている。',
    '5日朝のタンクの水は約1800キログラムだったが、管理人は受け付けを続けた。',
    '焼き菓子の販売の売り上げは計5万2千円だった。',
    '組合が見込んでいた売り上げは6万円だった。',
  ],
  { publishedAt: '2026-10-06T18:00:00+09:00' },
);

const numberErrors = (claim: string) =>
  errorsOf(claim, HUT).filter((line) => line.startsWith('support.number:'));

describe('checkQuantities: the gap between two figures of two sentences (vnum42)', () => {
  it('backs a shortfall worked out across two sentences at two scales of the unit (2.4トン − 約1800キログラム)', () => {
    assert.deepEqual(
      numberErrors('5日朝のタンクの水は、受け付けを止める目安を約600キログラム下回っていた。'),
      [],
    );
  });

  it('backs a difference the claim names with 差 (6万円 − 5万2千円)', () => {
    assert.deepEqual(numberErrors('見込んでいた売り上げと実際の売り上げの差は、8000円だった。'), []);
  });

  it('still flags a gap that is not the exact difference of the two figures', () => {
    assert.match(
      numberErrors('見込んでいた売り上げと実際の売り上げの差は、9000円だった。').join('\n'),
      /「9000円」 is not in the listed sources/u,
    );
    assert.match(
      numberErrors('5日朝のタンクの水は、受け付けを止める目安を約700キログラム下回っていた。').join('\n'),
      /「約700キログラム」 is not in the listed sources/u,
    );
  });

  it('still flags a difference where the claim tells no gap', () => {
    assert.match(
      numberErrors('山小屋では焼き菓子が売られ、8000円の売り上げがあった。').join('\n'),
      /「8000円」 is not in the listed sources/u,
    );
  });
});

const ROPEWAY = inventedDocument(
  'r',
  '霞岳ロープウェイ、強風で運転見合わせ',
  [
    '霞岳ロープウェイは14日、強風のため午前9時20分ごろに運転を止め、午後1時5分ごろに再開した。',
    '運転を止めている間、山頂駅には登山客ら約60人がとどまった。',
  ],
  { publishedAt: '2026-10-14T18:00:00+09:00' },
);

const ropewayNumbers = (claim: string) =>
  errorsOf(claim, ROPEWAY).filter((line) => line.startsWith('support.number:'));

describe('checkQuantities: a length of time between two clock times of a sentence (vnum42)', () => {
  it('backs the exact time between them, rounded or not (9:20 to 13:05 is 3 hours 45 minutes)', () => {
    assert.deepEqual(ropewayNumbers('霞岳ロープウェイは、およそ3時間45分にわたって運転を止めた。'), []);
    assert.deepEqual(ropewayNumbers('霞岳ロープウェイは、3時間45分にわたって運転を止めた。'), []);
  });

  it('still flags a length that is not the time between them', () => {
    assert.match(
      ropewayNumbers('霞岳ロープウェイは、およそ3時間半にわたって運転を止めた。').join('\n'),
      /「およそ3時間半」 is not in the listed sources/u,
    );
  });
});
