import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { describedErrorsAgainstOne } from '../../test/support/claim-errors.ts';
import { inventedDocument } from '../../test/support/invented-document.ts';

// Readings of the vfa40 round (false alarms of the newest writer, set59/60, shared with earlier
// writers). Invented pages: a skier's fall, a pruning accident, a library's corrected notice.

const errorsOf = describedErrorsAgainstOne();

const SKI = inventedDocument(
  's',
  '楓岳スキー場で転倒、男性けが',
  ['楓岳スキー場で3日午後、滑っていた40代の男性が転倒し、左腕の骨を折った。', '男性は麓の病院に運ばれた。'],
  { publishedAt: '2026-01-04T09:00:00+09:00' },
);

const PRUNING = inventedDocument(
  'p',
  '剪定中にはしごから落下',
  [
    '杉森町の果樹園で9日、剪定をしていた70代の男性がはしごから落ち、右肩を打って右足の骨が折れた。',
    '男性の左腕にけがはなかった。',
  ],
  { publishedAt: '2026-03-10T09:00:00+09:00' },
);

describe('checkClaim: a claim’s compound against the page’s noun and verb (骨折 / 腕の骨を折る)', () => {
  it('reads 左腕を骨折した as the page’s 左腕の骨を折った', () => {
    assert.deepEqual(errorsOf('男性は左腕を骨折した。', SKI), []);
  });

  it('reads 右足を骨折した as the page’s 右足の骨が折れた (the part marked が)', () => {
    assert.deepEqual(errorsOf('男性は右足を骨折した。', PRUNING), []);
  });

  it('still rejects the compound said of another part the page names (左腕, where the page’s bone is the right leg’s)', () => {
    assert.notDeepEqual(errorsOf('男性は左腕を骨折した。', PRUNING), []);
    assert.notDeepEqual(errorsOf('男性は右肩を骨折した。', PRUNING), []);
  });
});

const CORRECTED = inventedDocument(
  'c',
  '図書館の蔵書整理、貸し出し再開は来月',
  [
    '梢川市立図書館は2日、蔵書の整理を終え、貸し出しを来月5日に再開すると発表した。',
    '【訂正】当初の記事で、貸し出しの再開を「5月15日」としていたのは「5月5日」の誤りでした。訂正します。',
  ],
  { publishedAt: '2026-04-02T18:00:00+09:00', siteName: 'こずえ通信' },
);

describe('checkClaim: a date quoted in brackets is no day of the claim’s act', () => {
  it('does not read the wording 「5月15日」 a correction retracts as the day the article was corrected', () => {
    assert.doesNotMatch(
      errorsOf('こずえ通信は、再開の日を「5月15日」とした当初の記事を訂正した。', CORRECTED).join('\n'),
      /after every listed source was published/u,
    );
  });

  it('still reads an unquoted date after every page as the day of the act', () => {
    assert.match(
      errorsOf('こずえ通信は、5月15日に当初の記事を訂正した。', CORRECTED).join('\n'),
      /after every listed source was published/u,
    );
  });
});
