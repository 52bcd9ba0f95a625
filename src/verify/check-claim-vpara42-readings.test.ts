import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { describedErrorsAgainstOne } from '../../test/support/claim-errors.ts';
import { inventedDocument } from '../../test/support/invented-document.ts';

// Readings of the vpara42 round (faithful paraphrases rejected). Invented page: a museum's leaking
// roof, the firm that looks after the building, and an older leak in its store room.

const errorsOf = describedErrorsAgainstOne();

const MUSEUM = inventedDocument(
  'm',
  '楓川美術館、屋根の雨漏りで当面休館',
  [
    '楓川市の楓川美術館で雨漏りが見つかり、市教育委員会は14日、美術館を当面休館にすると発表した。',
    '市は8月の点検で、屋根の防水シートが傷んでいるとして、建物の管理を任せている楓川ファシリティに補修を行う予定を早めるよう求めていた。',
    '同社は補修を来年3月に行う予定にしていた。',
    '美術館は来年1月に館内の大掃除を行う。',
    '13日夜には美術館の収蔵庫で小さな火事が起き、職員がすぐに消し止めた。',
    '2019年にも別の棟で小さな火事があった。',
  ],
  { publishedAt: '2026-11-15T18:00:00+09:00' },
);

const dateErrors = (claim: string) =>
  errorsOf(claim, MUSEUM).filter((line) => line.startsWith('support.date:'));

describe('checkDates: a date the source gives to the claim’s own act (vpara42)', () => {
  it('backs the date where the sentence giving it names the actor by 同社 and another sentence by name', () => {
    assert.deepEqual(dateErrors('楓川ファシリティは補修を来年3月に行う予定にしていた。'), []);
  });

  it('reads two verbs of occurring as one act (火事があった for 火事が起きた)', () => {
    assert.deepEqual(dateErrors('美術館では2019年にも小さな火事が起き、職員が消し止めた。'), []);
  });

  it('still flags a date the source gives to the same verb done to another thing (大掃除を行う)', () => {
    assert.match(
      dateErrors('楓川ファシリティは補修を来年1月に行う予定にしていた。').join('\n'),
      /「来年1月」 is in the sources, but for something else/u,
    );
  });
});
