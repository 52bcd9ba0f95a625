import assert from 'node:assert/strict';
import { before, describe, it } from 'node:test';
import { inventedDocument } from '../../test/support/invented-document.ts';
import { createTokenizer } from '../text/tokenizer.ts';
import { createUnderstanding, type Understanding } from '../understand/understand-document.ts';
import { checkClaim } from './check-claim.ts';

// One participant, its description changed (vrole40): the page describes a man by what he was doing
// (操縦していた男性) or by his kind (操舵手の男性); the claim keeps the head noun and gives him another
// act or kind the page never says of anyone.
// Invented page: a small fishing boat that struck a quay.

const PIER = inventedDocument(
  'pier',
  '漁船が岸壁に衝突',
  [
    '潮見浦港で21日朝、小型の漁船が岸壁に衝突した。',
    '船を操縦していた男性（58）が腕に軽いけがをした。',
    '同乗していた女性（31）は船室にいて無事だった。',
    '操舵手の男性（44）は港の事務所に連絡した。',
  ],
  { publishedAt: '2026-11-21T12:00:00+09:00' },
);

let understanding: Understanding;

before(async () => {
  understanding = createUnderstanding(await createTokenizer());
});

function descriptionErrors(text: string): string[] {
  return checkClaim(text, [understanding.of(PIER)], understanding, { path: 'claim' })
    .findings.filter((finding) => finding.severity === 'error' && /describes the/u.test(finding.message))
    .map((finding) => finding.message);
}

describe('checkClaim: one participant described by another act or kind', () => {
  it('finds the man who steered described as one who repaired the boat', () => {
    assert.match(descriptionErrors('船を修理していた男性（58）が腕に軽いけがをした。').join(), /操縦.*修理/u);
  });

  it('finds the helmsman described as a radio operator', () => {
    assert.match(descriptionErrors('通信士の男性（44）は港の事務所に連絡した。').join(), /操舵手.*通信士/u);
  });

  it('backs each description as the page gives it', () => {
    assert.deepEqual(descriptionErrors('船を操縦していた男性（58）が腕に軽いけがをした。'), []);
    assert.deepEqual(descriptionErrors('操舵手の男性（44）は港の事務所に連絡した。'), []);
  });

  it('leaves a description in other words that share the act (乗っていた for 同乗していた)', () => {
    assert.deepEqual(descriptionErrors('船に乗っていた女性（31）は船室にいて無事だった。'), []);
  });

  it('leaves a participant whose description the claim drops', () => {
    assert.deepEqual(descriptionErrors('男性（58）が腕に軽いけがをした。'), []);
  });
});
