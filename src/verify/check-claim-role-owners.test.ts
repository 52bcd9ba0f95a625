import assert from 'node:assert/strict';
import { before, describe, it } from 'node:test';
import { inventedDocument } from '../../test/support/invented-document.ts';
import { createTokenizer } from '../text/tokenizer.ts';
import { createUnderstanding, type Understanding } from '../understand/understand-document.ts';
import { checkClaim } from './check-claim.ts';
import { readClaim } from './claim/alignment.ts';
import { framesOf } from './claim/check-case-roles.ts';

// Who did what, why readings did not transfer (vrole37): a person named by what they are (社員,
// 担当者) right after a body and の is that body's; the staff of two bodies are two doers, not one.
// Invented page: a water-pipe repair done by a subcontractor, questioned by the main contractor.

const PIPES = inventedDocument(
  'pipes',
  '水道管の修理で手抜き 下請けが認める',
  [
    '浅葱市の水道管の修理で、溶接の検査が省かれていた。',
    '修理は蒼波設備が請け負い、溶接を朱鷺溶接工業に任せていた。',
    '朱鷺溶接工業の社員は蒼波設備の聞き取りに「工期に追われて検査を省いた」と認めている。',
    '蒼波設備の担当者は、市の水道課に経緯を報告した。',
  ],
  { publishedAt: '2026-11-20T09:00:00+09:00' },
);

let understanding: Understanding;

before(async () => {
  understanding = createUnderstanding(await createTokenizer());
});

function roleErrors(text: string): string[] {
  return checkClaim(text, [understanding.of(PIPES)], understanding, { path: 'claim' })
    .findings.filter(
      (finding) =>
        finding.severity === 'error' && (finding.code === 'support.role' || finding.code === 'support.name'),
    )
    .map((finding) => finding.message);
}

describe('framesOf: the body a person named by what they are belongs to', () => {
  it('reads the owner before の of a staff word', () => {
    const reading = readClaim('蒼波設備の社員が、報告書を市に出した。', understanding);
    const agent = framesOf(reading)
      .flatMap((frame) => frame.participants)
      .find((participant) => participant.role === 'agent');
    assert.equal(agent?.noun, '社員');
    assert.equal(agent?.owner, '蒼波設備');
  });

  it('reads no owner before a word that names no body', () => {
    const reading = readClaim('現場の社員が、報告書を市に出した。', understanding);
    const agent = framesOf(reading)
      .flatMap((frame) => frame.participants)
      .find((participant) => participant.role === 'agent');
    assert.equal(agent?.noun, '社員');
    assert.equal(agent?.owner, undefined);
  });
});

describe('checkClaim: the staff of two bodies exchanged', () => {
  it('finds the admission given to the staff of the other body', () => {
    assert.ok(roleErrors('蒼波設備の社員は、朱鷺溶接工業の聞き取りに、検査を省いたと認めた。').length > 0);
  });

  it('finds the report given to the staff of the other body', () => {
    assert.ok(
      roleErrors('朱鷺溶接工業の担当者は、蒼波設備の修理について市の水道課に経緯を報告した。').length > 0,
    );
  });

  it('backs the staff of the body the page names', () => {
    assert.deepEqual(roleErrors('朱鷺溶接工業の社員は、蒼波設備の聞き取りに、検査を省いたと認めた。'), []);
    assert.deepEqual(roleErrors('蒼波設備の担当者は、市の水道課に経緯を報告した。'), []);
  });

  it('leaves the staff alone when the claim names no other body', () => {
    assert.deepEqual(roleErrors('社員は、聞き取りに、検査を省いたと認めた。'), []);
    assert.deepEqual(roleErrors('朱鷺溶接工業の担当者は、市の水道課に経緯を報告した。'), []);
  });
});
