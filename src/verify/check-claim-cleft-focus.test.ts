import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { describedErrorsAgainstOne } from '../../test/support/claim-errors.ts';
import { inventedDocument } from '../../test/support/invented-document.ts';

// A cleft's focus names who did the act (…に気づいたのはXだった): where no listed page names X's part
// anywhere, the claim adds who it was (claim/cleft-focus-unsaid.ts). An invented page about a
// village shrine whose bell went missing; it never says who noticed.

const BELL = inventedDocument(
  'bell',
  '霧ヶ峰村の社から鐘なくなる　村が届け出',
  [
    '霧ヶ峰村の鳴沢社から、江戸時代の鐘がなくなっていることが3日わかった。',
    '村によると、2日朝に鐘がないことに気づき、村に連絡があった。',
    '村は3日、駐在所に盗難の被害を届け出た。',
    '社の宮守を務める住民は「鐘が無事に戻るよう願う」と語った。',
  ],
  { publishedAt: '2026-05-03T18:00:00+09:00' },
);

const errorsOf = describedErrorsAgainstOne();
const addsParty = (errors: string[]) =>
  errors.some((e) => e.startsWith('support.addition') && e.includes("the claim's cleft adds who it was"));

describe('checkClaim: a cleft whose focus no page names', () => {
  it('flags an office no page names as the one who noticed (のは、村の教育長だった)', () => {
    const errors = errorsOf('鐘の紛失に気づいたのは、村の教育長だった。', BELL);
    assert.ok(addsParty(errors), errors.join('\n'));
  });

  it('flags an occupation no page names (のは、社の庭師です)', () => {
    const errors = errorsOf('鐘の紛失に気づいたのは、社の庭師です。', BELL);
    assert.ok(addsParty(errors), errors.join('\n'));
  });

  it('keeps a focus the page names (のは、霧ヶ峰村だった; 宮守を務める住民)', () => {
    const errors = errorsOf('盗難の被害を届け出たのは、霧ヶ峰村だった。', BELL);
    assert.ok(!addsParty(errors), errors.join('\n'));
    const resident = errorsOf('鐘の紛失に気づいたのは、宮守を務める住民だった。', BELL);
    assert.ok(!addsParty(resident), resident.join('\n'));
  });

  it('keeps a focus any person fits (のは、近くの男性だった)', () => {
    const errors = errorsOf('鐘の紛失に気づいたのは、近くの男性だった。', BELL);
    assert.ok(!addsParty(errors), errors.join('\n'));
  });

  it('reads no focus in a sentence that is not a cleft (教育長は…気づいた)', () => {
    const errors = errorsOf('村の教育長は、鐘の紛失に気づいた。', BELL);
    assert.ok(!addsParty(errors), errors.join('\n'));
  });
});
