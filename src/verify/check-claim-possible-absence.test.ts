import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { describedErrorsAgainstOne } from '../../test/support/claim-errors.ts';
import { inventedDocument } from '../../test/support/invented-document.ts';

// A fact told as only possible, where the fact is an absence or an existence (the vmod35 round of the
// thirty-third round, issue 9): …していなかった可能性がある against …していなかった, …にあった可能性がある
// against …にあったという. An invented page about a fictional village library.

const LIBRARY = inventedDocument(
  'kotsuba',
  '小津葉村の図書館で古地図が一時行方不明に',
  [
    '小津葉村の村立図書館で、展示していた古い地図が一時見当たらなくなった。',
    '村によると、古い地図は書庫の奥の棚の中にあったという。',
    '図書館によると、閉館後に窓の鍵を確かめる見回りは行われていなかった。',
    '館長は、雨漏りで別の本が傷んだ可能性があるとみている。',
    '職員は毎朝、書架の本の数を数えていた。',
  ],
  { publishedAt: '2026-09-14T18:00:00+09:00' },
);

const errorsOf = describedErrorsAgainstOne();
const weakened = (text: string) =>
  errorsOf(text, LIBRARY).some(
    (error) => error.startsWith('support.modality') && error.includes('only possible'),
  );

describe('checkClaim: an absence or an existence told as only possible (vmod35)', () => {
  it('flags an absence the source states, told as a possibility', () => {
    assert.ok(weakened('閉館後に窓の鍵を確かめる見回りは、行われていなかった可能性がある。'));
  });

  it('flags an existence the source states, told as a possibility', () => {
    assert.ok(weakened('村によると、古い地図は書庫の奥の棚の中にあった可能性がある。'));
  });

  it('keeps the absence stated, and a possibility the source gives as one', () => {
    assert.ok(!weakened('閉館後に窓の鍵を確かめる見回りは、行われていなかった。'));
    assert.ok(!weakened('館長は、雨漏りで別の本が傷んだ可能性があるとみている。'));
  });

  it('leaves an absence the source does not state (the act affirmed there) to the polarity checks', () => {
    assert.ok(!weakened('職員は毎朝、書架の本の数を数えていなかった可能性がある。'));
  });
});
