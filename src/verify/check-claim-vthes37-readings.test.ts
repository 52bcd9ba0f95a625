import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { describedErrorsAgainstOne } from '../../test/support/claim-errors.ts';
import { inventedDocument } from '../../test/support/invented-document.ts';

// Readings of the vthes37 round: a claim word the page says with another word of the same sense,
// which shares no kanji with it and is in no Sudachi synonym group, joined through a dictionary's
// English glosses (text/same-sense.ts). Invented page: a rowing club whose treasurer kept a slush
// fund, and a brawl after its regatta.

const errorsOf = describedErrorsAgainstOne();

const CLUB = inventedDocument(
  'r',
  '漕艇クラブの会計担当が裏金',
  [
    '楢沢漕艇クラブは12日、会計担当の男性が協賛金の一部を裏金としてためていたと発表した。',
    '同クラブの大会後には、選手同士の乱闘もあった。',
    '男性は今月末で退会する。',
  ],
  { publishedAt: '2026-11-13T18:00:00+09:00' },
);

describe('a claim word said on the page with a dictionary word of the same sense (vthes37)', () => {
  it('backs the clause verb 喧嘩 where the page says 乱闘 (the dictionary glosses both "brawl", "fight", "scuffle")', () => {
    assert.deepEqual(errorsOf('選手同士が喧嘩した。', CLUB), []);
    assert.deepEqual(errorsOf('大会後、選手たちは喧嘩した。', CLUB), []);
  });

  it('backs 賄賂 where the page says 裏金 (both "bribe" first in the dictionary)', () => {
    assert.deepEqual(
      errorsOf('楢沢漕艇クラブは、会計担当の男性が協賛金の一部を賄賂としてためていたと発表した。', CLUB),
      [],
    );
  });

  it('still flags a clause verb of another sense (a handshake is no brawl)', () => {
    assert.match(errorsOf('選手同士が握手した。', CLUB).join('\n'), /support\.predicate/u);
  });
});
