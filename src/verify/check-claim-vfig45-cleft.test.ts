import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { describedErrorsAgainstOne } from '../../test/support/claim-errors.ts';
import { inventedDocument } from '../../test/support/invented-document.ts';

// A date in focus of a cleft that a body announces (…のは2日未明だったと発表した): it dates the のは
// clause's act, not the announcement (vfig45). Invented page: a smoking warehouse.

const errorsOf = describedErrorsAgainstOne();

const WAREHOUSE = inventedDocument(
  'w',
  '森川町の倉庫で煙、町が経緯を発表',
  [
    '森川町は4日、町営倉庫から煙が出たのは2日未明だったと発表した。',
    '倉庫には祭りで使う木製の山車が保管されていた。',
  ],
  { publishedAt: '2026-08-04T18:00:00+09:00' },
);

const dateErrors = (claim: string) =>
  errorsOf(claim, WAREHOUSE).filter((line) => line.startsWith('support.date:'));

describe('checkDates: a cleft date inside what is announced (vfig45)', () => {
  it('backs the day the のは clause gives its act', () => {
    assert.deepEqual(dateErrors('町営倉庫から煙が出たのは、2日の未明だった。'), []);
  });
});
