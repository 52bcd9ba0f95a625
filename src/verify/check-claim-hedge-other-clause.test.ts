import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { describedErrorsAgainstOne } from '../../test/support/claim-errors.ts';
import { inventedDocument } from '../../test/support/invented-document.ts';

// A hedge of another clause than the one the claim takes (the vfa45 round of the thirty-third round,
// issue 9): …が枯れており、組合は…と見込んでいる (the estimate is the union's, the withering stated), and
// …を倒して見つかった木について、…可能性が高いと発表した (the relative clause of the noun the sentence
// is about is stated; the possibility is what is said of the noun). An invented page about a
// fictional orchard.

const ORCHARD = inventedDocument(
  'shiratsuyu',
  '白露町の果樹園でリンゴの若木が枯れる',
  [
    '白露町の果樹園で、今秋に植える予定だった若木の約4割が枯れており、組合は損失を約2000万円と見込んでいる。',
    '町の農業試験場は5日、果樹園の柵を倒して見つかった倒木について、強風で折れた可能性が高いと発表した。',
    '組合は苗木を植え、来春に収穫を始める方針だ。',
  ],
  { publishedAt: '2026-10-06T18:00:00+09:00' },
);

const errorsOf = describedErrorsAgainstOne();
const flat = (text: string) =>
  errorsOf(text, ORCHARD).some((error) => error.startsWith('support.modality') && error.includes('flatly'));

describe('checkClaim: a hedge of another clause than the one the claim takes (vfa45)', () => {
  it('keeps an act of an unhedged state clause, the estimate being another clause', () => {
    assert.ok(!flat('組合は6日、今秋に植える予定だった若木の4割ほどが枯れていると明らかにした。'));
  });

  it('keeps the relative clause of the noun a possibility is said about', () => {
    assert.ok(!flat('倒木は果樹園の柵を倒し、隣の小屋の壁も傷つけていた。'));
  });

  it('still flags the hedged act itself told flatly', () => {
    assert.ok(flat('倒木は強風で折れた。'));
    assert.ok(flat('組合は損失を約2000万円とした。') || flat('組合の損失は約2000万円になった。'));
  });

  it('still flags an act chained to a plan told flatly', () => {
    assert.ok(flat('組合は苗木を植え、来春に収穫を始めた。'));
  });
});
