import assert from 'node:assert/strict';
import { before, describe, it } from 'node:test';
import { claimErrors } from '../../test/support/claim-errors.ts';
import { inventedDocument } from '../../test/support/invented-document.ts';
import { createTokenizer } from '../text/tokenizer.ts';
import { createUnderstanding, type Understanding } from '../understand/understand-document.ts';

// An unnamed person the claim makes its subject by a role, against the source's subject of the act.

let understanding: Understanding;
before(async () => {
  understanding = createUnderstanding(await createTokenizer());
});

const PAGE = inventedDocument(
  's',
  '町道に倒木、一時通行止め',
  [
    '見回りをしていた町の職員が7日午前6時ごろ、道路をふさぐ倒木に気づき、町役場に連絡した。',
    '倉庫で作業をしていた男性作業員3人がけがをして病院に運ばれた。',
    '町によると、倒木は午後には撤去された。',
  ],
  { siteName: '青葉日報', publishedAt: '2026-05-07T18:00:00+09:00' },
);

describe('checkClaim: the role of an unnamed subject', () => {
  const roleErrors = (text: string) =>
    claimErrors(understanding, text, [PAGE])
      .filter((finding) => finding.code === 'role.mismatch')
      .map((finding) => finding.params?.role);

  it('flags a role the sources do not give, where the source clause makes another role its subject', () => {
    assert.deepEqual(
      roleErrors(
        '見回りをしていた町の消防団員が7日午前6時ごろ、道路をふさぐ倒木に気づき、町役場に連絡した。',
      ),
      ['消防団員'],
    );
    // A count after the role is passed over (男性作業員3人が).
    assert.deepEqual(roleErrors('倉庫で作業をしていた男性警備員3人がけがをして病院に運ばれた。'), [
      '男性警備員',
    ]);
  });

  it('passes the role the source gives its subject', () => {
    assert.deepEqual(
      roleErrors('見回りをしていた町の職員が7日午前6時ごろ、道路をふさぐ倒木に気づき、町役場に連絡した。'),
      [],
    );
    assert.deepEqual(roleErrors('倉庫で作業をしていた男性作業員3人がけがをして病院に運ばれた。'), []);
  });

  it('leaves a subject that is no role word to the other checks', () => {
    assert.deepEqual(
      roleErrors('見回りをしていた男性が7日午前6時ごろ、道路をふさぐ倒木に気づき、町役場に連絡した。'),
      [],
    );
  });
});
