import assert from 'node:assert/strict';
import { before, describe, it } from 'node:test';
import { inventedDocument } from '../../test/support/invented-document.ts';
import { createTokenizer } from '../text/tokenizer.ts';
import { createUnderstanding, type Understanding } from '../understand/understand-document.ts';
import { checkClaim } from './check-claim.ts';
import { readClaim } from './claim/alignment.ts';
import { framesOf } from './claim/check-case-roles.ts';

// Who did what, ninth pass (vrole36): a compound verbal noun after を受けた (厳重注意を受けた) names
// its act, and a firm whose name ends in no word for a company is a body when the page names its
// members (Xの社員). Invented page: a bakery firm, a health office and a school.

const BAKERY = inventedDocument(
  'bakery',
  '給食のパンに異物 保健所が製造元を注意',
  [
    '9日、桐ヶ丘小学校の給食で出たパンに、金属片が混じっていた。',
    'パンを焼いたのは、西灘パンテクノの工場だった。',
    '西灘パンテクノの社員が、機械の部品の欠けに気づかなかったという。',
    '汐留保健所は12日、西灘パンテクノに文書で厳重注意した。',
  ],
  { publishedAt: '2026-11-13T09:00:00+09:00' },
);

let understanding: Understanding;

before(async () => {
  understanding = createUnderstanding(await createTokenizer());
});

function roleErrors(text: string): string[] {
  return checkClaim(text, [understanding.of(BAKERY)], understanding, { path: 'claim' })
    .findings.filter(
      (finding) =>
        finding.severity === 'error' && (finding.code === 'support.role' || finding.code === 'support.name'),
    )
    .map((finding) => finding.message);
}

describe('framesOf: a compound verbal noun after を受けた', () => {
  it('reads the act its last part names, done by the から-noun to the subject', () => {
    const reading = readClaim('倉庫会社は、港湾局から口頭で業務指導を受けた。', understanding);
    const frame = framesOf(reading).find((one) => one.lemma === '指導');
    assert.equal(frame?.participants.find((participant) => participant.role === 'agent')?.noun, '港湾局');
    assert.equal(frame?.participants.find((participant) => participant.role === 'other')?.noun, '倉庫会社');
  });

  it('reads nothing new for a one-word object', () => {
    const reading = readClaim('倉庫会社は、港湾局から書類を受けた。', understanding);
    assert.ok(!framesOf(reading).some((one) => one.lemma === '書類'));
  });
});

describe('checkClaim: a firm whose name is no word for a company, read as a body by its members', () => {
  it('finds the parties of a warning swapped (active)', () => {
    assert.ok(roleErrors('西灘パンテクノが、汐留保健所に対して文書で厳重注意した。').length > 0);
  });

  it('finds them swapped after を受けた', () => {
    assert.ok(roleErrors('汐留保健所は、西灘パンテクノから文書で厳重注意を受けた。').length > 0);
  });

  it('backs the warning the right way round, either shape', () => {
    assert.deepEqual(roleErrors('汐留保健所が、西灘パンテクノに文書で厳重注意した。'), []);
    assert.deepEqual(roleErrors('西灘パンテクノは、汐留保健所から厳重注意を受けた。'), []);
  });
});
