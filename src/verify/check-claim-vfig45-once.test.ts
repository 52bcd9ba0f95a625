import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { describedErrorsAgainstOne } from '../../test/support/claim-errors.ts';
import { inventedDocument } from '../../test/support/invented-document.ts';

// Counts of occasions and of one written another way (vfig45): 2度とも for 2回, 半年に1度 for 半年ごと,
// and a rate's count of one (1回の散布量, 1個で). Invented pages: a lighthouse keeper's lamp and a
// village's orchard spraying.

const errorsOf = describedErrorsAgainstOne();

const LIGHTHOUSE = inventedDocument(
  'l',
  '砂呼岬の灯台、灯火の点検で不具合',
  [
    '砂呼岬灯台の灯火は、3年ごとに専門の業者が分解して点検する決まりになっている。',
    '管理する海上保安部は、止まった灯火を手動で再び点灯させようと2回挑んだものの、灯火は戻らなかった。',
    '灯台は来月まで仮の灯火で運用する。',
  ],
  { publishedAt: '2026-09-12T18:00:00+09:00' },
);

const ORCHARD = inventedDocument(
  'o',
  '樅平村の果樹園、薬剤散布の量を誤る',
  [
    '樅平村によると、若い木への薬剤の散布量は1回1.5リットルと決められているが、委託業者は3リットルを散布していた。',
    '村の果樹園でとれる梨は、1個900円前後で取引される。',
    '村は散布の費用として、委託業者に12万円を払った。',
  ],
  { publishedAt: '2026-09-12T18:00:00+09:00' },
);

const numberErrors = (claim: string, page: ReturnType<typeof inventedDocument>) =>
  errorsOf(claim, page).filter((line) => line.startsWith('support.number:'));

describe('checkQuantities: counts of occasions written with 度 and with ごと (vfig45)', () => {
  it('backs N度とも by the page’s N回 (occasions, not degrees)', () => {
    assert.deepEqual(
      numberErrors('海上保安部は灯火を手動でつけ直そうとしたが、2度とも戻らなかった。', LIGHTHOUSE),
      [],
    );
  });

  it('still flags N度とも against another count of 回', () => {
    assert.match(
      numberErrors('海上保安部は灯火を手動でつけ直そうとしたが、3度とも戻らなかった。', LIGHTHOUSE).join(
        '\n',
      ),
      /「3度」 is not in the listed sources/u,
    );
  });

  it('backs once per period (3年に1度) by the period with ごと (3年ごとに)', () => {
    assert.deepEqual(numberErrors('灯火は、3年に1度、業者が分解して点検している。', LIGHTHOUSE), []);
    assert.deepEqual(numberErrors('灯火は、3年に1回、業者が分解して点検している。', LIGHTHOUSE), []);
  });

  it('still flags more than once per period, or once per another period', () => {
    assert.match(
      numberErrors('灯火は、3年に4度、業者が分解して点検している。', LIGHTHOUSE).join('\n'),
      /「4度」 is not in the listed sources/u,
    );
    assert.match(
      numberErrors('灯火は、2年に1度、業者が分解して点検している。', LIGHTHOUSE).join('\n'),
      /「1度」 is not in the listed sources/u,
    );
  });
});

describe('checkQuantities: a count of one that a rate is told per (vfig45)', () => {
  it('backs 1回の散布量 where the page writes the rate as 1回1.5リットル', () => {
    assert.deepEqual(numberErrors('若い木への1回の散布量は、1.5リットルと決められている。', ORCHARD), []);
  });

  it('backs 1個で before the price the page gives', () => {
    assert.deepEqual(numberErrors('村の梨は、1個で900円前後の値がつく。', ORCHARD), []);
  });

  it('still flags a count of one that no measure follows', () => {
    assert.match(
      numberErrors('委託業者は、若い木に1回だけ薬剤を散布した。', ORCHARD).join('\n'),
      /「1回」 is not in the listed sources/u,
    );
  });

  it('still flags a count of one before a measure the page does not give per one', () => {
    assert.match(
      numberErrors('村は、1回の散布の費用として委託業者に12万円を払った。', ORCHARD).join('\n'),
      /「1回」 is not in the listed sources/u,
    );
  });

  it('still flags a count of one where the page counts the same counter otherwise', () => {
    assert.match(
      numberErrors('海上保安部は、1回の試みで灯火を5分間つけた。', LIGHTHOUSE).join('\n'),
      /「1回」 is not in the listed sources/u,
    );
  });
});
